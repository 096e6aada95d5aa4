"""Per-document extraction: one parsed document in, plain records out.

:func:`analyse_document` runs every stage of :data:`stages.STAGES` over one
document and its spaCy parse and returns a :class:`~annalyst.model.DocAnalysis`.
It touches nothing outside the document, so it runs unchanged in a worker
process or a Dask task (see :mod:`annalyst.extract.runner`).
"""

from __future__ import annotations

import dataclasses
import logging

from ..model import DocAnalysis, Document, Finding
from .citations import attach_citations
from .context import DocContext
from .stages import STAGES, Stage, check_chain, run_stages

__all__ = ["STAGES", "DocContext", "Stage", "analyse_document", "check_chain"]


log = logging.getLogger(__name__)


def analyse_document(document: Document, parsed, stages=STAGES) -> DocAnalysis:
    ctx = DocContext(document=document, parsed=parsed)
    run_stages(ctx, stages)
    return cite_analysis(ctx.freeze())


def cite_analysis(analysis: DocAnalysis) -> DocAnalysis:
    """The citations pass (:mod:`.citations`) over the stages' records; like a stage, a failure of it loses
    only the citations of this document and is recorded as a ``stage_failed`` finding. A long document analysed
    in pieces is passed again once joined, so a mark finds its note in a later piece."""
    try:
        return attach_citations(analysis)
    except Exception as exc:  # noqa: BLE001 - recorded with its error, the other layers are kept
        source = analysis.document.source
        log.warning("%s: the citations pass failed: %s: %s", source, type(exc).__name__, exc)
        finding = Finding(kind="stage_failed", doc=analysis.document.id,
                          message=(f"{source}: the citations pass failed ({type(exc).__name__}: {exc}); this "
                                   f"document's claims and quotes have no citations (other layers were kept). "
                                   f"Please report it with the document."))
        return dataclasses.replace(analysis, findings=(*analysis.findings, finding))
