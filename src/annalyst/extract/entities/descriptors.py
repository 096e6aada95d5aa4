"""How a document describes an entity: titles, roles, appositives, epithets.

Read from the parse around each mention: the title phrase stripped from the
front ("U.S. Secretary of State"), an apposition after the name
("X (a lawyer)", "X, the former Foreign Minister"), and a role phrase before it
("Peru's ruler X", "the army's commander in chief, General X", "the mining
town of X"). A phrase counts only if it holds a common noun: "Arlington,
Virginia" is two places, not a description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import FACILITY_NOUNS, ORG_HEADS, PERSON_NOUNS, PLACE_KINDS, PLACE_NOUNS, TITLES
from .mentions import Candidate, text_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

_MAX_TOKENS = 10
_STOP_DEPS = {"relcl", "acl"}


def _role_words(etype: str) -> frozenset[str]:
    if etype == "PERSON":
        return PERSON_NOUNS | TITLES
    return PLACE_NOUNS | FACILITY_NOUNS | ORG_HEADS


def _phrase(doc: Doc, tokens: list[Token], roles: frozenset[str]) -> str | None:
    """The phrase's text if it is a description of the right kind ("a lawyer" for a person)."""
    while tokens and (tokens[0].lower_ in {"the", "a", "an", ",", "("} or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens or len(tokens) > _MAX_TOKENS or any(t.is_space for t in tokens):
        return None
    if tokens[0].pos_ in {"ADP", "VERB", "AUX", "PRON", "SCONJ", "CCONJ", "ADV"}:
        return None
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if not any(t.lemma_.lower().rstrip(".") in roles for t in heads[:1]):
        return None  # the phrase must be headed by a role: "the first [report] on that country" is not
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return " ".join(text_of(doc)[start:end].split())


def _after(doc: Doc, last: Token, roles: frozenset[str]) -> str | None:
    """An apposition after the name: ", a CIA agent in Peru", " (a lawyer)"."""
    k = last.i + 1
    if k >= len(doc) or doc[k].text not in {",", "("}:
        return None
    closing = ")" if doc[k].text == "(" else None
    k += 1
    if k < len(doc) and doc[k].lower_ in {"then", "now", "later", "still"}:
        k += 1  # "X, then the chief of staff"
    if k >= len(doc) or doc[k].pos_ in {"VERB", "AUX", "ADP", "CCONJ", "PRON", "SCONJ", "ADV"}:
        return None
    out: list[Token] = []
    preps = 0
    for tok in doc[k:k + _MAX_TOKENS + 1]:
        if tok.text == closing or (tok.is_punct and tok.text not in {"-", "’s", "'s"}) or tok.is_space:
            break
        if tok.pos_ in {"VERB", "AUX", "PRON", "SCONJ", "ADV"} or tok.dep_ in _STOP_DEPS:
            break
        if tok.pos_ == "ADP":
            preps += 1
            if preps > 1:
                break
        if tok.pos_ == "DET" and out and out[-1].pos_ == "NOUN" and out[-1].dep_ != "poss":
            break  # a new noun phrase begins: "the election the Soviets manipulated"
        out.append(tok)
    else:
        return None
    return _phrase(doc, out, roles)


def _before(doc: Doc, first_i: int, name_root: Token, roles: frozenset[str]) -> str | None:
    """A role phrase before the name (and its title): "Peru's ruler", "the butcher"."""
    j = first_i - 1
    comma = j >= 0 and doc[j].text == ","
    if comma:
        j -= 1
    if j < 0:
        return None
    if doc[j].pos_ == "NOUN" and doc[j].is_lower:
        anchor = doc[j]
    elif not comma and doc[j].lower_ == "of" and j >= 1 and doc[j - 1].is_lower \
            and doc[j - 1].lemma_.lower() in PLACE_KINDS & roles:  # "the mining town of X": X is a mining town
        return _phrase(doc, list(doc[doc[j - 1].left_edge.i:j]), roles)
    elif doc[j].pos_ == "PROPN" and j >= 2 and doc[j - 1].pos_ == "ADP" and doc[j - 2].pos_ == "NOUN" \
            and doc[j - 2].is_lower:
        anchor = doc[j - 2]  # "the ambassador to Peru X"
    else:
        return None
    # climb inside the noun phrase: "meeting" -> "at" -> "spokesman" in "the spokesman at the meeting, X"
    while True:
        head = anchor.head
        if head.i != anchor.i and head.i < first_i and head.pos_ == "NOUN":
            anchor = head
        elif head.pos_ == "ADP" and head.head.pos_ == "NOUN" and head.head.i < head.i < first_i:
            anchor = head.head
        else:
            break
    if anchor.lemma_.lower() not in roles:
        return None
    if comma and not (name_root.dep_ == "appos" and name_root.head.i == anchor.i):
        return None  # "a group of farmers, X": a list, not an apposition
    tokens = list(doc[anchor.left_edge.i:j + 1])
    for n in range(len(tokens) - 1, -1, -1):  # keep only the tail after any punctuation
        if (tokens[n].is_punct and tokens[n].text not in {"-", "’s", "'s"}) or tokens[n].is_space:
            tokens = tokens[n + 1:]
            break
    return _phrase(doc, tokens, roles)


def describe(doc: Doc, cand: Candidate, etype: str) -> list[str]:
    """Descriptors attached to one mention of an entity of type ``etype``."""
    out = []
    if cand.title and etype == "PERSON":
        out.append(" ".join(cand.title.split()))
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return out
    first_i = span[0].i
    if cand.title_start is not None:
        title_span = doc.char_span(cand.title_start, cand.start, alignment_mode="expand")
        if title_span is not None and len(title_span):
            first_i = title_span[0].i
    roles = _role_words(etype)
    for found in (_before(doc, first_i, span.root, roles), _after(doc, span[-1], roles)):
        if found:
            out.append(found)
    return out
