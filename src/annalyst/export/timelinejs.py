"""The dossier's events as a TimelineJS 3 timeline (its documented JSON format).

One slide per dated event: ``start_date`` (and ``end_date``) as TimelineJS
date objects, ``display_date`` where the sources give less than a day (a
decade, a month), ``unique_id`` the event id, ``group`` the event type, and a
``text`` object whose HTML names the participants, quotes each source's
sentence with the words that report the event marked, and adds the quotations
and claims found beside them, each with its document id and character offsets.
An event whose year no source gives cannot be placed and is counted on the
title slide.

TimelineJS renders ``headline`` and ``text`` as HTML, so every piece of
document text is HTML-escaped; ``autolink`` is off so that no address in a
source becomes a link.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import IO, Any

from ..model import Claim, Document, Dossier, Event, Quote, Span
from .dates import Day, parse_day

_CONTEXT = 200  # characters of a source's sentence shown on each side of the words that report the event
_LONGEST_QUOTE = 600
_LISTED_SOURCES = 50  # on the title slide
_PLAIN = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")  # a date TimelineJS shows well by itself


def _date(day: Day, value: str | None = None) -> dict[str, Any]:
    """A TimelineJS date object; ``value`` (the dossier's date) is shown as is when TimelineJS cannot say it."""
    out: dict[str, Any] = {"year": day.year}
    if day.month:
        out["month"] = day.month
    if day.day:
        out["day"] = day.day
    if value and not _PLAIN.match(value):
        out["display_date"] = value
    return out


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (line) around ``text[start:end]``."""
    hi = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if hi < 0 else hi


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence around ``text[start:end]``: from the last stop before to the first after, within the line."""
    lo, hi = _line(text, start, end)
    lo = max(lo, start - _CONTEXT)
    hi = min(hi, end + _CONTEXT)
    stops = [text.rfind(p, lo, start) for p in (". ", "? ", "! ")]
    lo = max([s + 2 for s in stops if s >= 0] or [lo])
    after = [i for i in (text.find(p, end, hi) for p in (". ", "? ", "! ")) if i >= 0]
    hi = min(after) + 1 if after else hi
    return lo, hi


def _where(s: Span | Any) -> str:
    return f'<small>({escape(s.doc)}, characters {s.start}–{s.end})</small>'


def _excerpt(doc: Document, span: Span) -> str:
    lo, hi = _sentence(doc.text, span.start, span.end)
    before, words, after = doc.text[lo:span.start], doc.text[span.start:span.end], doc.text[span.end:hi]
    cut_before = lo > 0 and doc.text[lo - 1] not in " \n"  # cut inside a sentence, not at its start
    cut_after = hi < len(doc.text) and doc.text[hi - 1] not in ".?!" and doc.text[hi] != "\n"
    return (("…" if cut_before else "") + escape(before) + f"<mark>{escape(words)}</mark>" + escape(after)
            + ("…" if cut_after else ""))


def _who(names: dict[str, str], entity: str | None, words: str | None) -> str:
    if entity:
        return names.get(entity, entity)
    return words or "unattributed"


def _shorten(text: str) -> str:
    return text if len(text) <= _LONGEST_QUOTE else text[:_LONGEST_QUOTE].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class _Index:
    """Look-ups shared by every slide: documents, entity names, quotes by document, claims by what they are about."""

    docs: dict[str, Document]
    names: dict[str, str]
    quotes: dict[str, list[Quote]]
    claims: dict[str, list[Claim]]

    @classmethod
    def of(cls, d: Dossier) -> _Index:
        quotes: dict[str, list[Quote]] = defaultdict(list)
        for q in d.quotes:
            quotes[q.doc].append(q)
        claims: dict[str, list[Claim]] = defaultdict(list)
        for c in d.claims:
            for ref in c.about:
                claims[ref].append(c)
        return cls({doc.id: doc for doc in d.documents}, {e.id: e.name for e in d.entities}, quotes, claims)


def _slide(v: Event, ix: _Index, start: tuple[Day, Day], end: tuple[Day, Day] | None) -> dict[str, Any]:
    docs, names = ix.docs, ix.names
    parts = [f"<p><b>{escape(v.type)}</b> · {escape(v.date or '')}"
             + (f" to {escape(v.date_end)}" if v.date_end else "")
             + (f" · {escape(names.get(v.place, v.place))}" if v.place else "") + "</p>"]
    if v.participants:
        who = ", ".join(f"{escape(names.get(p.entity, p.entity))} ({escape(p.role)})" for p in v.participants)
        parts.append(f"<p>Who: {who}</p>")
    sources = []
    lines: dict[str, list[tuple[int, int]]] = {}
    for m in v.mentions:
        doc = docs.get(m.doc)
        if doc is None:
            continue
        lines.setdefault(m.doc, []).append(_line(doc.text, m.start, m.end))
        sources.append(f"<li><cite>{escape(doc.title or doc.source)}</cite>: “{_excerpt(doc, m)}” {_where(m)}</li>")
    if sources:
        parts.append("<p>Sources:</p><ul>" + "".join(sources) + "</ul>")
    quotes = [q for doc, found in lines.items() for q in ix.quotes.get(doc, ())
              if any(lo <= q.start < hi or lo < q.end <= hi for lo, hi in found)]
    if quotes:
        parts.append("<p>Quoted beside it:</p><ul>" + "".join(
            f"<li>{escape(_who(names, q.speaker, q.speaker_text))}: "
            f"“{escape(_shorten(q.text))}” {_where(q)}</li>" for q in quotes) + "</ul>")
    claims = list({id(c): c for ref in (v.id, *v.merged_from) for c in ix.claims.get(ref, ())}.values())
    if claims:
        parts.append("<p>Claims about it:</p><ul>" + "".join(
            f"<li>{escape(_who(names, c.holder, None))} {escape(c.stance)}: "
            f"“{escape(_shorten(c.text))}” {_where(c)}</li>" for c in claims) + "</ul>")
    slide: dict[str, Any] = {
        "start_date": _date(start[0], v.date),
        "text": {"headline": escape(v.label), "text": "".join(parts)},
        "group": escape(v.type),
        "unique_id": v.id,
        "autolink": False,
    }
    if end is not None:
        slide["end_date"] = _date(end[1], v.date_end)
    elif start[0] != start[1]:  # a decade or a century
        slide["end_date"] = _date(start[1], v.date)
    return slide


def timeline(d: Dossier) -> dict[str, Any]:
    """The TimelineJS JSON object: a title slide and one slide per event with a known year."""
    ix = _Index.of(d)
    slides, undated = [], 0
    for v in d.events:
        start = parse_day(v.date)
        if start is None:
            undated += 1
            continue
        end = parse_day(v.date_end) if v.date_end else None
        slides.append(_slide(v, ix, start, end))
    sources = "".join(f"<li><cite>{escape(doc.title or doc.source)}</cite>"
                      + (f", {escape(doc.author)}" if doc.author else "")
                      + (f", {escape(doc.published)}" if doc.published else "")
                      + f" <small>({escape(doc.id)})</small></li>" for doc in d.documents[:_LISTED_SOURCES])
    if len(d.documents) > _LISTED_SOURCES:
        sources += f"<li>and {len(d.documents) - _LISTED_SOURCES} more</li>"
    note = (f"<p>{undated} event{'s' if undated != 1 else ''} without a known year "
            "are not on the timeline.</p>") if undated else ""
    return {
        "title": {"text": {"headline": f"{len(slides)} events from {len(d.documents)} sources",
                           "text": f"<p>Sources:</p><ul>{sources}</ul>{note}"},
                  "unique_id": "title", "autolink": False},
        "events": slides,
        "scale": "human",
    }


def write_timelinejs(d: Dossier, out: str | Path | IO[str]) -> dict[str, int]:
    data = timeline(d)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if isinstance(out, (str, Path)):
        Path(out).write_text(text + "\n", encoding="utf-8")
    else:
        out.write(text + "\n")
    return {"slides": len(data["events"]), "undated events": len(d.events) - len(data["events"])}
