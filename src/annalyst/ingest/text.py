"""Plain text and Markdown (baseline: UTF-8)."""

from __future__ import annotations

from ..errors import DecodeError, EmptyDocument
from ..model import Document


def read_text_document(data: bytes, *, source: str, doc_id: str, sha256: str) -> Document:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(source, f"not UTF-8 text at byte {exc.start}") from exc
    if not text.strip():
        raise EmptyDocument(source, "the file is empty")
    return Document(id=doc_id, source=source, text=text, sha256=sha256)
