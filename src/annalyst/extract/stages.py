"""The per-document stages, in order, and what each needs and adds.

Like spaCy's ``requires``/``assigns``, each stage declares the context fields
it reads and the one it fills; :func:`check_chain` verifies at start-up that
every stage's input is produced by an earlier one, so a misconfigured stage
list fails before the first document, not in the middle of a long run.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..errors import PipelineError
from ..model import Finding
from .context import DocContext

log = logging.getLogger(__name__)

BASE_FIELDS = ("document", "parsed")


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    function: str  # "module:function", imported on first use
    requires: tuple[str, ...]
    assigns: str

    def load(self) -> Callable[[DocContext], Iterable]:
        module, _, attr = self.function.partition(":")
        return getattr(importlib.import_module(module, __package__), attr)


STAGES: tuple[Stage, ...] = (
    Stage("entities", ".entities:extract_entities", ("parsed",), "entities"),
    Stage("timexes", ".timexes:extract_timexes", ("parsed",), "timexes"),
    Stage("quotes", ".quotes:extract_quotes", ("parsed", "entities"), "quotes"),
    Stage("events", ".events:extract_events", ("parsed", "entities", "timexes"), "events"),
    Stage("claims", ".claims:extract_claims", ("parsed", "entities", "events", "quotes"), "claims"),
)


def check_chain(stages: Sequence[Stage]) -> None:
    """Raise :class:`PipelineError` when a stage needs a field no earlier stage assigns."""
    available = set(BASE_FIELDS)
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage assigns; "
                f"stages in order: {', '.join(s.name for s in stages)}"
            )
        available.add(stage.assigns)


def run_stages(ctx: DocContext, stages: Sequence[Stage] = STAGES) -> DocContext:
    """Run each stage in order. A stage that raises loses only its own layer for this document:
    the error is recorded as a ``stage_failed`` finding (shown in the report and the summary),
    and the later stages run on what the earlier ones found."""
    for stage in stages:
        try:
            records = list(stage.load()(ctx))
        except Exception as exc:
            log.warning("%s: the %s stage failed: %s: %s", ctx.document.source, stage.name,
                        type(exc).__name__, exc, exc_info=log.isEnabledFor(logging.DEBUG))
            ctx.findings.append(Finding(
                kind="stage_failed",
                message=(f"{ctx.document.source}: the {stage.name} extractor failed "
                         f"({type(exc).__name__}: {exc}); this document has no {stage.assigns} "
                         f"(other layers were kept). Please report it with the document."),
                doc=ctx.doc_id))
            records = []
        records = _unique(ctx, stage, records)
        getattr(ctx, stage.assigns).extend(records)
        if stage.assigns == "entities":
            ctx.invalidate()
    return ctx


def _unique(ctx: DocContext, stage: Stage, records: list) -> list:
    """Records with distinct ids: the store keys them by id, so a duplicate (an extractor's bug) would stop the
    whole run when it is written. The first of each id is kept and the rest reported as a finding."""
    seen: set[str] = set()
    kept, dropped = [], []
    for record in records:
        rid = getattr(record, "id", None)
        if rid is not None and rid in seen:
            dropped.append(rid)
            continue
        if rid is not None:
            seen.add(rid)
        kept.append(record)
    if dropped:
        log.warning("%s: the %s extractor gave %d duplicate ids", ctx.document.source, stage.name, len(dropped))
        ctx.findings.append(Finding(
            kind="stage_failed",
            message=(f"{ctx.document.source}: the {stage.name} extractor gave the same id twice "
                     f"({', '.join(sorted(set(dropped))[:3])}); the first record of each id was kept. "
                     f"Please report it with the document."),
            doc=ctx.doc_id))
    return kept
