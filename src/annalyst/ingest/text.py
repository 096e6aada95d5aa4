"""Plain text and Markdown: bytes in an unknown encoding to one Document.

The encoding is detected, not assumed: UTF-8 (with or without BOM) is tried
first because it is by far the most common and a strict UTF-8 decode almost
never succeeds by accident; otherwise charset-normalizer chooses. Newlines are
normalised to ``\\n`` and web-page leftovers are dropped
(:mod:`.boilerplate`); everything else is kept as written, so that a reader
can find every quoted span in the original file.
"""

from __future__ import annotations

import re
from typing import Any

from charset_normalizer import from_bytes

from ..errors import DecodeError, EmptyDocument
from ..model import Document
from .boilerplate import strip_boilerplate
from .byline import parse_date, parse_header

__all__ = ["decode_text", "looks_binary", "read_text_document"]

# Code pages that charset-normalizer often cannot tell apart on short texts
# (they agree on most letters). When they (nearly) tie, Windows-1252 wins: it is the
# usual legacy encoding of English and Western European text and a superset
# of the printable part of latin-1.
_PREFERRED_ON_TIE = ("cp1252", "latin_1", "iso8859_15")

# How close two readings must be to count as a tie. Language coherence is measured on few words
# in a short text, so one letter read as "č" instead of "è" can swing it by several points.
_CHAOS_TIE = 0.5
_COHERENCE_TIE = 10.0

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*\n", re.DOTALL)
_FRONT_MATTER_FIELD = re.compile(r"^(title|author|authors|date|published|url)\s*:\s*(.+?)\s*$",
                                 re.IGNORECASE | re.MULTILINE)


def decode_text(data: bytes, source: str) -> str:
    """Decode ``data`` whatever its encoding, with newlines normalised to ``\\n``."""
    text = _decode(data, source)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_binary(data: bytes) -> bool:
    """True when ``data`` is not text in any encoding we can detect (an image, an archive...).

    NUL bytes are the classic sign (as in git and grep), except for UTF-16/32,
    which announce themselves with a BOM.
    """
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    if b"\x00" in head:
        return True
    try:
        head.decode("utf-8")
        return False
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a character cut by the 8 KB window
            return False
    return from_bytes(head).best() is None


def read_text_document(data: bytes, *, source: str, doc_id: str, sha256: str, markdown: bool = False) -> Document:
    """One plain-text (or Markdown) file as a Document, with title, author and date from its header."""
    text = decode_text(data, source)
    meta: dict[str, Any] = {}
    fields: dict[str, str] = {}
    if markdown:
        text, fields = _split_front_matter(text)
    text = strip_boilerplate(text)
    if not text.strip():
        raise EmptyDocument(source, "no text in the file", "give a file with some prose in it")
    header = parse_header(text)
    title = fields.get("title") or header.title
    author = fields.get("author") or fields.get("authors") or header.author
    published = header.published
    if fields.get("date") or fields.get("published"):
        published = parse_date(fields.get("published") or fields["date"]) or published
    if fields.get("url"):
        meta["url"] = fields["url"]
    meta.update(header.meta)
    return Document(id=doc_id, source=source, text=text, sha256=sha256, title=title, author=author,
                    published=published, url=fields.get("url"), meta=meta)


def _decode(data: bytes, source: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _decode_error(source, exc.start) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if b"\x00" in data[:8192]:
        raise _decode_error(source, data.index(b"\x00"))
    matches = list(from_bytes(data))
    if not matches:
        raise _decode_error(source, first_bad)
    best = matches[0]
    tied = [m for m in matches
            if m.percent_chaos <= best.percent_chaos + _CHAOS_TIE and m.percent_coherence >= best.percent_coherence
            - _COHERENCE_TIE]
    for preferred in _PREFERRED_ON_TIE:
        for match in tied:
            if preferred in match.could_be_from_charset:
                return data.decode(preferred)
    return str(best)


def _decode_error(source: str, offset: int) -> DecodeError:
    return DecodeError(source, f"cannot decode the bytes as text (first undecodable byte at offset {offset})",
                       "save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8")


def _split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Drop a leading YAML front matter block (``---`` ... ``---``) and read its simple fields.

    Only flat ``key: value`` lines are read; a YAML parser would be overkill for
    the four fields we use and would add a dependency.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    fields = {key.lower(): value.strip().strip("\"'") for key, value in _FRONT_MATTER_FIELD.findall(match.group(1))}
    return text[match.end():], fields
