"""Citations: the reference mark that closes a claim or a quotation, and the note or source it points to.

A historian asks of every claim what it rests on. Texts answer in a few
conventional ways, all read here from the text alone:

* a reference mark after the words it supports, whose note the document
  holds at its foot: ``[2]``, ``[ii]``, superscript digits (``²``), a caret
  (``^3``, ``[^3]``). The notes are a run of lines opening with the same
  marks, under a heading ("Notes", "References", "--- Footnotes ---", the
  convention :mod:`annalyst.ingest.tei` follows) or, without one, at the end
  of the text; under a heading a numbered line ("3." or "3)") is a note too;
* an editor's cross-reference in brackets: "(see Document 4)";
* a bibliographic parenthesis right after a quotation: "(Ibid., page 43)",
  "(Hollis 1998: 45)";
* an attribution to a publication or a document in the sentence:
  "according to the Evening Ledger", "as the Morning Courier reported:",
  "telegram 77 reported".

A mark closes a quotation when it stands right after the closing quotation
mark, or inside it at the very end; it closes a claim when it ends the
claim's sentence (or follows the claim's last word). A claim or a quotation
lying inside a cited quotation rests on the same source and inherits its
citations. An attribution cites the claims and quotations of its sentence,
and, when the sentence ends in a colon, the quotation it introduces.

The pass runs after the per-document stages on their plain records, so it
needs no parse (see :func:`attach_citations`).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from ..language.diplomatic import is_apparatus
from ..model import Citation, Claim, DocAnalysis, Note, Quote

__all__ = ["Mark", "NoteSection", "attach_citations", "find_marks", "find_notes", "find_sources"]

_ROMAN = r"(?:x{0,3}(?:ix|iv|vi{0,3}|i{1,3})|x{1,3})"
_SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_SUPERSCRIPTS = str.maketrans(_SUPERSCRIPT_DIGITS, "1234567890")

# A reference mark in running text: a bracketed number or lower-case roman numeral, superscript digits, a caret.
_BODY_MARK = re.compile(
    r"\[(?:\d{1,3}|" + _ROMAN + r"|\^\w{1,8})\]"
    r"|[" + _SUPERSCRIPT_DIGITS + r"]{1,3}"
    r"|\^\d{1,3}\b")

# The line of a note: its mark, then its words. Numbered lines ("3." "3)") count only under a heading.
_NOTE_LINE = re.compile(
    r"^[ \t]*(?P<mark>\[(?:\d{1,3}|" + _ROMAN + r"|\^\w{1,8})\]:?|[" + _SUPERSCRIPT_DIGITS + r"]{1,3}|\^\d{1,3})"
    r"[ \t]*(?P<words>\S[^\n]*)$", re.MULTILINE)
_NUMBERED_LINE = re.compile(r"^[ \t]*(?P<mark>\d{1,3}[.)])[ \t]+(?P<words>\S[^\n]*)$", re.MULTILINE)

# The heading that opens the notes: "Notes", "References:", "--- Footnotes ---", "## Endnotes".
_HEADING = re.compile(
    r"^[-—=*#_\t ]*(?:(?:foot|end)?notes?|references?|sources?|citations?|works cited|bibliography)"
    r"[-—=*#_\t :]*$", re.IGNORECASE | re.MULTILINE)

# What may stand between the words a mark closes and the mark: closing quotation marks and punctuation.
_CLOSERS = "”\"’'“»)]"
_GAP = re.compile(r"[" + re.escape(_CLOSERS) + r".,;:!?…]{0,3}[ \t]?$")

# An editor's cross-reference: "(see Document 4)", "(See Documents 2 and 3)", "(Document 4)".

# A bibliographic parenthesis: volume and page, "Ibid.", an author and year.
_BIBLIOGRAPHIC = re.compile(
    r"\b(?:ibid|pages?|pp?\.|vols?\.|volume|no\.|folio|diary|papers of)\b|\b[A-Z][\w’'-]+,? \d{4}\b", re.IGNORECASE)
_PARENTHESIS = re.compile(r"[ \t]?\((?P<inner>[^()\n]{3,160})\)")

# Words that end the name of a publication or a news service (generic words only, no titles).
_PUBLICATION_WORDS = (
    "times", "post", "journal", "herald", "tribune", "news", "gazette", "telegraph", "guardian", "observer",
    "chronicle", "review", "magazine", "daily", "weekly", "monthly", "press", "wire", "radio", "television",
    "bulletin", "courier", "star", "sun", "mirror", "express", "independent", "ledger", "record", "register",
    "dispatch", "examiner", "inquirer", "standard", "economist", "mail", "sentinel", "globe", "reporter", "monitor",
    "report", "broadcasting", "newspaper", "digest", "quarterly",
)  # not "agency", "service" or "affairs": more often a ministry or a department than a publication
# A document an archive or an edition numbers: "Document 4", "telegram 77", "airgram A-12", "memorandum 3".
# Cables name each other by the sender's abbreviations: "Deptel" (the Department's), "Embtel" (the Embassy's),
# "urtel" (yours), "reftel" (the one referred to), "mytel" (mine).
_DOCUMENT = (r"(?:[Dd]ocument|(?:[Cc]ircular )?[Tt]elegram|[Aa]irgram|[Dd]espatch|[Dd]ispatch|[Cc]able|[Mm]emorandum|"
             r"[Cc]ircular|Deptel|Embtel|Contel|Circtel|[Uu]rtel|[Rr]eftel|[Mm]ytel)"
             r" (?:No\. ?)?[A-Z]?-?\d{1,5}")
_NUMBERS = r"\d{1,4}(?:[–-]\d{1,4})?"
# An editor's or a writer's cross-reference in brackets: "(see Document 4)", "(See Documents 2 and 3)",
# "(Deptel 379, August 4)", "(Telegram 13; ibid., page 128)".
_SEE_DOCUMENT = re.compile(
    r"\((?:[Ss]ee (?:also )?)?(?P<source>[Dd]ocuments? " + _NUMBERS + r"(?:(?:,| and| or) " + _NUMBERS + r")*|"
    + _DOCUMENT + r")(?:[,;][^()\n]{0,120})?\)")
_NAME_WORD = r"(?:[A-Z][\w’'.&-]*|of|the|and|de|du|la|le|el|al|die|der)"
_PUBLICATION_WORD = r"(?:" + "|".join(w.capitalize() for w in _PUBLICATION_WORDS) + r")\b"
_NOT_A_NAME = (r"(?!(?:A|An|This|That|These|Those|Its|His|Her|Their|Our|Your|My|No|Each|Every|Any|Some|See|Cf|For|In|"
               r"On|By|From|As|According|Also|Printed|Quoted|Reprinted)\b)")
_CAPITALISED = _NOT_A_NAME + r"[A-Z][\w’'.&-]* (?:" + _NAME_WORD + r" ){0,4}?"
_PUBLICATION = r"(?:[Tt]he (?:" + _CAPITALISED + r")?|" + _CAPITALISED + r")" + _PUBLICATION_WORD
_SOURCE = r"(?P<source>" + _DOCUMENT + r"|" + _PUBLICATION + r")"
_ACCORDING = re.compile(
    r"\b(?:(?:[Aa]ccording to|[Aa]s (?:reported|stated|noted|quoted) by|[Rr]eported by|[Cc]ited (?:by|in)|"
    r"[Qq]uoted (?:by|in)) |(?:[Aa]s )?(?:reported|stated|noted|quoted|indicated|described|"
    r"summari[sz]ed|recorded|set forth|outlined) in (?:(?:his|her|its|their|our|your|a) )?)" + _SOURCE)
_REPORTED = re.compile(r"(?:\b[Aa]s |(?<=[.!?:]\s)|^)" + _SOURCE + r",? (?:has |had )?(?:reported|reports|"
                       r"wrote|writes|noted|notes|said|says|stated|states|quoted|put it|observed|recorded)\b",
                       re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Mark:
    """A reference mark in the body, with the note or source it points to when found."""

    start: int
    end: int
    text: str
    note: Note | None = None
    source: str | None = None
    kind: str = "mark"  # mark (a footnote mark), see (a cross-reference), parenthesis, attribution

    def citation(self) -> Citation:
        return Citation(mark=self.text, start=self.start, end=self.end, note=self.note, source=self.source)


@dataclass(frozen=True, slots=True)
class NoteSection:
    """Where the notes begin (the heading or the first note line) and each note by its key."""

    start: int
    notes: dict[str, Note]


def _key(mark: str) -> str:
    """The number or numeral a mark stands for: "[ii]" and "ii." give "ii", "²" and "[^2]" give "2"."""
    return mark.translate(_SUPERSCRIPTS).strip("[]^:.) \t").lower()


def _note(text: str, m: re.Match, next_start: int) -> Note:
    """A note's words: from after its mark to the next note, the first blank line, or the end."""
    start = m.start("words")
    blank = text.find("\n\n", start)
    end = min(next_start, blank if blank >= 0 else len(text))
    end = len(text[:end].rstrip())
    return Note(start, end, text[start:end])


def _notes_from(text: str, lines: list[re.Match]) -> dict[str, Note]:
    notes: dict[str, Note] = {}
    for k, m in enumerate(lines):
        next_start = lines[k + 1].start() if k + 1 < len(lines) else len(text)
        notes.setdefault(_key(m.group("mark")), _note(text, m, next_start))
    return notes


def find_notes(text: str) -> NoteSection | None:
    """The notes of ``text``: under the last heading that some note lines follow, else the run of note lines
    that ends the text (blank lines and a few short lines of page furniture after it allowed)."""
    for heading in reversed(list(_HEADING.finditer(text))):
        lines = [m for m in _NOTE_LINE.finditer(text, heading.end())]
        numbered = [m for m in _NUMBERED_LINE.finditer(text, heading.end())]
        if len(numbered) > len(lines):
            lines = numbered
        if lines and not text[heading.end():lines[0].start()].strip():
            return NoteSection(heading.start(), _notes_from(text, lines))
    lines = list(_NOTE_LINE.finditer(text))
    if not lines:
        return None
    run = [lines[-1]]
    for m in reversed(lines[:-1]):
        between = text[m.end():run[0].start()]
        if between.strip() and not _continues(between):
            break
        run.insert(0, m)
    after = [line for line in text[run[-1].end():].splitlines() if line.strip()]
    if len(after) > 3 or any(len(line) > 60 for line in after):
        return None  # the text goes on: these are not notes at its foot
    notes = _notes_from(text, run)
    body = text[:run[0].start()]
    if not any(_key(m.group()) in notes for m in _BODY_MARK.finditer(body)):
        return None  # no mark in the body points to them
    return NoteSection(run[0].start(), notes)


def _continues(between: str) -> bool:
    """Whether the words between two note lines continue the first note (no blank line before them)."""
    return "\n\n" not in between.strip("\n")


def find_marks(text: str, notes: NoteSection | None) -> list[Mark]:
    """Every reference mark of the body (the text before the notes), paired with its note when there is one."""
    end = notes.start if notes else len(text)
    marks: list[Mark] = []
    for m in _BODY_MARK.finditer(text, 0, end):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start:m.start()].strip():
            continue  # a mark opening a line labels it (a list item, a stray note), it closes nothing
        note = notes.notes.get(_key(m.group())) if notes else None
        if m.group()[0] in _SUPERSCRIPT_DIGITS + "^" and _power(text, m.start(), note is not None):
            continue
        marks.append(Mark(m.start(), m.end(), m.group(), note, _named_source(note.text) if note else None))
    for m in _SEE_DOCUMENT.finditer(text, 0, end):
        marks.append(Mark(m.start(), m.end(), m.group(), None, m.group("source"), "see"))
    return sorted(marks, key=lambda k: k.start)


_UNIT = re.compile(r"\d[ \t]?[a-zA-Z]{1,3}$")


def _power(text: str, pos: int, resolved: bool) -> bool:
    """Whether a superscript at ``pos`` is a power, not a mark: after a unit of a number ("40 km²"), or after
    a letter when no note answers it ("x^2")."""
    before = text[max(0, pos - 6):pos]
    return bool(_UNIT.search(before)) or (not resolved and before[-1:].isalnum())


def _named_source(words: str) -> str | None:
    """The document or publication a note names first: "See Document 4." gives "Document 4"."""
    m = re.search(_SOURCE, words)
    return m.group("source") if m else None


def find_sources(text: str, end: int | None = None) -> list[Mark]:
    """Attributions of the body to a publication or a numbered document ("according to the Evening Ledger")."""
    end = len(text) if end is None else end
    found = []
    for pattern in (_ACCORDING, _REPORTED):
        for m in pattern.finditer(text, 0, end):
            found.append(Mark(m.start(), m.end(), m.group(), None, m.group("source").strip(), "attribution"))
    return sorted(found, key=lambda k: k.start)


# ---------------------------------------------------------------------------------------------------------
# Which claim or quotation a mark closes


# The end of a sentence: a full stop, closing marks and perhaps a reference mark, then a space; or a line break.
_FULL_STOP = re.compile(r"[.!?…][" + re.escape(_CLOSERS) + r"]*(?:" + _BODY_MARK.pattern + r")?(?=\s)|\n")


def _sentence_end(text: str, pos: int, limit: int) -> int:
    """Where the sentence running at ``pos`` ends: a full stop with a space or line break after it, or a
    line break (``limit`` at most)."""
    m = _FULL_STOP.search(text, pos, limit)
    return m.end() if m else limit


def _sentence_start(text: str, pos: int) -> int:
    window = text[max(0, pos - 2000):pos]
    last = max((m.end() for m in _FULL_STOP.finditer(window)), default=0)
    return max(0, pos - 2000) + last


def _closes_quote(text: str, q: Quote, mark: Mark) -> bool:
    """A mark right after the quotation's closing mark, or inside it at the very end."""
    if q.start <= mark.start and mark.end <= q.end:  # inside the quoted words: only at their end
        return not text[mark.end:q.end].strip(" \t.,;:!?…")
    if mark.start < q.end:
        return False
    if _GAP.match(text[q.end:mark.start]) and mark.start - q.end <= 4:
        return True
    return _ends_sentence(text, q.end + 1, mark, quoted=False)  # “…,” she said.[4]


def _ends_sentence(text: str, end: int, mark: Mark, quoted: bool = True) -> bool:
    """Whether ``mark`` ends the sentence running at ``end``: no sentence boundary (nor, unless ``quoted``,
    quotation) between them, and the mark stands after the sentence's full stop or before it."""
    for cut in _BODY_MARK.finditer(text, max(0, end - 6), end + 6):
        if cut.start() < end < cut.end():  # the record's span took part of a mark: its sentence ended before it
            end = cut.start() - 1
    if _sentence_end(text, end, mark.start + 1) <= mark.start:
        return False
    if not quoted and re.search(r"[“\"]", text[end:mark.start]):
        return False
    before = text[:mark.start].rstrip(" \t" + _CLOSERS)
    return before.endswith((".", "!", "?", "…")) or bool(_ENDS_SENTENCE.match(text[mark.end:mark.end + 3]))


def _closes_claim(text: str, c: Claim, mark: Mark) -> bool:
    """A mark right after the claim's last word, overlapping its end, or ending the claim's sentence."""
    if mark.start < c.end <= mark.end:  # the claim's span took part of the mark
        return True
    if c.start <= mark.start and mark.end <= c.end:  # inside: at the end, or after a full stop the parse missed
        before = text[c.start:mark.start].rstrip(" \t" + _CLOSERS)
        return before.endswith((".", "!", "?")) or not text[mark.end:c.end].strip(" \t.,;:!?…" + _CLOSERS)
    if mark.start < c.end:
        return False
    if _GAP.match(text[c.end:mark.start]) and mark.start - c.end <= 4:
        return True
    return _ends_sentence(text, c.end, mark)


_ENDS_SENTENCE = re.compile(r"[" + re.escape(_CLOSERS) + r"]*(?:[.!?…]|\s*$|\n)")


def _bibliographic(text: str, q: Quote) -> Mark | None:
    """A bibliographic parenthesis right after a quotation's closing mark: "(Ibid., page 43)"."""
    pos = q.end + 1 if text[q.end:q.end + 1] in _CLOSERS else q.end
    m = _PARENTHESIS.match(text, pos)
    if not m or not _BIBLIOGRAPHIC.search(m.group("inner")):
        return None
    return Mark(m.start() + (1 if m.group()[0] in " \t" else 0), m.end(), m.group().lstrip(" \t"), None,
                m.group("inner").strip(), "parenthesis")


_REACH = 400  # how far past a claim or quotation the mark ending its sentence may stand


def _add(cites: dict[str, list[Citation]], rid: str, citation: Citation) -> None:
    have = cites.setdefault(rid, [])
    if all((c.start, c.end) != (citation.start, citation.end) for c in have):
        have.append(citation)


def attach_citations(analysis: DocAnalysis) -> DocAnalysis:
    """The analysis with each claim and quotation given the citations that close it."""
    text = analysis.document.text
    notes = find_notes(text)
    body_end = notes.start if notes else len(text)
    marks = find_marks(text, notes)
    sources = find_sources(text, body_end)
    quotes = [q for q in analysis.quotes if q.start < body_end]
    claims = [c for c in analysis.claims if c.start < body_end]
    cites: dict[str, list[Citation]] = {}
    starts = [m.start for m in marks]

    def near(record: Quote | Claim) -> list[Mark]:  # the marks from its start to a little past its end
        return marks[bisect.bisect_left(starts, record.start):bisect.bisect_right(starts, record.end + _REACH)]

    for q in quotes:
        for mark in near(q):
            if _closes_quote(text, q, mark):
                _add(cites, q.id, mark.citation())
        bib = _bibliographic(text, q)
        if bib is not None:
            _add(cites, q.id, bib.citation())
    for c in claims:
        for mark in near(c):
            if _closes_claim(text, c, mark):
                _add(cites, c.id, mark.citation())
    _attributions(text, sources, quotes, claims, cites)
    _inherit(quotes, claims, cites)
    dropped = {r.id for r in (*analysis.quotes, *analysis.claims) if notes and _apparatus(text, notes, r)}
    if not cites and not dropped and not any(r.citations for r in (*analysis.quotes, *analysis.claims)):
        return analysis
    return dataclasses.replace(
        analysis,
        quotes=tuple(_with(q, cites) for q in analysis.quotes if q.id not in dropped),
        claims=tuple(_with(c, cites) for c in analysis.claims if c.id not in dropped))


# A reference in a note: pages, volumes, statutes, addresses, "ibid.", "neither printed".
_REFERENCE = re.compile(r"\bpp?\.\s?\d|\bvols?\.\s?\d|\bStat\.\s?\d|https?://|www\.|\bibid\b|\bop\. cit\b|"
                        r"\b(?:neither|none) (?:is |are )?printed\b", re.IGNORECASE)


def _apparatus(text: str, notes: NoteSection, record: Quote | Claim) -> bool:
    """Whether a claim or quotation found in the notes is their furniture, not what a note tells: the heading,
    a bibliographic reference, an editor's "not printed". A note's account of events stays a claim."""
    if record.start < notes.start:
        return False
    heading_end = text.find("\n", notes.start)
    if record.start < (heading_end if heading_end >= 0 else len(text)) and not _NOTE_LINE.match(text, notes.start):
        return True
    words = _NOTE_LINE.sub(r"\g<words>", record.text)
    return bool(_REFERENCE.search(words)) or is_apparatus(words)


def _attributions(text: str, sources: list[Mark], quotes: list[Quote], claims: list[Claim],
                  cites: dict[str, list[Citation]]) -> None:
    """An attribution cites the claims and quotations of its sentence, and the quotation its colon opens."""
    for source in sources:
        start = _sentence_start(text, source.start)
        end = _sentence_end(text, source.end, len(text))
        for record in (*quotes, *claims):
            if start <= record.start and record.end <= end + 1:
                _add(cites, record.id, source.citation())
        colon = re.compile(r"[^\n.!?]{0,80}?:\s*").match(text, source.end)
        if colon:
            opened = [q for q in quotes if colon.end() <= q.start <= colon.end() + 2]
            for q in opened:
                _add(cites, q.id, source.citation())


def _inherit(quotes: list[Quote], claims: list[Claim], cites: dict[str, list[Citation]]) -> None:
    """Claims and quotations inside a cited quotation rest on its source too."""
    cited = sorted((q.start, q.end, q.id) for q in quotes if q.id in cites)
    if not cited:
        return
    starts = [s for s, _, _ in cited]
    for record in (*quotes, *claims):
        i = bisect.bisect_right(starts, record.start)
        for s, e, qid in cited[:i]:
            if qid != record.id and s <= record.start and record.end <= e:
                for citation in cites[qid]:
                    _add(cites, record.id, citation)


def _with(record, cites: dict[str, list[Citation]]):
    """The record with the citations found now (a pass over a whole joined document overrides its pieces')."""
    found = tuple(sorted(cites.get(record.id, ()), key=lambda c: c.start))
    return record if found == record.citations else dataclasses.replace(record, citations=found)
