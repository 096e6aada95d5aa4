"""The document's timexes sorted by offset once, for look-ups by position.

Later stages ask, for each clause or event, which dates touch a stretch of text or which date the
story last moved to before an offset. Scanning every timex of a long document for each of them
costs more than the parse; the index below is built once per document (kept in ``ctx.scratch``)
and answered by bisection. Answers are exactly those of the full scan, in the same order.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from ...model import Timex
from ..context import DocContext
from . import isodates
from .speech import region_at

__all__ = ["dates_touching", "last_dated"]

_SCRATCH = "timexes.lookup"


class _Index:
    """``ctx.timexes`` sorted by start (ties in document order), with per-question sub-lists."""

    def __init__(self, timexes: list[Timex]) -> None:
        self.source, self.size = timexes, len(timexes)
        # dated timexes (a value, type DATE) with their place in ``ctx.timexes``, by start
        dated = sorted(((t.start, i, t) for i, t in enumerate(timexes) if t.value and t.type == "DATE"),
                       key=lambda x: x[0])
        self.date_starts = [s for s, _, _ in dated]
        self.dates = [(i, t) for _, i, t in dated]
        self.longest = max((t.end - t.start for _, _, t in dated), default=0)
        self.by_start = sorted(timexes, key=lambda t: t.start)
        # (precision, speech region) -> (starts, timexes) for last_dated, with the regions and
        # passing dates they were built with
        self.narrative: dict[tuple[str, int | None], tuple[list[int], list[Timex]]] = {}
        self.narrative_for: tuple[object, object] | None = None

    def fresh(self, timexes: list[Timex]) -> bool:
        return self.source is timexes and self.size == len(timexes)


def _index(ctx: DocContext) -> _Index:
    index = ctx.scratch.get(_SCRATCH)
    if index is None or not index.fresh(ctx.timexes):
        index = ctx.scratch[_SCRATCH] = _Index(ctx.timexes)
    return index


def dates_touching(ctx: DocContext, ranges: Iterable[tuple[int, int]]) -> list[str]:
    """Values of the DATE timexes overlapping any of the character ``ranges``, in ``ctx.timexes`` order
    (what ``[t.value for t in ctx.timexes if t.value and t.type == "DATE" and overlaps]`` gives)."""
    ranges = list(ranges)
    if not ranges:
        return []
    index = _index(ctx)
    lo = bisect.bisect_left(index.date_starts, min(s for s, _ in ranges) - index.longest)
    hi = bisect.bisect_left(index.date_starts, max(e for _, e in ranges))
    hits = sorted((i, t) for i, t in index.dates[lo:hi]
                  if any(t.start < end and start < t.end for start, end in ranges))
    return [t.value for _, t in hits]


def last_dated(ctx: DocContext, regions: list[tuple[int, int]], offset: int, region: int | None,
               precision: str, passing: dict[str, tuple[int, int] | None]) -> Timex | None:
    """The last DATE or TIME timex starting before ``offset``, at least ``precision`` precise, in speech
    ``region`` (``None``: the author's voice), that is no passing date there (see ``narrative_time``)."""
    index = _index(ctx)
    if index.narrative_for is None or index.narrative_for[0] is not regions or index.narrative_for[1] is not passing:
        index.narrative, index.narrative_for = {}, (regions, passing)
    key = (precision, region)
    if key not in index.narrative:
        chosen = [t for t in index.by_start
                  if not (t.id in passing and passing[t.id] is None)
                  and t.type in ("DATE", "TIME") and isodates.is_finer_or_equal(t.value, precision)
                  and region_at(regions, t.start) == region]
        index.narrative[key] = ([t.start for t in chosen], chosen)
    starts, chosen = index.narrative[key]
    for i in range(bisect.bisect_left(starts, offset) - 1, -1, -1):
        t = chosen[i]
        span = passing.get(t.id) if t.id in passing else None
        if span is None or span[0] <= offset < span[1]:
            return t
    return None
