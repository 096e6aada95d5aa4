"""Figures a claim gives about an event: how many killed, wounded, destroyed, and of whom.

Two sources giving a figure of one measure for the same event agree when the
figures are compatible (equal, or one within the other's hedge: "about 50" and
"48") and contradict each other when they are not ("three killed" against
"eleven killed"). The same event is known when both claims name one merged
event; without it, only equal figures of the same measure for the same side's
people in documents a fortnight apart at most are taken as one report told
twice (an agreement), never as a contradiction: two incidents may well differ.
Word lists: :mod:`annalyst.language.figures`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..language.figures import HEDGES, MEASURE_VERBS, MEASURES, NUMBERS


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure of ``measure`` between ``low`` and ``high`` (None: no upper bound), of ``sides``' people."""

    measure: str
    low: float
    high: float | None
    words: str
    sides: frozenset[str]


_MEASURE_OF = {w: m for m, words in MEASURES.items() for w in words}
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
_HEDGE = r"(?:(?P<hedge>" + "|".join(sorted(HEDGES, key=len, reverse=True)) + r")\s+)?"
_MEASURE = "(?P<measure>" + "|".join(sorted(_MEASURE_OF, key=len, reverse=True)) + ")"
_VERB = "(?P<verb>" + "|".join(sorted(MEASURE_VERBS, key=len, reverse=True)) + ")"
#: "about 50 deaths", "three Israeli soldiers killed": the number, up to three words, the measure
_WORD = r"\s+(?!(?:and|or|but|were|was|are|is|had|have|been|in|on|at|of|by)\b)[\w'’-]+"
_AUX = r"(?:\s+(?:were|was|are|is|had\s+been|have\s+been|been|reported))?"
_AFTER = re.compile(rf"(?<![\w-]){_HEDGE}(?P<number>{_NUMBER})(?P<who>(?:{_WORD}){{0,3}}?){_AUX}\s+{_MEASURE}\b",
                    re.IGNORECASE)
#: "killed three Israelis", "destroyed some 40 houses": the verb, the number, who or what
_BEFORE = re.compile(rf"\b{_VERB}\s+{_HEDGE}(?P<number>{_NUMBER})(?P<who>(?:{_WORD}){{1,2}})", re.IGNORECASE)


_REFERENCE = re.compile(r"(?:\bp\.|\bpp\.|\bno\.|\bnos\.|\btelegram|\bdocument|\bparagraph|\bpara\.?)\s*$",
                        re.IGNORECASE)


_TRAILING = re.compile(r"(?:\s+(?:and|or|but|in|on|at|of|the|to|by|from|with|for))+$", re.IGNORECASE)


def _value(number: str) -> int | None:
    number = number.lower().replace(",", "")
    return int(number) if number.isdigit() else NUMBERS.get(number)


def figures(text: str, sides_in: Callable[[str], frozenset[str]]) -> list[Figure]:
    """The figures ``text`` gives, each with the sides its counted people belong to ("three Israeli soldiers")."""
    out: list[tuple[int, Figure]] = []
    for pattern, measure_group in ((_AFTER, "measure"), (_BEFORE, "verb")):
        for m in pattern.finditer(text):
            if text[max(0, m.start() - 1):m.start()] in ("[", "(") or _REFERENCE.search(text[:m.start("number")]):
                continue  # a footnote mark, a page, a telegram's number
            value = _value(m["number"])
            if value is None or (len(m["number"]) == 4 and 1500 <= value <= 2099):
                continue  # a year
            low_f, high_f = HEDGES.get((m["hedge"] or "").lower(), (1.0, 1.0))
            measure = _MEASURE_OF[m[measure_group].lower()]
            high = value * high_f if high_f is not None else None
            words = _TRAILING.sub("", m.group(0).strip())
            out.append((m.start(), Figure(measure, value * low_f, high, words, sides_in(m["who"]))))
    return [f for _, f in sorted(out, key=lambda x: x[0])]


def compatible(a: Figure, b: Figure) -> bool:
    """Whether the two figures can both be right: their ranges meet."""
    a_high = a.high if a.high is not None else float("inf")
    b_high = b.high if b.high is not None else float("inf")
    return a.low <= b_high and b.low <= a_high


def exact_equal(a: Figure, b: Figure) -> bool:
    return a.low == a.high == b.low == b.high
