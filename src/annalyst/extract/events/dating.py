"""When an event happened: the timex its clause governs, else the narrative's current time.

The timexes stage normalises dates; this module only decides which date
belongs to which event. A timex belongs to the nearest event above it in the
dependency tree ("met Varela *on 8 June 1958*", "the election manipulated
*in 1970*"), a light verb standing for the event noun it carries ("staged a
coup *in 1962*"). An event with no timex of its own takes the narrative's
current time: the last dated expression before it (TimeML's "reference time",
the idea behind the time issue's reference tracking).

When the timexes stage has left a value unresolved (``None``), a small reading
of explicit calendar dates stands in, so an event still gets the date its
sentence states plainly; everything relative is left to the timexes stage.
"""

from __future__ import annotations

import re
from datetime import date

from ...model import Timex
from ..context import DocContext

_MONTHS = {m: n for n, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
_MONTHS.update({m[:3]: n for m, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PATTERNS = (
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d)", re.I),
    re.compile(rf"\b{_YEAR}s?\b"),
)
_RANGE = re.compile(rf"\b(?:between|from)\s+{_YEAR}\s+(?:and|to|until|–|-)\s+(?P<year2>1[5-9]\d\d|20\d\d)\b", re.I)
_DATED_TYPES = frozenset({"DATE", "TIME"})
_WEEK = re.compile(r"^(?P<year>\d{4})-W(?P<week>\d\d)")
_INTERVAL_ENDS = ("until", "till", "til", "up to")
_FAILED = object()


def read_value(timex: Timex, published: str | None = None, narrative_year: str | None = None) -> str | None:
    """The timex's ISO value, or, when the timexes stage left it unresolved, the explicit calendar date in its
    words ("23 August 1962", "September 1970", "1972").

    A month and day with no year ("On June 30") take the publication year when that puts them in the half
    year before publication (the news convention), else the year the narrative is in, else ``XXXX``."""
    if timex.value:
        return timex.value
    text = timex.text
    ranged = _RANGE.search(text)
    if ranged:
        return f"{ranged['year']}/{ranged['year2']}"
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        groups = m.groupdict()
        month = _MONTHS.get((groups.get("month") or "").lower().rstrip("."))
        day = int(groups["day"]) if groups.get("day") else None
        if day is not None and not 1 <= day <= 31:
            continue
        year = groups.get("year")
        if year is None:
            year = _recent_year(published, month or 1, day or 1) or narrative_year or "XXXX"
        if text[m.end():m.end() + 1] == "s" and month is None:
            return year[:3] + "X"
        value = year
        if month:
            value += f"-{month:02d}"
            if day:
                value += f"-{day:02d}"
        return value
    return None


def _recent_year(published: str | None, month: int, day: int) -> str | None:
    if not published or len(published) < 7 or not published[:4].isdigit():
        return None
    year, pub_month = int(published[:4]), int(published[5:7])
    pub_day = int(published[8:10]) if len(published) >= 10 else 28
    months_before = (pub_month - month) + (pub_day - day) / 31
    return str(year) if 0 <= months_before <= 6 else None


def split_value(value: str | None) -> tuple[str | None, str | None]:
    """``"1962/1980"`` -> ``("1962", "1980")``; a single value has no end."""
    if not value:
        return None, None
    start, _, end = value.partition("/")
    # an event is dated to the day: "1958-06-08TAF" (that afternoon) is "1958-06-08"
    start, end = start.split("T")[0], end.split("T")[0]
    return start or None, end or None


def dated_timexes(ctx: DocContext) -> list[tuple[Timex, str]]:
    """Every DATE/TIME timex with a value (its own or read from its words), in text order."""
    published = ctx.document.published
    year = None
    out = []
    for t in sorted(ctx.timexes, key=lambda t: t.start):
        if t.type not in _DATED_TYPES:
            continue
        value = _without_week(read_value(t, published, year))  # "On September 11th", after "June 1962": 1962
        if value and value[:4].isdigit():
            year = value[:4]
        if value and (value[:1].isdigit() or value.startswith("XXXX")):
            out.append((t, value))
    return out


def _without_week(value: str | None) -> str | None:
    """A week ("1966-W11", "that week in March") read as the month it lies in, or its year when it straddles
    two: events, like the sources that report them, are dated by calendar day, month or year, and a week
    value would stand apart from the same event dated "14 March 1966"."""
    m = _WEEK.match(value or "")
    if not m:
        return value
    year, week = int(m["year"]), int(m["week"])
    try:
        first, last = date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
    except ValueError:
        return m["year"]
    return f"{first.year}-{first.month:02d}" if (first.year, first.month) == (last.year, last.month) else m["year"]


def ends_interval(ctx: DocContext, timex: Timex) -> bool:
    """The timex closes an interval ("held without trial until 1970"): the end of a state, not when the event
    that began it happened."""
    before = ctx.text[max(0, timex.start - 8):timex.start].lower().split()
    joined = " ".join(before[-2:])
    return bool(before) and (before[-1] in _INTERVAL_ENDS or joined in _INTERVAL_ENDS)


def narrative_value(ctx: DocContext, offset: int, dated: list[tuple[Timex, str]]) -> str | None:
    """The narrative's current time at ``offset``: the timexes stage's ``narrative_time`` where that exists,
    else the last dated expression before ``offset`` in the same or the two previous sentences."""
    try:
        from ..timexes import narrative_time
    except ImportError:
        narrative_time = None
    if narrative_time is not None:
        # the timexes stage knows quotations and speech contexts: its answer, even "none", stands
        try:
            got = narrative_time(ctx, offset)
        except (RecursionError, ValueError, IndexError, KeyError, TypeError):
            got = _FAILED  # a defect there must not cost this document its events: the fallback below
        if got is not _FAILED:
            value = getattr(got, "value", got)
            return value if isinstance(value, str) and value else None
    token = _token_at(ctx, offset)
    if token is None:
        return None
    sent = token.sent
    earliest = sent.start
    for _ in range(2):
        if earliest > 0:
            earliest = ctx.parsed[earliest - 1].sent.start
    floor = ctx.parsed[earliest].idx
    best = None
    for t, value in dated:
        if floor <= t.start and t.end <= offset and not value.startswith("XXXX"):
            best = value
    return best


def _token_at(ctx: DocContext, offset: int):
    span = ctx.parsed.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def timex_roots(ctx: DocContext, dated: list[tuple[Timex, str]]) -> list[tuple[Timex, str, object]]:
    """Each dated timex with the token its span hangs from."""
    out = []
    for t, value in dated:
        span = ctx.parsed.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        out.append((t, value, span.root))
    return out
