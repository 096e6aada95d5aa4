"""Transcripts: speaker-labelled turns ("K: …", "Q: …", "MR. KING: …") and who the labels are.

A memorandum of conversation or a press briefing gives each turn a label and,
usually once, says who a label stands for: a participants list ("Secretary
Kissinger (K)", "K — the Secretary") or the label is itself the name
("MR. KING"). A turn is a quotation of its labelled speaker. A text counts as
a transcript only when at least two turns with two different labels exist,
and labels are upper case, so ordinary "Note: …" lines are not read as turns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# A label: one to four upper-case words (initials, titles with dots), then a colon.
_TURN = re.compile(r"(?m)^[ \t]*((?:[A-Z][A-Z.'’-]*)(?:[ \t]+[A-Z][A-Z.'’-]*){0,3})[ \t]*:[ \t]+(\S)")
# Labels that name a role with no person behind it.
QUESTIONER_LABELS = frozenset({"Q", "QUESTION", "A", "ANSWER", "INTERVIEWER", "REPORTER", "AUDIENCE", "VOICE"})


@dataclass(frozen=True, slots=True)
class Turn:
    label: str
    label_start: int
    start: int  # the turn's words
    end: int


# Upper-case labels that head memo fields or notes, not turns of speech.
FIELD_LABELS = frozenset({
    "NOTE", "NOTES", "UPDATE", "SOURCE", "SOURCES", "PHOTO", "PHOTOS", "CORRECTION", "WARNING", "TAGS", "SUBJECT",
    "FROM", "TO", "DATE", "RE", "CC", "BCC", "TITLE", "TIME", "PLACE", "PARTICIPANTS", "CLASSIFICATION", "SUMMARY",
    "EDITOR'S NOTE", "EDITOR’S NOTE", "ADDENDUM", "PS", "P.S.", "URL", "LOCATION", "TOPIC", "REF", "REFERENCE",
    "ATTACHMENT", "ENCLOSURE", "DISTRIBUTION", "MEMORANDUM", "SECRET", "CONFIDENTIAL", "EXCLUSIVE", "WATCH", "READ",
})


# A label in title case ("Mack: …"): a turn only when it names someone the text knows.
_TITLE_TURN = re.compile(r"(?m)^[ \t]*([A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){0,2})[ \t]*:[ \t]+(\S)")


def find_turns(text: str, is_name: Callable[[str], bool] | None = None) -> list[Turn]:
    """Every labelled turn, running to the next turn or the next blank line.

    A text is a transcript when it has at least three turns and some label speaks more than once.
    Upper-case labels always count; title-case ones when ``is_name`` recognises them as a name.
    """
    heads = [m for m in _TURN.finditer(text) if m.group(1).strip() not in FIELD_LABELS]
    if is_name is not None:
        heads += [m for m in _TITLE_TURN.finditer(text)
                  if m.group(1).upper() not in FIELD_LABELS and is_name(m.group(1))]
        heads.sort(key=lambda m: m.start())
    labels = [m.group(1) for m in heads]
    if len(heads) < 3 or len(set(labels)) < 2 or len(set(labels)) == len(labels):
        return []
    turns = []
    for n, m in enumerate(heads):
        start = m.start(2)
        limit = heads[n + 1].start() if n + 1 < len(heads) else len(text)
        blank = re.search(r"\n[ \t]*\n", text[start:limit])
        end = start + blank.start() if blank else limit
        while end > start and text[end - 1].isspace():
            end -= 1
        turns.append(Turn(m.group(1), m.start(1), start, end))
    return turns


def legend_spans(text: str, label: str) -> list[tuple[int, int]]:
    """Spans of text that say who ``label`` stands for: "Name (LABEL)" or "LABEL — Name" / "LABEL = Name"."""
    out = []
    escaped = re.escape(label)
    for m in re.finditer(r"([^\n()]{2,80}?)[ \t]*\([ \t]*" + escaped + r"[ \t]*\)", text):
        out.append(m.span(1))
    for m in re.finditer(r"(?m)^[ \t]*" + escaped + r"[ \t]*(?:—|–|-{1,2}|=)[ \t]*([^\n]{2,80})$", text):
        out.append(m.span(1))
    return out
