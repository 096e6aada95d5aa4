"""ISO dates at the precision the sources give, as the calendar intervals other tools need.

A dossier date is ``"1968-05-03"``, ``"1968-05"``, ``"1968"``, a decade
``"196X"``, or a date with a part of the day (``"1968-05-03TAF"``). Timeline
tools want a first and a last day: ``"1968-05"`` covers 1 to 31 May. A date
whose year is unknown (``"XXXX-05-03"``) has no place on a timeline.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\dX])")
_DECADE = re.compile(r"^(\d{3})X")
_CENTURY = re.compile(r"^(\d{2})XX")


@dataclass(frozen=True, slots=True)
class Day:
    year: int
    month: int | None = None
    day: int | None = None

    def first(self) -> str:
        return f"{self.year:04d}-{self.month or 1:02d}-{self.day or 1:02d}"

    def last(self) -> str:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return f"{self.year:04d}-{month:02d}-{day:02d}"


def parse_day(value: str | None) -> tuple[Day, Day] | None:
    """The first and last :class:`Day` (at the precision known) a dossier date covers, or None."""
    if not value:
        return None
    m = _ISO.match(value)
    if m:
        year, month, day = int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None
        if month is not None and not 1 <= month <= 12:
            return None
        if day is not None and (month is None or not 1 <= day <= calendar.monthrange(year, month)[1]):
            return None
        return Day(year, month, day), Day(year, month, day)
    m = _DECADE.match(value)
    if m:
        return Day(int(m[1]) * 10), Day(int(m[1]) * 10 + 9)
    m = _CENTURY.match(value)
    if m:
        return Day(int(m[1]) * 100), Day(int(m[1]) * 100 + 99)
    return None


def interval(date: str | None, date_end: str | None = None) -> tuple[str, str] | None:
    """``("YYYY-MM-DD", "YYYY-MM-DD")``: the first day ``date`` covers to the last ``date_end`` (or ``date``) covers."""
    start = parse_day(date)
    if start is None:
        return None
    end = parse_day(date_end) or start
    first, last = start[0].first(), end[1].last()
    return (first, last) if last >= first else (first, start[1].last())
