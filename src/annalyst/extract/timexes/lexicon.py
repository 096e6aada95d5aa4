"""Words of time: month, weekday, season and unit names, number words, set adverbs.

General English knowledge only, shared by the detection patterns
(:mod:`.patterns`) and the normaliser (:mod:`.normalisation`). The month and
weekday names are :mod:`annalyst.language.dates`' (one list for the header
dates of ``ingest`` and the time expressions here).

Two date grammars remain, on purpose: :mod:`annalyst.language.dates` reads one
calendar date written out in full in a header, byline or dateline (``ingest``
may not import ``extract``), while :mod:`.patterns` finds every temporal
expression of running text (ranges, durations, relative and partial dates,
times of day) with the source's precision for TimeML.
"""

from __future__ import annotations

from ...language.dates import MONTHS, WEEKDAYS  # the words of time in one place, read from here by the timex modules

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# TIMEX3 parts of the day
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
    "half a": 0.5, "half an": 0.5,
}
# quantities a reader understands as vague: resolved approximately (mod APPROX, coarser value)
VAGUE_NUMBERS = {"a few": 3, "few": 3, "several": 4, "some": 3, "many": 10}

# unit -> (ISO duration letter, is a time unit, the value precision an anchor must have to shift by it)
UNITS = {
    "second": ("S", True, "second"), "minute": ("M", True, "minute"), "hour": ("H", True, "hour"),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "day"),
    "fortnight": ("W", False, "day"), "month": ("M", False, "month"), "quarter": ("Q", False, "month"),
    "year": ("Y", False, "year"), "decade": ("DE", False, "year"), "century": ("CE", False, "year"),
}
# a fortnight is two weeks; the rest count one unit each
UNIT_MULTIPLIER = {"fortnight": 2}

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}

# "early 1971" keeps its value "1971" with mod EARLY
PART_MODS = {"early": "EARLY", "mid": "MID", "middle": "MID", "late": "LATE",
             "the beginning of": "START", "the start of": "START", "the end of": "END",
             "the middle of": "MID", "the first half of": "EARLY", "the second half of": "LATE"}
APPROX_WORDS = {"about", "around", "approximately", "roughly", "circa", "c.", "some", "nearly", "almost"}

SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
               "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W"}

# words whose presence makes a spaCy DATE/TIME span plausibly temporal; anything else
# spaCy tags (ordinals, "ages", counts) is dropped
TEMPORAL_CUES = frozenset(
    set(MONTHS) - {"mar", "may", "jun", "jul", "sep", "dec", "jan", "feb", "apr", "aug", "oct", "nov"}
    | {"may"} | set(WEEKDAYS) | set(SEASONS) | set(DAY_PARTS) | set(UNITS) | {u + "s" for u in UNITS}
    | {"centuries", "today", "yesterday", "tomorrow", "tonight", "ago", "later", "noon", "midnight",
       "dawn", "dusk", "weekend", "weekends", "daily", "weekly", "monthly", "annually", "yearly",
       "am", "pm", "a.m.", "p.m.", "o'clock", "era", "period", "season", "holiday", "eve"}
)
