"""How a document describes an entity: titles, roles, appositives, epithets.

Read from the parse around each mention: the title phrase stripped from the
front ("U.S. Secretary of State"), an apposition after the name
("X (a lawyer)", "X, the former Foreign Minister"), and a role phrase before it
("Chile's ruler X", "the army's commander in chief, General X"). A phrase
counts only if it holds a common noun: "Arlington, Virginia" is two places, not
a description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mentions import Candidate

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

_MAX_TOKENS = 10
_STOP_DEPS = {"relcl", "acl"}


def _phrase(doc: Doc, tokens: list[Token]) -> str | None:
    while tokens and (tokens[0].lower_ in {"the", "a", "an", ",", "("} or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens or len(tokens) > _MAX_TOKENS or not any(t.pos_ == "NOUN" and t.is_lower for t in tokens):
        return None
    if any(t.is_space for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return " ".join(doc.text[start:end].split())


def _after(doc: Doc, last: Token) -> str | None:
    """An apposition after the name: ", a CIA agent in Chile", " (a lawyer)"."""
    k = last.i + 1
    if k >= len(doc) or doc[k].text not in {",", "("}:
        return None
    closing = ")" if doc[k].text == "(" else None
    k += 1
    if k >= len(doc) or doc[k].pos_ in {"VERB", "AUX", "ADP", "CCONJ", "PRON", "SCONJ", "ADV"}:
        return None
    out: list[Token] = []
    preps = 0
    for tok in doc[k:k + _MAX_TOKENS + 1]:
        if tok.text == closing or (tok.is_punct and tok.text not in {"-", "’s", "'s"}) or tok.is_space:
            break
        if tok.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or tok.dep_ in _STOP_DEPS:
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
    return _phrase(doc, out)


def _before(doc: Doc, first_i: int) -> str | None:
    """A role phrase before the name (and its title): "Chile's ruler", "the butcher"."""
    j = first_i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 0:
        return None
    if doc[j].pos_ == "NOUN" and doc[j].is_lower:
        anchor = doc[j]
    elif doc[j].pos_ == "PROPN" and j >= 2 and doc[j - 1].pos_ == "ADP" and doc[j - 2].pos_ == "NOUN" \
            and doc[j - 2].is_lower:
        anchor = doc[j - 2]  # "the ambassador to Chile X"
    else:
        return None
    while anchor.head.i != anchor.i and anchor.head.i <= j and anchor.head.left_edge.i >= 0 \
            and anchor.head.right_edge.i <= j:
        anchor = anchor.head
    left = anchor.left_edge.i
    tokens = [t for t in doc[left:j + 1]]
    # keep only the tail that is one phrase (no sentence material before it)
    for n in range(len(tokens) - 1, -1, -1):
        if tokens[n].is_punct and tokens[n].text not in {"-", "’s", "'s"}:
            tokens = tokens[n + 1:]
            break
    return _phrase(doc, tokens)


def describe(doc: Doc, cand: Candidate) -> list[str]:
    """Descriptors attached to one mention."""
    out = []
    if cand.title:
        out.append(" ".join(cand.title.split()))
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return out
    first_i = span[0].i
    if cand.title_start is not None:
        title_span = doc.char_span(cand.title_start, cand.start, alignment_mode="expand")
        if title_span is not None and len(title_span):
            first_i = title_span[0].i
    for found in (_before(doc, first_i), _after(doc, span[-1])):
        if found:
            out.append(found)
    return out
