"""One type per name: evidence from each mention's context, then a weighted vote.

spaCy types each mention on its own, so one person's surname comes out PERSON
in one sentence, GPE after "from" and ORG as a subject in the next. A reader
decides once per name from the strongest clues: a title before it ("General",
"Mr."), a role noun in apposition ("X (a lawyer)", "X, a colony in ..."), a
verb people do ("X wrote"). Each clue is a weighted vote; the model's own label
is one light vote per mention. NORP loses ties: a name tagged once as a
nationality and once as an organisation is the organisation.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ...language.organisations import CORPORATE_NOUNS
from .lexicon import (
    FACILITY_NOUNS,
    FUNCTION_WORDS,
    KIN_NOUNS,
    LEGAL_SUFFIXES,
    LOCATIVE_PREPS,
    MOTION_VERBS,
    NEWSPAPER_HEADS,
    ORG_HEADS,
    PERSON_VERBS,
    PLACE_KINDS,
    PLACE_NOUNS,
    PLACE_PREFIXES,
    PUBLICATION_NOUNS,
    PUBLISHING,
    SAINT_WORDS,
    TITLES,
    canonical_key,
    is_acronym,
    is_given_name,
    place_names,
)
from .mentions import Candidate, person_like, role_noun, text_of
from .teams import PLACE_USE, TEAM, in_dateline, place_use, team_clues

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

# Tie-break order when two types have the same weight: scored, specific types first.
_PREFERENCE = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK", "LAW", "NORP", "OTHER")
_LOWERCASE_TITLES = {"general", "president", "marshal", "colonel", "admiral", "director", "senator", "minister"}
# What one sends to a person, not to a place: "send a message to X".
_MESSAGES = frozenset({"message", "letter", "note", "cable", "telegram", "word", "reply", "signal", "request",
                       "invitation", "greeting", "memorandum", "wire", "email"})
# What only a person has: "X's wife", "X's appointment".
_PERSONAL = KIN_NOUNS | frozenset({"appointment", "resignation", "death", "funeral", "birthday", "career",
                                   "retirement", "biography", "memoirs", "obituary"})
_COMPASS = frozenset({"north", "south", "east", "west", "left", "right"})  # "the South Bank" of a river
LOCATIVE = "locative"  # a count of "in X"-like contexts, kept beside the type votes
KIN = "kin"  # a count of contexts that introduce the name as somebody's relative: "X, the minister's wife"
NAMED_PLACE = "named place"  # a count of contexts that call the name a place: "the town of X", "the X district"


def _in_lower_case_line(text: str, at: int) -> bool:
    """True when the line around ``at`` has lower-case letters: an upper-case word there is an acronym."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return any(c.islower() for c in text[start:end if end >= 0 else len(text)])


def _title_before(doc: Doc, i: int) -> int | None:
    """Index of the first token of a title phrase ending right before token ``i``.

    Covers "Mr.", "General", "Minister of Justice", "U.S. Secretary of State",
    "cia Director": title words, an office's "of X" domain, and proper-noun
    modifiers before the title.
    """
    j = i - 1
    seen_title = leftmost = None
    while j >= 0 and not doc[j].is_space:
        if doc[j].text == "." and j >= 1 and not doc[j - 1].whitespace_ and doc[j - 1].lower_ in TITLES \
                and not doc[j - 1].is_lower:
            j -= 1  # "COL" "." "X": the model split an abbreviated title from its dot
        if doc[j].is_lower and doc[j].text.endswith(".") and len(doc[j].text) > 1:
            break  # "was a director. X": a lower-case title word with a dot ends its sentence
        word = doc[j].lower_.rstrip(".")
        if seen_title is None and doc[j].text[:1].isupper() and j >= 2 and doc[j - 1].lower_ in {"of", "for"} \
                and doc[j - 2].lower_.rstrip(".") in TITLES:
            j -= 1  # the domain of an office: "Minister of Justice X"
        elif word in TITLES and (doc[j].text[:1].isupper() or word in _LOWERCASE_TITLES):
            seen_title = leftmost = j
        elif seen_title is not None and doc[j].pos_ in {"PROPN", "ADJ"} and not doc[j].is_punct \
                and doc[j].lower_ != "dear":  # "Dear Colonel X": a salutation, not part of the title
            leftmost = j
        else:
            break
        j -= 1
    return leftmost


def _institution_places(doc: Doc) -> frozenset[str]:
    """Words an institution's name gives as its place: a newspaper's first word ("the X Courier"),
    the complement of a university's or bank's "of" ("the University of X"). Cached on the doc."""
    found = doc.user_data.get("annalyst.institution_places")
    if found is None:
        text = text_of(doc)
        papers = "|".join(w.capitalize() for w in NEWSPAPER_HEADS)
        heads = "|".join(w.capitalize() for w in ORG_HEADS)
        words = re.findall(rf"\b([A-Z][\w-]+) (?:{papers})\b", text)
        words += re.findall(rf"\b(?:{heads}) of (?:the )?([A-Z][\w-]+)\b(?![ -]?[A-Z])", text)
        found = frozenset(w for w in words if w.lower() not in FUNCTION_WORDS and w.lower() not in TITLES
                          and w.lower() not in ORG_HEADS)
        doc.user_data["annalyst.institution_places"] = found
    return found


def _named_as_place(doc: Doc, first: Token, last: Token) -> bool:
    """True when the words around a name call it a place.

    "the town of X", "the province of X"; "the X district", "X province";
    "X and two other districts".
    """
    i, k = first.i, last.i + 1
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].is_lower and doc[i - 2].lemma_.lower() in PLACE_KINDS:
        return True
    if k < len(doc) and doc[k].is_lower and doc[k].lemma_.lower() in PLACE_NOUNS and doc[k].pos_ == "NOUN" \
            and last.pos_ == "PROPN":
        return True
    after = [t for t in doc[k:k + 5] if t.pos_ not in {"NUM", "DET"}]
    return (len(after) >= 3 and after[0].lower_ in {"and", "or"} and after[1].lower_ == "other"
            and after[2].lemma_.lower() in PLACE_NOUNS)


def _apposition_after(doc: Doc, last: Token) -> str | None:
    """The lemma of the head noun of an apposition after the name: "X (a lawyer)", "X, a colony",
    "X, the union leader's nephew" ("nephew", not "union")."""
    k = last.i + 1
    if k < len(doc) and doc[k].text in {"’s", "'s"}:
        return None
    if k >= len(doc) or doc[k].text not in {",", "("}:
        return None
    k += 1
    if k < len(doc) and doc[k].lower_ in {"a", "an", "the"}:
        k += 1
    for tok in doc[k:k + 6]:
        if tok.pos_ == "NOUN" and tok.dep_ not in {"compound", "poss"}:  # "the union leader's nephew": "nephew"
            return tok.lemma_.lower()
        if tok.tag_ == "POS":
            continue
        if (tok.is_punct and tok.text not in {"-"}) or tok.is_space or tok.pos_ == "ADP":
            return None  # the apposition ends at a comma or a line break; "X, Y among officers" is none
    return None


def _noun_before(doc: Doc, first: Token) -> str | None:
    """The lemma of a lower-case role noun right before the name: "the butcher X", "ruler, X"."""
    j = first.i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j >= 0 and doc[j].pos_ == "NOUN" and doc[j].is_lower:
        return doc[j].lemma_.lower()
    return None


def score_mention(doc: Doc, cand: Candidate) -> None:
    """Add the context's evidence for this mention's type to ``cand.votes``."""
    if cand.label:
        cand.votes[cand.label] += 0.5 if cand.origin == "capitals" else 1
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return
    first, last = span[0], span[-1]
    if span.root.dep_ != "amod":  # "Eastern imperialism" is an adjective, whatever the gazetteer says
        countries, subdivisions = place_names()
        name = canonical_key(cand.text)
        if name in countries:
            cand.votes["GPE"] += 2
        elif name in subdivisions:
            cand.votes["GPE"] += 1
        elif is_acronym(cand.text) and "." not in cand.text and cand.label != "PERSON" \
                and _in_lower_case_line(text_of(doc), cand.start):
            cand.votes["ORG"] += 2  # "UNSC", "TKC": an acronym that names no country is mostly a body
    if 2 <= len(span) <= 4 and span[0].is_title and is_given_name(span[0].text) and person_like(list(span)):
        cand.votes["PERSON"] += 1  # "Willy Brandt": a first name, then a capitalised word
    if len(span) >= 2 and first.lower_.rstrip(".") in PLACE_PREFIXES and (last.lower_ not in ORG_HEADS or (
            len(span) == 2 and last.lower_ == "bank" and first.lower_ in _COMPASS)) \
            and last.lower_ not in FACILITY_NOUNS and cand.label != "NORP":  # but "South African"
        cand.votes["GPE"] += 2  # "Port X", "Fort Y", "Lake Z", "South Bank": a place, whatever the model says
    if len(span) >= 2 and last.lower_ in FACILITY_NOUNS and cand.label != "NORP" and (
            last.lower_ not in ORG_HEADS or first.lower_.rstrip(".") in SAINT_WORDS):
        cand.votes["FAC"] += 2  # "the Old Market Plaza", "St. Paul's Church": a building or a site
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in FACILITY_NOUNS and after.pos_ == "NOUN" \
            and cand.label != "NORP":
        cand.votes["FAC"] += 2  # "the X stadium", "landed at X airport": the name of that building or site
    if len(span) == 2 and first.lower_ in FACILITY_NOUNS and last.like_num:
        cand.votes["FAC"] += 3  # "Pier 4", "Hangar 2": a numbered facility, whatever the model says
    if len(span) >= 2 and last.lower_.rstrip(".") in LEGAL_SUFFIXES and last.text[:1].isupper():
        cand.votes["ORG"] += 3  # "Acme Tools Ltd.": a company, and so is "Acme Tools" wherever it stands
    if len(span) == 1 and cand.label != "NORP" and cand.text in _institution_places(doc):
        cand.votes["GPE"] += 2  # "the X Courier", "the University of X": X is a city wherever it stands alone
    if cand.label != "NORP" and _named_as_place(doc, first, last):  # not "the Kenyan capital"
        cand.votes["LOC"] += 3  # "the mining town of X": whoever else is called X
        cand.votes[NAMED_PLACE] += 1
        cand.votes[LOCATIVE] += 1
    start = _title_before(doc, first.i)
    if start is not None and person_like(list(span)):
        cand.votes["PERSON"] += 3
        if cand.title is None:
            cand.title = text_of(doc)[doc[start].idx:first.idx].strip()
            cand.title_start = doc[start].idx
    if last.i + 2 < len(doc) and doc[last.i + 1].text == "," and doc[last.i + 2].lower_ in {"who", "whom", "whose"} \
            and cand.label != "NORP":  # "the Umbarans, who": a people, not a person
        cand.votes["PERSON"] += 2  # "X, who worked at the embassy"
    for noun in (_apposition_after(doc, last), _noun_before(doc, first)):
        role = role_noun(noun) if noun else None
        if role:
            cand.votes[role] += 2
        if noun in KIN_NOUNS:
            cand.votes[KIN] += 1
    if "&" in cand.text[1:-1] and re.search(r"[A-Z][\w.]*\s*&\s*[A-Z]", cand.text):
        cand.votes["ORG"] += 3  # "Roe & Vane": a firm's name; a person's has no ampersand
    if span.root.dep_ in {"compound", "poss"} and span.root.head.i > last.i \
            and span.root.head.lower_ in CORPORATE_NOUNS:
        cand.votes["ORG"] += 2  # "X shares", "X's profits", "X chairman Y": what a company has
    before = doc[first.i - 1] if first.i > 0 else None
    if any(t is not None and t.is_lower and t.lower_ in PUBLICATION_NOUNS - {"site"} for t in (before, after)):
        cand.votes["ORG"] += 2  # "the daily X", "X daily said", "the news weekly X": a publication
    if in_dateline(cand, doc) or place_use(cand, text_of(doc)):
        cand.votes[PLACE_USE] += 1  # the place itself, whatever else the name stands for in the text
    elif clues := team_clues(span, cand):
        cand.votes[TEAM] += clues
    root = span.root
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in PERSON_VERBS:
        cand.votes["PERSON"] += 0.5
    after = doc[last.i + 2] if last.i + 2 < len(doc) and doc[last.i + 1].tag_ == "POS" else None
    if after is not None and after.lemma_.lower() in _PERSONAL:
        cand.votes["PERSON"] += 1.5  # "X's wife", "X's resignation": what only a person has
    if len(span) == 1 and root.dep_ == "conj" and root.head.ent_type_ == "PERSON" and root.head.i < first.i:
        cand.votes["PERSON"] += 1.5  # "to both X and Y": names joined by "and" are of one kind
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    prep = doc[first.i - 1] if first.i > 0 else None
    locative = prep is not None and (
        (prep.lower_ in LOCATIVE_PREPS and prep.head.lemma_.lower() not in PUBLISHING)  # not "an article in X"
        or (prep.lower_ in {"to", "from"} and prep.head.lemma_.lower() in MOTION_VERBS  # "travelled to X"
            and not any(c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGES for c in prep.head.children)))
    if locative and not (nxt is not None and nxt.tag_ == "POS") and root.dep_ not in {"amod", "compound"}:
        # not "in Umbaran areas": the name only modifies what the preposition governs
        # a lone word after "in"/"at" is rarely a person ("Consul at Omsk"); a full name may be
        cand.votes["GPE"] += 1.5 if len(span) == 1 else 0.5
        cand.votes[LOCATIVE] += 1


def decide_type(cands: list[Candidate]) -> str:
    """The type with the most evidence over every mention of one name; NORP loses ties.

    A name some use of which makes it a side (:mod:`.teams`) is that organisation, unless
    clues of a person outweigh those of the side.
    """
    total: Counter = Counter()
    for cand in cands:
        total.update({t: v for t, v in cand.votes.items() if t in _PREFERENCE})
    team = sum(c.votes[TEAM] for c in cands)
    person = total["PERSON"] - sum(1 for c in cands if c.label == "PERSON")  # clues beyond the model's label
    if team and 2 * team > person:
        return "ORG"
    if not total:
        return next((c.label for c in cands if c.label), "ORG")
    best = max(total.values())
    return next(t for t in _PREFERENCE if total.get(t) == best)


def is_place_only(cands: list[Candidate]) -> bool:
    """True when a name is used as a place ("in X") and never with a person's clues.

    Such a name keeps its own entity even when it is also some person's surname
    ("Washington" beside "George Washington").
    """
    total: Counter = Counter()
    for cand in cands:
        total.update(cand.votes)
    person = total["PERSON"] - sum(1 for c in cands if c.label == "PERSON")  # clues beyond the model's label
    return total[LOCATIVE] > 0 and person <= 0 and total["PERSON"] < total["GPE"] + total["LOC"] + total["FAC"]
