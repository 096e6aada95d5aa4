"""Exceptions raised by annalyst.

Every message says what went wrong, where (file, record, offset) and how to
fix it. Third-party errors are wrapped at the boundary with ``raise ... from``.

    AnnalystError
    ├── InputError              a source cannot be read as a document
    │   ├── UnsupportedFormat   no reader knows this kind of file
    │   ├── DecodeError         bytes that are not text in any known encoding
    │   ├── EmptyDocument       a file (or record) with no text to analyse
    │   └── NoTextLayer         a scanned PDF: no text to extract
    ├── ModelError              the language model cannot be loaded
    ├── PipelineError           the stages do not chain (a stage lacks its input)
    ├── ClusterError            a Dask cluster cannot be reached, or lost a batch for good
    ├── CorrectionError         a correction cannot be made, read or applied (annalyst correct)
    ├── StoreError              the database cannot be opened, migrated or written
    └── EvaluationError         a dossier to score cannot be read (annalyst eval)
        └── GoldError           a gold file is not valid JSON or breaks the gold format
"""

from __future__ import annotations


class AnnalystError(Exception):
    """Root of every error annalyst raises on purpose."""


class _FileProblem(AnnalystError):
    """An error about one file: ``"SOURCE: PROBLEM (HINT)"``, each part kept for callers."""

    def __init__(self, source: str, problem: str, hint: str | None = None):
        self.source = source
        self.problem = problem
        self.hint = hint
        message = f"{source}: {problem}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class InputError(_FileProblem):
    """A source cannot be read as a document."""


class UnsupportedFormat(InputError):
    """No reader knows this kind of file."""


class DecodeError(InputError):
    """The bytes are not text in any encoding we could detect."""


class EmptyDocument(InputError):
    """The source holds no text to analyse."""


class NoTextLayer(InputError):
    """A PDF without a text layer (a scan): OCR it first."""


class ModelError(AnnalystError):
    """The spaCy model cannot be loaded."""


class PipelineError(AnnalystError):
    """The configured stages do not chain."""


class ClusterError(AnnalystError):
    """A ``--cluster`` address is malformed or unreachable, or a batch kept killing its workers."""


class CorrectionError(AnnalystError):
    """A correction cannot be made, read or applied."""

    def __init__(self, problem: str, hint: str | None = None):
        self.problem = problem
        self.hint = hint
        super().__init__(f"{problem} ({hint})" if hint else problem)


class StoreError(AnnalystError):
    """The store cannot be opened, migrated or written."""


class EvaluationError(_FileProblem):
    """A dossier to score cannot be read, or a gold file does not fit it."""


class GoldError(EvaluationError):
    """A gold file is not valid JSON or breaks the gold format (docs/evaluation.md)."""
