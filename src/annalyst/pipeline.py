"""The order of stages: ingest, extract (per document), resolve (across documents), review, write.

    sources ──ingest──▶ Document ──extract──▶ DocAnalysis ──resolve──▶ Dossier ──review──▶ Dossier
                                                                  (DIR/corrections.jsonl)  ├─▶ dossier.json
                                                                                           ├─▶ annalyst.db (--store)
                                                                                           └─▶ report.html

Ingest and extraction stream: documents are read lazily and parsed in
batches, and each batch's records go to the checkpoint (``OUT/.checkpoint.db``),
from where the cross-document stage reads them back pass by pass: memory holds
one batch of parses, then what that stage builds, never every analysis at once.
Failures at either stage are collected, reported and written to the
dossier; they never stop the run.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .export import write_dossier
from .extract.runner import analyse_stream
from .ingest import count_documents, read_sources
from .ingest.sources import MAX_DOCUMENT_SIZE
from .model import DocAnalysis, Document, Dossier, Failure
from .nlp import model_name
from .report import write_report
from .resolve import resolve
from .review import Outcome, correct_case, read_base, summary_lines
from .store import open_store
from .store.checkpoint import Checkpoint, code_fingerprint

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int | None], None]


@dataclass
class RunSummary:
    out: Path
    documents: int = 0
    failed: int = 0
    duplicates: int = 0
    resumed: int = 0
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)  # documents an extractor failed on (others kept)
    store: str = ""  # where the dossier was stored (a PostgreSQL URL without its password), if not OUT/annalyst.db
    corrections: list[Outcome] = field(default_factory=list)  # what became of each of DIR/corrections.jsonl

    def lines(self) -> list[str]:
        c = self.counts
        return [
            f"documents read: {self.documents}, failed: {self.failed}"
            + (f", duplicates skipped: {self.duplicates}" if self.duplicates else "")
            + (f", reused from an earlier run: {self.resumed}" if self.resumed else "")
            + (f", partly analysed: {len(self.partial)}" if self.partial else ""),
            f"entities: {c.get('entities', 0)}, timexes: {c.get('timexes', 0)}, quotes: {c.get('quotes', 0)}, "
            f"events: {c.get('events', 0)}, claims: {c.get('claims', 0)}, links: {c.get('links', 0)}",
            *summary_lines(self.corrections, self.out),
            f"dossier: {self.out / 'dossier.json'}",
            f"store:   {self.store or self.out / 'annalyst.db'}",
            f"report:  {self.out / 'report.html'}",
            f"time: {self.seconds:.1f}s",
        ]


def _unique(items: Iterable[Document | Failure], failures: list[Failure], summary: RunSummary,
            ) -> Iterator[Document]:
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Failure):
            failures.append(item)
            log.warning("%s", item.error)
            continue
        if item.sha256 in seen:
            summary.duplicates += 1
            log.info("%s: same bytes as %s, analysed once", item.source, seen[item.sha256])
            continue
        seen[item.sha256] = item.source
        yield item


def analyse(paths: Iterable[str | Path], out: str | Path, *, workers: int = 1, batch_size: int = 32,
            model: str | None = None, progress: Progress | None = None,
            store: str | None = None, cluster: str | None = None,
            max_document_size: int | None = MAX_DOCUMENT_SIZE) -> tuple[Dossier, RunSummary]:
    """Analyse every document under ``paths`` and write dossier, store and report into ``out``.

    ``store``: a SQLite file or ``postgresql://`` URL for the store, where each run is added to the
    runs before it; by default ``out/annalyst.db``, which holds the latest run only.
    ``cluster`` (``tcp://HOST:8786`` or ``local:N``) runs the per-document stage on a Dask cluster
    instead of ``workers`` local processes; the rest runs here either way.
    A file (or JSON Lines record) over ``max_document_size`` bytes is a failure, not read (None: no limit).
    """
    started = time.monotonic()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = RunSummary(out=out)
    failures: list[Failure] = []
    # what the cross-document stage reads, as (document id, checkpoint key): every analysis, fresh or reused,
    # is on disk in the checkpoint and read back from there, never all held in memory at once
    analysed: list[tuple[str, tuple[str, str]]] = []
    checkpoint = Checkpoint(out / ".checkpoint.db", code_fingerprint(model_name(model)))
    order: dict[str, int] = {}  # input order, whether a result is reused or made now
    paths = list(paths)
    total = count_documents(paths) if progress else None
    done = 0
    if progress:
        progress("analysed", 0, total)  # the clock starts before the first parse

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress("analysed", done, total)

    def pending() -> Iterator[Document]:
        for document in _unique(read_sources(paths, max_document_size), failures, summary):
            order[document.id] = len(order)
            if checkpoint.has(document.sha256, document.source):
                summary.resumed += 1
                analysed.append((document.id, (document.sha256, document.source)))
                tick()
            else:
                yield document

    if cluster:
        from .extract.cluster import analyse_on_cluster

        stream = analyse_on_cluster(pending(), cluster, batch_size=batch_size, model=model)
    else:
        stream = analyse_stream(pending(), workers=workers, batch_size=batch_size, model=model)
    fresh: list[DocAnalysis] = []
    try:
        for result in stream:
            if isinstance(result, Failure):
                failures.append(result)
                log.warning("%s", result.error)
            else:
                analysed.append((result.document.id, (result.document.sha256, result.document.source)))
                fresh.append(result)
                if len(fresh) >= batch_size:
                    checkpoint.put_many(fresh)
                    fresh.clear()
            tick()
        checkpoint.put_many(fresh)
        fresh.clear()
        analysed.sort(key=lambda x: order[x[0]])
        _took("per-document stage (read, checkpoint, parse)", started)
        if progress:
            progress("resolving", len(analysed), None)
        step = time.monotonic()
        dossier = resolve(checkpoint.reread([key for _, key in analysed]), failures)
        documents = len(analysed)
        step = _took("cross-document stage", step)
    finally:
        checkpoint.put_many(fresh)
        checkpoint.close()
    dossier, summary.corrections = correct_case(dossier, out)  # a reviewer's decisions survive every re-run
    summary.store = _write_case(dossier, out, store)
    summary.documents = documents
    summary.failed = len(failures)
    summary.failures = failures
    summary.partial = [f.message for f in dossier.findings if f.kind == "stage_failed"]
    summary.counts = {k: len(getattr(dossier, k)) for k in
                      ("entities", "timexes", "events", "quotes", "claims", "links")}
    summary.seconds = time.monotonic() - started
    return dossier, summary


def _took(step: str, since: float) -> float:
    """Log how long ``step`` took (``annalyst -v``: where a run, or a re-run, spends its time); returns now."""
    now = time.monotonic()
    log.info("%s: %.1fs", step, now - since)
    return now


def _write_case(dossier: Dossier, out: Path, store: str | None = None) -> str:
    """Write dossier, store and report; returns where the store is when ``store`` named one."""
    step = time.monotonic()
    write_dossier(dossier, out / "dossier.json")
    step = _took("dossier.json", step)
    with open_store(store or out / "annalyst.db") as opened:
        opened.save(dossier, replace=store is None)  # the folder's own store holds its latest run only
        where = opened.where if store else ""
    step = _took("store", step)
    write_report(dossier, out / "report.html")
    _took("report", step)
    return where


def reapply_corrections(out: str | Path, base: Dossier | None = None) -> tuple[Dossier, list[Outcome]]:
    """Apply ``out/corrections.jsonl`` again to the analysis in ``out`` (``base``: as the resolver made it)
    and rewrite dossier, store and report, without analysing anything again (``annalyst correct``)."""
    out = Path(out)
    dossier, outcomes = correct_case(read_base(out) if base is None else base, out)
    _write_case(dossier, out)
    return dossier, outcomes
