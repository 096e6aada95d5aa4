"""Reference time: which date each relative expression counts from, and the value it gets.

Four anchors, as a historian reads them:

* **the speech time** for deictic expressions ("two years ago", "today",
  "last Tuesday"; "twenty years ago this month" is that month of the year
  counted back): the publication date in the author's voice; inside a
  quotation or a quoted report, the date of that speech situation: the
  date its attribution gives, as precise as the expression needs ('"...
  this year," he said in the spring of 1962' is 1962), else the last
  day-precise date the narrative gave before the quotation;
* **the narrative time** for anaphoric expressions ("three months later",
  "the next day", "earlier in the day"): the last date the text moved to
  that is precise enough for the shift ("three months later" needs a month,
  so a bare "in 1970" mentioned in passing does not count), unless the
  story has since moved on to a later time it gives less precisely
  ("found in October 1996 ... resigned two weeks later": in 1996, as
  precise as every day of that month agrees on);
  A count "on" in the present tense ("Twenty years on, I want to ...") is
  the speech time: the speaker's now, that long after the story.
* **the narrative frame** for dates without a year ("On September 11th") or
  a bare weekday: the year of a date that framed the story in this or the
  previous paragraph (sentence-initial, or in a past-tense clause; in the
  same paragraph also a year stated outright outside an aside, as in "The
  chronology of 1966 speaks for itself"), else the speech time, where a
  past narrative never lands after the day of writing and a present-tense
  day used as a name ("14 March is a day of mourning") belongs to no year.
  A chronology's entry ("2 June – dockers strike", "August – ...") takes
  the year heading the list ("1956" alone on a line above it), whatever
  year the entries between mention.
  In the author's voice a bare weekday counted from the day of writing
  that falls on that weekday is that very day ("on Tuesday" in a
  Tuesday's report), as news style writes it.
* **the day beside it** for a clock time ("8 May at 16.00 hours"), else a
  day written earlier in its sentence ("A 3 May memorandum states that he
  called at noon"), else the day the story moved to in this or the previous
  paragraph (not a date said in passing, "the curfew imposed on 2 May will
  stay"), else the speech time.

A **report of current events** (news, a cable, a memorandum: a text with a
date of writing whose written-out dates mostly lie from a year before it on,
with its "yesterday"s and weekdays; see :func:`reports_current_events`) is
read as TimeML reads news: its weekdays count from the day of writing (as a
reporting verb's "said Thursday" does in any text), its year-less dates take
the year nearest to the last full date of their paragraph or else to the day
of writing, on the side the tense of their own verb allows ("dismissed in
November" written in February is the November before; "payable 2 January",
a date qualifying a noun, and "extended to 16 November", an end point, take
no side), and older years (or years more than one ahead) it mentions in
passing anchor nothing. Its quotations without a dated attribution are
spoken on its date; its "a year earlier", "year-earlier results" count back
from the period it reports on (a month or day of the sentence or the one
before, "the quarter ended 30 September"), else from its date of writing. A
bare weekday written on that weekday is the day of writing, unless an
earlier "last Sunday" told of another. A comparison at the end of a clause
("up from $3 million a year earlier") anchors nothing in any text; "A year
later, she left" does.

Dates the story does not move to never anchor: the byline's, end and start
points ("held until 1970", "had fled by 1970", "since 1970"; a sentence that
opens on "By 1970, ..." does move the story there) and, outside their own
paragraph (for year-less dates: their own sentence), the author's deictic
dates ("A few weeks ago the paper wrote ...").

A relative expression left with nothing to count from takes the date written
beside it that says the same time ("Six months earlier, in June, ..."); a
time counted from an event ("on 9 May, the day before the vote") is dated
only that way.

Expressions in the author's voice are resolved first, in text order, so a
quotation can count from a date written after the quotation began; each
resolved date then becomes a possible anchor for what follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import isodates
from .consistency import APPOSITION
from .normalisation import Reading

_MONTH_DAY = re.compile(r"(?:\d{4}|XXXX)-\d{2}(?:-\d{2})?$")
_CALENDAR = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?$")
_IN_GAP = re.compile(r"\s+in\s+")
_CLOCK_AFTER_DAY = re.compile(r"\s*(?:[,—–-]|at)?\s*")
# between a clock time and its day: a time zone, a parenthesis ("(0735 GMT)"), a comma, "on"
_DAY_AFTER_CLOCK = re.compile(r"\s*(?:\(?[A-Z]{2,4}\)?|\([^()\n]{0,15}\))?,?\s*(?:on\s+|of\s+)?")
# a year said in passing: the object of a preposition of time ("approved in 2027", "dating to 2026")
_IN_PASSING = re.compile(r"\b(?:in|to|since|until|till|through|from|during|due|by)\s+$", re.I)
_SENTENCE_END = re.compile(r"[.!?][\u201d\u2019\"]?\s+[A-Z\u201c\"]|\n")
# the precision an anchor needs for a shift by one unit
_NEEDS = {"second": "day", "minute": "day", "hour": "day", "day": "day", "night": "day", "week": "day",
          "fortnight": "day", "weekend": "day", "weekday": "day", "month": "month", "quarter": "month",
          "year": "year", "decade": "year", "century": "year", "season": "year", "named_month": "year"}


@dataclass
class Candidate:
    """One detected span with what its sentence tells about it."""

    start: int
    end: int
    text: str
    reading: Reading
    region: int | None = None  # speech region index, None in the author's voice
    para: int = 0
    tense: int = 0  # -1 past, 0 present, +1 future
    frame: bool = False  # sentence-initial or in a past-tense clause: the story moves to this date
    opens: bool = False  # opens its sentence ("In 1958, ..."): a change of scene
    id: str = ""
    value: str | None = None
    anchor: str | None = None
    resolved: bool = False
    extra: dict = field(default_factory=dict)


@dataclass
class _Anchor:
    value: str
    id: str


class Resolver:
    """Resolve every candidate of one document; see the module docstring for the order."""

    def __init__(self, candidates: list[Candidate], text: str, published: str | None,
                 regions: list[tuple[int, int]], published_id: str = "published"):
        self.cands = candidates
        self.published = published if isodates.parse(published) else None
        self.published_id = published_id  # a dateline timex stands in for a missing publication date
        self.regions = regions
        self.text = text
        self.current = reports_current_events(candidates, self.published)

    def run(self) -> None:
        author = [c for c in self.cands if c.region is None]
        quoted = [c for c in self.cands if c.region is not None]
        for c in author + quoted:
            c.value, c.anchor = self._resolve(c, c.reading)
            c.resolved = True
        for c in self.cands:
            if c.value is None and c.reading.rel in ("anaphoric", "deictic", "event"):
                c.value, c.anchor = self._restated(c)

    def _restated(self, c: Candidate) -> tuple[str | None, str | None]:
        """The value of a date written beside ``c`` that says the same time ("Two months earlier, in
        March, ...", "on 9 May, the day before the vote"), at ``c``'s precision, for a relative
        expression that has no anchor of its own to count from."""
        i = self.cands.index(c)
        for o in (self.cands[i + 1] if i + 1 < len(self.cands) else None, self.cands[i - 1] if i else None):
            if o is None or o.value is None or o.reading.rel not in (None, "yearless") or o.reading.type != "DATE":
                continue
            first, second = (c, o) if c.start < o.start else (o, c)
            gap = self.text[first.end:second.start]
            if len(gap) > 12 or "\n" in gap or not APPOSITION.fullmatch(gap) or isodates.parse(o.value) is None:
                continue
            unit = c.reading.unit or "day"
            # a count of weeks is told in days ("three weeks earlier, on 2 June"), as shifts give them
            value = _truncate(o.value, "day" if unit in ("week", "fortnight", "weekend", "weekday") else unit)
            if value is not None:
                suffix = c.reading.suffix if isodates.precision(value) == "day" else ""
                return value + suffix, o.id
        return None, None

    # -- anchors ------------------------------------------------------------------------------

    def _dated_before(self, c: Candidate, level: str, *, frames_only: bool = False, paras: int | None = None,
                      no_asides: bool = False):
        """The last resolved calendar date before ``c`` in the same voice, at least ``level`` precise
        (``no_asides``: not one said in passing, "the curfew imposed on 4 May will stay")."""
        best = None
        for o in self.cands:
            if o.start >= c.start:
                break
            if not self._can_anchor(o, c, level):
                continue
            if (frames_only and not o.frame) or (no_asides and o.extra.get("aside")):
                continue
            if paras is not None and o.para < c.para - paras:
                continue
            best = o
        return _Anchor(best.value, best.id) if best else None

    def _can_anchor(self, o: Candidate, c: Candidate, level: str) -> bool:
        """Whether ``o`` is a time the story moved to, usable as ``c``'s reference time.

        The byline's date and end or start points ("held until 1970", "since 1970") are not; nor,
        outside its own paragraph, an author's deictic date ("A few weeks ago the paper wrote ..."):
        it speaks of the writer's present, not of the story the next paragraph tells."""
        if not o.resolved or o.region != c.region or not isodates.is_finer_or_equal(o.value, level) \
                or o.extra.get("header") or o.extra.get("boundary"):
            return False
        if self.current and not o.opens and isodates.precision(o.value) == "year" and not self._near(o.value):
            return False  # a report's "up from 2031" or "joined the firm in 2029" is no time it moves to
        if o.reading.rel == "anaphoric" and o.reading.n and not o.opens:
            # "up from $3 million a year earlier" compares, where "A year later, she left" moves the story
            return False
        return not (o.region is None and o.reading.rel == "deictic" and o.para != c.para and not sets_scene(o))

    def _near(self, value: str | None) -> bool:
        """Whether ``value`` lies within a year of the date of writing (a report's "bonds due 2041" is
        no more a time it is at than its "joined the firm in 2029")."""
        parts, dct = isodates.parse(value), isodates.parse(self.published)
        return parts is not None and dct is not None and dct[0] - 1 <= parts[0] <= dct[0] + 1

    def _framing_year(self, c: Candidate) -> _Anchor | None:
        """The date that sets the year of a year-less date in the author's voice.

        In ``c``'s own paragraph the nearest date that frames the story or is stated outright
        outside an aside ("The chronology of 1966 speaks for itself. On March 3rd, ..."); an author's
        deictic date only within the same sentence ("Last year, on March 3rd"), unless it sets the
        scene ("Twenty-five years ago, I stood ..."). Failing that, a framing date of the previous
        paragraph. A date in parentheses or in a past-perfect clause ("I had started in 1979") frames
        nothing: it tells what came before the story."""
        if c.extra.get("entry"):
            heading = self._heading(c)
            if heading is not None:
                return heading
        best = previous = earlier = backstory = None
        for o in self.cands:
            if o.start >= c.start:
                break
            if not self._can_anchor(o, c, "year"):
                continue
            if o.reading.rel == "deictic" and not sets_scene(o) and _SENTENCE_END.search(self.text, o.end, c.start):
                continue
            if o.para == c.para and (o.frame or (o.reading.rel is None and not o.extra.get("aside"))):
                best = o
            elif o.para == c.para - 1 and o.frame:
                previous = o
            elif o.frame:
                earlier = o
            elif o.extra.get("backstory") and o.para >= c.para - 1:
                backstory = o
        # a past narrative far from any date stays in the story's last year ("The union was dissolved
        # by decree in December" paragraphs after the chronology), or failing that in the year of a
        # past-perfect clause just before; the day of writing would only guess
        best = best or previous or (earlier or backstory if c.tense < 0 else None)
        return _Anchor(best.value, best.id) if best else None  # type: ignore[arg-type]

    def _heading(self, c: Candidate) -> _Anchor | None:
        """The year heading a chronology's entries ("1956" alone on a line, then "2 June – ...",
        "August – ..."): the last one before ``c``, whatever dates the entries between mention."""
        for o in reversed(self.cands[:self.cands.index(c)]):
            if o.extra.get("heading") and o.region == c.region and o.resolved and o.value:
                return _Anchor(o.value, o.id)
        return None

    def _dct(self) -> _Anchor | None:
        return _Anchor(self.published, self.published_id) if self.published else None

    def _speech_time(self, c: Candidate, level: str = "day") -> _Anchor | None:
        """The publication date in the author's voice; for a quotation, the date its attribution gives
        ('"...," she said on 4 May'; at least ``level`` precise: '"... this year," he said in the spring
        of 1950' is enough for a year) or else the last day-precise date before it."""
        if c.region is None:
            return self._dct()
        start, end = self.regions[c.region]
        for o in self.cands:
            if o.start >= end and o.start - end <= 80 and o.region is None and o.resolved \
                    and isodates.is_finer_or_equal(o.value, level) and not _SENTENCE_END.search(self._gap(end, o)):
                return _Anchor(o.value, o.id)  # type: ignore[arg-type]
        probe = Candidate(start, start, "", Reading(), region=None)
        before, dct = self._dated_before(probe, "day"), self._dct()
        if before is None or (dct is not None and (self.current or _days_apart(before.value, dct.value) <= 7)):
            return dct  # a quote in a report of this week's news was spoken about when it was written
        return before

    def _gap(self, end: int, o: Candidate) -> str:
        # from the quotation's last character to the first of ``o``: "...silent.” His", "me. Today"
        return self.text[max(end - 1, 0):o.start + 1]

    def _narrative(self, c: Candidate, level: str) -> _Anchor | None:
        anchor = self._dated_before(c, level)
        if anchor is not None and self._scene_changed(c, anchor):
            return None
        return anchor or (self._speech_time(c) if c.region is not None or self.current else None)

    def _moved_on(self, c: Candidate, anchor: _Anchor | None, level: str) -> Candidate | None:
        """The last date too coarse for ``level`` that the story moved to after ``anchor``, both in the
        text and in time (a past-tense "found in October 1996" after "on 12 January 1995"), or before
        ``c`` at all when nothing precise enough came first: the narrative's time, known only as
        precisely as that date says."""
        after = anchor is None or not any(o.id == anchor.id for o in self.cands)
        since = isodates.parse(anchor.value) if anchor is not None else None
        best = None
        for o in self.cands:
            if o.start >= c.start:
                break
            if anchor is not None and o.id == anchor.id:
                after = True
                continue
            if not after or not o.frame or not self._can_anchor(o, c, "year") \
                    or isodates.is_finer_or_equal(o.value, level) or o.reading.rel == "range":
                continue
            first = isodates.parse(o.value)
            if since is None or (first[0], first[1] or 1, 1) > (since[0], since[1] or 1, since[2] or 1):  # type: ignore[index]
                best = o
        return best

    def _scene_changed(self, c: Candidate, anchor: _Anchor) -> bool:
        """Whether a sentence opened on another time between the anchor and ``c``: after "In 1958,
        protests followed", "the next day" cannot count from a day of 1980 mentioned before."""
        after = False
        for o in self.cands:
            if o.start >= c.start:
                break
            if o.id == anchor.id:
                after = True
                continue
            if after and o.opens and self._can_anchor(o, c, "year"):
                width = min(len(o.value), len(anchor.value), 10)  # type: ignore[arg-type]
                if o.value[:width] != anchor.value[:width]:  # type: ignore[index]
                    return True
        return False

    def _frame(self, c: Candidate, level: str) -> _Anchor | None:
        """A date framing the story near ``c``, or the speech time."""
        if c.region is not None:
            return self._dated_before(c, level) or self._speech_time(c)
        if level == "year":
            return self._framing_year(c) or self._speech_time(c)
        return self._dated_before(c, level, frames_only=True, paras=1) or self._speech_time(c)

    def _date_beside(self, c: Candidate) -> _Anchor | None:
        """The absolute day right after a clock time ("10:23 a.m. on 14 July 1958") or right before it
        ("14 May 1948 at 4 p.m.")."""
        i = self.cands.index(c)
        if i + 1 < len(self.cands):
            nxt = self.cands[i + 1]
            if nxt.start - c.end <= 5 and nxt.reading.rel is None \
                    and isodates.is_finer_or_equal(nxt.reading.value, "day"):
                return _Anchor(nxt.reading.value, nxt.id)  # type: ignore[arg-type]
            if _DAY_AFTER_CLOCK.fullmatch(self.text, c.end, nxt.start) and nxt.reading.type == "DATE" \
                    and nxt.reading.rel in ("weekday", "yearless", "deictic"):
                # "10 p.m. Wednesday", "5 p.m. EST, 9 November", "noon tomorrow": that day, whatever
                # it takes to find it
                if not nxt.resolved:
                    nxt.value, nxt.anchor = self._resolve(nxt, nxt.reading)
                    nxt.resolved = True
                if isodates.is_finer_or_equal(nxt.value, "day"):
                    return _Anchor(nxt.value[:10], nxt.id)  # type: ignore[index]
        if i > 0:  # "October 19, 3 p.m.", "14 May 1948—4 p.m."
            prev = self.cands[i - 1]
            if _CLOCK_AFTER_DAY.fullmatch(self.text, prev.end, c.start) and prev.resolved \
                    and isodates.is_finer_or_equal(prev.value, "day"):
                return _Anchor(prev.value, prev.id)  # type: ignore[arg-type]
        return None

    # -- values ------------------------------------------------------------------------------

    def _resolve(self, c: Candidate, r: Reading) -> tuple[str | None, str | None]:
        value, anchor = self._resolve_plain(c, r)
        if r.extra.get("quarter") and value:
            # a quarter is resolved as its middle month: "the third quarter" of a report of October
            # is the one just ended
            return f"{value[:4]}-Q{r.extra['quarter']}", anchor
        return value, anchor

    def _resolve_plain(self, c: Candidate, r: Reading) -> tuple[str | None, str | None]:
        if r.rel is None or r.impossible:
            return r.value, None
        if r.rel == "range":
            a, b = r.parts  # type: ignore[misc]
            va, anchor = self._resolve(c, a)
            vb, _ = self._resolve(c, b)
            return (f"{va}/{vb}" if va and vb else None), anchor
        if r.rel == "deictic":
            anchor = self._speech_time(c, _NEEDS.get(r.unit or "day", "day"))
            return self._apply(r, anchor), anchor.id if anchor else None
        if r.rel == "anaphoric" and r.extra.get("within") and (c.tense > 0 or self._ahead(c)):
            # "troops are expected to arrive within weeks": a span still to run from now, not a date
            r.type, r.mod = "DURATION", "APPROX"
            return "P" + _VAGUE_UNIT.get(r.unit or "day", "XD"), None
        if r.rel == "anaphoric":
            year = self._year_after(c) if r.n == 0 and r.unit in ("day", "week", "month") else None
            if year is not None:
                return self._in_year(c, r, year)
            level = _NEEDS.get(r.unit or "day", "day")
            if r.extra.get("on") and c.tense == 0:
                # "Twenty years on, I want to explain": the time of speaking, that long after the story
                anchor = self._speech_time(c, level)
                return (_truncate(anchor.value, r.unit or "day") if anchor else None), anchor.id if anchor else None
            if self.current and r.unit == "year" and r.sign < 0 and r.n and not r.fuzzy:
                # a report's "up from $3 million a year earlier", "year-earlier results": a year before the
                # period it reports on (a month or day of its sentence or the one before, "the quarter ended
                # 30 September", or a year of its own sentence, "last year, down from ... the year
                # before"), else before its date of writing; not before a "last year" or another
                # comparison of an earlier sentence, which would count two years back
                anchor = self._period_reported(c) or self._speech_time(c, level)
                return self._apply(r, anchor), anchor.id if anchor else None
            anchor = self._narrative(c, level)
            later = self._moved_on(c, anchor, level) if r.n and level != "year" and r.type == "DATE" \
                and r.unit not in ("hour", "minute", "second") else None
            if later is not None:
                # "Its report came out in October 1996. He resigned two weeks later": in 1996, not two
                # weeks after the last full date, which the story has left behind
                return isodates.shift_period(later.value, r.unit or "day", r.n, r.sign, fuzzy=r.fuzzy), later.id
            if r.extra.get("deictic_unless_past") and (c.tense > 0 or anchor is None
                                                        or (r.extra.get("current") and c.tense == 0)):
                # "we will pay before the end of the year": the current one (present tense is no sign:
                # the parser often misses the verb of "By the end of the year thousands had fled")
                anchor = self._speech_time(c)
            return self._apply(r, anchor), anchor.id if anchor else None
        if r.rel == "yearless":
            if c.extra.get("dateline") and self.published:
                # "OSTRAVA, March 3 (Agency) --": the day the report was written, the one nearest its date
                year = isodates.nearest_year(r.month, r.day, self.published, 0)  # type: ignore[arg-type]
                if year is not None and (not r.day or isodates.valid_day(year, r.month, r.day)):  # type: ignore[arg-type]
                    return isodates.ymd(year, r.month, r.day), self.published_id
            if c.region is None and c.extra.get("present") and c.extra.get("bare") and r.day \
                    and (c.extra.get("argument") or not self.current):
                # a present-tense day used as a name ("14 March is a day of mourning", "people
                # remember 11 September as ..."): every year's, whatever the story's year
                return isodates.ymd(None, r.month, r.day), None
            if self.current and not r.extra.get("told"):
                return self._in_report(c, r)
            anchor = (self._told_month(c, r) if r.extra.get("told") else None) or self._frame(c, "year")
            if anchor is None:
                return isodates.ymd(None, r.month, r.day), None
            year = self._year_at_speech(c, r, anchor) if anchor.id == self.published_id \
                else isodates.parse(anchor.value)[0]  # type: ignore[index]
            if year is None:
                return isodates.ymd(None, r.month, r.day), None
            year = _matching_weekday(year, r)
            if r.day and year is not None and not isodates.valid_day(year, r.month, r.day):  # type: ignore[arg-type]
                return None, anchor.id
            return isodates.ymd(year, r.month, _day_in(year, r)), anchor.id
        if r.rel == "weekday":
            deictic = r.extra.get("deictic")
            # a report of current events counts its weekdays from the day it was written (or spoken)
            # and so does a report's "said Thursday", whatever older story it tells
            anchor = self._speech_time(c) if deictic or self.current or c.extra.get("said") \
                else self._frame(c, "day")
            dct = self._speech_time(c)
            if not deictic and dct is not None and anchor is not None and anchor.id != dct.id \
                    and _days_apart(anchor.value, dct.value) <= 7:
                anchor = dct  # a story of this week: its weekdays count from the day of writing
            if anchor is None or not isodates.is_finer_or_equal(anchor.value, "day"):
                return f"XXXX-WXX-{r.weekday}{r.suffix}", None
            direction = r.sign if deictic else (1 if c.extra.get("scheduled") else c.tense or -1)
            if not deictic and c.region is None and dct is not None and anchor.value[:10] == dct.value[:10] \
                    and isodates.weekday_near(dct.value, r.weekday, 0) == dct.value[:10]:
                told = self._same_weekday_told(c, r.weekday)
                if told is not None:
                    # "Last Sunday's raid ... Sunday's attack" in a Sunday's cable: the Sunday already told of
                    return told.value[:10] + r.suffix, told.id
                direction = 0  # news style: the day of writing's own weekday is that day, not a week off
            value = isodates.weekday_near(anchor.value, r.weekday, direction)  # type: ignore[arg-type]
            return (value + r.suffix if value else None), anchor.id
        if r.rel == "clock":
            # else the day the story moved to (as for a weekday), not one said in passing
            anchor = self._date_beside(c) or self._day_of_sentence(c) or self._dated_before(
                c, "day", paras=1, frames_only=c.region is None, no_asides=True) or self._speech_time(c)
            if anchor is None or not isodates.is_finer_or_equal(anchor.value, "day"):
                return "XXXX-XX-XX" + r.suffix, None
            return anchor.value[:10] + r.suffix, anchor.id
        return r.value, None

    def _day_of_sentence(self, c: Candidate) -> _Anchor | None:
        """The last calendar day written earlier in ``c``'s own sentence and voice, not in an aside ("A 3
        May memorandum states that the envoy called at noon"): the day a clock time of that sentence
        is on, before any day an earlier sentence moved the story to."""
        best = None
        for o in self.cands:
            if o.start >= c.start:
                break
            if o.region == c.region and o.resolved and o.reading.type == "DATE" and not o.extra.get("header") \
                    and not o.extra.get("aside") and _CALENDAR.match(o.value or "") \
                    and isodates.is_finer_or_equal(o.value, "day") \
                    and not _SENTENCE_END.search(self.text, o.end, c.start):
                best = o
        return _Anchor(best.value, best.id) if best else None  # type: ignore[arg-type]

    def _same_weekday_told(self, c: Candidate, weekday: int) -> _Anchor | None:
        """An earlier mention of the same weekday in ``c``'s voice that is not the day of writing ("last
        Sunday"): a later bare "Sunday" names that day again, not the day of writing."""
        for o in reversed(self.cands[:self.cands.index(c)]):
            if o.region != c.region or not o.resolved or o.reading.rel != "weekday" \
                    or o.reading.weekday != weekday or not isodates.is_finer_or_equal(o.value, "day"):
                continue
            if self.published and o.value[:10] != self.published[:10]:  # type: ignore[index]
                return _Anchor(o.value, o.id)  # type: ignore[arg-type]
            return None
        return None

    def _ahead(self, c: Candidate) -> bool:
        """Whether the clause before ``c`` looks ahead: a modal or a verb of expecting ("could head for
        the gulf within days", "are expected to arrive within weeks")."""
        low = max(0, c.start - 200)
        ends = [m.end() for m in _SENTENCE_END.finditer(self.text, low, c.start)]
        return bool(_LOOKS_AHEAD.search(self.text, ends[-1] - 1 if ends else low, c.start))

    def _in_report(self, c: Candidate, r: Reading) -> tuple[str | None, str | None]:
        """A year-less date in a report of current events: the year of the chronology heading its entry,
        else the one nearest to the last full date of its paragraph ("killed on 23 October 2031; on 3
        November ..."), else the one nearest to the speech time on the side its own verb's tense allows
        (a date hanging from a noun, "payable 2 January", "the 3 May vote", has no tense of its own)."""
        anchor = self._heading(c) if c.extra.get("entry") else None
        if anchor is not None:
            year = isodates.parse(anchor.value)[0]  # type: ignore[index]
        else:
            anchor = self._full_date_in_paragraph(c)
            tense, strict = 0, False
            if anchor is None:
                anchor = self._speech_time(c)
                # the tense of the verb the date says when of is sure; the sentence's only a hint
                # a date that is the subject or object ("would regard the 13 May raid as an end") is a
                # thing spoken of: the tense of the verb tells nothing of when it was
                tense = 0 if c.extra.get("argument") else -1 if c.extra.get("perfect") else c.tense
                # an end point ("extended to 16 November", "until May") may lie on either side
                strict = bool(c.extra.get("own_tense")) and not c.extra.get("loose") \
                    and not c.extra.get("end_point") and not c.extra.get("argument")
                if c.extra.get("since"):
                    tense, strict = -1, True  # "on patrol since March": a start point already passed
                if r.sign:
                    tense, strict = r.sign, True  # "last Christmas", "next New Year's Day"
            if anchor is None:
                return isodates.ymd(None, r.month, r.day), None
            year = isodates.nearest_year(r.month, r.day, anchor.value, tense, strict=strict)  # type: ignore[arg-type]
            if year is None:
                year = isodates.nearest_year(r.month, r.day, anchor.value, 0)  # type: ignore[arg-type]
        year = _matching_weekday(year, r)
        if year is None or (r.day and not isodates.valid_day(year, r.month, r.day)):  # type: ignore[arg-type]
            return None, anchor.id
        return isodates.ymd(year, r.month, _day_in(year, r)), anchor.id

    def _period_reported(self, c: Candidate) -> _Anchor | None:
        """The last calendar date of ``c``'s sentence, or one at least a month precise of the sentence
        before, in its paragraph and voice."""
        best = None
        for o in self.cands:
            if o.start >= c.start:
                break
            if o.para == c.para and o.region == c.region and o.resolved and o.reading.type == "DATE" \
                    and not o.extra.get("header") and _CALENDAR.match(o.value or ""):
                ends = len(_SENTENCE_END.findall(self.text, o.end, c.start))
                if ends == 0 or (ends == 1 and isodates.is_finer_or_equal(o.value, "month")):
                    best = o
        return _Anchor(best.value, best.id) if best else None  # type: ignore[arg-type]

    def _full_date_in_paragraph(self, c: Candidate) -> _Anchor | None:
        """The last date before ``c`` in its sentence or the one before, in its paragraph and voice, that
        gives its year: one written out with at least its month (or a year-less one dated by such a date:
        "In 2031, on 3 May ... On 5 May"), or any dated expression of the same sentence ("Last year, on 4 June")."""
        best = None
        for o in self.cands:
            if o.start >= c.start:
                break
            if o.para != c.para or o.region != c.region or not o.resolved or o.reading.type != "DATE" \
                    or o.extra.get("header") or o.extra.get("aside") or o.extra.get("boundary") \
                    or not _CALENDAR.match(o.value or ""):
                continue  # a week ("earlier this week") or a season sets no month's year
            # a report's paragraph may run on for a page: only the date's own sentence and the one
            # before it set its year ("the Jan. 1, 2031 coup" a dozen sentences up is older news)
            ends = len(_SENTENCE_END.findall(self.text, o.end, c.start))
            if ends > 1:
                continue
            if (not ends and o.reading.rel in (None, "deictic") and isodates.is_finer_or_equal(o.value, "year")) \
                    or ((o.reading.rel is None or (o.reading.rel == "yearless" and o.anchor != self.published_id))
                        and isodates.is_finer_or_equal(o.value, "month")) \
                    or (o.reading.rel is None and o.extra.get("kind") == "year" and not o.extra.get("end_point")
                        and (o.opens or self._near(o.value)
                             or not _IN_PASSING.search(self.text, max(0, o.start - 12), o.start))):
                # "The record of 2031 is plain. On 15 September, ...": a year stated outright; an older
                # year said in passing ("approved in 2027", "dating to 2026") is no time the report is at
                best = o
        return _Anchor(best.value, best.id) if best else None  # type: ignore[arg-type]

    def _year_after(self, c: Candidate) -> int | None:
        """The year written right after ``c`` ("that day in 1966"), if any."""
        i = self.cands.index(c)
        if i + 1 < len(self.cands):
            nxt = self.cands[i + 1]
            if nxt.extra.get("kind") == "year" and _IN_GAP.fullmatch(self.text, c.end, nxt.start):
                return int(nxt.reading.value)  # type: ignore[arg-type]
        return None

    def _told_month(self, c: Candidate, r: Reading) -> _Anchor | None:
        """The last date of month ``r.month`` the story told of ("that week in March")."""
        for o in reversed(self.cands[:self.cands.index(c)]):
            parts = isodates.parse(o.value) if o.resolved and o.region == c.region else None
            if parts and parts[1] == r.month and not o.extra.get("header"):
                return _Anchor(o.value, o.id)  # type: ignore[arg-type]
        return None

    def _in_year(self, c: Candidate, r: Reading, year: int) -> tuple[str | None, str | None]:
        """"that day in 1966": the month and day last mentioned (even a recurring "14 March"), in the
        year the words give; the year alone when no such day was mentioned."""
        width = 7 if r.unit == "month" else 10
        for o in reversed(self.cands[:self.cands.index(c)]):
            if o.region == c.region and o.resolved and o.value and _MONTH_DAY.match(o.value) \
                    and len(o.value) >= width and not o.extra.get("header"):
                value = f"{year:04d}{o.value[4:width]}"
                if width == 10 and not isodates.valid_day(year, int(value[5:7]), int(value[8:10])):
                    break  # 29 February in a year without one
                if r.unit == "week":
                    value = isodates.week_of(value) or value
                return value, o.id
        return f"{year:04d}", None

    def _year_at_speech(self, c: Candidate, r: Reading, anchor: _Anchor) -> int | None:
        """The year of a year-less date counted from the day of writing, or ``None`` for "any year".

        A past narrative ("On June 30 he wrote") means the last such day before the writing; a
        present or future one ("is expected at the summit in April", "will meet on 2 May") the next
        such day (a day used as a name, "2 October is a holiday", is caught before); one with no verb
        at all (a title, a caption) that would fall after the day of writing is no particular year's."""
        tense = -1 if c.extra.get("perfect") else c.tense  # "prices have come down since mid-October"
        year = isodates.year_for(r.month, r.day, anchor.value, tense)  # type: ignore[arg-type]
        parts = isodates.parse(anchor.value)
        if year is None or parts is None:
            return None
        later = year == parts[0] and (r.month, r.day or 1) > (parts[1] or 12, parts[2] or 31)
        if tense < 0:
            return year - 1 if later else year
        if tense == 0 and later and not c.extra.get("present"):
            return None  # no verb at all (a title, a caption: "On 2 October – the fleet"): no particular year
        return year

    def _apply(self, r: Reading, anchor: _Anchor | None) -> str | None:
        if anchor is None:
            return None
        base = anchor.value
        unit = r.unit or "day"
        if unit == "named_month":
            parts = isodates.parse(base)
            if parts is None:
                return None
            y, m, _ = parts
            if r.sign < 0 and m is not None and r.month >= m:  # type: ignore[operator]
                y -= 1
            elif r.sign > 0 and m is not None and r.month <= m:  # type: ignore[operator]
                y += 1
            return isodates.ymd(y, r.month)
        if unit == "season":
            parts = isodates.parse(base)
            if parts is None:
                return None
            return f"{_season_year(parts[0], parts[1], r.extra['season'], r.sign):04d}-{r.extra['season']}"
        if unit == "weekday" and r.weekday:
            # "the following Monday", "the previous Friday": strictly after or before the anchor's day
            value = isodates.weekday_near(base, r.weekday, r.sign or 1)
            return value + r.suffix if value and r.suffix else value
        if unit == "weekend" and r.rel == "deictic":
            # "last weekend" is the one of the week before, "this weekend" the current week's, written
            # as its week (ISO 8601 has no weekend)
            day = isodates.shift(base, "day", 7 * r.n, r.sign) if r.n else base
            return isodates.week_of(day) if day else None
        value = isodates.shift(base, unit, r.n, r.sign, fuzzy=r.fuzzy) if r.n else _truncate(base, unit)
        if value is None:
            return None
        if r.extra.get("calendar") and r.n and isodates.parse(value) is not None:
            value = _truncate(value, unit) or value  # "last decade": the decade before, not ten years back
        if r.extra.get("this"):  # "twenty years ago this summer": that year's summer
            return _this_of(value, base, r.extra["this"])
        if r.extra.get("month"):  # "July last year"
            return f"{value[:4]}-{r.extra['month']:02d}"
        if unit == "week" and r.rel == "deictic" and not r.fuzzy and isodates.precision(value) == "day":
            # "last week", "six weeks ago" are calendar weeks, "a week later" a day
            value = isodates.week_of(value) or value
        if unit in ("hour", "minute", "second"):
            return value
        return value + r.suffix if r.suffix and isodates.precision(value) == "day" else value


_LOOKS_AHEAD = re.compile(r"\b(?:will|would|could|may|might|should|shall|expect(?:s|ed)?|plans?|likely|"
                          r"hopes?|intends?)\b", re.IGNORECASE)
_VAGUE_UNIT = {"hour": "TXH", "day": "XD", "week": "XW", "month": "XM", "year": "XY"}


def _this_of(shifted: str, base: str, this: str) -> str | None:
    """The month, week or season ``this`` of the day ``base`` moved to the year of ``shifted``."""
    parts, year = isodates.parse(base), isodates.parse(shifted)
    if parts is None or year is None or parts[1] is None:
        return shifted
    if this in ("SP", "SU", "FA", "WI"):
        return f"{year[0]:04d}-{this}"
    if this == "month":
        return f"{year[0]:04d}-{parts[1]:02d}"
    if parts[2] is None or not isodates.valid_day(year[0], parts[1], parts[2]):
        return f"{year[0]:04d}"
    return isodates.week_of(isodates.ymd(year[0], parts[1], parts[2])) or f"{year[0]:04d}"


def _day_in(year: int, r: Reading) -> int | None:
    """The day of ``r`` in ``year``: its own, or a feast's that moves ("Thanksgiving": the fourth
    Thursday of November)."""
    if r.extra.get("holiday") == "thanksgiving":
        from datetime import date

        first = date(year, 11, 1).isoweekday()
        return 1 + (4 - first) % 7 + 21
    return r.day


def _matching_weekday(year: int | None, r: Reading) -> int | None:
    """For "Monday, 26 October" without a year, the year nearest ``year`` whose 26 October is a Monday
    (within three years either way); ``year`` itself when the words name no weekday or none fits."""
    if year is None or not r.weekday or not r.day or not r.month:
        return year
    from datetime import date

    for y in sorted(range(year - 3, year + 4), key=lambda y: (abs(y - year), y)):
        if isodates.valid_day(y, r.month, r.day) and date(y, r.month, r.day).isoweekday() == r.weekday:
            return y
    return year


def reports_current_events(cands: list[Candidate], published: str | None) -> bool:
    """Whether the text reports the events around its own date (news, a cable, a memorandum) rather than
    telling of a past: it has a date of writing, and the dates it writes out with their year from a
    year before it on, with its weekdays and its "yesterday"s, "last week"s and "a year ago"s, outnumber
    the years further off (or there are none). Such a report's weekdays and year-less dates are the ones
    nearest its date, whatever older years it mentions in passing ("up from 2031", "joined the firm in 2029")."""
    parts = isodates.parse(published)
    if parts is None:
        return False
    near = far = 0
    for c in cands:
        r = c.reading
        if c.extra.get("header"):
            near += 1  # a dateline: the text is dated as a report is
            continue
        if r.rel == "weekday" or (r.rel == "deictic" and r.unit in _NEAR_UNITS and c.region is None
                                  and not r.fuzzy and r.n <= 1):
            # "on Friday", "yesterday", "last week", "a year ago": the vocabulary of a report, unlike "weeks ago";
            # a weekday in the author's voice ("said Saturday") weighs double: a story of the past does not
            # tell its days that way
            near += 2 if c.region is None and r.rel == "weekday" else 1
            continue
        written = isodates.parse(r.value) if r.rel is None and r.type == "DATE" else None
        if written is not None:
            if written[0] >= parts[0] - 1:
                near += 1  # a year ahead is a plan of the present ("a fleet of forty by 2040")
            else:
                far += 1
    return near > far or far == 0


_NEAR_UNITS = frozenset({"day", "week", "weekend", "month", "named_month", "year"})


def sets_scene(c: Candidate) -> bool:
    """Whether ``c`` is an author's count of years back that opens its sentence ("Twenty-five years ago,
    I stood on the quay", "Last year, ..."): it moves the story to that year as "In 1983, ..." would,
    where "A few weeks ago the paper wrote" only speaks of the writer's present."""
    r = c.reading
    return c.region is None and r.rel == "deictic" and c.opens and r.sign < 0 \
        and r.unit in ("year", "decade", "century")


def _truncate(value: str, unit: str) -> str | None:
    """``value`` at the precision of ``unit`` ("that year" of 1958-06-08 is 1958)."""
    level = _NEEDS.get(unit, "day")
    if not isodates.is_finer_or_equal(value, level):
        return None
    if unit == "week":
        return isodates.week_of(value)
    if unit == "decade":
        return value[:3] + "X"
    if unit == "century":
        return value[:2]
    if unit == "quarter":
        return f"{value[:4]}-Q{(int(value[5:7]) - 1) // 3 + 1}"
    return value[:{"day": 10, "month": 7, "year": 4}[level]]


# the months a season spans (winter, across the new year, is left to the year count)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def _season_year(year: int, month: int | None, season: str, sign: int) -> int:
    """The year of the next (+1), previous (-1) or same (0) ``season`` seen from ``year`` and ``month``:
    "the following summer" seen from March is that year's, "last summer" said in September too."""
    first, last = _SEASON_MONTHS.get(season, (None, None))
    if month is not None and first is not None and ((sign > 0 and month < first) or (sign < 0 and month > last)):
        return year
    return year + sign


def _days_apart(a: str, b: str) -> int:
    pa, pb = isodates.parse(a), isodates.parse(b)
    if not pa or not pb or pa[2] is None or pb[2] is None:
        return 10**6
    from datetime import date

    return abs((date(*pa) - date(*pb)).days)  # type: ignore[arg-type]
