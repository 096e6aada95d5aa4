"""Normalisation: what one temporal expression says, read without its context.

:func:`read` turns a detected span into a :class:`Reading`: an absolute ISO
value where the words give one ("September 1962" -> ``1962-09``), or a
description of what is still missing (a shift of three months from some
anchor, a month and day that need a year). Choosing the anchor is the job of
:mod:`.anchoring`; this module never looks beyond the span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import isodates
from .lexicon import (
    DAY_PARTS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PART_MODS,
    SEASONS,
    SET_ADVERBS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)
from .patterns import FAMILY_RES, detect


@dataclass
class Reading:
    """The meaning of one span. ``rel`` says what resolution it still needs:

    ``None`` (absolute or a duration/set), ``"deictic"`` (against the speech time: "two years ago",
    "last week", "today"), ``"anaphoric"`` (against the narrative: "three months later", "that
    afternoon"), ``"yearless"`` ("June 30"), ``"weekday"`` ("on Tuesday"), ``"clock"`` ("10:23 a.m."), ``"event"``
    ("the day before the vote": only a date written beside it gives it a value).
    """

    type: str = "DATE"
    value: str | None = None
    mod: str | None = None
    rel: str | None = None
    unit: str | None = None  # shift unit, or the calendar unit of "this week"
    n: float = 0
    sign: int = 0
    fuzzy: bool = False
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    suffix: str = ""  # "TAF", "T10:23"
    impossible: bool = False
    slashed: tuple[int, int, int] | None = None
    parts: tuple[Reading, Reading] | None = None
    extra: dict = field(default_factory=dict)


def read(kind: str, text: str, context: str | None = None, start: int = 0) -> Reading | None:
    """The reading of ``text`` as a member of grammar family ``kind``; ``None`` if it is not temporal.

    ``context`` and ``start`` give the surrounding text, which the look-arounds of some families
    need ("monthly" only before a punctuation mark, "Mondays" only after "on").
    """
    if context is None:
        m = FAMILY_RES[kind].fullmatch(text)
    else:
        m = FAMILY_RES[kind].match(context, start)
        m = m if m is not None and m.end() == start + len(text) else None
    if m is None:
        return None
    return _HANDLERS[kind](m.groupdict(), text)


def read_any(text: str) -> Reading | None:
    """Read free text (a spaCy DATE span) when the grammar covers it exactly."""
    found = detect(text)
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(text):
        return read(found[0][2], text)
    return None


# -- helpers -----------------------------------------------------------------------------------

def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def _year(word: str) -> int:
    return int(word)


def _number(word: str | None) -> tuple[float, bool]:
    """``(n, vague)`` for "three", "24", "a few", "two and a half"."""
    if not word:
        return 1, False
    w = " ".join(word.lower().split())
    half = w.endswith((" and a half", " 1/2"))
    w = w.removesuffix(" and a half").removesuffix(" 1/2")
    if w in VAGUE_NUMBERS:
        return VAGUE_NUMBERS[w], True
    if w in NUMBER_WORDS:
        n = NUMBER_WORDS[w]
    elif re.fullmatch(r"\d+(?:\.\d+)?", w):
        n = float(w) if "." in w else int(w)
    else:
        tens, _, unit = w.replace("-", " ").partition(" ")
        n = NUMBER_WORDS.get(tens, 0) + NUMBER_WORDS.get(unit, 0)
    return n + (0.5 if half else 0), False


def _weekday_of(word: str) -> int | None:
    """1-7 for "Tuesday", "Tue." or "tues"; None for anything else ("month" is not "Mon")."""
    w = word.lower().rstrip(".")
    if w in WEEKDAYS:
        return WEEKDAYS[w]
    if len(w) in (3, 4):
        return next((v for k, v in WEEKDAYS.items() if k.startswith(w)), None)
    return None


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


def _mod(part: str | None) -> str | None:
    if not part:
        return None
    key = " ".join(part.lower().split())
    return PART_MODS.get(key.rstrip("-"))


def _duration(n: float, unit: str) -> str:
    letter, is_time, _ = UNITS[unit]
    if unit == "decade":
        n, letter = n * 10, "Y"
    elif unit == "century":
        n, letter = n * 100, "Y"
    elif unit == "quarter":
        n, letter = n * 3, "M"
    elif unit == "fortnight":
        n, letter = n * 2, "W"
    elif unit == "night":
        letter = "D"
    whole = int(n)
    if n != whole and (letter, is_time) in _FINER:
        # "two and a half years" is two years and six months, as ISO 8601 writes it
        finer, per = _FINER[letter, is_time]
        rest = f"{round((n - whole) * per)}{finer}"
        if letter == "D":
            return f"P{whole}DT{rest}" if whole else f"PT{rest}"
        head = f"{whole}{letter}" if whole else ""
        return f"PT{head}{rest}" if is_time else f"P{head}{rest}"
    num = f"{n:g}" if isinstance(n, float) else str(n)
    return f"PT{num}{letter}" if is_time else f"P{num}{letter}"


# the next unit down, and how many of it make one: for the fraction of a count
_FINER = {("Y", False): ("M", 12), ("D", False): ("H", 24), ("H", True): ("M", 60), ("M", True): ("S", 60)}


def _date(y: int | None, m: int | None, d: int | None = None, mod: str | None = None) -> Reading:
    if m is not None and d is not None:
        ok = isodates.valid_day(y, m, d) if y is not None else isodates.possible_day(m, d)
        if not ok:
            return Reading(value=None, impossible=True, month=m, day=d, mod=mod)
    if y is None:
        return Reading(rel="yearless", month=m, day=d, mod=mod)
    return Reading(value=isodates.ymd(y, m, d), mod=mod)


# -- one handler per family --------------------------------------------------------------------

def _dmy(g, _):
    return _date(_year(g["y"]), _month(g["m"]), _day(g["d"]))


def _dm(g, _):
    return _date(None, _month(g["m"]), _day(g["d"]))


def _my(g, _):
    r = _date(_year(g["y"]), _month(g["m"]), None, _mod(g.get("part")))
    if g.get("m2"):
        end = isodates.ymd(_year(g["y"]), _month(g["m2"]))
        r.value = f"{r.value}/{end}"
    return r


def _wdate(g, text):
    inner = text[len(re.match(r"\w+\.?,?\s+(?:the\s+)?", text).group()):]  # type: ignore[union-attr]
    r = read_any(inner)
    if r is not None:
        r.weekday = _weekday_of(g["w"])
    return r


def _dayrange(g, _):
    d1, d2 = g.get("d") or g.get("d_"), g.get("d2") or g.get("d2_")
    m, y = g.get("m") or g.get("m_"), g.get("y") or g.get("y_")
    a = _date(_year(y) if y else None, _month(m), _day(d1))
    b = _date(_year(y) if y else None, _month(m), _day(d2))
    return _join(a, b)


def _join(a: Reading | None, b: Reading | None) -> Reading | None:
    if a is None or b is None:
        return None
    if a.value and b.value and not a.rel and not b.rel:
        return Reading(value=f"{a.value}/{b.value}", mod=a.mod)
    return Reading(rel="range", parts=(a, b))


def _iso(g, _):
    return _date(int(g["y"]), int(g["m"]), int(g["d"]))


def _dotted(g, _):
    # dotted numeric dates are day-first in every locale that writes them
    return _date(int(g["y"]), int(g["m"]), int(g["d"]))


def _slashed(g, _):
    y = int(g["y"])
    if y < 100:
        y += 1900 if y > 30 else 2000
    a, b = int(g["a"]), int(g["b"])
    if a > 12 and b > 12:
        return None
    return Reading(rel="slashed", slashed=(a, b, y))


def _season(g, _):
    return Reading(value=f"{int(g['y']):04d}-{SEASONS[g['s'].lower()]}", mod=_mod(g.get("part")))


def _century(g, _):
    word = g["n"].lower()
    n = ORDINAL_WORDS.get(word) or _day(word)
    return Reading(value=f"{n - 1:02d}", mod=_mod(g.get("part")))


def _decade(g, _):
    dec = g.get("dec") or g.get("dec_")
    if g.get("decw"):  # "the nineties": of the twentieth century
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}[g["decw"].lower()]
        return Reading(value=f"19{tens}X", mod=_mod(g.get("part__")))
    if dec.startswith("'"):
        # "the '70s": the century of the present era
        dec = "19" + dec[1:]
    elif len(dec) == 2:
        dec = "19" + dec
    return Reading(value=dec[:3] + "X", mod=_mod(g.get("part") or g.get("part_")))


def _spoken_year(g, _):
    words = " ".join((g.get("sy") or g.get("sy_")).lower().replace("-", " ").split())
    if words.startswith("two thousand"):
        rest = words.removeprefix("two thousand").strip().removeprefix("and").strip()
        year = 2000 + (NUMBER_WORDS.get(rest, 0) if rest else 0)
    else:
        rest = words.removeprefix("nineteen").strip()
        if rest.startswith("hundred"):
            tail = rest.removeprefix("hundred").strip().removeprefix("and").strip()
            year = 1900 + (NUMBER_WORDS.get(tail, 0) if tail else 0)
        else:
            year = 1900 + int(_number(rest)[0])
    month = g.get("m") or g.get("m_")
    return _date(year, _month(month) if month else None)


def _part_year(g, _):
    return Reading(value=g["y"], mod="APPROX" if g.get("approx") else _mod(g["part"]))


def _quarter(g, _):
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}[g["q"].lower()]
    return Reading(value=f"{g['y']}-Q{q}")


def _quarter_rel(g, _):
    """"the third quarter" (a year-less quarter, read as its middle month is), "next year's first quarter"."""
    q = ORDINAL_QUARTERS[g["q"].lower()]
    rel = (g.get("rel") or "").lower()
    if rel:
        sign = {"this": 0, "last": -1, "next": 1}[rel]
        return Reading(rel="deictic", unit="year", n=abs(sign), sign=sign, extra={"quarter": q})
    return Reading(rel="yearless", month=3 * q - 1, extra={"quarter": q})


ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _year_range(g, _):
    y, y2, sep = int(g["y"]), g["y2"], g["sep"]
    if len(y2) == 2:
        if sep == "-" and int(y2) <= 12 and int(y2) <= y % 100:
            return Reading(value=isodates.ymd(y, int(y2)))  # an ISO month "1962-09"
        end = y // 100 * 100 + int(y2)
    else:
        end = int(y2)
    if end <= y:
        return None
    return Reading(value=f"{y}/{end}")


_DIRS = {"ago": -1, "earlier": -1, "previously": -1, "before": -1, "later": 1, "hence": 1, "after": 1,
         "afterwards": 1, "on": 1, "next": 1, "following": 1, "succeeding": 1, "previous": -1,
         "preceding": -1, "prior": -1, "same": 0}


def _shift(g, _):
    n, vague = _number(g["n"])
    unit = _unit(g["u"])
    direction = g["dir"].lower().split()[0]
    rel = "deictic" if direction in ("ago", "hence", "from") else "anaphoric"
    sign = 1 if direction == "from" else _DIRS[direction]
    # "Twenty years ago this month": the same month (week, season) of that year
    this = (g.get("this") or "").lower()
    extra = {"this": SEASONS.get(this, this)} if this and unit in ("year", "decade") else {}
    if direction == "on":
        extra["on"] = True  # "Ten years on, we still wait": in the present tense, the speaker's now
    mod = "APPROX" if vague or g.get("approx") else None
    return Reading(rel=rel, unit=unit, n=n, sign=sign, fuzzy=vague, mod=mod, extra=extra)


def _vague_period(g, _):
    """"in recent years", "the coming weeks", "for months": a stretch of units nobody counted (TIMEX3
    ``PXY``, ``PXW``); a quarter of a year is counted in months."""
    unit = _unit(g.get("u") or g.get("u_"))
    return Reading(type="DURATION", value="PXM" if unit == "quarter" else _vague_duration(unit), mod="APPROX")


def _the_year(g, _):
    """"for the year ended 30 June": a year's length; "sales for the full year", "the current fiscal
    year": the year the story is in (a report's own)."""
    if g.get("ended") is not None:
        return Reading(type="DURATION", value="P1Y")
    # "the current year" outside a past narrative: the speaker's, whatever year the sentence spoke of before
    extra = {"deictic_unless_past": True, "current": bool(g.get("current"))}
    return Reading(rel="anaphoric", unit="year", n=0, extra=extra)


def _year_adj(g, _):
    """"year-end": the end of the current year; "year-earlier", "year-ago" (results): the year before."""
    w = g["w"].lower()
    if "end" in w:
        return Reading(rel="anaphoric", unit="year", n=0, mod="END", extra={"deictic_unless_past": True})
    return Reading(rel="deictic" if "ago" in w else "anaphoric", unit="year", n=1, sign=-1)


def _holiday(g, _):
    """"Christmas", "New Year's Eve", "Thanksgiving Day": a year-less day (Thanksgiving's is reckoned
    once its year is known); "last Christmas" the one before the speech time, "next" the one after."""
    h = " ".join(g["h"].lower().split())
    month, day = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
                  "new year's day": (1, 1), "new year's eve": (12, 31)}.get(h, (11, 22))
    sign = {"last": -1, "next": 1}.get((g.get("rel") or "").lower(), 0)
    extra = {"holiday": "thanksgiving"} if h.startswith("thanksgiving") else {}
    return Reading(rel="yearless", month=month, day=day, sign=sign, extra=extra)


def _month_rel(g, _):
    """"July last year", "March of the following year": that month of the year the words count to."""
    word = " ".join(g["rel"].lower().split())
    sign = {"this": 0, "last": -1, "next": 1, "the same": 0, "the following": 1, "the previous": -1}[word]
    rel = "deictic" if word in ("this", "last", "next") else "anaphoric"
    return Reading(rel=rel, unit="year", n=abs(sign), sign=sign, mod=_mod(g.get("part")),
                   extra={"month": _month(g["m"])})


def _next_unit(g, _):
    word = (g.get("u") or g.get("u_")).lower()
    direction = (g.get("dir") or g.get("dir_")).lower()
    sign = _DIRS[direction]
    if _weekday_of(word):
        return Reading(rel="anaphoric", unit="weekday", weekday=_weekday_of(word), sign=sign or 1)
    if word in DAY_PARTS:
        return Reading(rel="anaphoric", unit="day", n=1 if sign else 0, sign=sign, suffix="T" + DAY_PARTS[word],
                       type="TIME")
    if word in SEASONS:  # "the following spring": the next one after the narrative's time
        return Reading(rel="anaphoric", unit="season", sign=sign, extra={"season": SEASONS[word]})
    return Reading(rel="anaphoric", unit=_unit(word), n=1 if sign else 0, sign=sign)


def _that_unit(g, _):
    word = g["u"].lower()
    if word in DAY_PARTS:
        return Reading(rel="anaphoric", unit="day", n=0, suffix="T" + DAY_PARTS[word], type="TIME")
    if word in SEASONS:
        return Reading(rel="anaphoric", unit="season", extra={"season": SEASONS[word]})
    return Reading(rel="anaphoric", unit=_unit(word), n=0)


def _part_unit(g, _):
    """"the end of the year": of the narrative's year in a past narrative, else of the current one;
    "the end of this/last/next year" always counts from the speech time."""
    det = " ".join(g["det"].lower().split())
    unit, mod = _unit(g["u"]), _mod(g["part"])
    if det in ("this", "last", "next"):
        sign = {"this": 0, "last": -1, "next": 1}[det]
        return Reading(rel="deictic", unit=unit, n=abs(sign), sign=sign, mod=mod)
    return Reading(rel="anaphoric", unit=unit, n=0, mod=mod, extra={"deictic_unless_past": det == "the"})


def _event_rel(g, _):
    """"the day before the vote", "the night of the fire": a time counted from an event, not from a
    date; it gets a value only where a date beside it says the same time ("on 9 May, the day before
    the vote")."""
    word, direction = g["u"].lower(), g["dir"].lower()
    sign = {"before": -1, "after": 1, "following": 1, "of": 0}[direction]
    if word in DAY_PARTS:
        return Reading(rel="event", unit="day", sign=sign, suffix="T" + DAY_PARTS[word], type="TIME")
    return Reading(rel="event", unit="day" if word == "eve" else word, sign=sign)


def _within(g, _):
    """"(settled) within days": a few days after the narrative's time, as vague as "days later" (a
    counted "within a week" stays a duration)."""
    return Reading(rel="anaphoric", unit=_unit(g["u"]), n=VAGUE_NUMBERS["a few"], sign=1, fuzzy=True, mod="APPROX",
                   extra={"within": True})


def _that_in(g, _):
    """"that week in March" is a time in a March the story told of (month precision: the words
    say no more)."""
    if g.get("y"):
        return _date(_year(g["y"]), _month(g["m"]))
    return Reading(rel="yearless", month=_month(g["m"]), extra={"told": True})


def _running(g, _):
    """"(struck today) for the third day": the current day, week, ... of a run, i.e. the narrative's
    own time at the precision of the unit."""
    return Reading(rel="anaphoric", unit=_unit(g["u"]), n=0)


def _in_the(g, _):
    word = g["u"].lower()
    rel = "deictic" if g["det"].lower() == "this" else "anaphoric"
    if word in DAY_PARTS:
        return Reading(rel=rel, unit="day", n=0, suffix="T" + DAY_PARTS[word], type="TIME")
    return Reading(rel=rel, unit=_unit(word), n=0)


def _period(g, _):
    n, vague = _number(g.get("n"))
    word = g.get("u") or g.get("u_")
    unit = _unit(word)
    if g.get("dir_") and g["dir_"].lower() in ("past", "last") and unit == "year" and not word.lower().endswith("s"):
        # "over the past year": the calendar year before, as TimeML reads it, where a counted "the past
        # two years" is a stretch of time (a decade or century said so is rather the last hundred years)
        return Reading(rel="deictic", unit=unit, n=1, sign=-1)
    return _period_duration(g, n, vague, word, unit)


def _period_duration(g, n, vague, word, unit):
    vague = vague or (not g.get("n") and word.lower().endswith("s"))  # "the first hours": uncounted
    return Reading(type="DURATION", value=_vague_duration(unit) if vague else _duration(n, unit),
                   mod="APPROX" if vague else None)


def _deictic_rel(g, _):
    rel = g["rel"].lower().split()[-1]
    sign = {"this": 0, "last": -1, "next": 1, "coming": 1, "present": 0, "current": 0}[rel]
    word = g["u"].lower().rstrip(".")
    if word in DAY_PARTS:
        n = 1 if rel == "last" else 0
        return Reading(rel="deictic", unit="day", n=n, sign=-1 if n else 0, suffix="T" + DAY_PARTS[word], type="TIME")
    if _weekday_of(word):
        return Reading(rel="weekday", weekday=_weekday_of(word), sign=sign, extra={"deictic": True})
    if word in MONTHS:
        return Reading(rel="deictic", unit="named_month", month=MONTHS[word], sign=sign)
    if word in SEASONS:
        return Reading(rel="deictic", unit="season", sign=sign, extra={"season": SEASONS[word]})
    unit = _unit(word)
    # "last decade", "this century": the calendar unit ("202X", "20"), where "a decade ago" is ten years back
    extra = {"calendar": True} if unit in ("decade", "century") else {}
    return Reading(rel="deictic", unit=unit, n=abs(sign), sign=sign, extra=extra)


def _set(g, _):
    if g.get("mon"):
        return Reading(type="SET", value=f"XXXX-{_month(g['mon']):02d}")
    if g.get("adv"):
        return Reading(type="SET", value=SET_ADVERBS[g["adv"].lower()])
    if g.get("wd"):
        return Reading(type="SET", value=f"XXXX-WXX-{WEEKDAYS[g['wd'].lower()]}")
    word = (g.get("u") or g.get("u_")).lower().rstrip(".")
    if _weekday_of(word):
        return Reading(type="SET", value=f"XXXX-WXX-{_weekday_of(word)}")
    if word in DAY_PARTS:
        return Reading(type="SET", value=f"XXXX-XX-XXT{DAY_PARTS[word]}")
    n, _vague = _number(g.get("n"))
    if g.get("every") and "other" in g["every"] + _.lower():
        n *= 2
    return Reading(type="SET", value=_duration(n, _unit(word)))


def _duration_family(g, text):
    if g.get("u1"):
        return Reading(type="DURATION", value=_duration(1, _unit(g["u1"])))  # "a day-long meeting"
    n, vague = _number(g["n"])
    if g.get("half"):
        n += 0.5  # "a minute and a half"
    unit = _unit(g["u"])
    if unit == "second" and g["n"].lower() in ("a", "an"):
        return None  # "a second term" is an ordinal
    mod = "APPROX" if g.get("approx") or vague else None
    if g.get("approx") and g["approx"].lower() in ("over", "more than"):
        mod = "MORE_THAN"
    elif g.get("approx") and g["approx"].lower() == "less than":
        mod = "LESS_THAN"
    return Reading(type="DURATION", value=_vague_duration(unit) if vague else _duration(n, unit), mod=mod)


def _vague_duration(unit: str) -> str:
    """"a few days", "several years": a number of units nobody counted, TIMEX3's ``PXD``, ``PXY``."""
    letter, is_time, _ = UNITS[unit]
    if unit == "fortnight":
        letter = "W"
    return f"PTX{letter}" if is_time else f"PX{letter}"


def _clock(g, _):
    h = int(g.get("h") or g.get("h_") or g.get("h__") or g.get("h_z"))
    mi = int(g.get("mi") or g.get("mi_") or g.get("mi__") or g.get("mi_z"))
    ap = (g.get("ap") or "").lower().replace(".", "").replace(" ", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    if h > 23:
        return None
    zone = "Z" if g.get("z") or (g.get("tz") or "").upper() in ("GMT", "UTC") else ""
    return Reading(type="TIME", rel="clock", suffix=f"T{h:02d}:{mi:02d}{zone}")


def _hour(g, _):
    if g.get("hw"):
        h = int(g["hw"]) if g["hw"].isdigit() else NUMBER_WORDS.get(g["hw"].lower(), 0)
    else:
        h = int(g["h"])
        ap = g["ap"].lower().replace(".", "").replace(" ", "")
        h = h + 12 if ap == "pm" and h < 12 else 0 if ap == "am" and h == 12 else h
    return Reading(type="TIME", rel="clock", suffix=f"T{h:02d}:00")


def _noon(g, _):
    return Reading(type="TIME", rel="clock", suffix="T12:00" if g["w"].lower() != "midnight" else "T24:00")


def _deictic(g, _):
    w = " ".join(g["w"].lower().split())
    n, sign = {"today": (0, 0), "tonight": (0, 0), "yesterday": (1, -1), "tomorrow": (1, 1),
               "the day before yesterday": (2, -1), "the day after tomorrow": (2, 1)}[w]
    return Reading(rel="deictic", unit="day", n=n, sign=sign, suffix="TNI" if w == "tonight" else "",
                   type="TIME" if w == "tonight" else "DATE")


def _daypart(g, _):
    word = g["u"].lower()
    if word in SEASONS:  # "in the spring": of the year the story is in
        return Reading(rel="anaphoric", unit="season", extra={"season": SEASONS[word]})
    return Reading(rel="anaphoric", unit="day", n=0, suffix="T" + DAY_PARTS[word], type="TIME")


def _weekday(g, _):
    suffix = "T" + DAY_PARTS[g["p"].lower()] if g.get("p") else ""
    return Reading(rel="weekday", weekday=_weekday_of(g["w"]), suffix=suffix, type="TIME" if suffix else "DATE")


def _md(g, _):
    return _date(None, _month(g["m"]), _day(g["d"]))


def _month_family(g, _):
    return Reading(rel="yearless", month=_month(g["m"]), mod=_mod(g.get("part")))


def _year_family(g, _):
    return Reading(value=g["y"])


def _range(g, text):
    a_text, b_text = g["a"], g["b"]
    a, b = read_any(a_text), read_any(b_text)
    if a is None or b is None:
        return None
    # "from March to May 1962": the year written once belongs to both ends
    if a.rel == "yearless" and b.value and isodates.parse(b.value):
        year = isodates.parse(b.value)[0]  # type: ignore[index]
        a = _date(year, a.month, a.day, a.mod)
    return _join(a, b)


_HANDLERS = {
    "range": _range, "wdate": _wdate, "dmy": _dmy, "mdy": _dmy, "dayrange": _dayrange, "iso": _iso,
    "dotted": _dotted, "slashed": _slashed, "season": _season, "my": _my, "century": _century,
    "decade": _decade, "spoken_year": _spoken_year, "quarter": _quarter, "quarter_rel": _quarter_rel,
    "part_year": _part_year,
    "year_range": _year_range, "shift": _shift,
    "next_unit": _next_unit, "part_unit": _part_unit, "event_rel": _event_rel, "within": _within,
    "that_in": _that_in, "running": _running, "that_unit": _that_unit, "in_the": _in_the, "period": _period,
    "the_year": _the_year, "year_adj": _year_adj, "holiday": _holiday,
    "vague_period": _vague_period, "month_rel": _month_rel, "deictic_rel": _deictic_rel, "set": _set,
    "duration": _duration_family,
    "clock": _clock, "hour": _hour,
    "noon": _noon, "deictic": _deictic, "daypart": _daypart, "weekday": _weekday, "dm": _dm, "md": _md,
    "month": _month_family, "year": _year_family,
}
