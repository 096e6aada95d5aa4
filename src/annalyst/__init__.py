"""annalyst: a sourced record of who did what, when, who said what, and where sources disagree.

    >>> import annalyst
    >>> d = annalyst.analyze("sources/", out="case")    # or annalyst.Dossier.load("case")
    >>> d.quotes[0].speaker, d.quotes[0].text
    >>> d.to_pandas()["entities"]

See ``docs/python-api.md``.
"""

from __future__ import annotations

from .api import Dossier, analyze
from .errors import AnnalystError, InputError, ModelError, PipelineError, StoreError
from .model import (
    Claim,
    DocAnalysis,
    Document,
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
    "analyze",
]
