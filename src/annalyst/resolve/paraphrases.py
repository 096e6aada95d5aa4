"""Two claims that say one thing in other words: the rules' shared phrases, confirmed by a sentence encoder.

The rules of :mod:`.propositions` find two claims alike in their own words when
they share three uncommon phrases about a common actor; a paraphrase shares
fewer ("the pressure on him to counter attack ... may now press for retaliation"
and "the pressures in the armed forces for retaliation are very high" share
"pressure" and "retaliation"). Two phrases in common are what a common topic
gives too, and a sentence encoder (:mod:`.sentences`) tells the two apart: it
places the whole sentences close when they say one thing. But the encoder never
decides alone: in a file about one crisis every sentence is near every other
("the army was humiliated" is as near "the king's position was damaged" as "the
army was mauled"), and single words make poor synonyms by their embeddings
("increase" and "decrease", "east" and "west" sit closer than "equipment" and
"hardware"). So two claims of different sources, about the same moment, held the
same way, are one matter in other words only when

* they name a common actor (a state by name, demonym or government acronym, or
  an entity both are about);
* they share at least two uncommon phrases (near-synonyms folded by
  :mod:`annalyst.language.senses`), none of them a word of time ("morning"),
  of the proceedings ("conversation", "report"), a light verb ("gave") or a
  participle ("submitted");
* these make a fair part of what the wordier claim says;
* and the two sentences are close as wholes (the cosine of their embeddings).

Without the encoder installed nothing is found here, and the rules stand alone.
Each claim is embedded once, and only claims of pairs that have passed the cheap
tests above: the blocking of :mod:`.links` bounds the pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from ..language.dates import MONTHS, WEEKDAYS
from ..language.senses import IRREGULAR_PAST, WEAK, stem
from ..model import Claim
from .propositions import LIGHT, SPECIFIC, concepts, content_words, shared_units
from .sentences import Encoder

#: the least cosine of two claims' embeddings for them to say one thing (all-MiniLM-L6-v2: sentences on one
#: subject sit anywhere from 0.2 to 0.7, paraphrases from 0.5 up; with the other tests, this confirms, not decides)
CLOSE = 0.55
#: how many uncommon phrases in common at least, and the part of the wordier claim's weight they must make
PHRASES = 2
PART = 0.15
#: claims of more concepts than this carry several propositions; comparing them says little
MOST_CONCEPTS = 24

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
#: words of time: two claims of one morning share them whatever they say (general English, with the month and
#: weekday names of :mod:`annalyst.language.dates`)
_MOMENTS = frozenset(stem(w) for w in (*MONTHS, *WEEKDAYS, "morning", "afternoon", "evening", "night", "day",
                                       "week", "weekend", "month", "year", "today", "tonight", "yesterday",
                                       "tomorrow", "hour", "minute"))


#: words of the proceedings themselves, which two records of one negotiation share whatever they say (general
#: English, beside the procedure words of :data:`annalyst.language.senses.WEAK`)
_PROCEEDINGS = frozenset(stem(w) for w in ("conversation", "conversations", "meeting", "meetings", "talk", "talks",
                                           "report", "reports", "date", "know", "knew", "known", "discussion"))


def _light(word: str, concept: str) -> bool:
    """A word of time, a light verb (by its concept or the verb an irregular past stands for: "gave"), or a verb's
    participle: what two sentences of one procedure share whatever they say ("submitted", "giving", "conducted")."""
    lemma = IRREGULAR_PAST.get(word, word)
    return concept in _MOMENTS or concept in _PROCEEDINGS or stem(lemma) in WEAK or lemma in LIGHT or \
        (len(word) > 5 and word.endswith(("ed", "ing")))


def specific_words(text: str, weights: Mapping[str, float]) -> dict[str, str]:
    """The uncommon words of ``text`` (lower case, names left out) -> their concept."""
    out: dict[str, str] = {}
    for m in _WORD.finditer(text.replace("’s", "").replace("'s", "")):
        found = content_words(m.group(0))
        if not found:
            continue
        word, concept = m.group(0).lower(), next(iter(concepts(m.group(0))), None)
        if concept is None or concept in WEAK or _light(word, concept) or weights.get(concept, 0.0) < SPECIFIC:
            continue
        out.setdefault(word, concept)
    return out


@dataclass
class Paraphrases:
    """The encoder and the embeddings made so far: each claim's text is embedded once."""

    encoder: Encoder
    vectors: dict[str, np.ndarray] = field(default_factory=dict)

    def embed(self, texts: Iterable[str]) -> None:
        missing = sorted({t for t in texts if t not in self.vectors})
        if missing:
            self.vectors.update(zip(missing, self.encoder.encode(missing), strict=True))

    def cosine(self, x: str, y: str) -> float:
        return float(self.vectors[x] @ self.vectors[y])


def worth_asking(a: Claim, b: Claim, weights: Mapping[str, float], sides_a: frozenset[str],
                 sides_b: frozenset[str]) -> bool:
    """The cheap tests: both held the same way, a common actor, a phrase in common, neither a long passage."""
    if a.polarity != b.polarity or not sides_a & sides_b:
        return False
    if len(concepts(a.text)) > MOST_CONCEPTS or len(concepts(b.text)) > MOST_CONCEPTS:
        return False
    return bool(shared_units(a.text, b.text, weights))


def alike_in_other_words(a: Claim, b: Claim, weights: Mapping[str, float], sides_a: frozenset[str],
                         sides_b: frozenset[str], para: Paraphrases, names: Mapping[str, str] | None = None
                         ) -> str | None:
    """Why ``a`` and ``b`` say one thing in other words, or None (see the module's docstring).

    ``para`` must hold the embeddings of both claims' texts.
    """
    closeness = para.cosine(a.text, b.text)
    if closeness < CLOSE:
        return None
    wa, wb = specific_words(a.text, weights), specific_words(b.text, weights)
    kept = set(wa.values()) & set(wb.values())
    same = [k for k in shared_units(a.text, b.text, weights) if k in kept]  # light words and moments left out
    if len(same) < PHRASES:
        return None
    weight = sum(weights.get(k, 0.0) for k in same)
    heavier = max(sum(weights.get(k, 0.0) for k in concepts(c.text)) for c in (a, b))
    if heavier <= 0 or weight < PART * heavier:
        return None
    names = names or {}
    actors = ", ".join(sorted({names.get(x, x.title()) for x in sides_a & sides_b}))
    told = {c: w for w, c in reversed(wa.items())}  # a concept as the first claim writes it
    words = [f"“{told.get(c, c)}”" for c in same]
    return (f"the same matter concerning {actors} in other words (sentences close in meaning, {closeness:.2f}; "
            f"in common {', '.join(words)})")
