"""Ingest: from files, folders or stdin to :class:`~annalyst.model.Document` records.

:func:`read_sources` walks the given paths and yields one ``Document`` per
document found (a JSON Lines file or a TEI volume holds many), or a
:class:`~annalyst.model.Failure` for a source that cannot be read, so that one
bad file never stops a run.

    sources.py     paths, format detection, errors to Failures
    text.py        plain text and Markdown (encoding detection)
    byline.py      title, author and date from an article's first lines
    archival.py    datelines, cable and memorandum headers, signatures of archival documents
    boilerplate.py web-page leftovers dropped from plain text
    html.py        HTML (trafilatura)      pdf.py   PDF (pypdf)
    tei.py         TEI P5 (lxml)           jsonl.py JSON Lines, .jsonl.gz, .json
    size.py        the size limit of one document (a file, a JSON Lines record)
"""

from __future__ import annotations

from .sources import SUPPORTED, count_documents, document_id, read_sources

__all__ = ["SUPPORTED", "count_documents", "document_id", "read_sources"]
