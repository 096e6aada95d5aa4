"""Named entities of one document: people, organisations and places, with their aliases.

The steps, each in its own module:

1. :mod:`.mentions`: spaCy's entities with their edges fixed (titles, "the",
   "'s", glued places and headline verbs), plus acronyms in parentheses,
   ``(@handle)`` aliases and organisation names the model missed;
   :mod:`.headers` adds what only the layout tells (and keeps a title-case
   headline's names only where the body confirms them): a byline's author and
   organisation, a reference's cited title, and transcript speaker labels and
   roles ("THE PRESIDENT:", "the High Commissioner") that name a listed participant;
2. :mod:`.typing`: the evidence each mention's context gives for its type;
3. :mod:`.aliases`: mentions grouped into entities (surname to full name,
   acronym to expansion, "U.S." to "United States");
4. names already known are searched for where the model missed them
   ("the butcher X", footnotes), then each entity gets one type by vote;
5. :mod:`.descriptors`: titles, roles and appositions for each entity.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from ...model import LocalEntity, Mention
from ..context import DocContext
from .aliases import canonical_name, cluster_mentions, of_forms, surname_forms
from .capitals import capital_blocks
from .descriptors import describe
from .headers import add_header_mentions, confirm_headline, office_mentions
from .lexicon import is_acronym
from .mentions import HEADER_ORIGINS, Candidate, collect_mentions, find_missed
from .pairs import split_name_pairs
from .tables import add_table_mentions
from .typing import decide_type, score_mention

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR", "extract_entities"]

EXTRACTOR = "entities.v2"


def _add_missed(ctx: DocContext, clusters: list[list[Candidate]], common: frozenset[str]) -> None:
    """Search the text for known names the model did not tag, and add them to their entity."""
    types = [decide_type(c) for c in clusters]
    forms: dict[str, int] = surname_forms(clusters, types, common)
    for form, n in list(forms.items()):
        if is_acronym(form) and "." not in form and len(form) >= 3 and form.lower() not in STOP_WORDS:
            forms.setdefault(form.lower(), n)  # "tdf" where "TDF" is known
    blocks = capital_blocks(ctx.text)
    shouted = set()  # "BRANDIKOV" in a headline in capitals, where the body has "Brandikov"
    for form, n in list(forms.items()) if blocks else ():
        if not form.isupper() and len(form) >= 3 and form.upper() not in forms:
            forms[form.upper()] = n
            shouted.add(form.upper())
    taken = sorted((m.start, m.end) for c in clusters for m in c)
    for start, end, n in find_missed(ctx.text, forms, taken):
        if ctx.text[start:end] in shouted and not any(a <= start and end <= b for a, b in blocks):
            continue  # the upper-case form of a name counts only where everything is in capitals
        if ctx.text[start:end].islower() and not _nominal(ctx.parsed, start, end):
            continue
        cand = Candidate(start, end, ctx.text[start:end], "", "search")
        score_mention(ctx.parsed, cand)
        clusters[n].append(cand)
        bisect.insort(taken, (start, end))


def _nominal(doc: Doc, start: int, end: int) -> bool:
    """True when the parser reads the words at ``[start, end)`` as a noun (not "who" the pronoun)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.pos_ in {"NOUN", "PROPN", "X"} for t in span)


def extract_entities(ctx: DocContext) -> list[LocalEntity]:
    """The document's local entities, ids ``"<doc id>:L<n>"`` in order of first mention."""
    doc = ctx.parsed
    cands = confirm_headline(ctx.text, add_header_mentions(ctx.text, collect_mentions(doc)))
    cands = split_name_pairs(doc, add_table_mentions(doc, cands))
    for cand in cands:
        score_mention(doc, cand)
    for cand in office_mentions(ctx.text, cands):  # "the President" after "President X"
        score_mention(doc, cand)
        cands.append(cand)
    cands.sort(key=lambda c: c.start)
    common = frozenset(t.lower_ for t in doc if t.is_lower and t.is_alpha)
    clusters = cluster_mentions(cands, common)
    _add_missed(ctx, clusters, common)
    out: list[LocalEntity] = []
    for cluster in sorted(clusters, key=lambda c: min(m.start for m in c)):
        cluster.sort(key=lambda m: m.start)
        local_id = f"{ctx.doc_id}:L{len(out)}"
        etype = decide_type(cluster)
        if etype == "PERSON" and all(" " not in c.text and c.text.casefold() in common and not c.title
                                     for c in cluster):
            continue  # "Propaganda" alone, a word the text also writes in lower case: nobody's name
        mentions = tuple(Mention(ctx.doc_id, c.start, c.end, c.text, etype, local_id, EXTRACTOR,
                                 1.0 if c.origin == "ner" else 0.8) for c in cluster)
        aliases = tuple(dict.fromkeys(a for c in cluster for a in _aliases(ctx.text, c, etype)))
        descriptors = _unique(d for c in cluster if c.origin not in HEADER_ORIGINS for d in describe(doc, c, etype))
        out.append(LocalEntity(local_id, ctx.doc_id, _alias(canonical_name(cluster)), etype, aliases,
                               descriptors, mentions))
    return out


def _aliases(text: str, cand: Candidate, etype: str) -> list[str]:
    """The mention's name, and for a person the name with a one-word title ("Mr. Y", "Gen. X Y").

    A surname written with its title ("Gen. X", "Ms. Y") is that titled form only: the
    bare word is the person's alias where the text uses it bare, and nowhere else (it
    may be a town's name, or another bearer's).
    """
    out = [_alias(cand.text)]
    if etype == "ORG":
        out.extend(of_forms(cand.text))
    if etype == "PERSON" and cand.title and cand.title_start is not None and len(cand.title.split()) == 1:
        titled = _alias(text[cand.title_start:cand.end])
        out = [titled] if " " not in cand.text.strip() else [*out, titled]
    return out


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """Distinct items in order, case-insensitively ("general" and "General" are one title)."""
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return tuple(seen.values())


def _alias(text: str) -> str:
    """A surface form as an alias: one line, single spaces."""
    return " ".join(text.split())
