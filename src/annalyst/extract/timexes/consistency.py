"""Consistency: a relative and an absolute date written side by side must agree.

"Three months later, on 21 September 1958" says the same time twice. When
the relative expression, resolved against its anchor, does not contain the
absolute date at the relative expression's own precision (a month for
"three months later"), one of the two is wrong: the source, its
transcription, or the anchor we chose. Either way a careful reader must look,
so a ``date_inconsistency`` finding names both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ...model import Finding, Timex
from . import isodates

# what may stand between two expressions of the same time: "X, on Y", "X (Y)", "X, that is Y"
APPOSITION = re.compile(r"\s*(?:,|\(|\u2014|\u2013|--|-)?\s*(?:(?:that\s+is|i\.e\.),?\s*)?(?:on|in|of)?\s*$",
                         re.IGNORECASE)
_RELATIVE = frozenset({"anaphoric", "deictic"})


def check_consistency(doc_id: str, text: str, timexes: Sequence[Timex], candidates: Sequence) -> list[Finding]:
    """Findings for adjacent relative/absolute pairs that disagree (``candidates`` carry the readings)."""
    findings = []
    rel_of = {c.id: c.reading.rel for c in candidates}
    unit_of = {c.id: c.reading.unit for c in candidates}
    for a, b in pairwise(timexes):
        gap = text[a.end:b.start]
        if b.start - a.end > 12 or "\n" in gap or not APPOSITION.fullmatch(gap):
            continue
        for rel, ab in ((a, b), (b, a)):
            if rel_of.get(rel.id) in _RELATIVE and rel_of.get(ab.id) is None:
                finding = _compare(doc_id, rel, ab, unit_of.get(rel.id))
                if finding:
                    findings.append(finding)
                break
    return findings


def _compare(doc_id: str, rel: Timex, ab: Timex, unit: str | None) -> Finding | None:
    if not rel.value or not ab.value or isodates.parse(ab.value) is None or isodates.parse(rel.value) is None:
        return None
    # "one week later, on May 1": a count of weeks is as precise as a week
    if unit in ("week", "fortnight") and isodates.precision(ab.value) == "day" \
            and isodates.week_of(rel.value) == isodates.week_of(ab.value):
        return None
    level = isodates.precision(rel.value)
    width = {"day": 10, "month": 7, "year": 4}[level]  # type: ignore[index]
    if ab.value[:width] == rel.value[:width] or (len(ab.value) < width and rel.value.startswith(ab.value)):
        return None
    start, end = min(rel.start, ab.start), max(rel.end, ab.end)
    return Finding(
        "date_inconsistency",
        f"{rel.text!r} resolves to {rel.value} (counted from {rel.anchor}) but the text gives {ab.text!r} "
        f"({ab.value}) for the same time at offset {ab.start}; check the source or the anchor",
        doc_id, start, end, (rel.id, ab.id))
