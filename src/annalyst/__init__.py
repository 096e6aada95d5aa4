"""annalyst: a sourced record of who did what, when, who said what, and where sources disagree."""

from __future__ import annotations

from .errors import AnnalystError, InputError, ModelError, PipelineError, StoreError
from .model import (
    Claim,
    DocAnalysis,
    Document,
    Dossier,
    Entity,
    Event,
    Failure,
    Finding,
    Link,
    LocalEntity,
    Mention,
    Quote,
    Span,
    Timex,
)
from .pipeline import RunSummary, analyse

__version__ = "0.1.0"

__all__ = [
    "AnnalystError",
    "Claim",
    "DocAnalysis",
    "Document",
    "Dossier",
    "Entity",
    "Event",
    "Failure",
    "Finding",
    "InputError",
    "Link",
    "LocalEntity",
    "Mention",
    "ModelError",
    "PipelineError",
    "Quote",
    "RunSummary",
    "Span",
    "StoreError",
    "Timex",
    "__version__",
    "analyse",
]
