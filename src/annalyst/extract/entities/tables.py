"""Names in tables and lists: results, standings, line-ups, rankings.

A line of a table is no sentence: names stand between numbers, dashes and
commas, and the model, which learnt from prose, misses many of them or reads a
place as a place where the table means the team named after it. A reader
tells a table's line by its shape, nearly no lower-case words and some numbers
or list separators, and reads its cells:

* every run of capitalised words the model left out is a name (a word the
  document also writes in lower case, a month or a weekday is none);
* a name right before a score or a row of figures ("X 3 Y 1", "X 4 2 1 1 7 5 7")
  is a competitor: where it is a place, or a lone word with nothing saying
  person, it is the team (an organisation) named after it;
* a name of two words or more followed by a country in parentheses
  ("Ana Ruiz ( Norland ) 3:31.6") is an athlete, whatever the model said;
* any other new name is a person when it has two words or more in a list
  ("X : A B , C D , E F"); a lone word only when some name of the text holds
  it, and that name's entity decides its type.

Prose is never read this way: a line with more than two lower-case words (a
few table words such as "v", "at" or "and" aside) is left to the model.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...language.places import nation_names
from ...language.wordlist import words as _words
from .lexicon import (
    FACILITY_NOUNS,
    FUNCTION_WORDS,
    ORG_HEADS,
    PLACE_NOUNS,
    canonical_key,
    is_given_name,
    place_names,
)
from .mentions import Candidate, text_of
from .teams import TEAM

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


# Lower-case words a results table uses between its names: "X v Y", "X at Y", "b", "c" (bowled, caught).
_TABLE_WORDS = _words("""
v vs at and not out b c st lbw run retired did bat beat halftime h t
""")
# Particles inside a name: "Jana de Molen", "Piet van Loon".
_PARTICLES = _words("""
de den der van von da das del della di du la le al el bin ibn ben dos y
""")
_CALENDAR = _words("""
january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun
""")
_NUMBER = re.compile(r"[ \t]*\(?[ \t]*\d")
_DATE = re.compile(r"[ \t]*\d{4}-\d\d-\d\d\b|[ \t]*\d\d?/\d\d?/\d\d(\d\d)?\b")
_NON_NAME_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _lines(doc: Doc) -> list[list[Token]]:
    lines: list[list[Token]] = [[]]
    for tok in doc:
        if tok.is_space or "\n" in tok.text:
            if "\n" in tok.text or "\n" in tok.whitespace_:
                lines.append([])
            continue
        lines[-1].append(tok)
        if "\n" in tok.whitespace_:
            lines.append([])
    return [line for line in lines if line]


def is_tabular(line: list[Token]) -> bool:
    """A table's or a list's line: figures or separators, at most two lower-case words, none of them a
    function word ("the", "from": a heading or a sentence). A footnote mark or the number of a numbered
    paragraph is no figure."""
    words = [t for t in line if t.is_alpha]
    prose = [t for t in words if t.is_lower and t.lower_ not in _TABLE_WORDS and t.lower_ not in _PARTICLES]
    if not words or len(prose) > 2 or any(t.lower_ in FUNCTION_WORDS for t in prose) or len(words) <= len(prose):
        return False
    numbered = len(line) > 1 and line[0].like_num and line[1].text == "."
    figures = sum(1 for t in line[2 if numbered else 0:]
                  if (t.like_num or any(c.isdigit() for c in t.text)) and "[" not in t.text
                  and not (t.i > 0 and t.doc[t.i - 1].text == "["))
    separators = sum(1 for t in line if t.text in {",", ";", "-", "(", ":"})
    return figures >= 1 or separators >= 2


def _runs(line: list[Token], common: frozenset[str]) -> list[list[Token]]:
    """Runs of capitalised words (particles inside) in a line: the table's name cells."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    for tok in line:
        capital = tok.text[:1].isupper() and any(c.isalpha() for c in tok.text) and not any(
            c.isdigit() for c in tok.text)
        if capital:
            cur.append(tok)
        elif cur and tok.lower_ in _PARTICLES and tok.whitespace_:
            cur.append(tok)  # "Jana de Molen"
        elif cur and tok.text == "." and len(cur[-1].text) == 1 and not cur[-1].whitespace_:
            cur.append(tok)  # "G." of "G. Roe"
        elif cur and tok.text in {"-", "–"} and not cur[-1].whitespace_ and not tok.whitespace_:
            cur.append(tok)  # "Buy-Out", "Jean-Marc": one word
        elif cur and tok.text in {"'s", "’s"}:
            cur.append(tok)  # "St Olaf 's F.P.": a possessive inside the cell
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out = []
    for cell in runs:
        run = cell
        while run and (run[-1].lower_ in _PARTICLES or run[-1].text in {"'s", "’s"}):
            run = run[:-1]
        while run and run[0].lower_ in FUNCTION_WORDS:
            run = run[1:]  # "The Quiet Buy-Out": the article is no part of a name
        words = [t for t in run if t.is_alpha]
        if not words or all(t.lower_ in common or t.lower_ in FUNCTION_WORDS or t.lower_ in _CALENDAR
                            for t in words):
            continue  # "Postponed", "Attendance", "August": words, not names
        out.append(run)
    return out


def _is_place(text: str, places: frozenset[str]) -> bool:
    countries, subdivisions = place_names()
    key = canonical_key(text)
    return key in countries or key in subdivisions or key in places


def _competitor(doc: Doc, run: list[Token], line: list[Token]) -> bool:
    """True for a team's or a player's slot in a result: "X 3 Y 1", "X 4 2 1 1 7 5 7", "X v Y".

    The name opens the line, or follows a score or "v", and a figure or "v" follows it.
    """
    text = text_of(doc)
    rest = text[run[-1].idx + len(run[-1].text):line[-1].idx + len(line[-1].text)]
    rest = re.sub(r"^[ \t]*\([^()]{1,4}\)", "", rest)  # "Varna ( B ) 4 2 ...": a short qualifier
    before = text[line[0].idx:run[0].idx].split()
    opens = not before or bool(re.fullmatch(r"\d[\d.,:;-]*|v|vs", before[-1])) or before == ["*"]
    versus = re.match(r"[ \t]*(?:v|vs)\.?[ \t]+[A-Z]", rest) is not None
    if _DATE.match(rest):
        return False  # "CITY 2001-05-03": a dateline, not a result
    return opens and (versus or (bool(_NUMBER.match(rest)) and not rest.lstrip().startswith("(")))


_COUNTRY_AFTER = re.compile(r"[ \t]*\([ \t]*([^()\n]{2,30}?)[ \t]*\)")


def _athlete(doc: Doc, run: list[Token], places: frozenset[str]) -> bool:
    """A name of two words or more followed by a country in parentheses: "Ana Ruiz ( Norland )"."""
    m = _COUNTRY_AFTER.match(text_of(doc), run[-1].idx + len(run[-1].text))  # no copy of the rest of the text
    return m is not None and len([t for t in run if t.is_alpha]) >= 2 and _is_place(m.group(1), places)


def add_table_mentions(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The mentions, with the names of tables' lines added and their types voted as a reader would."""
    text = text_of(doc)
    common = frozenset(t.lower_ for t in doc if t.is_lower and t.is_alpha)
    places = frozenset(canonical_key(c.text) for c in cands if c.label in {"GPE", "LOC"})
    named = frozenset(w for c in cands for w in c.text.split() if w[:1].isupper())
    other = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NON_NAME_LABELS]
    starts = sorted(cands, key=lambda c: c.start)
    out = list(starts)
    for line in _lines(doc):
        if not is_tabular(line):
            continue
        lo, hi = line[0].idx, line[-1].idx + len(line[-1].text)
        shouting = not any(c.islower() for c in text[lo:hi])  # every word capitalised: no run tells a name
        listing = sum(1 for t in line if t.text in {",", ";"}) >= 2  # "X : A B , C D , E F"
        inside = [c for c in starts if lo <= c.start < hi]
        for run in _runs(line, common):
            s, e = run[0].idx, run[-1].idx + len(run[-1].text)
            found = [c for c in inside if c.start < e and s < c.end]
            if not found and (shouting or any(a < e and s < b for a, b in other) or _heading(text, run, e, places)):
                continue
            team = _competitor(doc, run, line)
            athlete = _athlete(doc, run, places)
            if not found:
                name = text[s:e]
                words = [t for t in run if t.is_alpha]
                several = len(words) >= 2
                plain = several and len(words) <= 3 and not name.isupper() and not any(
                    t.lower_ in common for t in words)  # "Ana Roe ·": no word of it is an ordinary word here
                if athlete or _person_form(run) or (several and not team and (listing or plain)
                                                     and not _is_place(name, places)):
                    label = "PERSON"  # a list of people: a line-up, a scorecard, a ranking
                elif _is_place(name, places) and not team:
                    label = "GPE"
                elif team:
                    label = "ORG"
                elif not several and name in named:
                    label = ""  # a word some name of the text holds ("b Roe 12"): its entity decides
                else:
                    continue  # "1 Background", "Comments (12)": a heading or a label, no name
                cand = Candidate(s, e, name, label, "table")
                cand.votes[label] += 1
                if label == "ORG" and canonical_key(name) not in nation_names():
                    cand.votes[TEAM] += 1  # a competitor of a result: the side, wherever else it is named
                out.append(cand)
                continue
            if (athlete or _person_form(run)) and len(found) == 1 and s <= found[0].start and found[0].end <= e:
                found[0].start, found[0].end, found[0].text = s, e, text[s:e]  # "Velikova" of "Ana Velikova"
            for cand in found:
                if (athlete or _person_form(run)) and cand.label != "PERSON" and (cand.start, cand.end) == (s, e):
                    cand.votes["PERSON"] += 3
                elif listing and not team and cand.label == "ORG" and (cand.start, cand.end) == (s, e) \
                        and plain_name(run):
                    cand.votes["PERSON"] += 1.5  # "A : Ana Roe , Piet Vos": a list of people
                elif team and cand.end == e and not _person_form(run) and (
                        cand.label in {"GPE", "LOC", ""} or _is_place(cand.text, places)
                        or len([t for t in run if t.is_alpha]) == 1):
                    cand.votes["ORG"] += 3  # the team named after its town
                    if canonical_key(cand.text) not in nation_names():
                        cand.votes[TEAM] += 1
    return sorted(out, key=lambda c: c.start)


def plain_name(run: list[Token]) -> bool:
    """Two or three capitalised words, none of them a head word of an organisation or a place."""
    words = [t for t in run if t.is_alpha]
    return 2 <= len(words) <= 3 and all(t.is_title for t in words) and not any(
        t.lower_ in ORG_HEADS or t.lower_ in PLACE_NOUNS or t.lower_ in FACILITY_NOUNS for t in words)


def _heading(text: str, run: list[Token], end: int, places: frozenset[str]) -> bool:
    """True for a label before a colon ("Attendance :", "Ref:", "Pictures: X"), unless it is a place (a venue)."""
    return text[end:end + 3].lstrip().startswith(":") and not _is_place(text[run[0].idx:end], places)


def _person_form(run: list[Token]) -> bool:
    """An initial or a common first name opening a name of two words or more: "G. Roe", "Maria Ruiz"."""
    words = [t for t in run if any(c.isalpha() for c in t.text)]
    if len(words) < 2:
        return False
    first = words[0].text
    initial = len(first.rstrip(".")) == 1 and first[:1].isupper() and (
        first.endswith(".") or (len(run) > 1 and run[1].text == "."))
    return initial or is_given_name(first)
