"""PDF files: the text layer, through pypdf.

A scanned PDF has pages but no text layer; we say so (``NoTextLayer``) rather
than analysing an empty document, and point to OCR. Pages are joined with a
blank line; the title, author and date come from the PDF's document
information when it has them, else from the first lines of the text.
"""

from __future__ import annotations

import io
import logging
import re

from ..errors import DecodeError, NoTextLayer
from ..model import Document
from .boilerplate import strip_boilerplate
from .byline import parse_header

__all__ = ["read_pdf_document"]

logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns about every odd object; we report failures ourselves


def read_pdf_document(data: bytes, *, source: str, doc_id: str, sha256: str) -> Document:
    """The text layer of a PDF as one Document."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DecodeError(source, "the PDF is encrypted with a password", "decrypt it first, e.g. qpdf --decrypt")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except DependencyError as exc:  # AES encryption, even with an empty password, needs the cryptography package
        raise DecodeError(source, f"the PDF is encrypted and cannot be opened here ({exc})",
                          "pip install cryptography, or decrypt it first, e.g. qpdf --decrypt") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        raise DecodeError(source, f"not a readable PDF ({exc})", "check that the file is a complete PDF") from exc
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    text = strip_boilerplate(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise NoTextLayer(source, f"no text layer in {len(pages)} page(s): a scanned PDF?",
                          "run OCR first, e.g. ocrmypdf IN.pdf OUT.pdf")
    header = parse_header(text)
    title = _info(info, "title") or header.title
    author = _info(info, "author") or header.author
    meta: dict[str, object] = {"pages": len(pages)}
    # the file's creation date is when the PDF was made (often printed from a browser), not when the
    # text was published: kept for the reader, never used as ``published``
    created = getattr(info, "creation_date_raw", None) if info else None
    digits = re.match(r"D?:?(\d{4})(\d{2})(\d{2})", created) if isinstance(created, str) else None
    if digits:
        meta["pdf_created"] = "-".join(digits.groups())
    meta.update(header.meta)
    return Document(id=doc_id, source=source, text=text, sha256=sha256, title=title, author=author,
                    published=header.published, meta=meta)


def _info(info, name: str) -> str | None:
    value = getattr(info, name, None) if info else None
    return value.strip() or None if isinstance(value, str) else None
