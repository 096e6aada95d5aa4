"""What span of days an ISO date value can name, and whether two values can name the same day.

Shared by the event resolver (is one date a refinement of another?) and the
claim comparison (do two claims speak of the same time?). A value names every
day its precision leaves open: "1962" is all of 1962, "1994-SP" the spring of
1994, "1966-W11" a week.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

_DAY = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_DECADE = re.compile(r"^(\d{3})X$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
#: first and last month of each season (northern hemisphere, as TIMEX3 values assume); winter runs into the next year
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}


@lru_cache(maxsize=65536)  # a corpus repeats its dates; the event resolver asks about each many times
def interval(value: str) -> tuple[date, date] | None:
    """The first and last day an ISO value can name: "1962" -> 1 Jan .. 31 Dec, "1966-W11" -> its week.

    Dates only a week, month or decade precise still meet the day another source gives
    ("that week in March" and "14 March 1966"). None for what has no fixed place in
    time (unknown years "XXXX-03-14", durations).
    """
    if "/" in value:  # "1962/1980": an interval of its own
        first, _, last = value.partition("/")
        a, b = interval(first), interval(last or first)
        return (a[0], b[1]) if a and b else None
    try:
        if m := _WEEK.match(value):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=6)
        if m := _SEASON.match(value):
            first, last = _SEASONS[m[2]]
            year, after = int(m[1]), last + 1  # the month after the season, counted on from January of its year
            return date(year, first, 1), date(year + (after - 1) // 12, (after - 1) % 12 + 1, 1) - timedelta(days=1)
        if m := _DECADE.match(value):
            return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
        m = _DAY.match(value[:10])
        if not m:
            return None
        year = int(m[1])
        if m[3]:
            day = date(year, int(m[2]), int(m[3]))
            return day, day
        if m[2]:
            month = int(m[2])
            nxt = date(year + month // 12, month % 12 + 1, 1)
            return date(year, month, 1), nxt - timedelta(days=1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:  # a month 13, a week 54: no place in time either
        return None


def compatible(x: str, y: str) -> bool:
    a, b = interval(x), interval(y)
    if a is None or b is None:
        return x.startswith(y) or y.startswith(x)
    return a[0] <= b[1] and b[0] <= a[1]


def compatible_dates(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when some date of ``a`` and some date of ``b`` can name the same day ("1962" and "1962-09-11",
    "1966-W11" and "1966-03-14")."""
    return any(compatible(x, y) for x in a for y in b)
