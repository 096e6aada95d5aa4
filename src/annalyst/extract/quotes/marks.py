"""Where the quotations of a text are: quotation marks paired into spans.

This works on the raw text, before and without the parse, because quotation
marks are typography, not syntax: spaCy's tokenizer splits them off but does
not pair them, and textacy's ``direct_quotations`` gives up on the unpaired,
mis-directed and paragraph-spanning marks that real articles are full of
(copy-pasted news text, OCR, hand-typed transcripts). The rules here:

* a mark's *direction* comes from what surrounds it, not from its glyph, so a
  quote closed by “ (``...victory“[i]``) is still closed, and a straight ``"``
  is read as opening or closing by the same test;
* a paragraph that ends inside a quotation and is followed by a paragraph that
  opens with a new mark continues the same quotation (the printer's convention
  for multi-paragraph quotes);
* a closing mark with no opening mark, after a paragraph that ends with a colon
  ("As the newspaper reported:"), closes a *block quote* that starts at the
  paragraph after the colon; quotations inside the block are nested in it;
* single marks count as quotation marks inside a double-quoted span, or as
  the primary marks of a text that has no double marks at all (British style),
  and never when they are apostrophes (``don’t``, ``Varela’s``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..references import paragraph_spans

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE_EITHER = '"″'
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
SINGLE_EITHER = "'"

# What may stand right before an opening mark / right after a closing mark.
_BEFORE_OPEN = set("([{—–-/:;") | {""}
_AFTER_CLOSE = set(".,;:!?)]}[—–-…/*¹²³⁴⁵⁶⁷⁸⁹⁰") | {""}
# How many paragraphs a block quote or an unclosed quotation may run over.
_MAX_PARAGRAPHS = 8


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quoted passage: ``text[start:end]`` are the words, without the marks.

    ``open``/``close`` are the offsets of the marks (``None`` where the text has
    none, e.g. the start of a block quote); ``kind`` is ``inline``, ``multi``
    (over several paragraphs), ``block`` (introduced by a colon) or ``unclosed``
    (no closing mark: cut at the end of its paragraph); ``parent`` is the index,
    in the returned list, of the quotation this one is nested in.
    """

    start: int
    end: int
    open: int | None
    close: int | None
    kind: str
    parent: int | None = None


@dataclass(frozen=True, slots=True)
class _Mark:
    pos: int
    role: str  # open, close, either


def _role(text: str, i: int, opens: str, closes: str, either: str) -> str | None:
    char = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    left_free = before == "" or before.isspace() or before in _BEFORE_OPEN or before in opens
    right_free = after == "" or after.isspace() or after in _AFTER_CLOSE or after in closes or after in either
    if char in opens:
        return "close" if (not left_free and right_free) else "open"
    if char in closes:
        return "open" if (left_free and not right_free) else "close"
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    return "either"


def _paragraph_of(paragraphs: list[tuple[int, int]], pos: int) -> int:
    """Index of the paragraph ``pos`` lies in (a position between paragraphs belongs to the one before)."""
    return max(bisect.bisect_right(paragraphs, (pos, len(paragraphs) and 1 << 62)) - 1, 0)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _at_paragraph_start(text: str, paragraphs: list[tuple[int, int]], pos: int) -> bool:
    start = paragraphs[_paragraph_of(paragraphs, pos)][0]
    return not text[start:pos].strip()


def _marks(text: str, start: int, end: int, opens: str, closes: str, either: str) -> list[_Mark]:
    chars = set(opens + closes + either)
    out = []
    for i in range(start, end):
        if text[i] in chars:
            role = _role(text, i, opens, closes, either)
            if role == "close" and text[i] in "’'" and _is_apostrophe(text, i):
                continue
            if role in ("open", "either") and text[i] in "'" and i > 0 and text[i - 1].isalnum():
                continue
            if role is not None:
                out.append(_Mark(i, role))
    return out


def _is_apostrophe(text: str, i: int) -> bool:
    """``don’t``, ``Varela’s``, ``’70s``: a single mark inside or at the edge of a word."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return (before.isalnum() and after.isalnum()) or (not before.isalnum() and after.isdigit())


def _pair(text: str, marks: list[_Mark], paragraphs: list[tuple[int, int]]) -> tuple[list[Quotation], list[int]]:
    """Pair marks into quotations; also return the closing marks nothing opened (block-quote ends)."""
    found: list[Quotation] = []
    stray: list[int] = []
    open_at: int | None = None
    nested_at: int | None = None
    paragraphs_open = 0

    def close_unclosed(pos_limit: int) -> None:
        nonlocal open_at, nested_at
        assert open_at is not None
        para_end = paragraphs[_paragraph_of(paragraphs, open_at)][1]
        start, end = _trimmed(text, open_at + 1, min(para_end, pos_limit))
        if end > start:
            found.append(Quotation(start, end, open_at, None, "unclosed"))
        open_at, nested_at = None, None

    for mark in marks:
        role = mark.role
        if role == "either":
            role = "close" if open_at is not None else "open"
        if open_at is not None:
            gap = _paragraph_of(paragraphs, mark.pos) - paragraphs_open
            if role == "open" and gap > 0:
                if gap == 1 and _at_paragraph_start(text, paragraphs, mark.pos):
                    paragraphs_open += 1  # the same quotation continues in a new paragraph
                    continue
                close_unclosed(mark.pos)
            elif role == "close" and gap > _MAX_PARAGRAPHS:
                close_unclosed(mark.pos)
        if role == "open":
            if open_at is None:
                open_at = mark.pos
                paragraphs_open = _paragraph_of(paragraphs, mark.pos)
            elif nested_at is None:
                nested_at = mark.pos  # a double-marked quotation inside a double-marked one
            continue
        # a closing mark
        if nested_at is not None:
            start, end = _trimmed(text, nested_at + 1, mark.pos)
            if end > start:
                found.append(Quotation(start, end, nested_at, mark.pos, "inline"))
            nested_at = None
        elif open_at is not None:
            start, end = _trimmed(text, open_at + 1, mark.pos)
            multi = _paragraph_of(paragraphs, open_at) != _paragraph_of(paragraphs, mark.pos)
            if end > start:
                found.append(Quotation(start, end, open_at, mark.pos, "multi" if multi else "inline"))
            open_at = None
        else:
            stray.append(mark.pos)
    if open_at is not None:
        close_unclosed(len(text))
    return found, stray


def _block_start(text: str, paragraphs: list[tuple[int, int]], close: int) -> int | None:
    """Start of the block quote a stray closing mark ends: the paragraph after one ending with a colon."""
    here = _paragraph_of(paragraphs, close)
    for n in range(here, max(here - _MAX_PARAGRAPHS, 0), -1):
        prev_start, prev_end = paragraphs[n - 1]
        if text[prev_start:prev_end].rstrip().endswith(":"):
            return paragraphs[n][0]
    return None


def nest(found: list[Quotation]) -> list[Quotation]:
    """Sort by position and point each quotation at the innermost one containing it."""
    found = sorted(found, key=lambda q: (q.start, -q.end))
    out: list[Quotation] = []
    for q in found:
        parent = None
        for n in range(len(out) - 1, -1, -1):
            if out[n].start <= q.start and q.end <= out[n].end and (out[n].start, out[n].end) != (q.start, q.end):
                parent = n
                break
        out.append(Quotation(q.start, q.end, q.open, q.close, q.kind, parent))
    return out


def find_quotations(text: str) -> list[Quotation]:
    """Every quoted passage of ``text``, in text order, nested ones after their parent."""
    paragraphs = paragraph_spans(text) or [(0, len(text))]
    marks = _marks(text, 0, len(text), DOUBLE_OPEN, DOUBLE_CLOSE, DOUBLE_EITHER)
    if marks:
        found, stray = _pair(text, marks, paragraphs)
        singles = []
        for q in found:  # single marks only count inside double-marked passages
            inner = _marks(text, q.start, q.end, SINGLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER)
            pairs, _ = _pair(text, inner, paragraphs)
            singles.extend(p for p in pairs if p.close is not None)
        # passages that overlap (an unclosed one runs on into the next) share their inner quotations: once each
        found.extend({(p.start, p.end): p for p in singles}.values())
    else:
        found, stray = _pair(text, _marks(text, 0, len(text), SINGLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER),
                             paragraphs)
        found = [q for q in found if q.close is not None]  # an unclosed single mark is most likely an apostrophe
    for close in stray:
        start = _block_start(text, paragraphs, close)
        if start is None:
            continue
        begin, end = _trimmed(text, start, close)
        if end > begin and not any(q.start <= begin < q.end for q in found):  # one block per opening
            found.append(Quotation(begin, end, None, close, "block"))
    return nest(found)
