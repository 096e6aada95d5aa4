"""HTML pages: the main text and its title, author and date, through trafilatura.

trafilatura is the best-kept open-source main-content extractor (it leads the
published boilerplate-removal benchmarks), so we do not hand-write one: it drops
navigation, comment sections and footers, and reads the page's metadata
(``<meta>``, JSON-LD, bylines) with htmldate for the date.
"""

from __future__ import annotations

import logging
import re
import warnings

from ..errors import EmptyDocument
from ..model import Document
from .boilerplate import strip_boilerplate
from .byline import parse_date, parse_header
from .text import decode_text

__all__ = ["read_html_document"]

# trafilatura logs every page it finds little in; our Failure says it once, in our words
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def read_html_document(data: bytes, *, source: str, doc_id: str, sha256: str) -> Document:
    """The main text of an HTML page as a Document (paragraphs separated by a blank line)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    markup = decode_text(data, source)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extracted = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    text = (extracted.text if extracted is not None else None) or ""
    # trafilatura separates blocks with one newline; a blank line keeps paragraphs apart for
    # sentence splitting and for readers, as in the plain-text sources
    text = strip_boilerplate(re.sub(r"\n+", "\n\n", text.strip()))
    if not text.strip():
        raise EmptyDocument(source, "no main text found in the HTML page",
                            "is it a page of links or a script-only app? save the article's own page")
    header = parse_header(text)
    title = extracted.title or header.title
    author = extracted.author or header.author
    published = parse_date(extracted.date) if extracted.date else header.published
    meta = {key: value for key, value in (("sitename", extracted.sitename), ("description", extracted.description),
                                          ("language", extracted.language)) if value}
    meta.update(header.meta)
    return Document(id=doc_id, source=source, text=text, sha256=sha256, title=title, author=author,
                    published=published, url=extracted.url or None, meta=meta)
