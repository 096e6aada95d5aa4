"""Temporal expressions of one document, normalised against the right reference time.

The stage runs in four steps, one module each:

1. **detection** (:mod:`.patterns`, :mod:`.detection`): a hand-written grammar, plus spaCy's DATE
   and TIME entities where the grammar has nothing (spaCy's non-temporal
   "dates" such as "sixth" or bare counts are dropped);
2. **normalisation** (:mod:`.normalisation`): what each span says on its own;
3. **anchoring** (:mod:`.anchoring`, :mod:`.speech`): relative expressions
   resolved against the publication date, the narrative's current time or
   the time of the speech they are quoted from; ``Timex.anchor`` records
   which ("published" or the id of the anchoring timex);
4. **consistency** (:mod:`.consistency`): impossible dates and relative /
   absolute pairs that disagree become :class:`~annalyst.model.Finding`
   records in ``ctx.findings``.

For later stages, :func:`narrative_time` gives the narrative's reference time
at any offset: the last date the text moved to before it, counted inside the
same quotation when the offset is quoted (the events stage dates an event
mentioned without a date this way). Example::

    extract_timexes(ctx)                # run by the stage chain
    narrative_time(ctx, event.start)    # -> Timex("...:T359", value="1958-06-08", ...) or None
"""

from __future__ import annotations

import re

from ...model import Finding, Timex
from ..context import DocContext
from . import isodates
from .anchoring import Candidate, Resolver, sets_scene
from .consistency import check_consistency
from .detection import dateline, find_candidates
from .lookup import last_dated
from .speech import find_speech, paragraphs, region_at

__all__ = ["extract_timexes", "narrative_time"]

EXTRACTOR = "timexes.v1"
_SCRATCH = "timexes.speech"  # speech regions, kept for narrative_time
_PASSING = "timexes.passing"  # dates the story does not move to, kept for narrative_time
_NO_PASSING: dict[str, tuple[int, int] | None] = {}  # (never written to)


def extract_timexes(ctx: DocContext) -> list[Timex]:
    """Every temporal expression of the document, normalised, with findings added to ``ctx.findings``."""
    text = ctx.text
    regions = find_speech(text)
    ctx.scratch[_SCRATCH] = regions
    candidates = find_candidates(ctx.doc_id, text, ctx.parsed, regions)
    published, published_id = ctx.document.published, "published"
    if not isodates.parse(published):
        published, published_id = dateline(candidates, text)
    # a cable's or memorandum's dateline is when its story happens ("I called on the Minister this
    # morning"), unlike a byline's date, which is only when an article was written
    if published_id == "published" and "dateline" not in ctx.document.meta.get("archival", {}):
        _mark_header(candidates, text, published)
    Resolver(candidates, text, published, regions, published_id).run()
    for c in candidates:
        if c.extra.get("week_of") and c.value and isodates.is_finer_or_equal(c.value, "day"):
            c.value = isodates.week_of(c.value[:10]) or c.value  # "the week of 6 March"
    # a time counted from an event ("the night of the fire") that no date beside it gives is no value
    # a reader could check
    candidates = [c for c in candidates if c.reading.rel != "event" or c.value is not None]
    ctx.scratch[_PASSING] = _passing_dates(candidates, text)
    timexes = [_to_timex(ctx.doc_id, c) for c in candidates]
    ctx.findings.extend(_impossible_findings(ctx.doc_id, candidates))
    ctx.findings.extend(check_consistency(ctx.doc_id, text, timexes, candidates))
    return timexes


def narrative_time(ctx: DocContext, char_offset: int, *, precision: str = "year") -> Timex | None:
    """The narrative reference time at ``char_offset``: the last dated timex before it that the story
    moved to (not the byline's date, not an end point such as "until 1970", not the author's "a few
    weeks ago" outside its paragraph).

    Only calendar dates at least ``precision`` ("year", "month" or "day") precise count. An offset
    inside a quotation looks inside that quotation first, then at the time of the speech (the
    narrative time where the quotation begins); in the author's voice, quoted dates are skipped.
    """
    regions = ctx.scratch.get(_SCRATCH)
    if regions is None:
        regions = ctx.scratch[_SCRATCH] = find_speech(ctx.text)
    here = region_at(regions, char_offset)
    passing = ctx.scratch.get(_PASSING, _NO_PASSING)
    best = last_dated(ctx, regions, char_offset, here, precision, passing)
    if best is None and here is not None:
        best = last_dated(ctx, regions, regions[here][0], None, precision, passing)
    return best


def _passing_dates(cands: list[Candidate], text: str) -> dict[str, tuple[int, int] | None]:
    """Dates that are no narrative time for what follows: the byline's, end or start points ("held
    until 1970") -> ``None``; the author's deictic dates ("A few weeks ago") -> their paragraph, the
    only stretch where they are the current time."""
    paras = paragraphs(text)
    out: dict[str, tuple[int, int] | None] = {}
    for c in cands:
        if c.extra.get("header") or c.extra.get("boundary"):
            out[c.id] = None
        elif c.region is None and c.reading.rel == "deictic" and not sets_scene(c) and 0 <= c.para < len(paras):
            out[c.id] = paras[c.para]
    return out


def _mark_header(cands: list[Candidate], text: str, published: str | None) -> None:
    """The byline's date is when the text was written, not a time the story moves to: "By A. Writer,
    14 January 2021" must not anchor "three months later" in a story of 1958."""
    if not published or "\n" not in text.strip():
        return
    for c in cands:
        if c.start > 400:
            break
        line_start = text.rfind("\n", 0, c.start) + 1
        line_end = text.find("\n", c.end)
        short = (len(text) if line_end < 0 else line_end) - line_start <= 100
        if short and c.reading.rel is None and c.reading.value == published:
            c.extra["header"] = True


# -- records -----------------------------------------------------------------------------------

def _to_timex(doc_id: str, c: Candidate) -> Timex:
    r = c.reading
    confidence = 1.0
    if r.rel in ("anaphoric", "yearless", "weekday", "clock", "event") or r.fuzzy:
        confidence = 0.8
    ambiguous = bool(r.extra.get("ambiguous"))
    if ambiguous:
        confidence = 0.5
    if c.value is None:
        confidence = min(confidence, 0.5)
    value, kind = c.value, r.type
    if value and kind != "SET" and _DAY_PART.search(value):
        # ISO 8601 has no part of the day: "Friday night" is that Friday, "this morning" today
        value, kind = value[:-3], "DATE"
    return Timex(c.id, doc_id, c.start, c.end, c.text, kind, value, c.anchor, r.mod, extractor=EXTRACTOR,
                 confidence=confidence, ambiguous=ambiguous)


_DAY_PART = re.compile(r"\dT(?:MO|AF|EV|NI)$")


def _impossible_findings(doc_id: str, cands: list[Candidate]) -> list[Finding]:
    out = []
    for c in cands:
        if c.reading.rel == "yearless" and c.reading.day and c.value is None and c.anchor:
            c.reading.impossible = True  # "February 29" in a year the narrative gives, not a leap year
        if c.reading.impossible:
            out.append(Finding(
                "impossible_date",
                f"{c.text!r} at offset {c.start} names a day that does not exist "
                f"(month {c.reading.month}, day {c.reading.day}); its value is left empty: check the source "
                f"or its transcription",
                doc_id, c.start, c.end, (c.id,)))
    return out
