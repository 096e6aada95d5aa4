"""Per-document extraction: one parsed document in, plain records out.

:func:`analyse_document` runs every stage of :data:`stages.STAGES` over one
document and its spaCy parse and returns a :class:`~annalyst.model.DocAnalysis`.
It touches nothing outside the document, so it runs unchanged in a worker
process or a Dask task (see :mod:`annalyst.extract.runner`).
"""

from __future__ import annotations

from ..model import DocAnalysis, Document
from .context import DocContext
from .stages import STAGES, Stage, check_chain, run_stages

__all__ = ["STAGES", "DocContext", "Stage", "analyse_document", "check_chain"]


def analyse_document(document: Document, parsed, stages=STAGES) -> DocAnalysis:
    ctx = DocContext(document=document, parsed=parsed)
    run_stages(ctx, stages)
    return ctx.freeze()
