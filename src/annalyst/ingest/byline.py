"""Title, author and publication date from the header of a plain-text article.

Articles saved as text start the way the web page did: a headline, then a
byline in one of a handful of shapes::

    By Jane Doe (@janedoe) on 14 January 2021
    Jane Doe, Some Organisation, 04.07.2022      (dotted numeric dates are day-first)
    By Jane Doe | March 3, 2020
    Published: 2020-03-03
    Jane Doe / 3 March 2020
    Posted on March 3, 2020 by Jane Doe
    Words: Jane Doe · Pictures: John Roe          (the writer's credit, not the photographer's)
    Reuters | March 3, 2020                       (a source set off by a bar, or a publication's name,
    The Evening Review, 3 March 2020               beside the date: the date of publication)
    Held at the Town Hall on 3 March 2020         (minutes: the date of the meeting)

A wire story credits its reporters at the end instead, "(Reporting by Jane
Doe; editing by John Roe)": the first reporter is the author. A security
marking opening an official paper ("SECRET") is no title; its "SUBJECT:"
line is.

The dates are found by :mod:`annalyst.language.dates` (the exact substring,
to cut it out and read the name around it). A line counts as a byline only
when it is short and, once the date and the cue words are removed, reads like
names and organisations, not a sentence; so a photo caption with a date in it
does not become the byline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..language.dates import find_date, parse_date
from .archival import Archival, read_archival, read_dateline

__all__ = ["Header", "find_date", "parse_date", "parse_header"]

_TIME = re.compile(r"\s*(?:,|at|@|-|–)?\s*\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?"
                   r"|\s*(?:at\s+)?\d{1,2}\s*[ap]\.?m\.?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Header:
    """What the first lines of an article say about it."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # what else the header says (``Document.meta``)


_HEADER_LINES = 6  # bylines sit right under the headline; deeper lines are the article
# a title, byline or dateline is never this long: a longer line (ten million characters without a break,
# say) is read only this far, so the header's patterns take the same time whatever the file's size
HEAD_LINE_CHARS = 2_000
_MAX_BYLINE = 160
_MAX_TITLE = 200

_BY = re.compile(r"^(?:(?:written|posted|published|reported|words|text|story)\s+)?by\s*:?\s+", re.IGNORECASE)
_AUTHOR_LABEL = re.compile(r"^(?:authors?|byline|writer|reporter|words|text)\s*:\s*", re.IGNORECASE)
_DATE_LABEL = re.compile(r"^(?:(?:first\s+)?(?:published|posted|updated|last\s+updated|date|dated|created)"
                         r"(?:\s+on)?\s*:?\s*)", re.IGNORECASE)
_TITLE_LABEL = re.compile(r"^(?:title|headline|subject)\s*:\s*", re.IGNORECASE)
# a security marking heading an official paper: "SECRET", "TOP SECRET//NOFORN", "CONFIDENTIAL - EYES ONLY"
_MARKING = re.compile(r"^(?:(?:TOP\s+)?SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED|OFFICIAL(?:-SENSITIVE)?)"
                      r"(?:\s*(?://|-|–|—)\s*[A-Z][A-Z ]*)?$")
# minutes and records open on where and when the meeting was: "Held at the Town Hall on 3 March 2020"
_MEETING = re.compile(r"^(?:(?:the\s+)?meeting\s+)?(?:was\s+)?(?:held|convened)\b", re.IGNORECASE)
# a wire story's closing credit: "(Reporting by Jane Doe and John Roe; Editing by Ann Poe)"
_CREDIT = re.compile(r"^\(?\s*(?:reporting|reported|writing|written)\s+by\s+(?P<names>[^;)]+)", re.IGNORECASE)
_CREDIT_LINES = 3  # the credit closes the story: its last lines
# words naming a newspaper, a magazine or an agency: "The Evening Review, 3 March 2020" is a publication line
_MEDIUM = {"press", "news", "times", "post", "daily", "weekly", "monthly", "quarterly", "journal", "magazine",
           "review", "tribune", "herald", "gazette", "chronicle", "observer", "telegraph", "courier", "bulletin",
           "wire", "agency", "dispatch", "digest", "register", "sentinel"}
_SOURCE_BAR = re.compile(r"\s[|•·]\s|^\s*[|•·]|[|•·]\s*$")
_HANDLE = re.compile(r"\(?\s*@\w+\s*\)?")
_HONORIFIC = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|Rev|Sir|Dame)\b\.?\s+(?=[^\W\d_])")
_READING_TIME = re.compile(r"\b\d+\s*-?\s*min(?:ute)?s?(?:\s+read)?\b", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:[|/•·,;]|\s[-–—]\s|\s(?:on|at)(?:\s|$))\s*|^\s*[-–—]\s*|\s*[-–—]\s*$",
                         re.IGNORECASE)
_CUE_WORDS = {"by", "on", "at", "in", "and", "of", "the", "for", "from", "published", "posted", "updated", "last",
              "written", "date", "dated", "am", "pm", "utc", "gmt", "&", "und", "y", "et"}
_NAME_PARTICLES = {"de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "bin", "ibn",
                   "al", "el", "dos", "das", "ter", "ten", "y"}
# Words that make a capitalised phrase a place, a medium or a desk rather than a person.
_NOT_PERSON = {"new", "city", "saint", "st", "san", "santa", "los", "las", "fort", "port", "north", "south", "east",
               "west", "press", "news", "times", "post", "daily", "weekly", "journal", "magazine", "agency",
               "staff", "team", "desk", "editor", "editors", "editorial", "office", "ministry", "department",
               "university", "institute", "committee", "party", "group", "network", "media", "review",
               "blog", "online", "reuters", "associated", "contributor", "guest", "admin", "tribune", "herald",
               "gazette", "united", "states", "kingdom", "republic",
               # an official paper's markings and furniture: "Top Secret", "Limited Official Use", "Message Unsigned"
               "secret", "confidential", "classified", "unclassified", "restricted", "official", "priority",
               "immediate", "only", "limited", "eyes", "message", "unsigned", "signed", "memorandum", "telegram",
               "subject", "participants", "present", "president", "meeting", "handling",
               # a cable's offices: "FM AMEMBASSY BRANNOCH" names an embassy, not a person
               "amembassy", "amconsul", "secstate", "usmission", "embassy", "consulate", "legation", "mission",
               "delegation"}
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$")
# a news dateline opening the first paragraph: "GENEVA, 3 March 1961 — The talks ...", "Port Louis, Mauritius,
# March 3, 1961 (Reuters) -- ..."; the place, the date of the report and a dash before the story
_PLACE_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_DATELINE = re.compile(rf"^(?P<place>{_PLACE_WORDS}(?:,\s+{_PLACE_WORDS})?)"
                       r",\s+(?P<date>[^—–]{6,40}?)\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--|-)\s+\S")


def parse_header(text: str) -> Header:
    """Title, author and date from the first lines of ``text`` (any of them may be None).

    An archival document's dateline ("Portmere, June 3, 1887, 3:25 p.m.") dates it like a byline; one
    that says "undated" leaves it undated, whatever other dates the first lines hold.
    """
    lines = [line.strip()[:HEAD_LINE_CHARS] for line in text.split("\n", 40)[:40]]
    lines = [line for line in lines if line][:_HEADER_LINES]
    if not lines:
        return Header()
    title = None
    first = lines[0]
    body_from = 0
    if _TITLE_LABEL.match(first):
        title = _TITLE_LABEL.sub("", first)
        body_from = 1
    elif _MARKING.match(first):
        body_from = 1  # an official paper: its letterhead is no title, a "SUBJECT:" line is
    elif _looks_like_headline(first) and _read_byline(first) == (None, None) and not read_dateline(first):
        title = first.lstrip("#").strip().strip("*_").strip()
        body_from = 1
    author = published = None
    undated = False
    archival_title = bool(title and read_archival(title).kind)  # "12. Telegram From the Embassy ..."
    archival_dateline = False  # a dateline naming a place, or "undated": an archival document's
    accepted = None  # the line read as the dateline
    date_line = None
    name_lines: dict[int, str] = {}  # a line that is just a name: the author when next to the date line
    for n, line in enumerate(lines[body_from:], body_from):
        if _TITLE_LABEL.match(line) and title is None:
            title = _TITLE_LABEL.sub("", line)
            continue
        found_author, found_date = _read_byline(line)
        dateline = None if (published or undated) else read_dateline(line)
        if dateline and _is_dateline(line, n, found_author, archival_title):
            published, undated = dateline.date, dateline.undated
            archival_dateline = dateline.place is not None or dateline.undated
            accepted = dateline.text
            if not dateline.place:  # a date alone on its line, as in a byline: a name beside it is the author's
                date_line = n
            continue
        if found_date and not (published or undated):
            published, date_line = found_date, n
        author = author or found_author
        bare = _HONORIFIC.sub("", line.strip("*_ ").strip())
        if not (found_author or found_date) and _is_person_name(bare):
            name_lines[n] = bare
        if author and (published or undated):
            break
    if not author and date_line is not None:
        author = name_lines.get(date_line - 1) or name_lines.get(date_line + 1)
    author = author or _closing_credit(text)
    if not undated:
        published = published or _dateline_date(lines[body_from:])
    archival = read_archival(text)
    meta: dict[str, Any] = {}
    if archival.found:
        meta["archival"] = archival.meta()
        if archival.dateline and archival.dateline.text != accepted:
            meta["archival"].pop("dateline", None)  # a line read as a byline, not as the dateline
        if not meta["archival"]:
            del meta["archival"]
    if archival_dateline or archival.has_headers:
        # its furniture (markings, subject lines, participants) is full of capitalised lines that read like
        # bylines: the author is who the headers say sent it or who signed it
        author = _archival_author(archival)
        if not title and archival.subject and (archival.dateline or archival.classification):
            title = archival.subject
    return Header(title=title or None, author=author, published=published, meta=meta)


def _is_dateline(line: str, n: int, author: str | None, archival_title: bool) -> bool:
    """Whether a line that reads as a dateline is one, not a byline: "Jane Roe, Harbour Review, March 3,
    2020" has a name where a dateline has its place, "The Harbour Review, 3 March 2020" a publication's;
    a byline under a news headline is the likelier reading, a dateline opening the text or under an
    archival heading the other."""
    if _BY.match(line) or _AUTHOR_LABEL.match(line) or _DATE_LABEL.match(line) or _names_source(line):
        return False
    return not author or n == 0 or archival_title


def _archival_author(archival: Archival) -> str | None:
    """Who wrote an archival document: the person its FROM line names, or who signed it with a full name
    ("Jane Roe", "J. A. Roe"). An office ("FROM: AMEMBASSY BRANNOCH") or a surname alone is left in meta."""
    for candidate in (archival.sender, archival.signature):
        if not candidate:
            continue
        name = candidate.strip()
        if name.isupper():
            name = name.title()
        name = re.sub(r"\s*\([^)]*\)\s*$", "", name)  # "Jane Roe (briefing)"
        if _is_person_name(name):
            return name
    return None


def _closing_credit(text: str) -> str | None:
    """The first reporter of a wire story's closing credit, "(Reporting by Jane Doe in Lima and John Roe;
    editing by Ann Poe)": the one who wrote the story; the editor is no author."""
    lines = [line.strip() for line in text.rstrip().split("\n")[-12:] if line.strip()]
    for line in lines[-_CREDIT_LINES:]:
        match = _CREDIT.match(line)
        if not match:
            continue
        first = re.split(r",|\s+(?:and|&|in|from|at)\s+", match["names"].strip())[0].strip(" .")
        if _is_person_name(first):
            return first
    return None


def _dateline_date(lines: list[str]) -> str | None:
    """The date of a news dateline opening the story ("GENEVA, 3 March 1961 — The talks began"): the
    day the report was filed, which a reader takes as its date when no byline gives one."""
    for line in lines:
        match = _DATELINE.match(line)
        if match:
            return parse_date(match["date"])
    return None


def _looks_like_headline(line: str) -> bool:
    """A first line that is short, has no sentence-final full stop and starts with a capital."""
    words = line.lstrip("#").split()
    if not words or len(line) > _MAX_TITLE or len(words) > 25:
        return False
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False
    first_alpha = next((c for c in line.lstrip("#*_ \"“'‘") if c.isalnum()), "")
    if not (first_alpha.isupper() or first_alpha.isdigit()):
        return False
    found = find_date(line)
    # "Washington, March 3, 1961": a dateline (place and date) opens letters and cables, it is not a title
    return not (found and len((line[: found[1]] + line[found[2]:]).split()) <= 3)


def _read_byline(line: str) -> tuple[str | None, str | None]:
    """(author, ISO date) when ``line`` is a byline, else (None, None)."""
    if len(line) > _MAX_BYLINE:
        return None, None
    line = line.strip("*_ ").strip()
    found = find_date(line)
    published = found[0] if found else None
    if published and _MEETING.match(line):
        return None, published
    rest = line
    if found:
        rest = _TIME.sub(" ", line[: found[1]] + " | " + line[found[2]:])
    rest = _HONORIFIC.sub("", _READING_TIME.sub(" ", _HANDLE.sub(" ", rest)))
    has_cue = bool(_BY.match(rest) or _AUTHOR_LABEL.match(rest) or re.search(r"\bby\s+[A-Z]", rest)
                   or any(_AUTHOR_LABEL.match(piece) for piece in re.split(r"\s*[|•·]\s*", rest)))
    date_label = bool(_DATE_LABEL.match(line))
    if not (published or has_cue):
        return None, None
    if not _reads_like_byline(rest):
        return None, None
    author = _author_in(rest, shouted=has_cue)
    if not published and not author:
        return None, None
    if published and not (author or has_cue or date_label or not _content_words(rest) or _names_source(line)):
        # a date with words around it that are neither a name nor a cue: a caption or a sentence
        return None, None
    return author, published


def _names_source(line: str) -> bool:
    """A source set off from the date by a bar or bullet ("Reuters | 3 March 2020"), or a publication's
    name beside it ("The Evening Review, 3 March 2020"); a place before a comma is a dateline instead."""
    return bool(_SOURCE_BAR.search(line)) or any(w.lower() in _MEDIUM for w in re.findall(r"[^\W\d_]+", line))


def _content_words(rest: str) -> list[str]:
    rest = _DATE_LABEL.sub("", _BY.sub("", _AUTHOR_LABEL.sub("", rest.strip(" |"))))
    return [w for w in re.findall(r"[^\W\d_][\w'’.-]*", rest) if w.lower().strip(".") not in _CUE_WORDS]


def _reads_like_byline(rest: str) -> bool:
    """Names, organisations and cue words only: no lower-case words beyond the cues."""
    for word in _content_words(rest):
        core = word.strip(".'’-")
        if not core:
            continue
        if core[0].islower() and core.lower() not in _NAME_PARTICLES:
            return False
    return True


def _author_in(rest: str, *, shouted: bool = False) -> str | None:
    """The first segment of the byline that reads as a person's name (or names joined by "and").

    ``shouted``: after an explicit "By", a name in capitals ("BY JANE DOE") is taken too, in title case.
    """
    rest = _AUTHOR_LABEL.sub("", rest.strip())
    # "Posted on DATE by NAME": the name follows the last "by"
    by_inside = list(re.finditer(r"\bby\s+(?=[A-Z])", rest))
    if by_inside and not _BY.match(rest):
        rest = rest[by_inside[-1].end():]
    rest = _BY.sub("", _DATE_LABEL.sub("", rest.strip(" |")))
    for piece in _SEPARATORS.split(rest):
        segment = _AUTHOR_LABEL.sub("", _BY.sub("", piece.strip(" .()[]")))
        if not segment:
            continue
        names = [part.strip() for part in re.split(r"\s+(?:and|AND|&)\s+", segment)]
        if all(_is_person_name(name) for name in names):
            return segment
        if shouted and segment.isupper() and all(_is_person_name(name.title()) for name in names):
            return segment.title().replace(" And ", " and ")
    return None


def _is_person_name(name: str) -> bool:
    tokens = name.split()
    capitalised = [t for t in tokens if t.lower() not in _NAME_PARTICLES]
    if not 2 <= len(tokens) <= 5 or len(capitalised) < 2:
        return False
    if any(t.lower().strip(".") in _NOT_PERSON for t in tokens):
        return False
    if tokens[-1].lower() in _NAME_PARTICLES:
        return False
    # at least one word longer than an initial, and not all in capitals (an acronym, an organisation)
    if not any(len(t.strip(".")) > 1 and not t.isupper() for t in capitalised):
        return False
    return all(_is_name_token(t) for t in capitalised)


def _is_name_token(token: str) -> bool:
    """"Inès", "O'Neil", "McAdam", "Abu-Bakr", "al-Sadr", "J." (any script with case); not "TDF" or "hello"."""
    if _INITIALS.match(token):
        return True
    parts = [p for p in re.split(r"[-'’]", token) if p]
    if not parts or not all(p.isalpha() for p in parts):
        return False
    if parts[0].lower() in _NAME_PARTICLES and len(parts) > 1:  # al-Sadr, d'Alembert
        parts = parts[1:]
    return all(p[0].isupper() for p in parts) and any(len(p) > 1 and not p.isupper() for p in parts)
