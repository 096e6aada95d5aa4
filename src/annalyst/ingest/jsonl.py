"""JSON Lines (``.jsonl``, ``.ndjson``, optionally gzipped): one Document per record.

A record is a JSON object with ``text`` and optionally ``id``, ``title``,
``author``, ``published`` (or ``date``) and ``url``; any other field goes to
``Document.meta``. A field the record lacks is read from the text's header, as
for a plain-text file (:mod:`.byline`): a memo pasted as ``{"text": ...}``
gets the date of its dateline. What the record gives always wins, even a
``published`` that is no date ("undated"). The source of each Document is ``FILE#ID``: the record's
``id``, or its line number (from 1) when it has none.

The file is streamed line by line, never loaded whole (a line longer than
``max_size`` bytes is one failure, read past in bounded chunks), so the first thousand
records of a 30,000-record corpus are ready at once. A bad record (invalid
JSON, not an object, no text, JSON nested too deeply to parse) becomes one
error naming the file and line; the records around it still load. A ``\\ud800``
escape (a lone UTF-16 surrogate, which no UTF-8 file can hold) is read as
U+FFFD, so the text keeps its length and every writer can encode it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import DecodeError, EmptyDocument, InputError
from ..model import Document
from .byline import parse_date, parse_header
from .size import too_large

__all__ = ["read_json_documents", "read_jsonl_documents"]

_KNOWN = ("id", "text", "title", "author", "published", "date", "url")
_CHUNK = 1 << 20  # bytes read at a time past a line over the size limit
_HINT = "one JSON object a line, with at least a non-empty \"text\" field"
# what may decode to a lone surrogate: a \uD800-\uDFFF escape, or its bytes as json.loads lets them pass
_MAYBE_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]|\xed[\xa0-\xbf]")


def read_jsonl_documents(path: Path, *, source: str, max_size: int | None = None) -> Iterator[Document | InputError]:
    """The records of a JSON Lines file (gzipped or not), one at a time; a line over ``max_size`` bytes fails."""
    opener = gzip.open if _is_gzip(path) else open
    try:
        with opener(path, "rb") as stream:
            yield from _records(enumerate(_lines(stream, max_size), 1), source)
    except (OSError, EOFError, zlib.error) as exc:  # a truncated or corrupt .gz
        yield DecodeError(source, f"cannot read the compressed stream: {exc}", "check the file with gzip -t FILE")


def read_json_documents(data: bytes, *, source: str) -> Iterator[Document | InputError]:
    """A ``.json`` file holding one record or a list of records (loaded whole: JSON cannot be streamed simply)."""
    try:
        value = _loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        yield DecodeError(source, f"invalid JSON: {exc}", "check the file with python -m json.tool FILE")
        return
    except RecursionError:
        yield DecodeError(source, "invalid JSON: nested too deeply to read", "flatten the records")
        return
    records = value if isinstance(value, list) else [value]
    for n, record in enumerate(records, 1):
        raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        where = f"{source}#{n}" if isinstance(value, list) else source
        yield _record_document(record, raw, source, where, n if isinstance(value, list) else None)


def _lines(stream: IO[bytes], max_size: int | None) -> Iterator[bytes | InputError]:
    """The lines of ``stream``; a line over ``max_size`` bytes as the error saying so (never held whole)."""
    if max_size is None:
        yield from stream
        return
    while line := stream.readline(max_size + 1):
        if len(line) <= max_size or (line.endswith(b"\n") and len(line.rstrip()) <= max_size):
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n") and (line := stream.readline(_CHUNK)):
            size += len(line)
        yield too_large("", size, max_size, "a record of ")


def _records(lines: Iterable[tuple[int, bytes | InputError]], source: str) -> Iterator[Document | InputError]:
    for number, line in lines:
        where = f"{source}, line {number}"
        if isinstance(line, InputError):
            yield InputError(where, line.problem, line.hint)
            continue
        raw = line.strip()
        if not raw:
            continue
        try:
            record = _loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            yield DecodeError(where, f"invalid JSON ({exc})", _HINT)
            continue
        except RecursionError:
            yield DecodeError(where, "invalid JSON (nested too deeply to read)", _HINT)
            continue
        yield _record_document(record, raw, source, where, number)


def _loads(raw: bytes) -> Any:
    value = json.loads(raw)
    return _no_surrogates(value) if _MAYBE_SURROGATE.search(raw) else value


def _no_surrogates(value: Any) -> Any:
    """``value`` with every lone surrogate in its strings (keys too) replaced by U+FFFD."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in value)
        return value
    if isinstance(value, list):
        return [_no_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_no_surrogates(k): _no_surrogates(v) for k, v in value.items()}
    return value


def _record_document(record: Any, raw: bytes, source: str, where: str, number: int | None) -> Document | InputError:
    if not isinstance(record, dict):
        return DecodeError(where, f"a JSON {type(record).__name__}, not an object", _HINT)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return EmptyDocument(where, "the record has no \"text\"", _HINT)
    record_id = record.get("id")
    key = str(record_id) if record_id not in (None, "") else (str(number) if number is not None else None)
    sha = hashlib.sha256(raw).hexdigest()
    published = record.get("published") or record.get("date")
    meta = {k: v for k, v in record.items() if k not in _KNOWN and v is not None}
    if published and not isinstance(published, str):
        meta["published"], published = published, None
    iso = parse_date(published) if published else None
    if published and not iso:
        meta["published_as_given"] = published
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title, author = _text_field(record, "title"), _text_field(record, "author")
    if not (title and author and (published or "published" in meta)):
        header = parse_header(text)
        title, author = title or header.title, author or header.author
        if not (published or "published" in meta):
            iso = header.published
        for name, value in header.meta.items():
            meta.setdefault(name, value)
    return Document(id="d" + sha[:12], source=f"{source}#{key}" if key else source, text=text, sha256=sha,
                    title=title, author=author, published=iso, url=_text_field(record, "url"), meta=meta)


def _text_field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if isinstance(value, list):  # "author": ["A", "B"]
        value = ", ".join(str(v) for v in value if v)
    return str(value).strip() or None if value not in (None, "") else None


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as stream:
        return stream.read(2) == b"\x1f\x8b"
