"""Name mentions of one document: spaCy's entities, cleaned, plus the ones it missed.

spaCy's small English model gets most names but draws their edges loosely in
news prose: it takes in a leading "the", a trailing "'s" or a line break, a
title ("the pro-Nazi Marshal X Y"), a headline verb ("X Met"), or a place
before a name ("ambassador to Peru X Y"). The functions here turn its spans
into clean :class:`Candidate` mentions and add what a reader sees but the model
missed: acronyms in parentheses, ``(@handle)`` after a byline name, all-caps
organisation names next to a known one, capitalised phrases ending in an
organisation or facility head word ("... Human Rights Commission", "the
Northern Cemetery"), and a saint's building the model cut at its possessive
("St. Mark" of "St. Mark's Cathedral").

Every candidate is made from token or regex offsets into ``doc.text``, so its
``text`` is always ``doc.text[start:end]``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...language.countries import country_key
from ...language.dates import MONTHS
from ..context import text_of
from .capitals import headline_slug, is_dictionary_word, reread_capitals
from .lexicon import (
    FACILITY_NOUNS,
    FUNCTION_WORDS,
    HEADLINE_VERBS,
    HONORIFIC_POSSESSORS,
    NAME_SUFFIXES,
    NEWSPAPER_HEADS,
    NOT_NAMES,
    ORG_HEADS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    PLURAL_PLACES,
    PLURAL_POSSESSORS,
    PUBLICATION_NOUNS,
    SAINT_WORDS,
    TITLE_LINKS,
    TITLES,
    WEAK_TITLES,
    is_acronym,
    is_given_name,
    key,
    place_names,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

SPACY_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC", "NORP": "NORP",
               "EVENT": "EVENT", "WORK_OF_ART": "WORK", "LAW": "LAW"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_URLISH = re.compile(r"://|www\.|\.(com|org|net|gov|edu)\b|^https?", re.I)
_GENERIC_PLACES = (PLACE_NOUNS | FACILITY_NOUNS) - ORG_HEADS  # "Embassy" alone may still be the one embassy
_DASHES = {"-", "–", "—", "--"}
_PLURAL_OWNER = re.compile(r"(?<![\w'’])[A-Z][\w-]*s['’] \Z")  # "Farmers' " right before a name


# Origins of mentions made from a transcript's labels and roles ("THE PRESIDENT", "the Chairman"):
# they stand for a person but are no name to search the text for, describe or prefer as the name.
HEADER_ORIGINS = frozenset({"label", "role"})


@dataclass
class Candidate:
    """One mention under construction; becomes a :class:`~annalyst.model.Mention` at the end."""

    start: int
    end: int
    text: str
    label: str
    # ner, capitals, split, acronym, handle, caps, orghead, facility, headline, search, byline, citation, label,
    # role, listed, dateline
    origin: str
    votes: Counter = field(default_factory=Counter)
    descriptors: list[str] = field(default_factory=list)
    alias_of: Candidate | None = None  # an acronym or @handle declared for that mention
    title: str | None = None  # the honorific or office stripped from the front, if any
    title_start: int | None = None  # where that title begins in the text
    listed_as: frozenset[str] = frozenset()  # a listed participant's title and role words: "col", "minister"

    @property
    def key(self) -> str:
        return key(self.text)


_HEADS = FACILITY_NOUNS | ORG_HEADS  # made once, not at every mention it tests


def _is_title(token: Token) -> bool:
    return token.lower_.rstrip(".") in TITLES


def _clean_tokens(tokens: list[Token]) -> list[Token]:
    """Strip what is not part of the name at either edge: spaces, punctuation, "the", "'s"."""
    while tokens and (tokens[0].is_space or tokens[0].is_punct or tokens[0].lower_ in {"the", "a", "an"}):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or tokens[-1].text in _POSSESSIVE
                      or (tokens[-1].is_punct and tokens[-1].text != ".")
                      or (tokens[-1].is_lower and tokens[-1].pos_ in {"ADP", "DET", "CCONJ"})
                      or (len(tokens) > 1 and tokens[-1].is_lower and tokens[-1].pos_ == "NOUN")):  # "X province"
        tokens = tokens[:-1]
    return tokens


def _without_modifier(tokens: list[Token], label: str) -> list[Token]:
    """The name without a word the model took in before it: a nationality before a person's name
    ("the Norlandian Ana Roe"), a month before an organisation's ("the March Treasury bond")."""
    if len(tokens) < 2 or not tokens[1].text[:1].isupper():
        return tokens
    first = tokens[0].lower_.rstrip(".")
    if label == "PERSON" and len(tokens) >= 3 and first not in place_names()[0] and country_key(first):
        return tokens[1:]  # "Mexican" names a country's people, and nobody's first name
    if label != "PERSON" and first in MONTHS:
        return tokens[1:]
    return tokens


def _make(doc: Doc, tokens: list[Token], label: str, origin: str) -> Candidate | None:
    tokens = _clean_tokens(tokens)
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Candidate(start, end, text_of(doc)[start:end], label, origin)


def person_like(tokens: list[Token]) -> bool:
    """Could these words be a person's name? Not with "of" inside or an organisation or place head word."""
    return all(t.lower_ not in ORG_HEADS and t.lower_ not in PLACE_NOUNS and t.lower_ not in FACILITY_NOUNS
               and not t.is_lower for t in tokens)


def _after_office(doc: Doc, i: int) -> bool:
    """True when token ``i`` follows "Minister of", "Secretary for the": it begins an office's domain."""
    j = i - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 1 and doc[j].lower_ in TITLE_LINKS and _is_title(doc[j - 1])


def _split_title(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split "the pro-Nazi Marshal X Y" into its title part and the name after the last title word."""
    last = -1
    for i, tok in enumerate(tokens[:-1]):
        if _is_title(tok) and tokens[i + 1].text[:1].isupper():
            last = i
    if last < 0:
        return [], tokens
    name = tokens[last + 1:]
    if not person_like(name):
        return [], tokens  # "General Assembly", "President Hotel": an organisation or place, not a title
    if tokens[last].lower_.rstrip(".") in WEAK_TITLES and not tokens[last].text[:1].isupper():
        return [], tokens
    return tokens[:last + 1], name


def _known_texts(doc: Doc) -> tuple[set[str], set[str], set[str]]:
    """Entity texts by coarse label, and the lower-case word forms used as verbs or function words."""
    places, names = set(), set()
    for ent in doc.ents:
        text = " ".join(t.text for t in _clean_tokens(list(ent)))
        names.add(text)
        if ent.label_ in {"GPE", "LOC"}:
            places.add(text)
    common = {t.lower_ for t in doc if t.is_lower and t.pos_ in {"VERB", "AUX", "ADV", "ADP", "SCONJ", "PRON"}}
    return places, names, common


def _refine(doc: Doc, ent: Span, places: set[str], names: set[str], common: set[str],
            persons: set[str]) -> list[Candidate]:
    """Turn one spaCy entity into zero, one or two clean candidates."""
    label = SPACY_TYPES[ent.label_]
    tokens = list(ent)
    if label == "PERSON":  # "the Navy Josephus Daniels": first names the model left out
        while tokens[0].i > 0:
            prev = doc[tokens[0].i - 1]
            if not (prev.pos_ == "PROPN" and prev.is_title and prev.ent_iob_ == "O" and not _is_title(prev)
                    and not prev.is_sent_start and prev.lower_ not in common
                    and prev.dep_ == "compound" and prev.head.i in {t.i for t in tokens}):
                break
            tokens.insert(0, prev)
        while tokens[-1].i + 1 < len(doc):  # "President X Y" tagged "X": the surname it modifies, left out
            nxt = doc[tokens[-1].i + 1]
            if not (tokens[-1].dep_ == "compound" and tokens[-1].head.i == nxt.i and nxt.pos_ == "PROPN"
                    and nxt.is_title and nxt.ent_iob_ == "O" and not _is_title(nxt) and nxt.lower_ not in common
                    and person_like([nxt]) and not tokens[-1].whitespace_.count("\n")):
                break
            tokens.append(nxt)
    if label == "PERSON" and len(tokens) >= 2 and tokens[0].is_sent_start and tokens[0].tag_ == "VB" \
            and tokens[0].is_title and not is_given_name(tokens[0].text):
        tokens = tokens[1:]  # "Tell X to wait": an imperative opening the sentence, not a first name
    if tokens[0].lower_ in HONORIFIC_POSSESSORS and tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ in {"his", "her"}:
        tokens.insert(0, doc[tokens[0].i - 1])  # "His Majesty's Government", not "Majesty's Government"
    tokens = _saint_building(doc, tokens)  # "St. Mark" of "St. Mark's Cathedral"
    for i, tok in enumerate(tokens[1:], start=1):
        if tok.text in {"(", "["}:  # "X (ACRONYM": the parenthesis is an alias of its own
            tokens = tokens[:i]
            break
    tokens = _without_modifier(_clean_tokens(tokens), label)
    if not tokens:
        return []
    out: list[Candidate] = []
    # "X's Y Directorate": the possessor is a name of its own
    for i, tok in enumerate(tokens[1:-1], start=1):
        if tok.text in _POSSESSIVE and tok.tag_ == "POS" and not _possessive_in_name(tokens, i):
            owner = _make(doc, tokens[:i], "", "split")
            if owner:
                out.append(owner)
            tokens = _clean_tokens(tokens[i + 1:])
            break
    if not tokens:
        return out
    title, tokens = _split_title(tokens)
    if title:
        label = "PERSON"
    # "Peru X Y": a place known elsewhere in the document glued before a person's name
    if label == "PERSON" and len(tokens) >= 3:
        for n in (1, 2):
            head = " ".join(t.text for t in tokens[:n])
            if head in places and len(tokens) - n >= 2:
                place = _make(doc, tokens[:n], "GPE", "split")
                if place:
                    out.append(place)
                tokens = tokens[n:]
                break
    # "Committee on Public Information X Y": an organisation glued before a person known elsewhere
    if label in {"ORG", "GPE", "FAC"} and len(tokens) >= 3:
        for n in range(len(tokens) - 1, 0, -1):
            if tokens[n - 1].lower_ in ORG_HEADS and tokens[n].text[:1].isupper() and \
                    tokens[-1].text in persons and all(t.text[:1].isupper() for t in tokens[n:]):
                org = _make(doc, tokens[:n], label, "split")
                if org:
                    out.append(org)
                tokens, label = tokens[n:], "PERSON"
                break
    # "Minister of Labour X Y": the office's domain glued before a person's name
    if len(tokens) >= 3 and _after_office(doc, tokens[0].i):
        for n in (1, 2):
            rest = tokens[n:]
            if len(rest) >= 2 and person_like(rest) and (is_given_name(rest[0].text) or rest[-1].text in persons):
                tokens, label = rest, "PERSON"
                break
    # "X Met": a headline's capitalised verb after a name used elsewhere
    while len(tokens) >= 2 and tokens[0].lower_ in HEADLINE_VERBS:  # "Met Y" in "When X Met Y"
        tokens = tokens[1:]
    while len(tokens) >= 2 and (tokens[-1].lower_ in HEADLINE_VERBS or (
            tokens[-1].lower_ in common and " ".join(t.text for t in tokens[:-1]) in names)):
        tokens = tokens[:-1]
    cand = _make(doc, tokens, label, "ner")
    if cand is None:
        return out
    if title:
        cand.title = text_of(doc)[title[0].idx:title[-1].idx + len(title[-1].text)]
        cand.title_start = title[0].idx
        cand.votes["PERSON"] += 3
    out.append(cand)
    return out


def _possessive_in_name(tokens: list[Token], i: int) -> bool:
    """True when the possessive at ``tokens[i]`` belongs to the name: "the Farmers' Union", "Her Majesty's Government".

    A plural possessor ("Workers'", "Women's") or an honorific ("Majesty's") makes
    a descriptive name, not an owner and a thing owned; so does a saint ("St. Mark's
    Cathedral"); a lone head word after the possessive ("X's Union") is no name of its own either.
    """
    owner = tokens[i - 1].lower_
    rest = [t for t in tokens[i + 1:] if not t.is_space]
    return (tokens[i].text in {"'", "’"} or owner in PLURAL_POSSESSORS or owner in HONORIFIC_POSSESSORS
            or _is_saint(tokens, i - 1) or (len(rest) == 1 and rest[0].lower_ in ORG_HEADS))


def _is_saint(tokens: list[Token], i: int) -> bool:
    """True when ``tokens[i]`` is a saint's name: "Mark" in "St. Mark", "Anne" in "Saint Anne"."""
    return i >= 1 and tokens[i - 1].lower_.rstrip(".") in SAINT_WORDS and tokens[i - 1].text[:1].isupper()


def _saint_building(doc: Doc, tokens: list[Token]) -> list[Token]:
    """The name continued over "'s Cathedral" when it ends in a saint's name ("St. Mark" + "'s Cathedral")."""
    while tokens and tokens[-1].text in _POSSESSIVE:
        tokens = tokens[:-1]
    if not tokens or not _is_saint(tokens, len(tokens) - 1):
        return tokens
    k = tokens[-1].i + 1
    if k + 1 >= len(doc) or doc[k].text not in _POSSESSIVE:
        return tokens
    end = k + 1
    while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_sent_start:
        end += 1
    if end > k + 1 and doc[end - 1].lower_ in _HEADS:
        return tokens + list(doc[k:end])
    return tokens


def _junk(cand: Candidate, doc: Doc, upper_names: set[str], inner_caps: set[str], lower_words: set[str]) -> bool:
    """Numbers, URL pieces, stray handles, citation words, titles alone, capitalised ordinary words."""
    text = cand.text
    if not any(c.isalpha() for c in text) or _URLISH.search(text):
        return True
    words = [w.rstrip(".").casefold() for w in text.split()]
    if all(w in TITLES or w in NOT_NAMES for w in words):
        return True  # "Consul", "Consul General", "Ibid"
    if cand.label == "PERSON" and any(c.isdigit() for c in text) and words[0] not in FACILITY_NOUNS:
        return True  # "Box 736", but "Pier 4" is a numbered facility
    if len(words) == 1 and cand.label in {"GPE", "LOC", "FAC"} and words[0] in _GENERIC_PLACES:
        return True  # "Prison" of a title "Letters from Prison": a common noun, capitalised
    if len(words) == 1 and cand.origin == "ner" and text not in inner_caps:
        tokens = _tokens(doc, cand.start, cand.end)
        first = tokens[0] if tokens else None
        if first is not None and (first.is_sent_start or first.i == 0 or doc[first.i - 1].is_space
                                  or doc[first.i - 1].is_punct or doc[first.i - 1].like_num) \
                and (first.pos_ not in {"PROPN", "X"} or first.lower_ in lower_words or first.tag_ == "VB"):
            # a capitalised ordinary word opening a sentence or a numbered point: "Propaganda by ...",
            # or an order: "Delete the last line"
            return True
    if text.startswith("@"):
        return cand.alias_of is None
    if text.islower() and " " not in text:
        return text.upper() not in upper_names  # "tdf" stays when "TDF" is a name here
    return False


def demonym_stems(word: str) -> set[str]:
    """Place names a nationality word may come from: "Kenyan" Kenya, "Peruvian" Peru, "Iraqi" Iraq.

    Regular English derivations only (-n, -an, -ian, -ese, -i, and their plurals:
    "Kenyans", "Iraqis"); spaCy already knows the irregular ones of real countries,
    and this rule is for the names it does not know.
    """
    w = word.casefold()
    if w.endswith(("ns", "is")) and len(w) > 5:
        w = w[:-1]  # "Kenyans", "Iraqis"
    stems = set()
    if w.endswith("n") and len(w) > 4:
        stems |= {w[:-1], w[:-2]}  # Kenyan, Peruvian
    if w.endswith(("ian", "ese")) and len(w) > 5:
        stems |= {w[:-3], w[:-3] + "a", w[:-3] + "y", w[:-3] + "e"}  # Brazilian, Canadian, Italian, Chinese
    if w.endswith("i") and len(w) > 4:
        stems.add(w[:-1])  # Israeli
    return stems


def _relabel(doc: Doc, cand: Candidate, ent: Span, place_keys: frozenset[str] = frozenset()) -> None:
    """Fix labels spaCy gets wrong for a general reason, recorded as votes."""
    tokens = [t for t in ent if cand.start <= t.idx < cand.end]
    if not tokens:
        return
    if len(tokens) == 1 and cand.label != "NORP" and cand.key not in place_keys \
            and demonym_stems(cand.text) & (place_names()[0] | _capitalised_words(doc)):  # a country, or named here
        cand.label = "NORP"  # "the Kenyan army", "an Umbaran": the people of a place, not the place
        cand.votes["NORP"] += 2
        return
    last = tokens[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    prev = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if (len(tokens) == 1 and cand.label in {"GPE", "LOC"} and cand.key not in PLURAL_PLACES
            and (last.tag_ == "NNPS" or (re.search(r"[^su]s$", last.text) and prev is not None
                                         and prev.lower_ == "the"))):
        cand.label = "NORP"  # "the Bolsheviks": a plural group, not a place
    elif len(tokens) == 1 and cand.label == "ORG" and last.dep_ == "amod" and not is_acronym(cand.text):
        cand.label = "NORP"  # "Eastern imperialism": an adjective
    if nxt is not None and nxt.lower_ in PLACE_NOUNS and cand.label in {"NORP", "ORG", "PERSON"} \
            and (last.pos_ == "PROPN" or cand.label != "NORP"):  # but "a neo-Nazi colony" stays NORP
        cand.votes["LOC"] += 2  # "the Aisen region"
    if last.lower_ in ORG_HEADS and (len(tokens) >= 2 or cand.label == "PERSON"):
        # "Embassy" is not a person, nor is "the X Courier" ("Post" is a surname too: "Dana Post" may be)
        strong = len(tokens) == 1 or (cand.label == "PERSON" and last.lower_ in NEWSPAPER_HEADS - {"post"})
        cand.votes["ORG"] += 2 if strong else 1.5 if cand.label == "PERSON" else 1  # "the Umbara Legion"
    elif len(tokens) == 1 and last.lower_ in ORG_HEADS - PLACE_NOUNS and cand.label in {"GPE", "LOC", "ORG"} \
            and last.text[:1].isupper() and not last.is_sent_start:
        cand.votes["ORG"] += 3  # "in Council": the one council of the text, not a place


def _office_domain(doc: Doc, ent: Span) -> bool:
    """True for "State" in "Secretary of State": the domain of an office, not an organisation."""
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1  # "Chancellor of the Exchequer"
    if len(ent) != 1 or i < 1:
        return False
    return doc[i].lower_ in TITLE_LINKS and _is_title(doc[i - 1])


def _next_in_parens(doc: Doc, text_end: int) -> tuple[int, int] | None:
    """Offsets of a single word in parentheses right after ``text_end``: "X (OAS)"."""
    m = re.match(r"\s*\(\s*([^()\s]+)\s*\)", text_of(doc)[text_end:text_end + 40])
    return (text_end + m.start(1), text_end + m.end(1)) if m else None


def _inside_longer_name(doc: Doc, cand: Candidate) -> bool:
    """True for "the United Nations" in "Mission to the United Nations (USUN)": the acronym is the whole's."""
    tokens = _tokens(doc, cand.start, cand.end)
    if not tokens:
        return False
    i = tokens[0].i - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ in {"of", "to", "for", "on"} and doc[i - 1].text[:1].isupper()


def _parenthetical_aliases(doc: Doc, cands: list[Candidate], known: list[Candidate] | None = None,
                           ) -> list[Candidate]:
    """Acronyms in parentheses after an organisation, @handles after a person (``known``: mentions already made)."""
    by_span = {(c.start, c.end): c for c in (cands if known is None else known)}
    out = []
    for cand in cands:
        span = _next_in_parens(doc, cand.end)
        if span is None:
            continue
        word = text_of(doc)[span[0]:span[1]]
        wanted = (word.startswith("@") and cand.label == "PERSON") or (
            is_acronym(word) and cand.label in {"ORG", "GPE", "LOC", "FAC", "NORP", ""})
        if not wanted or _inside_longer_name(doc, cand):
            continue
        existing = by_span.get(span)
        if existing is not None:
            existing.alias_of, existing.label = cand, cand.label
            continue
        label = cand.label or "ORG"
        out.append(Candidate(span[0], span[1], word, label, "handle" if word.startswith("@") else "acronym",
                             alias_of=cand))
    return out


def _bare_acronyms(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """Acronyms in prose the model left out ("the magnitude of TDF action"): organisations, mostly.

    Only in a line of prose (four lower-case words or more), not an English word in
    capitals ("TAX"), and not before a figure or joined by a dash ("POL 27-1 ABC-DEF" is a file code).
    Telegrams write surnames in capitals ("General JAN ROE", "VOSKA said"): a word beside
    another in capitals or a title, or of five letters or more with two vowels, is left alone.
    """
    out = []
    lines: dict[int, bool] = {}
    text = text_of(doc)
    lower = {t.lower_ for t in doc if t.is_lower}
    for tok in doc:
        word = tok.text
        if taken[tok.i] or not (3 <= len(word) <= 6 and word.isalpha() and word.isupper()):
            continue
        start = text.rfind("\n", 0, tok.idx) + 1
        if start not in lines:
            end = text.find("\n", tok.idx)
            lines[start] = len(re.findall(r"\b[a-z]+\b", text[start:end if end >= 0 else len(text)])) >= 4
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prev = doc[tok.i - 1] if tok.i else None
        if len(word) > 4 and sum(c in "AEIOU" for c in word) > 1:
            continue  # "VOSKA", "EMBOFF": a word or a surname in capitals, as telegrams write them
        if any((t is not None and t.text.isupper() and t.text.isalpha() and len(t.text) > 1) or (
                t is not None and t.lower_.rstrip(".") in TITLES) for t in (prev, nxt)):
            continue  # "General JAN ROE": a name in capitals
        if not lines[start] or (nxt is not None and (nxt.like_num or nxt.text[:1].isdigit()
                                                     or (nxt.text in _DASHES and not tok.whitespace_))) \
                or (prev is not None and prev.text in _DASHES and not prev.whitespace_) \
                or word.lower() in NOT_NAMES or word.lower() in TITLES or word.lower() in lower \
                or is_dictionary_word(word):
            continue
        out.append(Candidate(tok.idx, tok.idx + len(word), word, "ORG", "acronym"))
    return out


def _head_phrases(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """Capitalised phrases ending in an organisation or facility head word that spaCy did not tag.

    "... Human Rights Commission", "Dockers' Defence League" (a plural possessor
    inside) are organisations; "the Northern Cemetery", "St. Anne's Hospital" (a
    saint's possessive inside) are places.
    """
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if taken[i] or not tok.text[:1].isupper() or tok.lower_ in FUNCTION_WORDS or tok.is_sent_start:
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and not taken[j + 1]:
            nxt = doc[j + 1]
            joined = j + 2 < len(doc) and doc[j + 2].text[:1].isupper() and not taken[j + 2]
            if nxt.text[:1].isupper() or (joined and nxt.lower_ in {"of", "for", "and", "&"}):
                j += 1
            elif joined and nxt.text in _POSSESSIVE and _is_saint(list(doc[i:j + 1]), j - i):
                j += 2
            elif joined and nxt.text in {"'", "’"} and doc[j].text.endswith("s"):
                j += 2  # "Dockers' Defence League": a plural possessor opens the name
            else:
                break
        head = doc[j].lower_
        if head not in ORG_HEADS and head.endswith("s") and head[:-1] in ORG_HEADS:
            head = head[:-1]  # "the Coastal Services": a plural head word
        if j > i and (head in ORG_HEADS or head in FACILITY_NOUNS):
            start, end = tok.idx, doc[j].idx + len(doc[j].text)
            label, origin = ("ORG", "orghead") if head in ORG_HEADS else ("FAC", "facility")
            out.append(Candidate(start, end, text_of(doc)[start:end], label, origin))
        i = j + 1
    return out


def _figure(tok: Token) -> bool:
    """A number or a score: "12", "1-0", "3:31.6"."""
    return tok.like_num or tok.text[:1].isdigit()


def _segments(doc: Doc, ent: Span) -> list[Span]:
    """The entity cut at line breaks, commas, footnote marks and a headline verb inside it ("X Met Y\n\nZ").

    A dash between spaces separates ("SPORT - X wins", "Country - Player"), and so does
    a number: a score between two names ("X 3 Y 1") or after a place or a person
    ("X 83 and 174"), but not "Pier 4".

    A comma inside a name is rare ("Washington, D.C.", "Acme, Inc."); a comma inside
    the model's span mostly joins two names ("at X, Y among them"). No name holds a
    square bracket: "[1]" is a footnote mark the tokenizer may glue to the word before it
    ("the war.[1] X"), and what it separates are two sentences.
    """
    from spacy.tokens import Span

    tail = ent.end  # the figures ending the span: "X 83", "X 4 2 0 2 6 7", "X 2-1" (a score, a row of a table)
    while tail - 1 > ent.start and (_figure(doc[tail - 1]) or (
            doc[tail - 1].text in {*_DASHES, ":", ".", "/"} and tail - 2 > ent.start and _figure(doc[tail - 2]))):
        tail -= 1
    if tail < ent.end and doc[tail - 1].lower_ in _HEADS:
        tail = ent.end  # "Pier 4", "Radio 4": the number is the name's
    cuts = [t.i for t in ent if (t.is_space and "\n" in t.text) or "[" in t.text or "]" in t.text
            or (t.lower_ in HEADLINE_VERBS and t.is_title and ent.start < t.i < ent.end - 1)
            or (t.text in _DASHES and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_)
            or t.i >= tail
            or (_figure(t) and ent.start < t.i < ent.end - 1 and doc[t.i + 1].text[:1].isupper())
            or (t.text == "," and ent.start < t.i < ent.end - 1
                and doc[t.i + 1].text.replace(".", "").lower() not in NAME_SUFFIXES)]
    if not cuts:
        return [ent]
    out, start = [], ent.start
    for cut in [*cuts, ent.end]:
        if cut > start:
            out.append(Span(doc, start, cut, label=ent.label_))
        start = cut + 1
    return out


def collect_mentions(doc: Doc, *, reread: bool = True) -> list[Candidate]:
    """Every name mention the parse supports, cleaned, without overlaps, in text order.

    With ``reread``, lines written in capitals are read again in the case a reader
    expects (:mod:`.capitals`), and the names found there replace the model's.
    """
    places, names, common = _known_texts(doc)
    persons = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON"}  # surnames seen as people
    cands: list[Candidate] = []
    source: dict[int, Span] = {}
    for ent in (part for whole in doc.ents for part in _segments(doc, whole)):
        if ent.label_ not in SPACY_TYPES or _office_domain(doc, ent):
            continue
        for cand in _refine(doc, ent, places, names, common, persons):
            source[id(cand)] = ent
            cands.append(cand)
    place_keys = _place_keys()
    for cand in cands:
        if cand.label and id(cand) in source:
            _relabel(doc, cand, source[id(cand)], place_keys)
    cands.extend(_parenthetical_aliases(doc, cands))
    taken = [False] * len(doc)
    for cand in cands:
        for t in _tokens(doc, cand.start, cand.end):
            taken[t.i] = True
    extra = _head_phrases(doc, taken) + _bare_acronyms(doc, taken)
    cands.extend(extra)
    cands.extend(_parenthetical_aliases(doc, extra, known=cands))
    cands = _join_plural_possessors(doc, cands)
    upper = {c.text for c in cands if c.text.isupper()}
    inner_caps = {t.text for t in doc if t.text[:1].isupper() and not t.is_sent_start and t.i > 0
                  and not doc[t.i - 1].is_space and not doc[t.i - 1].is_punct}
    lower_words = {t.text for t in doc if t.is_lower}
    cands = _split_coordinated(_without_overlaps([c for c in cands if not _junk(c, doc, upper, inner_caps,
                                                                                 lower_words)]))
    kept = {id(c) for c in cands}
    for cand in cands:
        if cand.alias_of is not None and id(cand.alias_of) not in kept:
            cand.alias_of = None  # its name was dropped: the acronym stands on its own
    return _with_capitals(doc, cands) if reread else cands


_COORDINATED = re.compile(r"\s+(?:and|or)\s+")


def _split_coordinated(cands: list[Candidate]) -> list[Candidate]:
    """Two names the model joined by "and" or "or" ("X and Y", "X or Y"), when the text also names each alone.

    A name with "and" inside ("the Ministry of Trade and Industry") is one name: its
    halves are not used on their own.
    """
    alone = {c.text for c in cands}
    out: list[Candidate] = []
    for cand in cands:
        parts = _COORDINATED.split(cand.text)
        if len(parts) != 2 or not all(p in alone for p in parts):
            out.append(cand)
            continue
        second = cand.start + cand.text.rindex(parts[1])
        out.append(Candidate(cand.start, cand.start + len(parts[0]), parts[0], cand.label, cand.origin))
        out.append(Candidate(second, second + len(parts[1]), parts[1], cand.label, cand.origin))
    return out


def _with_capitals(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The mentions, with those inside lines in capitals replaced by what a truecased reading finds."""
    text = text_of(doc)
    lower = {t.lower_ for t in doc if t.is_lower}
    slug = headline_slug(text)
    if slug is not None:  # "SPORT - ...": the headline's topic, no name
        cands = [c for c in cands if not (slug[0] <= c.start and c.end <= slug[1])]
    for start, end, part in reread_capitals(doc):
        cands = [c for c in cands if not (c.start < end and start < c.end)]
        for cand in collect_mentions(part, reread=False):
            if cand.text.lower() in lower and (cand.start == 0 or part.text[cand.start - 1] == "\n"):
                continue  # "Soccer - ...": a word the text writes in lower case, capitalised as the line's first
            if slug is not None and slug[0] <= cand.start + start and cand.end + start <= slug[1]:
                continue
            cand.start += start
            cand.end += start
            cand.text = text[cand.start:cand.end]
            if cand.title_start is not None:
                cand.title_start += start
            if cand.origin == "ner":
                cand.origin = "capitals"  # the model's reading of rewritten words: a weaker vote for its type
            cands.append(cand)
    return sorted(cands, key=lambda c: c.start)


def _join_plural_possessors(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """One name of a plural possessor and the organisation or building it owns: "Farmers' Mutual Union".

    The model cuts such a name at the apostrophe ("Farmers" and "Mutual Union", or
    "Mutual Union" alone); a capitalised plural word before a bare apostrophe, right
    before a name ending in an organisation or facility head word, is the first word
    of that name. An acronym declared for the second part is the whole name's.
    """
    text = text_of(doc)
    joined: dict[int, Candidate] = {}
    out: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: c.start):
        words = cand.text.split()
        owner = _PLURAL_OWNER.search(text, max(0, cand.start - 60), cand.start)
        if owner is None or len(words) < 2 or words[-1].lower() not in _HEADS:
            out.append(cand)
            continue
        prev = out[-1] if out and out[-1].end > owner.start() else None
        if prev is not None and (prev.start != owner.start() or prev.alias_of is not None):
            out.append(cand)
            continue
        whole = Candidate(owner.start(), cand.end, text[owner.start():cand.end], cand.label or "ORG", cand.origin)
        joined[id(cand)] = whole
        if prev is not None:
            joined[id(prev)] = whole
            out[-1] = whole
        else:
            out.append(whole)
    for cand in out:
        if cand.alias_of is not None and id(cand.alias_of) in joined:
            cand.alias_of = joined[id(cand.alias_of)]
    return out


def _capitalised_words(doc: Doc) -> frozenset[str]:
    """Lower-cased forms of the capitalised words of the document (cached on it)."""
    words = doc.user_data.get("annalyst.capitalised")
    if words is None:
        words = doc.user_data["annalyst.capitalised"] = frozenset(t.lower_ for t in doc if t.is_title)
    return words


def _place_keys() -> frozenset[str]:
    """Name keys of every known country and region: never read as a nationality word."""
    countries, subdivisions = place_names()
    return countries | subdivisions


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _without_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longer of two overlapping candidates (the earlier on a tie)."""
    out: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if out and cand.start < out[-1].end:
            if cand.end - cand.start > out[-1].end - out[-1].start:
                out[-1] = cand
            continue
        out.append(cand)
    return out


def find_missed(text: str, forms: dict[str, object], taken: list[tuple[int, int]]) -> list[tuple[int, int, object]]:
    """Occurrences of known name forms (exact case, whole words) outside existing mentions.

    ``forms`` maps a surface form to whatever the caller wants back (a cluster).
    The model misses names in odd places (footnotes, after "the butcher"); a
    reader does not, and neither should the dossier.
    """
    if not forms:
        return []
    pattern = re.compile(r"(?<![\w@/.-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?![\w@-]|\.\w)")
    spans = sorted(taken)
    starts = [a for a, _ in spans]
    ends = list(itertools.accumulate((b for _, b in spans), max))  # furthest end among spans so far
    out = []
    for m in pattern.finditer(text):
        s, e = m.span(1)
        i = bisect.bisect_left(starts, e)  # spans starting before this match ends
        if i and ends[i - 1] > s:
            continue  # overlaps a mention already found
        out.append((s, e, forms[m.group(1)]))
    return out


def role_noun(lemma: str) -> str | None:
    """The coarse type a role noun gives its name: "lawyer" PERSON, "colony" LOC, "building" FAC,
    "encyclopedia" ORG."""
    if lemma in PERSON_NOUNS:
        return "PERSON"
    if lemma in PLACE_NOUNS:
        return "LOC"
    if lemma in FACILITY_NOUNS:
        return "FAC"
    if lemma in ORG_HEADS or lemma in PUBLICATION_NOUNS:
        return "ORG"
    return None
