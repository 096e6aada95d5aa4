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

The dates are found with a small regex set rather than ``dateparser.search``:
in a byline we need the exact substring (to cut it out and read the name
around it) and deterministic day-first reading of dotted dates, and
``dateparser`` finds "dates" in ordinary words and fills missing parts with
today's values. A line counts as a byline only when it is short and, once the
date and the cue words are removed, reads like names and organisations, not a
sentence; so a photo caption with a date in it does not become the byline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Header", "find_date", "parse_date", "parse_header"]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|2[01]\d\d)"

_DATE_PATTERNS = [
    # 2020-03-03, 2020-03-03T10:00:00Z, 2020/03/03
    re.compile(r"\b(?P<year>1[5-9]\d\d|2[01]\d\d)[-/](?P<month>[01]?\d)[-/](?P<day>[0-3]?\d)(?![\d/])"),
    # 04.07.2022, 4.7.22, 04-07-2022: day first (the European convention these forms follow)
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)[.-](?P<month>[01]?\d)[.-](?P<year>\d{4}|\d\d)(?![\d.]\d)"),
    # 03/04/2020: month first (US), unless the first number cannot be a month
    re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4})(?![\d/])"),
    # 14 January 2021, Wednesday 14th Jan. 2021, 14 January, 2021
    re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
    # January 14, 2021, Wed, Jan 14th 2021
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
]
_TIME = re.compile(r"\s*(?:,|at|@|-|–)?\s*\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?"
                   r"|\s*(?:at\s+)?\d{1,2}\s*[ap]\.?m\.?", re.IGNORECASE)


def parse_date(value: str) -> str | None:
    """An ISO ``YYYY-MM-DD`` (or ``YYYY-MM``/``YYYY``) for a date written alone, or None."""
    value = value.strip()
    iso = re.fullmatch(r"(1[5-9]\d\d|2[01]\d\d)(?:-([01]\d)(?:-([0-3]\d))?)?(?:[T ].*)?", value)
    if iso:
        return "-".join(part for part in iso.groups() if part)
    found = find_date(value)
    return found[0] if found else None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full date (day, month and year) in ``text``: its ISO form, start and end."""
    best: tuple[str, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso and (best is None or match.start() < best[1]):
                best = (iso, match.start(), match.end())
                break
    return best


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    if "a" in groups and groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        month, day = (second, first) if first > 12 else (first, second)
    else:
        raw_month = groups["month"]
        month = int(raw_month) if raw_month.isdigit() else _MONTHS[raw_month.lower().rstrip(".")]
        day = int(groups["day"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


@dataclass(frozen=True, slots=True)
class Header:
    """What the first lines of an article say about it."""

    title: str | None = None
    author: str | None = None
    published: str | None = None


_HEADER_LINES = 6  # bylines sit right under the headline; deeper lines are the article
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
               "gazette", "united", "states", "kingdom", "republic"}
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$")
# a news dateline opening the first paragraph: "GENEVA, 3 March 1961 — The talks ...", "Port Louis, Mauritius,
# March 3, 1961 (Reuters) -- ..."; the place, the date of the report and a dash before the story
_PLACE_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_DATELINE = re.compile(rf"^(?P<place>{_PLACE_WORDS}(?:,\s+{_PLACE_WORDS})?)"
                       r",\s+(?P<date>[^—–]{6,40}?)\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--|-)\s+\S")


def parse_header(text: str) -> Header:
    """Title, author and date from the first lines of ``text`` (any of them may be None)."""
    lines = [line.strip() for line in text.split("\n")[:40]]
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
    elif _looks_like_headline(first) and _read_byline(first) == (None, None):
        title = first.lstrip("#").strip().strip("*_").strip()
        body_from = 1
    author = published = None
    date_line = None
    name_lines: dict[int, str] = {}  # a line that is just a name: the author when next to the date line
    for n, line in enumerate(lines[body_from:], body_from):
        if _TITLE_LABEL.match(line) and title is None:
            title = _TITLE_LABEL.sub("", line)
            continue
        found_author, found_date = _read_byline(line)
        if found_date and not published:
            published, date_line = found_date, n
        author = author or found_author
        bare = _HONORIFIC.sub("", line.strip("*_ ").strip())
        if not (found_author or found_date) and _is_person_name(bare):
            name_lines[n] = bare
        if author and published:
            break
    if not author and date_line is not None:
        author = name_lines.get(date_line - 1) or name_lines.get(date_line + 1)
    author = author or _closing_credit(text)
    published = published or _dateline_date(lines[body_from:])
    return Header(title=title or None, author=author, published=published)


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
    """"Inès", "O'Neil", "McAdam", "Abu-Bakr", "al-Sadr", "J." (any script with case); not "ISL" or "hello"."""
    if _INITIALS.match(token):
        return True
    parts = [p for p in re.split(r"[-'’]", token) if p]
    if not parts or not all(p.isalpha() for p in parts):
        return False
    if parts[0].lower() in _NAME_PARTICLES and len(parts) > 1:  # al-Sadr, d'Alembert
        parts = parts[1:]
    return all(p[0].isupper() for p in parts) and any(len(p) > 1 and not p.isupper() for p in parts)
