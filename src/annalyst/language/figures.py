"""The words of figures sources give about an event: how many were killed, wounded, how much destroyed.

General English, written here by hand: number words, the hedges that make a
figure approximate or a bound ("about 50", "at least 12", "up to 40"), and the
measure words of casualties and damage. The claim comparison (``resolve``)
reads them to set two sources' figures for the same event side by side.
"""

from __future__ import annotations

#: number words up to the hundreds a figure is mostly written in
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty")
NUMBERS = {w: n for n, w in enumerate(_UNITS.split())}
NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12})

#: hedge -> (factor of the low end, factor of the high end); None: unbounded above
HEDGES: dict[str, tuple[float, float | None]] = {
    "about": (0.75, 1.25), "some": (0.75, 1.25), "approximately": (0.75, 1.25), "around": (0.75, 1.25),
    "roughly": (0.75, 1.25), "an estimated": (0.75, 1.25), "estimated": (0.75, 1.25),
    "nearly": (0.8, 1.0), "almost": (0.8, 1.0), "close to": (0.8, 1.0),
    "over": (1.0, None), "more than": (1.0, None), "at least": (1.0, None), "upwards of": (1.0, None),
    "up to": (0.0, 1.0), "under": (0.0, 1.0), "fewer than": (0.0, 1.0), "less than": (0.0, 1.0),
    "at most": (0.0, 1.0),
}

#: measure -> the words that name it, after a number ("50 deaths", "three soldiers killed") or before it
#: as a verb ("killed three")
MEASURES: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "dead", "deaths", "died", "fatalities", "slain", "lives"),
    "wounded": ("wounded", "injured", "injuries", "hurt"),
    "casualties": ("casualties",),
    "destroyed": ("destroyed", "demolished", "razed", "blown up", "dynamited"),
}
#: of those, the verbs that may come before the figure: "killed three Israelis", "destroyed 40 houses"
MEASURE_VERBS = frozenset({"killed", "wounded", "injured", "destroyed", "demolished", "razed", "dynamited"})
