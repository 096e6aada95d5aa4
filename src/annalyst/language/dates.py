"""Calendar dates written out in full: month and weekday names, the date shapes, and reading one to ISO.

The words are general English knowledge (the month names and their usual
abbreviations, as in any style guide); the shapes are the ones headers, bylines
and datelines use::

    2031-03-03   2031/03/03   04.07.2032 (day first)   03/04/2031 (month first)
    14 January 2031   Tuesday 14th Jan. 2031   January 14, 2031   Tue, Jan 14th 2031

A small regex set rather than ``dateparser.search``: a header needs the exact
substring (to cut it out and read what is around it) and a deterministic
day-first reading of dotted dates, and ``dateparser`` finds "dates" in ordinary
words and fills missing parts with today's values.
"""

from __future__ import annotations

import re

__all__ = ["DAY", "MONTH", "MONTHS", "WEEKDAY", "WEEKDAYS", "YEAR", "find_date", "iso_date", "month_number",
           "parse_date"]

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
#: Weekday names to their ISO number (Monday 1), read by the time expressions' grammar and normaliser.
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
            "sunday": 7}
# regex pieces, each with its named group
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[5-9]\d\d|2[01]\d\d)"

_DATE_PATTERNS = [
    # 2031-03-03, 2031-03-03T10:00:00Z, 2031/03/03
    re.compile(r"\b(?P<year>1[5-9]\d\d|2[01]\d\d)[-/](?P<month>[01]?\d)[-/](?P<day>[0-3]?\d)(?![\d/])"),
    # 04.07.2032, 4.7.32, 04-07-2032: day first (the European convention these forms follow)
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)[.-](?P<month>[01]?\d)[.-](?P<year>\d{4}|\d\d)(?![\d.]\d)"),
    # 03/04/2031: month first (US), unless the first number cannot be a month
    re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4})(?![\d/])"),
    # 14 January 2031, Tuesday 14th Jan. 2031, 14 January, 2031
    re.compile(WEEKDAY + DAY + r"\s+(?:of\s+)?" + MONTH + r",?\s+" + YEAR + r"\b", re.IGNORECASE),
    # January 14, 2031, Tue, Jan 14th 2031
    re.compile(WEEKDAY + MONTH + r"\s+" + DAY + r",?\s+" + YEAR + r"\b", re.IGNORECASE),
]


def month_number(name: str) -> int | None:
    """1-12 for a month's name or abbreviation ("Sept.", "march"), else None."""
    return MONTHS.get(name.lower().rstrip("."))


def parse_date(value: str) -> str | None:
    """An ISO ``YYYY-MM-DD`` (or ``YYYY-MM``/``YYYY``) for a date written alone, or None."""
    value = value.strip()
    iso = re.fullmatch(r"(1[5-9]\d\d|2[01]\d\d)(?:-([01]\d)(?:-([0-3]\d))?)?(?:[T ].*)?", value)
    if iso:
        return "-".join(part for part in iso.groups() if part)
    found = find_date(value)
    return found[0] if found else None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full date (day, month and year) in ``text``: its ISO form, start and end."""
    best: tuple[str, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso and (best is None or match.start() < best[1]):
                best = (iso, match.start(), match.end())
                break
    return best


def iso_date(year: int, month: int, day: int | None = None) -> str | None:
    """``YYYY-MM-DD`` (or ``YYYY-MM`` without a day) when the parts make a real calendar date, else None."""
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    longest = 29 if month == 2 and (year % 4 == 0 and (year % 100 or year % 400 == 0)) else \
        (28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
    if not 1 <= day <= longest:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    if "a" in groups and groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        month, day = (second, first) if first > 12 else (first, second)
    else:
        raw_month = groups["month"]
        month = int(raw_month) if raw_month.isdigit() else MONTHS[raw_month.lower().rstrip(".")]
        day = int(groups["day"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
