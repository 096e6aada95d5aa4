"""Names in a document's furniture: headlines, bylines, participants lists and transcript speaker labels.

The model reads prose; a headline, a byline or a memo's header is not prose, and it misses
or mistypes names there that a reader takes in at a glance:

* a headline in title case ("Killing of Leader Deepens X's Crisis") capitalises
  every word, and the model takes verbs and nouns for names ("Deepens X",
  "Its Election"): a name there stands only where the body names it too, and
  is trimmed to the words the body confirms;

* a wire story's dateline names its agency in parentheses ("CITY, May 3 (AGENCY) -");
* a byline "NAME, ORGANISATION, DATE" (or "By NAME, ORGANISATION") puts the
  author's organisation between the name and the date, unless that slot holds
  the author's role ("By NAME, Staff Reporter"), which names nothing;
* a memorandum of conversation lists its participants, one a line
  ("General X Y, President of the Council"), and then labels each turn with a
  role or a title and a name ("THE PRESIDENT:", "SIR X:", "COLONEL Y:"). A label
  that fits exactly one participant is a mention of that person, and so is a
  capitalised role in the memo's prose ("The President thanked him").

Each reader returns plain offsets; :func:`add_header_mentions` turns them into
candidate mentions beside the model's. Written as rules because these layouts are conventions of
the genre, not language a statistical model has seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...language.diplomatic import participants_lists
from ...language.titles import COURTESY_TITLES
from .lexicon import (
    FACILITY_NOUNS,
    FUNCTION_WORDS,
    ORG_HEADS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    TITLE_MODIFIERS,
    TITLES,
    WEAK_TITLES,
    canonical_key,
    is_given_name,
    key,
    place_names,
)
from .mentions import Candidate

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_DATE = (rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}}"
         rf"|(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})")
_WORD = r"[A-Z][\w'’.&-]*"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{1,3}}"
_ORG = rf"{_WORD}(?:[ \t]+(?:of|for|and|the|on|in|&|{_WORD}))*"
# "NAME, ORGANISATION, DATE", "By NAME, ORGANISATION" on a line of its own.
_BYLINE = re.compile(
    rf"(?m)^[ \t]*(?P<by>By[ \t]+)?(?P<name>{_NAME})(?:,|[ \t]+[|–—][ \t]*)[ \t]*(?P<org>{_ORG}?)"
    rf"(?:(?:,[ \t]*|[ \t]+[|–—-][ \t]+)(?P<date>{_DATE}))?[ \t]*$")

# A turn label: one to four upper-case words at the start of a line, then a colon.
_TURN = re.compile(r"(?m)^[ \t]*((?:[A-Z][A-Z.'’-]*)(?:[ \t]+[A-Z][A-Z.'’-]*){0,3})[ \t]*:[ \t]+\S")
# "PARTICIPANTS:" and the like, heading a list of who took part.
# A reference: "[3] NAME, TITLE, 1975, p. 41." (a marker or a page number tells it from a byline).
_CITATION = re.compile(
    rf"(?m)^[ \t]*(?P<mark>\[\d+\][ \t]*|\d+\.[ \t]+)?{_NAME},[ \t]+"
    rf"(?P<title>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|from|the|and|in|on|for|to|a|an|at|with|under))*)"
    rf"[ \t]*[,(][ \t]*(?:[A-Z][\w .]*:[^,\n]*,[ \t]*)?\d{{4}}\)?(?P<page>,[ \t]*pp?\.)?")
# "By NAME" opening a line, then the end of the line, a comma, a handle, "on DATE" or a separator.
_BY_NAME = re.compile(rf"(?m)^[ \t]*By[ \t]+({_NAME})(?=[ \t]*(?:[,(|–—]|[ \t]-[ \t]|on[ \t]|$))")
# One line of a participants list: a title ("President", "Dr.") and a name of two to four capitalised
# words, in capitals or not, then a comma, a parenthesis or the end of the line.
_ENTRY = re.compile(r"[ \t]*(?P<title>(?:[A-Z][A-Za-z-]*\.?[ \t]+){1,3}?)?"
                    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})[ \t]*(?P<after>[,(].*)?$")
# A wire story's dateline: "CITY, Country, May 3 (AGENCY) - ...": the agency in parentheses before the dash.
_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z .'’-]+,[^\n()]{0,60}?\([ \t]*(?P<agency>[A-Z][\w&.'’-]*(?:[ \t]"
                       r"[A-Z][\w&.'’-]*){0,3})[ \t]*\)[ \t]*[-–—]")
# A dateline on a line of its own: "CITY 2001-05-03", "City, Country, May 3, 2001, 9 a.m.".
_PLACE = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
_DATELINE_PLACE = re.compile(rf"(?m)^[ \t]*(?P<place>{_PLACE})(?:[ \t]*,[ \t]*(?P<region>{_PLACE}))?[ \t]*,?[ \t]+"
                             rf"{_DATE}(?:,?[ \t]+\d[\w:.]*(?:[ \t]*[ap]\.?m\.?)?)?\.?[ \t]*$")
_ARTICLES = {"the", "a", "an"}
_HANDLE = re.compile(r"[ \t]*\([ \t]*(@\w+)[ \t]*\)")


def bylines(text: str, limit: int = 1500) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """Offsets of the author's name, and of the organisation when given, in bylines near the top.

    "Jane Roe, Tenant Action Network, 03.05.2019", "Jane Roe | Tenant Action
    Network | 3 May 2019", "By Jane Roe, Tenant Action Network", "By Jane Roe
    (@jroe) on 3 May 2019": with an organisation the name must be followed by a
    date or introduced by "By"; a place in the organisation's slot ("Jane Roe,
    London") is told apart later by the type vote.
    """
    out: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    for m in _BYLINE.finditer(text[:limit]):
        org = re.sub(r"(?:\s+(?:of|for|and|the|on|in|&))+$", "", m.group("org") or "")
        if org and (m.group("by") or m.group("date")):
            out.append((m.span("name"), (m.start("org"), m.start("org") + len(org))))
    named = {name for name, _ in out}
    out.extend((m.span(1), None) for m in _BY_NAME.finditer(text[:limit]) if m.span(1) not in named)
    return out


_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_FIELD = re.compile(r"[A-Z][A-Z ]*:")  # "PLACE:", "SUBJECT:"


def title_case_headline(text: str) -> tuple[int, int] | None:
    """Offsets of the first line when it is a headline in title case: every word but "of", "its"... capitalised.

    A headline in sentence case ("Fifty years on – the coup") or in capitals is
    left alone: the model reads those as it reads prose; so is a labelled field
    ("PLACE: Government Lodge, Port X").
    """
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end]
    words = [w for w in _HEADLINE_WORD.findall(line) if w.casefold() not in FUNCTION_WORDS]
    if len(words) < 2 or line.isupper() or _FIELD.match(line) or not all(w[:1].isupper() for w in words):
        return None
    return start, start + len(line.rstrip())


def confirm_headline(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names of a title-case headline kept only as far as the body names them: "Deepens X" becomes "X".

    A name is confirmed by the body when a mention there has the same words, or
    ends with them (a surname: "Brandt" of "Willy Brandt"). The longest run of
    the headline name's words so confirmed is kept; with none, the name goes,
    unless its form speaks for itself (:func:`_self_evident`).
    """
    line = title_case_headline(text)
    if line is None:
        return cands
    inside = [c for c in cands if line[0] <= c.start and c.end <= line[1]]
    body = [c for c in cands if c.start >= line[1]]
    if not inside or not body:
        return cands
    confirmed = set()
    for c in body:
        words = key(c.text).split()
        confirmed.update(" ".join(words[n:]) for n in range(len(words)))
    out = [c for c in cands if c not in inside]
    for c in inside:
        if _self_evident(text, line[0], c):
            out.append(c)
            continue
        words = [(c.start + m.start(), c.start + m.end()) for m in re.finditer(r"\S+", c.text)]
        runs = sorted(((a, b) for a in range(len(words)) for b in range(a + 1, len(words) + 1)),
                      key=lambda r: (r[0] - r[1], r[0]))  # longest first, then leftmost
        for a, b in runs:
            s, e = words[a][0], words[b - 1][1]
            if key(text[s:e]) in confirmed:
                out.append(c if (s, e) == (c.start, c.end) else Candidate(s, e, text[s:e], "", "headline"))
                break
    return sorted(out, key=lambda c: c.start)


_INITIAL = re.compile(r"[A-Z]\.$")


def _self_evident(text: str, line_start: int, cand: Candidate) -> bool:
    """A headline name that needs no confirmation: a title before it ("to President X"), an initial or a
    common first name opening a name of two words or more ("W. Ann Roe", "Harold H. Roe"), a known country
    or state ("in Norland")."""
    words = cand.text.split()
    if any(w.casefold().rstrip(".") in ORG_HEADS | PLACE_NOUNS | FACILITY_NOUNS for w in words):
        return False
    before = text[line_start:cand.start].split()
    title = before[-1].casefold().rstrip(".") if before else ""
    if title in TITLES and title not in WEAK_TITLES and len(title) > 2 and len(words) <= 3 and cand.label == "PERSON":
        return True
    if len(words) >= 2 and (_INITIAL.match(words[0]) or is_given_name(words[0]) or any(
            _INITIAL.match(w) for w in words[1:-1])) and all(w[:1].isupper() for w in words):
        return True
    countries, subdivisions = place_names()
    return canonical_key(cand.text) in countries | subdivisions


def dateline_places(text: str, limit: int = 600) -> list[tuple[int, int]]:
    """Offsets of the place names of a dateline near the top: "CITY, Country 2001-05-03" gives two.

    A line of its own that is a place, maybe its country or state, and a date is
    where the story was filed, however the model reads the capitals. A byline has
    the same shape ("NAME, ORGANISATION, DATE"): the second place must be a known
    country or state, unless the first is written in capitals as wire datelines are.
    """
    out = []
    authors = {name for name, _ in bylines(text)}
    for m in _DATELINE_PLACE.finditer(text[:limit]):
        region = m.group("region")
        if m.span("place") in authors or (region and not m.group("place").isupper()
                                           and canonical_key(region) not in place_names()[0] | place_names()[1]):
            continue  # "NAME, ORGANISATION, DATE" is a byline; a dateline's second place is a country or state
        if m.group("place").split()[-1].casefold() in ORG_HEADS:
            continue  # "The Lakeside Review, 3 May 2031": a publication and its issue
        for group in ("place", "region"):
            if m.group(group) and m.group(group).casefold() not in FUNCTION_WORDS:
                out.append(m.span(group))
    return out


def is_byline_role(text: str) -> bool:
    """True when a byline's second slot is the author's job, not an organisation: "Staff Reporter".

    A role noun ends it ("correspondent", "editor", "writer") and no organisation
    head word does ("Reporters' Union" stays an organisation).
    """
    words = _lower_words(text)
    return bool(words) and words[-1] in PERSON_NOUNS and not ORG_HEADS & set(words)


def cited_titles(text: str) -> list[tuple[int, int]]:
    """Offsets of the titles of books or articles in references: "[3] Jane Roe, Songs from Exile, 1975, p. 4".

    A title is a work, not a place or an organisation: "Exile" in it names nothing.
    """
    return [m.span("title") for m in _CITATION.finditer(text) if m.group("mark") or m.group("page")]


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a participants list: the name's offsets and the role words around it."""

    name_start: int
    name_end: int
    roles: tuple[str, ...]  # lower-case role phrases: "president", "high commissioner", "secretary"
    words: frozenset[str]  # lower-case words of the name and its title: "general", "samuel", "adeyemi"


def turn_labels(text: str) -> list[tuple[int, int, str]]:
    """Offsets and text of speaker labels ("THE PRESIDENT:"), when the text has two different ones."""
    found = [(m.start(1), m.end(1), m.group(1)) for m in _TURN.finditer(text)]
    return found if len({label for _, _, label in found}) >= 2 else []


def _list_lines(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, line without its line break)`` of each line of the text's first participants list
    (:func:`~annalyst.language.diplomatic.participants_lists`)."""
    lists = participants_lists(text)
    if not lists:
        return
    pos, stop = lists[0]
    for line in text[pos:stop].splitlines(keepends=True):
        yield pos, line.rstrip("\r\n")
        pos += len(line)


def participants(text: str, names: list[tuple[int, int]]) -> list[Entry]:
    """The participants list after a "PARTICIPANTS:" heading: one person a line, with a role.

    ``names`` are the person mentions already found (offsets); an entry is a line
    that holds one of them; short lines without a name are group headings
    ("United Kingdom"), and the first line of prose or the first turn ends the list.
    """
    out = []
    for start, line in _list_lines(text):
        end = start + len(line)
        inside = [(a, b) for a, b in names if start <= a and b <= end]
        if not inside:
            if len(line.split()) > 4 or _TURN.match(line):
                break  # prose or a turn: the list is over ("Umbara" alone is a group heading)
            continue
        a, b = inside[0]
        title = text[start:a].strip()
        role = text[b:end].strip().lstrip(",;–—-").strip()
        out.append(Entry(a, b, _roles(title, role), frozenset(_lower_words(text[start:b]))))
    return out


def listed_names(text: str) -> list[tuple[int, int]]:
    """Offsets of the names in a participants list, read from the layout alone.

    "President JOHN ROE (in the chair)", "Dr. ANA POPA, Minister of Health": a
    line of the list is a title and a name, or a name and a role after a comma.
    Minutes often write the names in capitals, where the model sees none; the
    title or the role tells a reader it is a person. A line with neither
    ("NORLAND", "United Kingdom") is a group heading, and prose or a speaker's
    turn ends the list.
    """
    out = []
    for start, body in _list_lines(text):
        m = _ENTRY.match(body)
        if m is None:
            if len(body.split()) > 4 or _TURN.match(body):
                break
            continue
        title = _lower_words(m.group("title") or "")
        name = _lower_words(m.group("name"))
        role = (m.group("after") or "").startswith(",") and m.group("after")[1:].strip()[:1].isalpha()
        if not all(w in TITLES or w in TITLE_MODIFIERS for w in title) or not (title or role):
            continue
        if any(w in TITLES or w in FUNCTION_WORDS or w in ORG_HEADS or w in PLACE_NOUNS or w in FACILITY_NOUNS
               for w in name):
            continue  # "Chief of the General Staff", "Navy Board": an office or a body, not a name
        out.append((start + m.start("name"), start + m.end("name")))
    return out


def _roles(title: str, role: str) -> tuple[str, ...]:
    """Role phrases of an entry: its office before "of"/"to"/"(" ("President of X" -> "president")."""
    out = []
    office = re.split(r"\s+(?:of|to|for|at|in)\s+|\s*[(,;]", role, maxsplit=1)[0].strip()
    if office:
        out.append(" ".join(_lower_words(office)))
    words = [w for w in _lower_words(title) if w in TITLES and w not in COURTESY_TITLES]  # "General", not "Mr."
    if words:
        out.append(" ".join(words))
    return tuple(r for r in out if r)


def _lower_words(text: str) -> list[str]:
    return [w.lower().rstrip(".") for w in re.findall(r"[\w’'.-]+", text)]


def match_label(label: str, entries: list[Entry]) -> Entry | None:
    """The one participant a label names: by role ("THE PRESIDENT") or by title and name ("SIR X").

    None when no participant or several fit: a wrong speaker is worse than none.
    """
    words = [w for w in _lower_words(label) if w not in _ARTICLES]
    if not words:
        return None
    name = [w for w in words if w not in TITLES]
    if name:
        found = [e for e in entries if set(name) <= e.words and set(words) <= e.words | set(" ".join(e.roles).split())]
    else:
        phrase = " ".join(words)
        found = [e for e in entries if phrase in e.roles]
    return found[0] if len(found) == 1 else None


def role_mentions(text: str, entries: list[Entry], taken: list[tuple[int, int]]) -> list[tuple[int, int, Entry]]:
    """Capitalised roles in the prose that name one participant: "The President thanked him".

    Only a role held by exactly one participant counts, written with a capital
    after "the" ("the High Commissioner", not "a high commissioner"), and not
    followed by a name or by its own domain ("the President of Z" may be another).
    """
    owners: dict[str, list[Entry]] = {}
    for e in entries:
        for role in e.roles:
            owners.setdefault(role, []).append(e)
    unique = {role: es[0] for role, es in owners.items() if len(es) == 1 and role}
    if not unique:
        return []
    pattern = re.compile(r"\b[Tt]he\s+(" + "|".join(
        r"\s+".join(re.escape(w.capitalize()) for w in role.split()) for role in sorted(unique, key=len, reverse=True))
        + r")\b(?![ \t]+(?:[A-Z]|of\b))")  # not "the President Y", "the President of Z"
    out = []
    for m in pattern.finditer(text):
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken):
            continue
        role = " ".join(m.group(1).lower().split())
        out.append((s, e, unique[role]))
    return out


def add_header_mentions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Add a byline's organisation, and speaker labels and roles that name a listed participant."""
    def free(s: int, e: int) -> bool:
        return not any(c.start < e and s < c.end for c in cands)

    for name, slot in bylines(text):
        org = slot
        if slot is not None and is_byline_role(text[slot[0]:slot[1]]):
            cands = [c for c in cands if not (slot[0] <= c.start and c.end <= slot[1])]
            org = None  # the author's job: no organisation, and nothing in it is a name
        for span, etype in ((name, "PERSON"), (org, "ORG")):
            if span is None:
                continue
            for cand in cands:  # the model often reads a byline's name as an organisation
                if (cand.start, cand.end) == span:
                    cand.votes[etype] += 2
            if free(*span):
                cands.append(Candidate(span[0], span[1], text[span[0]:span[1]], etype, "byline"))
                handle = _HANDLE.match(text, span[1])
                if etype == "PERSON" and handle and free(*handle.span(1)):  # "By X (@x)"
                    cands.append(Candidate(*handle.span(1), handle.group(1), "PERSON", "handle", alias_of=cands[-1]))
    for s, e in cited_titles(text):
        inside = [c for c in cands if s <= c.start and c.end <= e]  # "Exile" of "Notes from Exile"
        cands = [c for c in cands if c not in inside]
        if free(s, e):
            work = Candidate(s, e, text[s:e], "WORK", "citation")
            work.votes["WORK"] += 3
            cands.append(work)
    for m in _DATELINE.finditer(text[:2000]):
        s, e = m.span("agency")
        cands = [c for c in cands if not (c.start < e and s < c.end)]
        cands.append(Candidate(s, e, text[s:e], "ORG", "dateline"))
        cands[-1].votes["ORG"] += 2
    for s, e in dateline_places(text):
        cands = [c for c in cands if not (c.start < e and s < c.end)]
        cands.append(Candidate(s, e, text[s:e], "GPE", "dateline"))
        cands[-1].votes["GPE"] += 3
    for s, e in listed_names(text):
        line_start = text.rfind("\n", 0, s) + 1
        cands = [c for c in cands if not (c.start < e and line_start < c.end)]  # "Col. VIKTOR" read as an org
        cands.append(Candidate(s, e, text[s:e], "PERSON", "listed"))
    labels = turn_labels(text)
    persons = [c for c in cands if c.label == "PERSON" or c.title]
    entries = participants(text, [(c.start, c.end) for c in persons]) if labels else []
    owners = {c.start: c for c in persons}
    for entry in entries:  # how the minutes address this participant: "Mrs. X" is somebody else than "Col. Y X"
        owners[entry.name_start].listed_as = entry.words | {w for role in entry.roles for w in role.split()}
    for s, e, label in labels:
        entry = match_label(label, entries)
        if entry is None:
            continue
        inside = [c for c in cands if s <= c.start and c.end <= e]  # "OBI" of "COLONEL OBI"
        cands = [c for c in cands if c not in inside]
        if free(s, e):
            cands.append(Candidate(s, e, label, "PERSON", "label", alias_of=owners[entry.name_start]))
    for s, e, entry in role_mentions(text, entries, [(c.start, c.end) for c in cands]):
        cands.append(Candidate(s, e, text[s:e], "PERSON", "role", alias_of=owners[entry.name_start]))
    return sorted(cands, key=lambda c: c.start)


# Offices held by one person at a time in a text: "the President" after "President X" is X.
_OFFICES = frozenset({"president", "premier", "chancellor", "king", "queen", "pope", "shah", "emperor", "sultan",
                      "emir", "mayor", "governor", "ambassador", "secretary", "minister", "chairman"})


def office_mentions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Capitalised offices that stand for the one person the text names with that title.

    "President Tomas Roe arrived. The President said ..." (or "THE PRESIDENT SAID"
    in a telegram): when exactly one named person bears the office as a title,
    "the President" later on is a mention of that person; with two bearers, or
    followed by a name or its domain ("the President of Z"), it is nobody's.
    """
    holders: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.title and c.origin not in {"label", "role"}:
            office = c.title.split()[-1].casefold().rstrip(".")
            if office in _OFFICES:
                holders.setdefault(office, []).append(c)
    out = []
    for office, owners in holders.items():
        if len({key(c.text) for c in owners}) != 1:
            continue
        first = min(c.start for c in owners)
        pattern = re.compile(rf"\b(?:[Tt]he|THE)\s+({office.capitalize()}|{office.upper()})\b")
        for m in pattern.finditer(text, first):
            s, e = m.span(1)
            nxt = re.match(r"[ \t]+([A-Za-z]+)", text[e:e + 40])
            after = nxt.group(1) if nxt else ""
            if any(c.start < e and s < c.end for c in cands) or after.casefold() == "of" or (
                    after[:1].isupper() and (not m.group(1).isupper() or after.casefold() in key(owners[0].text))):
                continue  # "the President Y", "the President of Z": another, maybe
            out.append(Candidate(s, e, text[s:e], "PERSON", "role", alias_of=owners[0]))
    return out
