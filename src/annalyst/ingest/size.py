"""The size limit of one document: a file, or one JSON Lines record, bigger than it is not read.

Reading, decoding and the readers need memory in proportion to a file's size
(a few times the size of a text file, about thirty times that of an HTML page
through trafilatura: see docs/performance.md), so a limit keeps a run's memory
bounded; a file over it becomes a failure naming its size and the limit, never
a silently shortened document.
"""

from __future__ import annotations

from ..errors import InputError

__all__ = ["MAX_DOCUMENT_SIZE", "too_large"]

MAX_DOCUMENT_SIZE = 128_000_000  # bytes; ``annalyst analyze --max-document-size`` (in MB)
_HINT = "split it into smaller files, or raise the limit with --max-document-size"


def too_large(source: str, size: int | None, limit: int, what: str = "") -> InputError:
    """The failure of ``source`` (``what``: "a record of ") of ``size`` bytes (None: more than the limit)."""
    told = f"{what}{_bytes(size)}" if size is not None else f"{what}more than the limit".strip()
    return InputError(source, f"{told}, over the document size limit of {_bytes(limit)}: not read", _HINT)


def _bytes(n: int) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 100_000 else f"{n:,} bytes"
