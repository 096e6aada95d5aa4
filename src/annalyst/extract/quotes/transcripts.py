"""Transcripts: speaker-labelled turns ("K: …", "Q: …", "MR. KING: …") and who the labels are.

A memorandum of conversation or a press briefing gives each turn a label and,
usually once, says who a label stands for: a participants list ("Secretary
Holloway (H)", "H — the Secretary") or the label is itself the name
("MR. KING"). A turn is a quotation of its labelled speaker. A text counts as
a transcript only when at least two turns with two different labels exist,
and labels are upper case, so ordinary "Note: …" lines are not read as turns;
a label whose line holds only a name ("SECRETARY: Maj. Anton Quist", "CHAIR: Dr.
Ruth Lee, Treasurer") before the first turn is a header field saying who held a post.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ...language.diplomatic import FIELD_LABELS, LINE_LABEL, participants_lists
from ...language.titles import FEMALE_GENDERED, HONORIFICS, MALE_GENDERED

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




# A label in title case ("Marr: …"): a turn only when it names someone the text knows.
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
    while heads and _names_a_holder(text, heads[0]):  # the header's "SECRETARY: Maj. Anton Quist"
        heads.pop(0)
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


# A line that is only a person's name, maybe with a title and a role after a comma: "Maj. Anton Quist",
# "Dr. Ruth Lee, Treasurer" (no sentence: the line does not end with . ! ?).
_NAME_LINE = re.compile(r"[A-Z][\w'’-]*\.?(?:[ \t]+(?:[A-Z][\w'’-]*\.?|de|van|von|der|da|di|la|le)){1,4}"
                        r"(?:[ \t]*,[ \t]*[^\n.!?]*[^\n.!?\s])?[ \t]*")


def _names_a_holder(text: str, m: re.Match) -> bool:
    """ "SECRETARY: Maj. Anton Quist": a header field naming who holds a post, not a turn of speech."""
    line_end = text.find("\n", m.start(2))
    line_end = len(text) if line_end < 0 else line_end
    if _NAME_LINE.fullmatch(text, m.start(2), line_end) is None:
        return False
    next_line = text[line_end + 1:].split("\n", 1)[0]
    return not next_line.strip() or LINE_LABEL.match(next_line.strip(" \t|")) is not None  # not a wrapped turn


def legend_spans(text: str, label: str) -> list[tuple[int, int]]:
    """Spans of text that say who ``label`` stands for: "Name (LABEL)" or "LABEL — Name" / "LABEL = Name"."""
    out = []
    escaped = re.escape(label)
    for m in re.finditer(r"([^\n()]{2,80}?)[ \t]*\([ \t]*" + escaped + r"[ \t]*\)", text):
        out.append(m.span(1))
    for m in re.finditer(r"(?m)^[ \t]*" + escaped + r"[ \t]*(?:—|–|-{1,2}|=)[ \t]*([^\n]{2,80})$", text):
        out.append(m.span(1))
    return out


# ---------------------------------------------------------------- participants lists

# Between the name and the role: a comma or a dash ("Mr. Alexander—VD", "Sir X, High Commissioner").
_NAME_END = re.compile(r"\s*(?:,|[—–]|\s-{1,2}\s)\s*")
_ARTICLES = frozenset({"the", "a", "an"})
# "(V)" after a name: the label its turns carry, the end of an entry.
_LEGEND_END = re.compile(r"\([A-Z][A-Z.]{0,5}\)$")
# An honorific and a capitalised name: "Ambassador Elena Ruiz", "Mr. Dorn" (not "President of X").
_TITLED_NAME = re.compile(r"(?i:" + "|".join(sorted(HONORIFICS | {"messrs", "mme", "m"}, key=len, reverse=True))
                          + r")\.?\s+[A-Z][\w’'.-]")
# A personal title and a name ("Mr. Tolve", "Sir Roy Mott"): always a new person, never a role.
_PERSONAL_NAME = re.compile(r"(?i:" + "|".join(sorted(MALE_GENDERED | FEMALE_GENDERED | {"dr", "messrs", "mme", "m"},
                                                       key=len, reverse=True))
                            + r")\.?\s+[A-Z][\w’'.-]")


@dataclass(frozen=True, slots=True)
class Participant:
    """One entry of a participants list: the name part and what it says the person is."""

    start: int  # the name part ("General Samuel Adeyemi")
    end: int
    role_start: int  # the role ("President of the National Revolutionary Council"), maybe empty; it comes
    role_end: int  # first in "The British Ambassador—Sir Oliver Franks"


def find_participants(text: str) -> list[Participant]:
    """The entries of the text's participants list(s), one per line (group headings included).

    A memorandum of conversation names who took part once, under a heading, one
    person a line, often grouped by side and in a table; the list ends at the
    first line of prose or the next header field.
    """
    out: list[Participant] = []
    for start, end in participants_lists(text):
        pos = start
        while pos < end and len(out) < 60:
            nl = text.find("\n", pos)
            line_end = min(nl if nl >= 0 else len(text), end)
            line = text[pos:line_end]
            stripped = line.strip(" \t|")
            if stripped:
                labelled = LINE_LABEL.match(stripped)
                lead = len(line) - len(line.lstrip(" \t|")) + (labelled.end() if labelled else 0)
                out.extend(_entries(text, pos + lead, pos + len(line.rstrip(" \t|"))))
            pos = line_end + 1
    return out


def _entries(text: str, start: int, end: int) -> list[Participant]:
    """The entries of one line. "; " separates several; so does a comma after a legend
    ("Paul Varga (V), Elena Ruiz (R)") or before a titled name once the entry has its role
    ("Mr. A, Counsellor, Embassy, Mr. B, Adviser"), while "Sir X, High Commissioner" and
    "Mr. X, Secretary General" stay one entry: a name and its role."""
    out = []
    for lo, hi in _chunks(text, start, end):
        sep = _NAME_END.search(text, lo, hi)
        if sep is None:
            out.append(Participant(lo, hi, hi, hi))
        elif _role_first(text[lo:sep.start()], text[sep.end():hi]):
            out.append(Participant(sep.end(), hi, lo, sep.start()))  # "The British Ambassador—Sir Oliver Franks"
        else:
            out.append(Participant(lo, sep.start(), sep.end(), hi))
    return out


def _role_first(first: str, rest: str) -> bool:
    """ "The British Ambassador, Sir Oliver Franks", "Canada—Mr. L. B. Pearson": the name comes second."""
    words = first.split(maxsplit=1)
    if not words or _TITLED_NAME.match(first):
        return False
    return bool(_PERSONAL_NAME.match(rest)) or (words[0].lower() in _ARTICLES and bool(_TITLED_NAME.match(rest)))


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start]
    for m in re.finditer(r"[;,|]", text[start:end]):  # "|" between the cells of a table row
        at = start + m.start()
        after = text[at + 1:end].lstrip()
        before = text[cuts[-1]:at].rstrip()
        has_role = "," in before  # the first comma separates a name from its role ("X, Secretary General")
        named = _TITLED_NAME.search(before) is not None  # "The British Ambassador, Sir Oliver" is one entry
        if m.group() in ";|" or _LEGEND_END.search(before) or (named and _PERSONAL_NAME.match(after)) \
                or (has_role and _TITLED_NAME.match(after)):
            cuts.append(at + 1)
    cuts.append(end + 1)
    out = []
    for first, after in itertools.pairwise(cuts):
        lo, hi = first, after - 1  # without the separator
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1] in " \t,;":
            hi -= 1
        if lo < hi:
            out.append((lo, hi))
    return out


def match_label(label: str, participants: list[Participant], text: str) -> Participant | None:
    """The one participant a turn label stands for, or None when none or several fit.

    A label is either a role ("THE PRESIDENT", "THE HIGH COMMISSIONER", "AMBASSADOR"),
    matched against the titles and descriptions of the entries, or an honorific with
    a name ("SIR GEOFFREY", "COLONEL OBI"), matched against their first or last names.
    """
    words = _words(label)
    if not words:
        return None
    if words[0] in _ARTICLES or all(w in HONORIFICS for w in words):
        return _by_role([w for w in words if w not in _ARTICLES], participants, text)
    title = {w for w in words if w in HONORIFICS}
    name = {w for w in words if w not in HONORIFICS}
    found = []
    for p in participants:  # "FOREIGN MINISTER GROMYKO" for "Andrei Gromyko, Foreign Minister"
        names = set(_name_words(text, p))
        everything = names | set(_words(text[p.role_start:p.role_end]))
        if name & names and name <= everything:
            found.append(p)
    if len(found) > 1 and title:  # two Geoffreys: the one with the label's title
        found = [p for p in found if set(title) & set(_words(text[p.start:p.end]))]
    return found[0] if len(found) == 1 else None


def _by_role(role: list[str], participants: list[Participant], text: str) -> Participant | None:
    """The entry whose title or description *is* the role: "President of X" or "President Dunn"
    beats "Vice President"; a lone tie gives nobody."""
    if not role:
        return None
    ranked: dict[int, list[Participant]] = {}
    for p in participants:
        rank = 0
        name, described = _words(text[p.start:p.end]), _words(text[p.role_start:p.role_end])
        if described[:len(role)] == role or _strip_articles(name)[:len(role)] == role:
            rank = 2
        elif _contains(described, role) or _contains(name, role):
            rank = 1
        if rank:
            ranked.setdefault(rank, []).append(p)
    best = ranked.get(2) or ranked.get(1) or []
    return best[0] if len(best) == 1 else None


def _words(text: str) -> list[str]:
    return [w.lower().strip(".'’") for w in re.findall(r"[\w.'’-]+", text) if w.strip(".'’")]


def _strip_articles(words: list[str]) -> list[str]:
    return words[1:] if words[:1] and words[0] in _ARTICLES else words


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


def _name_words(text: str, p: Participant) -> list[str]:
    return [w for w in _words(text[p.start:p.end]) if w not in HONORIFICS and w not in _ARTICLES]
