"""Long documents analysed in pieces, with every offset kept into the whole text.

spaCy refuses a text over ``nlp.max_length`` characters (E088), and its parser
needs memory in proportion to the text, so a 10 MB file, or a line of ten
million characters, would stop the run or exhaust memory. Such a document is
cut at the best boundary before a size limit (a blank line, else a line break,
else a sentence end, else a space, else anywhere), each piece is parsed and
analysed as a document of its own, and the pieces' records are joined back:
offsets shifted by the piece's start, local ids made unique per piece.
Nothing is truncated: the pieces cover the whole text.

What is lost at a cut: a quotation or a sentence that spans it, and the
context that one piece gives another (a pronoun whose name is in the piece
before). A finding says where the cuts are.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ..model import DocAnalysis, Document, Finding

PIECE_CHARS = 200_000  # well under spaCy's max_length; the parse of a piece needs some hundreds of MB

_BOUNDARIES = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]*\s"), re.compile(r"\s"))
_OFFSETS = frozenset({"start", "end", "cue_start", "cue_end"})


def cut_points(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces of at most ``size`` characters covering ``text``."""
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        window = text[start + size // 2:end]  # cut in the second half, so no piece is tiny
        for boundary in _BOUNDARIES:
            found = [m.end() for m in boundary.finditer(window)]
            if found:
                end = start + size // 2 + found[-1]
                break
        pieces.append((start, end))
        start = end
    pieces.append((start, len(text)))
    return pieces


def piece_document(document: Document, start: int, end: int) -> Document:
    """A piece of ``document`` as a document of its own (same id, title, date and metadata)."""
    return dataclasses.replace(document, text=document.text[start:end])


def join_pieces(document: Document, parts: list[tuple[int, DocAnalysis]]) -> DocAnalysis:
    """One analysis of ``document`` from its pieces' analyses, each given with the piece's start offset."""
    fields: dict[str, list] = {f.name: [] for f in dataclasses.fields(DocAnalysis) if f.name != "document"}
    for n, (offset, analysis) in enumerate(parts):
        for name, items in fields.items():
            items.extend(_shift(item, offset, document.id, n) for item in getattr(analysis, name))
    cuts = [offset for offset, _ in parts[1:]]
    fields["findings"].append(Finding(
        "long_document", f"{document.source}: {len(document.text):,} characters, analysed in {len(parts)} pieces "
        f"cut at offsets {', '.join(map(str, cuts))}; a quotation or sentence across a cut may be missed",
        doc=document.id))
    return DocAnalysis(document=document, **{name: tuple(items) for name, items in fields.items()})


def _shift(value: Any, offset: int, doc: str, n: int) -> Any:
    """A record with its offsets moved by ``offset`` and the local ids of piece ``n`` made unique."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            old = getattr(value, f.name)
            if f.name in _OFFSETS and isinstance(old, int):
                changes[f.name] = old + offset
            else:
                new = _shift(old, offset, doc, n)
                if new is not old:
                    changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, tuple):
        return tuple(_shift(v, offset, doc, n) for v in value)
    if n and isinstance(value, str) and value.startswith(doc + ":"):
        return f"{value}.p{n}"  # "d1:L3" of the second piece becomes "d1:L3.p1"
    return value
