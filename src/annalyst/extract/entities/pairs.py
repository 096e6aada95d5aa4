"""Two names joined by a hyphen: "the Roe-Vance talks", "the Norland-Umbara border".

News writes the two parties of a meeting, a match or a border as one
hyphenated word before the noun they share. The model reads such a pair as one
name (mostly an organisation) or catches one half. A reader sees two names:
each half is a mention of its own, a place when it is a country or a region,
a people when it is a nationality, else, as parties of talks, most often a
person. The halves must be names the text uses on their own (or countries),
and either both stand alone or the pair qualifies a noun of two parties
("talks", "border", "match"). A double-barrelled surname ("Ann Roe-Vance
said"), a news agency or a church named with a hyphen stays one name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import FUNCTION_WORDS, canonical_key, place_names
from .mentions import Candidate, demonym_stems, text_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

# Nouns two parties share: "the X-Y talks", "the X-Y border", "the X-Y match".
_RELATIONS = frozenset({
    "talk", "meeting", "summit", "border", "frontier", "match", "game", "fight", "bout", "duel", "race", "contest",
    "final", "agreement", "accord", "pact", "treaty", "deal", "relation", "tie", "link", "dispute", "rivalry", "war",
    "conflict", "clash", "alliance", "axis", "negotiation", "dialogue", "partnership", "merger"})
_PAIR = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:[A-Z][a-z]+)?)-([A-Z][a-z]+)(?![\w-])")


def _is_place(word: str) -> bool:
    countries, subdivisions = place_names()
    return canonical_key(word) in countries or canonical_key(word) in subdivisions


def split_name_pairs(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The mentions, with each hyphenated pair of names ("Roe-Vance talks") as two mentions."""
    text = text_of(doc)
    out = list(cands)
    for m in _PAIR.finditer(text):
        whole, halves = m.group(0), (m.span(1), m.span(2))
        if _is_place(whole) or any(text[a:b].casefold() in FUNCTION_WORDS for a, b in halves):
            continue  # a country named with a hyphen is one country
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start > 0 else None
        relation = after is not None and after.is_lower and after.lemma_.lower() in _RELATIONS
        known = [bool(re.search(rf"(?<![\w-]){re.escape(text[a:b])}(?![\w-])", text[:m.start()] + text[m.end():]))
                 for a, b in halves]
        first_name = before is not None and before.is_title and before.ent_type_ == "PERSON"
        if first_name or not (all(known) or (relation and all(k or _is_place(text[a:b])
                                                              for k, (a, b) in zip(known, halves, strict=True)))):
            continue
        inside = [c for c in out if c.start < m.end() and m.start() < c.end]
        if any(c.start < m.start() or c.end > m.end() for c in inside):
            continue  # part of a longer name
        out = [c for c in out if c not in inside]
        peoples = any(c.label == "NORP" for c in inside) or (span.root.ent_type_ == "NORP")
        for a, b in halves:
            word = text[a:b]
            if _is_place(word):
                label = "GPE"
            elif peoples or {canonical_key(s) for s in demonym_stems(word)} & place_names()[0]:
                label = "NORP"  # "the Umbaran-Norlandian border": two peoples
            else:
                label = ""
            half = Candidate(a, b, word, label, "pair")
            if not label:
                half.votes["PERSON"] += 1.5  # a party of talks, a rival in a race
            out.append(half)
    return sorted(out, key=lambda c: c.start)
