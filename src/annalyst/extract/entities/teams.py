"""Sides named after places: a club or a county team is an organisation, not its town.

Sports pages name a club after its town or county ("X beat Y by ten runs"), and
the model, which knows the place, reads the place. A reader goes by what the
name does in the sentence: a place does not beat anybody, take a plural verb as a
collective ("X are top", "X need 48 runs", "X ... their second innings"), have a
captain or fans, or lose a match; a place is not joined or played for. Each such
use is one ``team`` clue on the mention (:data:`TEAM`); the name then reads as
the side in the whole document (one sense per document), except where the text
puts the place itself: the dateline, and "in X" / "at X" (see
:func:`annalyst.extract.entities.aliases.cluster_mentions`).

A country's or a home nation's name is left alone: a national side is written as
its country, and a reader keeps it the country.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ...language.places import nation_names
from ...language.sport import CONTEST_NOUNS, CONTEST_VERBS, TEAM_ROLES
from ..context import text_of
from .headers import dateline_places
from .lexicon import canonical_key, is_given_name

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .mentions import Candidate

TEAM = "team"  # a count of uses that make the name a side, kept beside the type votes
PLACE_USE = "place use"  # a count of uses that put the place itself: a dateline's, "in X"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PLACE_PREPS = frozenset({"in", "at", "near"})  # "in X", "at X": the place itself, even in a sports report
_VERSUS = frozenset({"v", "v.", "vs", "vs."})
_VENUE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:[ \t]*[A-Z]")


@cache
def _nations() -> frozenset[str]:
    return nation_names()


def team_clues(span: Span, cand: Candidate) -> int:
    """How many clues in the sentence make this name a side; 0 for a person's or a nation's name."""
    first, last = span[0], span[-1]
    if cand.title or canonical_key(cand.text) in _nations() or len(span) > 4:
        return 0
    if len(span) >= 2 and is_given_name(first.text):
        return 0  # "Ana Roe": a person's name, whatever she does
    root = span.root
    clues = 0
    if root.dep_ in _SUBJECTS and _collective(root, last):
        clues += 1
    head = root.head
    if root.dep_ in {"compound", "poss", "nmod"} and head.i > last.i and (
            head.lemma_.lower() in TEAM_ROLES or (root.dep_ == "poss" and head.lemma_.lower() in CONTEST_NOUNS)):
        clues += 1  # "X captain Y", "X fans", "X's home defeat"
    if not (cand.label == "PERSON" and len(span) > 1) and _contest(root, head, person=cand.label == "PERSON"):
        clues += 1
    if first.i > 0 and first.doc[first.i - 1].lower_ in _VERSUS and cand.label != "PERSON":
        clues += 1  # "v X"
    return clues


def _collective(subject: Token, last: Token) -> bool:
    """A singular name taking a plural verb or "their": a side ("X are", "X need", "X ... their innings")."""
    if last.tag_ in {"NNS", "NNPS"} or last.lower_.endswith("s") or subject.dep_ == "conj" or any(
            c.dep_ in {"conj", "cc"} for c in subject.children):
        return False
    verb = subject.head
    if "\n" in subject.doc[last.i:verb.i].text:
        return False  # a dateline or a heading the parser ran into the next sentence
    finite = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    if any(t.tag_ == "VBP" and t.i > last.i for t in finite):
        return True
    for tok in verb.subtree:
        if tok.i <= last.i:
            continue
        if tok.tag_ in {"NNS", "NNPS"} or tok.dep_ == "conj":
            return False  # "X sent the envoys their ...": "their" may be theirs
        if tok.lower_ == "their" and tok.dep_ == "poss":
            return True
    return False


def _contest(root: Token, head: Token, *, person: bool) -> bool:
    """One side of a contest: "X beat Y" (both), "a match against X", "joined X", "played for X".

    A one-word name the model reads as a person's is a side only where the model reads the other
    side as a place or an organisation: "X beat Y" of two players is no match of clubs.
    """
    lemma = head.lemma_.lower()
    if root.dep_ in {*_SUBJECTS, "dobj"} and lemma in CONTEST_VERBS:
        other = "dobj" if root.dep_ in _SUBJECTS else "nsubj"
        return any(c.dep_ == other and c.pos_ == "PROPN" and (not person or c.ent_type_ in {"ORG", "GPE", "LOC"})
                   for c in head.children)
    if person:
        return False
    if root.dep_ == "dobj" and lemma == "join":
        return True  # one joins a club, not a town
    if root.dep_ == "pobj" and head.dep_ in {"prep", "agent"}:
        governor = head.head.lemma_.lower()
        contest = governor in CONTEST_NOUNS or governor in CONTEST_VERBS
        return (head.lower_ == "against" and contest) or (head.lower_ == "for" and governor in {"play", "sign"}) or (
            head.lower_ == "with" and governor in {"draw", "tie"}) or (
            head.lower_ in {"to", "by"} and (contest or governor == "lose"))  # "a defeat to X", "lost to X"
    return False


def in_dateline(cand: Candidate, doc: Doc) -> bool:
    """True for a mention inside the place names of the document's dateline (found once, cached on the doc)."""
    spans = doc.user_data.get("annalyst.dateline_places")
    if spans is None:
        spans = doc.user_data["annalyst.dateline_places"] = dateline_places(text_of(doc))
    return cand.origin == "dateline" or any(s < cand.end and cand.start < e for s, e in spans)


def place_use(cand: Candidate, doc_text: str) -> bool:
    """True for a mention that stands for the place itself: right after "in", "at", "near", or opening a
    line of results as its venue ("X : Y 238 and 133-5")."""
    before = doc_text[max(0, cand.start - 8):cand.start].split()
    line_start = doc_text.rfind("\n", 0, cand.start) + 1
    venue = not doc_text[line_start:cand.start].strip() and _VENUE.match(doc_text, cand.end) is not None
    return venue or (bool(before) and before[-1].lower() in _PLACE_PREPS)


def split_places_from_teams(groups: dict[str, list[Candidate]]) -> None:
    """Split the place uses of a name that is a side elsewhere in the document into a group of their own.

    "X beat Y" and "the X captain" are the side; the dateline's "X" and "in X" are its town.
    The place's group is keyed ``"x (place)"``.
    """
    for k, members in list(groups.items()):
        if not any(c.votes[TEAM] for c in members):
            continue
        places = [c for c in members if c.votes[PLACE_USE] and not c.votes[TEAM]]
        if places and len(places) < len(members):
            groups[k] = [c for c in members if c not in places]
            groups[k + " (place)"] = places


def spread_teams(groups: dict[str, list[Candidate]], regions: frozenset[str]) -> None:
    """In a report on sides (two names or more read as sides), a region's or a town's name that nothing
    puts as the place is a side too: "reducing X to 133 for five" beside "Y beat Z".

    Only names the model or the gazetteer (``regions``: name keys of regions) calls a place, used
    with no title, no person's clue and never as the place itself.
    """
    sides = [k for k, members in groups.items() if any(c.votes[TEAM] for c in members)]
    if len(sides) < 2:
        return
    for k, members in groups.items():
        if k in sides or " (" in k or k in _nations() or len(k.split()) > 3:
            continue
        placed = any(c.label in {"GPE", "LOC"} for c in members) or k in regions
        person = any(c.title or c.votes["PERSON"] - (c.label == "PERSON") > 0 for c in members)
        if placed and not person and not any(c.votes[PLACE_USE] or c.label == "NORP" for c in members):
            members[0].votes[TEAM] += 1
