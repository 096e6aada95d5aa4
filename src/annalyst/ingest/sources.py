"""Which reader reads which file: walking paths, telling formats apart, turning errors into Failures.

The file name's extension decides first; a file with an unknown extension is
sniffed (PDF and gzip magic numbers, an XML or HTML start, JSON Lines, else
text or binary). Readers raise or yield :class:`~annalyst.errors.InputError`;
:func:`read_sources` turns each into a ``Failure`` so that one bad file, or
one bad record, never stops a run.

A file bigger than ``max_size`` bytes (a JSON Lines record longer than that, for
JSON Lines) is not read at all: it becomes a failure naming the file (and line),
its size and the limit (:mod:`.size`).
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import EmptyDocument, InputError, UnsupportedFormat
from ..model import Document, Failure
from .html import read_html_document
from .jsonl import read_json_documents, read_jsonl_documents
from .pdf import read_pdf_document
from .size import MAX_DOCUMENT_SIZE, too_large
from .tei import is_tei, read_tei_documents
from .text import looks_binary, read_text_document

__all__ = ["MAX_DOCUMENT_SIZE", "SUPPORTED", "count_documents", "document_id", "read_sources"]

log = logging.getLogger(__name__)

SUPPORTED = ".txt .md (plain text, any encoding), .html, .pdf (with a text layer), .xml (TEI P5), " \
            ".jsonl/.jsonl.gz, .json"
STDIN = "-"
UNEXPECTED = "cannot read: unexpected error in a reader"  # the last-resort net; bench/fuzz.py counts these

_TEXT = {".txt", ".text", ".md", ".markdown", ".mdown", ".rst", ".asc"}
_MARKDOWN = {".md", ".markdown", ".mdown"}
_HTML = {".html", ".htm", ".xhtml", ".shtml"}
_XML = {".xml", ".tei"}
_JSONL = {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.gzip"}

Reader = Callable[[Path, bytes | None], Iterable[Document | InputError]]


def document_id(sha256: str) -> str:
    """The id of a document: ``d`` and the first 12 hex digits of the sha256 of its bytes."""
    return "d" + sha256[:12]


def read_sources(paths: Iterable[str | Path], max_size: int | None = MAX_DOCUMENT_SIZE) -> Iterator[Document | Failure]:
    """Every document under ``paths`` (files, folders walked recursively, ``-`` for stdin), or why not.

    Lazy: a JSON Lines corpus yields its first record before the second is read. A file (a JSON
    Lines record) of more than ``max_size`` bytes is a failure, not read (None: no limit).
    """
    for path in _files(paths):
        try:
            for item in _read(path, max_size):
                if isinstance(item, InputError):
                    yield _failure(item, str(path))
                else:
                    yield item
        except InputError as exc:
            yield _failure(exc, str(path))
        except OSError as exc:
            yield Failure(str(path), f"{path}: cannot read: {exc.strerror or exc}", "ingest")
        except Exception as exc:  # a reader library's own error: this file fails, the run goes on
            log.debug("%s: unexpected error", path, exc_info=True)
            reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
            yield Failure(str(path), f"{path}: {UNEXPECTED} ({reason})", "ingest")


def count_documents(paths: Iterable[str | Path]) -> int | None:
    """About how many documents ``paths`` hold, cheaply, for a progress bar's total (None: cannot tell).

    A JSON Lines file counts its non-blank lines (decompressing a ``.gz`` as a stream), a TEI
    volume its document divisions, any other file one; nothing is parsed. Failures and
    duplicates make the real number smaller.
    """
    total = 0
    for path in _files(paths):
        if str(path) == STDIN:
            return None
        try:
            if _kind_by_name(path) == "jsonl":
                with path.open("rb") as head:
                    opener = gzip.open if head.read(2) == b"\x1f\x8b" else open
                with opener(path, "rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            elif path.suffix.lower() in _XML:
                total += max(1, len(re.findall(rb"<div\b[^>]*\btype=\"document\"", path.read_bytes())))
            else:
                total += 1
        except (OSError, EOFError, zlib.error):
            total += 1  # the reader reports it
    return total


def _failure(error: InputError, source: str) -> Failure:
    # the Failure names the file; the message says where inside it (line, record, division)
    return Failure(error.source if source == STDIN else source, str(error), "ingest")


def _files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for given in paths:
        if str(given) == STDIN:
            yield Path(STDIN)
            continue
        path = Path(given)
        if path.is_dir():
            found = False
            for file in sorted(path.rglob("*")):
                relative = file.relative_to(path).parts
                if any(part.startswith(".") for part in relative) or not file.is_file():
                    continue
                found = True
                yield file
            if not found:
                log.warning("%s: no files in this folder", path)
        else:
            yield path  # a missing file surfaces as a Failure from the reader


def _read(path: Path, max_size: int | None = None) -> Iterable[Document | InputError]:
    if str(path) == STDIN:
        data = sys.stdin.buffer.read() if max_size is None else sys.stdin.buffer.read(max_size + 1)
        if max_size is not None and len(data) > max_size:
            raise too_large("<stdin>", None, max_size)
        if not data.strip():
            raise EmptyDocument("<stdin>", "nothing on standard input", "pipe a text in: cat FILE | annalyst analyze -")
        return [_with_ids(read_text_document, data, source="<stdin>")]
    if not path.exists():
        raise InputError(str(path), "no such file or folder", "check the path")
    kind = _kind_by_name(path)
    if kind == "jsonl":
        return read_jsonl_documents(path, source=str(path), max_size=max_size)
    if max_size is not None and path.is_file() and path.stat().st_size > max_size:
        raise too_large(str(path), path.stat().st_size, max_size)
    data = path.read_bytes()
    if not data.strip():
        raise EmptyDocument(str(path), "the file is empty", "remove it or give it some text")
    kind = kind or _sniff(data, path)
    source = str(path)
    if kind == "text":
        return [_with_ids(read_text_document, data, source=source, markdown=path.suffix.lower() in _MARKDOWN)]
    if kind == "html":
        return [_with_ids(read_html_document, data, source=source)]
    if kind == "pdf":
        return [_with_ids(read_pdf_document, data, source=source)]
    if kind == "tei":
        return read_tei_documents(data, source=source)
    if kind == "xml":
        raise UnsupportedFormat(source, "XML that is not TEI P5", f"supported formats: {SUPPORTED}")
    if kind == "json":
        return read_json_documents(data, source=source)
    if kind == "jsonl-sniffed":
        return read_jsonl_documents(path, source=source, max_size=max_size)
    raise UnsupportedFormat(source, "binary file (no text), skipped", f"supported formats: {SUPPORTED}")


def _with_ids(reader: Callable[..., Document], data: bytes, **kwargs) -> Document | InputError:
    sha = hashlib.sha256(data).hexdigest()
    try:
        return reader(data, doc_id=document_id(sha), sha256=sha, **kwargs)
    except InputError as exc:
        return exc


def _kind_by_name(path: Path) -> str | None:
    name = path.name.lower()
    suffix = path.suffix.lower()
    if any(name.endswith(ext) for ext in _JSONL):
        return "jsonl"
    if suffix in _TEXT:
        return "text"
    if suffix in _HTML:
        return "html"
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".json":
        return "json"
    if suffix in _XML:
        return None  # TEI or some other XML: the content decides
    return None


def _sniff(data: bytes, path: Path) -> str:
    """The kind of a file from its first bytes: pdf, tei, xml, html, jsonl-sniffed, text or binary."""
    head = data[:4096]
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x1f\x8b"):
        return "jsonl-sniffed" if _gunzip_head(data).lstrip().startswith(b"{") else "binary"
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"<?xml") or start.startswith(b"<tei"):
        if is_tei(head):
            return "tei"
        return "html" if b"<html" in start[:1024] else "xml"
    if looks_binary(data):
        return "binary"
    if start.startswith(b"{") and b'"text"' in head:
        return "jsonl-sniffed"
    return "text"


def _gunzip_head(data: bytes) -> bytes:
    """The first bytes of a gzip stream, to tell a gzipped JSON Lines file from any other archive."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], 1024)
    except zlib.error:
        return b""
