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
list runs from its label to the first line of prose or speaker turn.
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Z .()/-]{1,30}?)[ \t]*:[ \t]*(?P<value>.*)$", re.M)
_PARTICIPANT_LABELS = frozenset({"PARTICIPANTS", "PARTICIPANT", "PRESENT", "ATTENDEES", "ATTENDING",
                                 "PERSONS PRESENT", "PARTIES"})
_PLACE_LABELS = frozenset({"PLACE", "LOCATION", "VENUE"})
_DATE_LABELS = frozenset({"DATE", "DATE AND TIME", "DATE/TIME", "TIME AND DATE"})
_HEADER_LINES = 60  # the header lies at the top: fields further down are speaker turns


def header_fields(text: str) -> dict[str, tuple[int, int]]:
    """Upper-case label -> character range of its value (for the participants' list, the whole list)."""
    out: dict[str, tuple[int, int]] = {}
    head = "\n".join(text.splitlines()[:_HEADER_LINES])
    for m in _FIELD.finditer(head):
        label = re.sub(r"\s+", " ", m["label"].strip())
        if label in out:
            continue
        if label in _PARTICIPANT_LABELS:
            out[label] = (m.start("value"), _list_end(text, m.end()))
        elif label in _PLACE_LABELS | _DATE_LABELS and m["value"].strip():
            out[label] = (m.start("value"), m.end("value"))
    return out


def _list_end(text: str, start: int) -> int:
    """Where a list of participants stops: at the first line of prose (a sentence ending in a full stop
    with a lower-case word in it) or of a speaker turn ("NAME: ...")."""
    offset = start
    for line in text[start:].splitlines(keepends=True):
        stripped = line.strip()
        if stripped and (_FIELD.match(stripped) or _prose(stripped)):
            break
        offset += len(line)
    return offset


def _prose(line: str) -> bool:
    words = line.split()
    return line.endswith((".", "!", "?")) and len(words) > 6 and sum(w[:1].islower() for w in words) > 2


#: minutes say where and when in a sentence of their own: "Held at the Palace, on Wednesday 8 June 1983"
_HELD = re.compile(r"^[ \t]*(?:Held|Meeting held|Convened)\b[^\n]*$", re.M | re.I)


def _held_line(text: str) -> tuple[int, int] | None:
    head = "\n".join(text.splitlines()[:_HEADER_LINES])
    m = _HELD.search(head)
    return (m.start(), m.end()) if m else None


def memo_fields(text: str) -> tuple[tuple[int, int], tuple[int, int] | None, tuple[int, int] | None] | None:
    """``(participants range, place range or None, date range or None)`` when ``text`` is a memorandum with
    a participants' list, else None."""
    fields = header_fields(text)
    people = next((fields[k] for k in fields if k in _PARTICIPANT_LABELS), None)
    if people is None:
        return None
    held = _held_line(text)
    place = next((fields[k] for k in fields if k in _PLACE_LABELS), held)
    when = next((fields[k] for k in fields if k in _DATE_LABELS), held)
    return people, place, when
