"""Conventions of diplomatic documents: which documents are cables and memoranda, which lines are apparatus.

Editions of diplomatic papers (the U.S. *Foreign Relations* series, the British
*Documents on British Policy Overseas*, national archives' online releases)
print each document under a heading that names its kind ("Telegram From the
Embassy in ...", "Memorandum for the Record", "Intelligence Estimate") and add
an editor's apparatus: source notes, cross-references and footnotes that say
where a document is, that it is not printed, or what another document says.
The kinds and apparatus phrasings here are those editions' general forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Headings of diplomatic document kinds.
_KINDS = re.compile(
    r"\b(?:telegram|cable|airgram|despatch|dispatch|memorandum|memo|aide[- ]m[ée]moire|note verbale|"
    r"circular|intelligence (?:estimate|note|report|memorandum)|estimate|minutes|record of (?:a )?(?:meeting|"
    r"conversation)|letter from|letter to|message from|message to|paper prepared|briefing paper|"
    r"editorial note)\b", re.IGNORECASE)

#: Sentences of the apparatus: what a document is, where it is, what is not printed.
_APPARATUS = re.compile(
    r"(?:\bnot printed\b|\bprinted from\b|\bnot (?:been )?declassified\b|\bsee document\s+\d|"
    r"\bsee footnote\b|\bibid\b|\bsource text\b|\bis (?:printed|recorded|summari[sz]ed) in\b|"
    r"\bis in (?:telegram|airgram|circular|despatch|a memorandum|the National Archives)\b|"
    r"\bare in (?:the )?(?:National Archives|Department of State|Central Files)\b|"
    r"\b(?:copies|a copy|the text|the original) (?:is|are) (?:in|attached)\b|\bare attached\b|"
    r"\bis attached\b|\bbears? (?:this|the|a) (?:typed|handwritten)? ?(?:signature|notation|note)\b|"
    r"\bthe (?:President|Secretary) (?:checked|initial(?:l)?ed)\b|\bcentral files\b|\blot \d|"
    r"\bhere follows?\b|\blist of (?:persons|those|participants)\b|\bfor (?:the )?text of\b|"
    r"\bfor (?:a )?(?:summary|record) of\b|\bsee (?:the )?(?:editorial note|footnote|document|volume|ante|post)\b|"
    r"\bnot (?:been )?found in\b|\bha(?:ve|s) the hono(?:u)?r to\b|\b(?:infra|supra)\b|"
    r"\bunder reference\b|\bdocument [A-Z]{1,5}[ /–-]|\bpp?\. \d|"
    r"\bfiles? contains?\b|\bbox \d|\bgarbled\b|\b(?:omission|error) in the (?:text|transmission)\b)",
    re.IGNORECASE)

#: A sentence opening with a bracket that is no footnote number: an editor's insertion.
_EDITORIAL = re.compile(r"\s*\[(?!\d{1,3}\])")

#: The heading of a memorandum of conversation's participants list: "PARTICIPANTS:", "Present:",
#: "| Participants: |" (a table row), or the word alone on its line; the list follows, one person a line.
#: Read by the entities (the names and roles listed), the quotations (whom a turn label stands for) and
#: the events (the meeting a memorandum records), through :func:`participants_lists` where the list's end
#: matters.
PARTICIPANTS_HEADING = re.compile(r"(?im)^[ \t|]*(?:participants?|present|attendees|attending|those present|"
                                  r"persons present|in attendance|parties)[ \t]*(?::[ \t|]*|[ \t|]*$)")

#: The line that opens an edition's footnotes ("--- Footnotes ---", "Footnotes").
FOOTNOTES_HEADING = re.compile(r"^[-—\t ]*footnotes?[-—\t :]*$", re.IGNORECASE | re.MULTILINE)

#: Labels that head a document's fields or notes, not turns of speech ("SUBJECT:", "Note:"): the header
#: fields of memoranda, cables and e-mail, and the notes of news copy.
FIELD_LABELS = frozenset({
    "NOTE", "NOTES", "UPDATE", "SOURCE", "SOURCES", "PHOTO", "PHOTOS", "CORRECTION", "WARNING", "TAGS", "SUBJECT",
    "FROM", "TO", "DATE", "RE", "CC", "BCC", "TITLE", "TIME", "PLACE", "PARTICIPANTS", "CLASSIFICATION", "SUMMARY",
    "EDITOR'S NOTE", "EDITOR’S NOTE", "ADDENDUM", "PS", "P.S.", "URL", "LOCATION", "TOPIC", "REF", "REFERENCE",
    "ATTACHMENT", "ENCLOSURE", "DISTRIBUTION", "MEMORANDUM", "SECRET", "CONFIDENTIAL", "EXCLUSIVE", "WATCH", "READ",
})

#: A line that starts with a label ("SUBJECT:", "THE PRESIDENT:", "United States: Mr. A, …").
LINE_LABEL = re.compile(r"([A-Z][A-Za-z.'’ -]{0,30}):(?:[ \t|]+|$)")


def participants_lists(text: str) -> list[tuple[int, int]]:
    """Where each participants list lies: from the end of its heading (:data:`PARTICIPANTS_HEADING`) to the end
    of its last line. The list ends at the first line of prose, of a header field or of a speaker's turn
    ("SUBJECT:", "THE PRESIDENT:"; a side's name, "United States: Mr. A", goes on), or after three blank lines.
    Lines are read without the bars of a table row."""
    out = []
    for head in PARTICIPANTS_HEADING.finditer(text):
        pos, end, blanks = head.end(), head.end(), 0
        while pos < len(text):
            nl = text.find("\n", pos)
            line_end = nl if nl >= 0 else len(text)
            stripped = text[pos:line_end].strip(" \t|")
            if not stripped:
                blanks += 1
                if blanks > 2:
                    break
            else:
                blanks = 0
                labelled = LINE_LABEL.match(stripped)
                if _is_prose(stripped) or (labelled and _ends_list(labelled.group(1))):
                    break
                end = line_end
            pos = line_end + 1
        out.append((head.end(), end))
    return out


def _ends_list(label: str) -> bool:
    """A header field or a turn label ends a participants list; a side's name ("United States: …") does not."""
    return label.upper() in FIELD_LABELS or label.isupper()


def _is_prose(line: str) -> bool:
    words = line.split()
    return len(words) > 20 or (len(words) >= 8 and line.rstrip().endswith((".", "!", "?", ":")))

def is_diplomatic(title: str | None, text: str = "") -> bool:
    """Whether a document is a cable, memorandum, estimate or other diplomatic paper, by its heading."""
    head = title or text[:200]
    return bool(_KINDS.search(head or ""))


@lru_cache(maxsize=4096)  # each stage asks of the same sentences (claims, assessments, citations, links)
def is_apparatus(sentence: str) -> bool:
    """Whether a sentence is an editor's note about documents rather than about events."""
    if _EDITORIAL.match(sentence):  # "[Here follows a list of persons present.]": the editor's words
        return True
    # an editor's insertion ("[1 line not declassified]") is apparatus inside a sentence that is not
    return bool(_APPARATUS.search(re.sub(r"\[[^\]]*\]", " ", sentence)))


#: An edition's note that identifies a person: "[3] Mr. Dean Smith was Director of the Office of ...",
#: "[4] Both Messrs. Smith and Jones had been designated as Advisers ...".
_IDENTIFICATION = re.compile(
    r"^\s*\[\d{1,3}\]\s*(?:Both\s+)?(?:(?:Mr|Mrs|Messrs|Dr|Sir|General|Admiral|Ambassador)\.?\s+)?"
    r"[A-Z][\w.'’-]*(?:,?\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5},?\s+(?:was|were|is|had been|has been)\s+"
    r"(?:(?:designated|appointed|named)\s+(?:as\s+)?)?(?:the\s+|an?\s+)?(?:[A-Z][a-z]+\s+|of\s+)*"
    r"(?:Director|Chief|Secretary|Assistant|Advis[eo]rs?|Ambassador|Minister|Representatives?|Counsel+or|"
    r"Members?|member|Deputy|Chairman|President|Officer|officer|Consul|Chargé|Attaché|Delegates?|[Hh]ead)\b")


def is_identification(sentence: str) -> bool:
    """Whether a sentence is an editor's note saying who a person was ("[3] Mr. X was Director of ...")."""
    return bool(_IDENTIFICATION.match(sentence))


def footnotes_start(text: str) -> int:
    """Where an edition's footnotes begin in ``text`` (its length when there are none)."""
    m = FOOTNOTES_HEADING.search(text)
    return m.start() if m else len(text)


#: "USG", "HMG": the governments cables name by a fixed acronym
_FIXED_ACRONYMS = {"USG": "united states", "HMG": "united kingdom"}
_GOVERNMENT_OF = re.compile(r"^GO([A-Z])$")
#: "SARG", "UARG": the Government of an "... Arab/Arab-style Republic" by its initials, the state's first
_REPUBLIC_GOVERNMENT = re.compile(r"^([A-Z])[A-Z]RG$")


def government_acronym(word: str, states: dict[str, int]) -> str | None:
    """The state a cable's government acronym stands for: "USG", "HMG", and "GOX" (or "XARG", the X... Republic
    Government) for the Government of the state starting with X that the document names most (``states``:
    state key -> mentions)."""
    if word in _FIXED_ACRONYMS:
        return _FIXED_ACRONYMS[word]
    m = _GOVERNMENT_OF.match(word) or _REPUBLIC_GOVERNMENT.match(word)
    if not m:
        return None
    initial = m.group(1).lower()
    named = sorted(((n, k) for k, n in states.items() if k.startswith(initial)), reverse=True)
    if not named or (len(named) > 1 and named[1][0] * 2 > named[0][0]):
        return None
    return named[0][1]
