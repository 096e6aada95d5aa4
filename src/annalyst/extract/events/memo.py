"""The meeting a memorandum of conversation records, read from its header rather than from its sentences.

A memorandum (a "memcon", the FRUS documents' commonest kind) states its event
in fields, not in prose::

    MEMORANDUM OF CONVERSATION
    DATE: 2 April 1966, 10:30 a.m.
    PLACE: State House, Port Selwyn
    PARTICIPANTS:
    General A, President of the Council
    Sir B, High Commissioner

Minutes give place and date in a line of their own ("Held at the Palace, on
Wednesday 8 June 1983 at 16.00 hours"), read the same way.

The document *is* the record of one meeting: its participants are the people
the list names, its place and date are those the fields give. None of that is
in a sentence a parser could read, so this module reads the layout: a field is
an upper-case label with a colon at the start of a line; the participants'
list is the one the entities and the quotations read too
(:func:`~annalyst.language.diplomatic.participants_lists`), from its heading to
the first line of prose, header field or speaker turn.
"""

from __future__ import annotations

import re

from ...language.diplomatic import participants_lists

_FIELD = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Z .()/-]{1,30}?)[ \t]*:[ \t]*(?P<value>.*)$", re.M)
_PLACE_LABELS = frozenset({"PLACE", "LOCATION", "VENUE"})
_DATE_LABELS = frozenset({"DATE", "DATE AND TIME", "DATE/TIME", "TIME AND DATE"})
_HEADER_LINES = 60  # the header lies at the top: fields further down are speaker turns


def header_fields(text: str) -> dict[str, tuple[int, int]]:
    """Upper-case label -> character range of its value, for the place and date fields of the header."""
    out: dict[str, tuple[int, int]] = {}
    for m in _FIELD.finditer(_header(text)):
        label = re.sub(r"\s+", " ", m["label"].strip())
        if label not in out and label in _PLACE_LABELS | _DATE_LABELS and m["value"].strip():
            out[label] = (m.start("value"), m.end("value"))
    return out


def _header(text: str) -> str:
    return "\n".join(text.splitlines()[:_HEADER_LINES])


#: minutes say where and when in a sentence of their own: "Held at the Palace, on Wednesday 8 June 1983"
_HELD = re.compile(r"^[ \t]*(?:Held|Meeting held|Convened)\b[^\n]*$", re.M | re.I)


def _held_line(text: str) -> tuple[int, int] | None:
    m = _HELD.search(_header(text))
    return (m.start(), m.end()) if m else None


def memo_fields(text: str) -> tuple[tuple[int, int], tuple[int, int] | None, tuple[int, int] | None] | None:
    """``(participants range, place range or None, date range or None)`` when ``text`` is a memorandum with
    a participants' list in its header, else None."""
    header = len(_header(text))
    people = next((span for span in participants_lists(text) if span[0] <= header), None)
    if people is None:
        return None
    fields = header_fields(text)
    held = _held_line(text)
    place = next((fields[k] for k in fields if k in _PLACE_LABELS), held)
    when = next((fields[k] for k in fields if k in _DATE_LABELS), held)
    return people, place, when
