"""Arithmetic on partial ISO values ("1958-06-08", "1958-06", "1958"), keeping their precision.

The standard library does the calendar; this module only decides how precise
a result may be: three months after a day is a month ("1958-09"), two years
before a month is a year. A shift never invents precision its anchor lacks.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

# a season, quarter, half or week of a year is as precise as its year for anchoring ("The summer
# of 1980 began with price rises. On 14 August, ..." is 1980's 14 August)
_VALUE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|-(?:SP|SU|FA|WI|Q[1-4]|H[12]|W\d{2}))?"
                    r"(?P<rest>T.*)?$")
LEVELS = {"year": 1, "month": 2, "day": 3}


def parse(value: str | None) -> tuple[int, int | None, int | None] | None:
    """``(year, month, day)`` of a calendar value, ``None`` for durations, ranges and unknown years."""
    if not value:
        return None
    m = _VALUE.match(value)
    if not m:
        return None
    return int(m["y"]), int(m["m"]) if m["m"] else None, int(m["d"]) if m["d"] else None


def precision(value: str | None) -> str | None:
    parts = parse(value)
    if parts is None:
        return None
    return "day" if parts[2] else "month" if parts[1] else "year"


def is_finer_or_equal(value: str | None, level: str) -> bool:
    p = precision(value)
    return p is not None and LEVELS[p] >= LEVELS[level]


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def possible_day(month: int, day: int) -> bool:
    """Whether some year has this month and day (29 February counts)."""
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else calendar.monthrange(2001, month)[1])


def ymd(year: int | None, month: int | None = None, day: int | None = None) -> str:
    y = f"{year:04d}" if year is not None else "XXXX"
    if month is None:
        return y
    return f"{y}-{month:02d}" if day is None else f"{y}-{month:02d}-{day:02d}"


def shift(value: str, unit: str, n: float, sign: int, *, fuzzy: bool = False) -> str | None:
    """``value`` moved by ``n`` ``unit``s (``sign`` -1 back, +1 forward), at the unit's precision.

    Returns ``None`` when the anchor is too coarse for the unit (three days after "1958").
    A vague count ("a few days") gives the next coarser precision.
    """
    parts = parse(value)
    if parts is None:
        return None
    y, m, d = parts
    if unit in ("second", "minute", "hour"):
        return ymd(y, m, d) if d else None
    if unit in ("day", "night", "week", "fortnight", "weekend"):
        if d is None:
            return None
        days = n * (7 if unit == "week" else 14 if unit == "fortnight" else 1)
        moved = date(y, m or 1, d) + timedelta(days=sign * round(days))
        return ymd(moved.year, moved.month) if fuzzy else ymd(moved.year, moved.month, moved.day)
    if unit in ("month", "quarter"):
        if m is None:
            return None
        months = (y * 12 + m - 1) + sign * round(n * (3 if unit == "quarter" else 1))
        return str(months // 12) if fuzzy else ymd(months // 12, months % 12 + 1)
    # "a decade later" is ten years later, as precise as "ten years later"; "decades later" is vague
    years = round(n * {"year": 1, "decade": 10, "century": 100}.get(unit, 1))
    target = y + sign * years
    if fuzzy:
        return f"{target // 10}X" if unit != "century" else f"{target // 100:02d}"
    if unit == "century":
        return f"{target // 100:02d}"
    return str(target)


def shift_period(value: str, unit: str, n: float, sign: int, *, fuzzy: bool = False) -> str | None:
    """``value`` moved by a unit finer than its own precision, as precisely as every day of it agrees:
    two weeks after October 1996 is in 1996 (October or November); three months after 1996 is in
    no one year, so ``None``."""
    parts = parse(value)
    if parts is None:
        return None
    y, m, _ = parts
    first = ymd(y, m or 1, 1)
    last = ymd(y, m or 12, calendar.monthrange(y, m or 12)[1])
    a, b = shift(first, unit, n, sign, fuzzy=fuzzy), shift(last, unit, n, sign, fuzzy=fuzzy)
    if a is None or b is None:
        return None
    for width in (10, 7, 4):
        if len(a) >= width and a[:width] == b[:width]:
            return a[:width]
    return None


def week_of(value: str) -> str | None:
    parts = parse(value)
    if parts is None or parts[2] is None:
        return None
    year, week, _ = date(*parts).isocalendar()  # type: ignore[arg-type]
    return f"{year}-W{week:02d}"


def weekday_near(value: str, weekday: int, direction: int) -> str | None:
    """The ``weekday`` (1 = Monday) before (-1), after (+1) or in the same week as (0) the day ``value``."""
    parts = parse(value)
    if parts is None or parts[2] is None:
        return None
    day = date(*parts)  # type: ignore[arg-type]
    delta = weekday - day.isoweekday()
    if direction < 0:
        delta = delta - 7 if delta >= 0 else delta
    elif direction > 0:
        delta = delta + 7 if delta <= 0 else delta
    moved = day + timedelta(days=delta)
    return ymd(moved.year, moved.month, moved.day)


def nearest_year(month: int, day: int | None, anchor: str, tense: int, *, strict: bool = True) -> int | None:
    """The year of a year-less month (and day) in a report written at ``anchor``: the one nearest to it,
    on the side the tense allows (-1 past: not after it; +1 future: not before it; 0: either side).
    Not ``strict``, the tense only prefers its side: a day on the other side counts three times as far.

    News reports tell of the weeks around their date: "dismissed in November" written in February is
    the November before, "payable Jan. 2" written in October the coming one."""
    parts = parse(anchor)
    if parts is None:
        return None
    y, am, ad = parts
    if am is None:
        return y
    ref = date(y, am, ad or 15)
    best: tuple[float, int] | None = None
    for year in (y - 1, y, y + 1):
        if day is not None and not valid_day(year, month, day):
            continue
        same_month = day is None and (year, month) == (y, am)
        delta = 0 if same_month else (date(year, month, day or 15) - ref).days
        cost = float(abs(delta))
        if (tense < 0 and delta > 0) or (tense > 0 and delta < 0):
            if strict:
                continue
            cost *= 3
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else None


def year_for(month: int, day: int | None, anchor: str, tense: int) -> int | None:
    """The year of a year-less month (and day) said at ``anchor``: the same year, unless the tense
    (-1 past, +1 future) puts it on the other side of the anchor."""
    parts = parse(anchor)
    if parts is None:
        return None
    y, am, ad = parts
    if am is None:
        return y
    here, there = (month, day or 1), (am, ad or 1)
    if tense < 0 and here > there and (month - am) > 1:
        return y - 1
    if tense > 0 and here < there:
        return y + 1
    return y
