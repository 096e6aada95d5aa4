"""Dossier dates as calendar intervals, for Gephi's timeline and TimelineJS."""

from __future__ import annotations

import pytest

from annalyst.export.dates import interval


@pytest.mark.parametrize(("date", "date_end", "expected"), [
    ("1968-05-03", None, ("1968-05-03", "1968-05-03")),
    ("1968-02", None, ("1968-02-01", "1968-02-29")),  # a leap year's February
    ("1968", None, ("1968-01-01", "1968-12-31")),
    ("196X", None, ("1960-01-01", "1969-12-31")),
    ("19XX", None, ("1900-01-01", "1999-12-31")),
    ("1968-05-03TAF", None, ("1968-05-03", "1968-05-03")),  # the part of the day is finer than a timeline's day
    ("1968", "1971-06", ("1968-01-01", "1971-06-30")),
    ("1971", "1968", ("1971-01-01", "1971-12-31")),  # an end before the start is ignored
    ("XXXX-05-03", None, None),  # no year: no place on a timeline
    ("1968-13", None, None),
    ("P3M", None, None),
    (None, None, None),
])
def test_interval_covers_the_precision_given(date, date_end, expected):
    assert interval(date, date_end) == expected
