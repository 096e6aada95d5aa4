"""Judgements a claim passes on an actor's act: that it was retaliation, that the actor is to blame.

Two sources judging the same actor's act at about the same time agree when both
hold the judgement (or both deny it) and contradict each other when one holds
what the other denies: "He denied retaliation was GOI objective" against "the
Israeli act was one of genuine retaliation". A judgement word counts only in
the phrasings that make it the claim's judgement, never as a passing mention:

* the predicate after a copula: "X was the chief culprit", "the act was one of
  genuine retaliation" (the judged actor stands before the copula);
* the subject of a copula: "retaliation was X's objective" (the actor after it);
* a reported position: "X's claim of non-responsibility" (the actor owns the
  claim, and the position is theirs whatever the sentence around it holds);
* a possessive: "terrorism resulted from X's irresponsibility";
* for responsibility, a deed that makes the doer answer for others' violence:
  "X continues to train saboteurs and dispatch them", "X-trained infiltrators".

A judgement in a forecast or a condition ("would be retaliation", "if they
retaliate") or governed by a word of wanting or opposing ("pressure for
retaliation", "urging against retaliation") judges nothing that happened. The
word lists are :mod:`annalyst.language.judgements`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..language.judgements import (
    CLAUSE_BREAK,
    COPULAS,
    DENIALS,
    GOVERNORS,
    JUDGEMENTS,
    MILITANTS,
    MODALS,
    POSITION_NOUNS,
    SPONSORING,
)
from ..model import Claim


@dataclass(frozen=True, slots=True)
class Judgement:
    """What a claim judges: the ``concept``, whether it holds (1) or is denied (-1), of which ``sides``."""

    concept: str
    polarity: int
    sides: frozenset[str]
    words: str
    reported: bool  # a position the judged actor's own claim holds ("X's claim of ...")


def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


_PATTERNS = [(concept, sign, pattern) for concept, (holds, denies) in JUDGEMENTS.items()
             for sign, pattern in ((-1, _pattern(denies)), (1, _pattern(holds))) if pattern is not None]
_TOKEN = re.compile(r"[\w'’-]+")
_NEGATIONS = frozenset({"not", "never", "no", "n't"})
_MILITANT = "(?:" + "|".join(MILITANTS) + ")"
#: "X trains saboteurs", "X continues to train and dispatch saboteurs" (a word or three between)
_SPONSORING = re.compile(rf"\b(?:{'|'.join(SPONSORING)})\b(?:\s+(?:and\s+)?[\w-]+){{0,3}}?\s+{_MILITANT}\b",
                         re.IGNORECASE)
_SPONSORED = re.compile(rf"\b([A-Z][\w]+)-(?:trained|backed|sponsored|financed|supported|armed)\s+{_MILITANT}\b")
#: how many words before "claim of ..." may name its owner ("the Syrian Government's claim of")
_OWNER_WORDS = 3


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the clause around ``text[start:end]`` before and after it."""
    left = 0
    for m in CLAUSE_BREAK.finditer(text, 0, start):
        left = m.end()
    m = CLAUSE_BREAK.search(text, end)
    right = m.start() if m else len(text)
    return text[left:start], text[end:right]


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _TOKEN.findall(text)]


def judge(claim: Claim, sides_in: Callable[[str], frozenset[str]]) -> Judgement | None:
    """The judgement ``claim`` passes, or None; ``sides_in`` names the actors a stretch of its text names."""
    text = claim.text
    for concept, sign, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            found = _read(claim, concept, sign, m, sides_in)
            if found is not None:
                return found
    for m in _SPONSORED.finditer(text):  # "Syrian-trained saboteurs": the first part names the sponsor
        sides = sides_in(m.group(1))
        if sides:
            return Judgement("responsibility", claim.polarity, sides, m.group(0), False)
    for m in _SPONSORING.finditer(text):
        before = text[:m.start()]  # the doer may stand before a parenthesis: "X, on the other hand, trains"
        left = _words(before)
        if {"if", "unless", "whether", "prevent", "preventing", "stop", "stopping"} & set(left) or \
                _NEGATIONS & set(left[-3:]):
            continue
        sides = sides_in(before)
        if len(sides) == 1:
            return Judgement("responsibility", claim.polarity, sides, m.group(0), False)
    return None


def _read(claim: Claim, concept: str, sign: int, m: re.Match[str], sides_in: Callable[[str], frozenset[str]]
          ) -> Judgement | None:
    before, after = _clause(claim.text, m.start(), m.end())
    left, right = _words(before), _words(after)
    if len(left) >= 2 and left[-1] == "of" and left[-2] in POSITION_NOUNS:
        owner = before[:before.lower().rfind(left[-2])]
        sides = sides_in(" ".join(_TOKEN.findall(owner)[-_OWNER_WORDS:]))  # "the Government's claim of"
        return Judgement(concept, sign, sides, m.group(0), True) if sides else None
    if MODALS & set(left) or MODALS & set(right[:4]) or GOVERNORS & set(left[-2:]):
        return None
    if left and left[-1].endswith("'s") and not COPULAS & set(left):  # "X's irresponsibility"
        sides = sides_in(_TOKEN.findall(before)[-1])
        polarity = sign * claim.polarity
        return Judgement(concept, polarity, sides, m.group(0), False) if sides else None
    copula = next((n for n in range(len(left) - 1, -1, -1) if left[n] in COPULAS), None)
    if copula is not None and len(left) - copula <= 6:
        subject = before[:_offset(before, copula)]
        negated = bool(_NEGATIONS & set(left[copula + 1:]))
    elif right[:1] and right[0] in COPULAS:
        subject = after
        negated = bool(_NEGATIONS & set(right[1:3]))
    else:
        return None
    sides = sides_in(subject)
    if not sides:
        return None
    polarity = sign * claim.polarity
    if claim.polarity > 0 and (negated or DENIALS & set(left[:copula] if copula is not None else left)):
        # "X was not the culprit", "He denied retaliation was the aim": the extractor left the claim affirmed
        polarity = -polarity
    return Judgement(concept, polarity, sides, m.group(0), False)


def _offset(text: str, n: int) -> int:
    """Character offset of the ``n``-th word of ``text``."""
    return list(_TOKEN.finditer(text))[n].start()
