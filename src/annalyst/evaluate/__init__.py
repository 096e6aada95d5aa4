"""Evaluation: a dossier measured against a gold file annotated by hand (``annalyst eval``).

    >>> from annalyst.evaluate import evaluate, read_gold
    >>> report = evaluate("case/dossier.json", "sample.gold.json")
    >>> report.figure("entities", "strict_f1")
    0.87
    >>> print(report.render_text())

The gold format and what each figure means are in ``docs/evaluation.md``.
The figures are those of the reference scorer that the project's quality
gates were set with, so a historian's own annotated sample is measured the
same way as the project's development sets.

    gold.py       the gold format: reading a gold file and checking it
    system.py     the dossier side: reading dossier.json, indexing it for matching
    match.py      when a system item counts as a gold one (names, words, spans, dates)
    contract.py, documents.py, entities.py, timexes.py, quotes.py, events.py, claims.py
                  one layer's figures each (claims.py holds links too)
    figures.py    precision, recall, F1 and counts
    report.py     the report: figures by layer, floors, text and JSON
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .claims import score_claims, score_links
from .contract import score_contract
from .documents import score_documents
from .entities import score_entities
from .events import score_events
from .figures import Count, Figure
from .gold import Gold, parse_gold, read_gold
from .quotes import score_quotes
from .report import Report, Threshold, parse_threshold
from .system import System, check_dossier, file_name, read_dossier, sample_of
from .timexes import score_timexes

SCORERS: dict[str, Callable[[System], dict[str, Figure]]] = {
    "contract": score_contract,  # first: its problem count is of the dossier alone
    "documents": score_documents,
    "entities": score_entities,
    "timexes": score_timexes,
    "quotes": score_quotes,
    "events": score_events,
    "claims": score_claims,
    "links": score_links,
}
LAYERS = tuple(SCORERS)

__all__ = ["LAYERS", "Count", "Gold", "Report", "Threshold", "evaluate", "parse_gold", "parse_threshold",
           "read_dossier", "read_gold", "unannotated_documents"]


def unannotated_documents(dossier: dict, gold: Gold) -> int:
    """How many documents of the dossier the gold file does not name."""
    files = {d.file for d in gold.documents}
    return sum(file_name(str(doc.get("source", ""))) not in files for doc in dossier.get("documents", []))


def evaluate(dossier: dict | str | Path, gold: Gold | str | Path, layers: Iterable[str] | None = None,
             sample: bool = False) -> Report:
    """Score a dossier (its JSON, a ``dossier.json`` or the folder holding it) against a gold file.

    ``layers`` limits the work to some of :data:`LAYERS` (the contract is always checked).
    ``sample``: score only the documents the gold file names, as when a sample of a larger
    analysis was annotated; by default every document of the dossier counts (its items can be
    false positives), as in the reference scorer.
    Raises :class:`~annalyst.errors.GoldError` for a gold file that breaks the format and
    :class:`~annalyst.errors.EvaluationError` for a dossier that cannot be read.
    """
    name = "dossier"
    if not isinstance(dossier, dict):
        name = str(dossier)
        dossier = read_dossier(dossier)
    else:
        check_dossier(dossier)
    if not isinstance(gold, Gold):
        gold = read_gold(gold)
    wanted = set(LAYERS if layers is None else layers)
    unknown = wanted - set(LAYERS)
    if unknown:
        raise ValueError(f"unknown layer {', '.join(sorted(unknown))}: choose from {', '.join(LAYERS)}")
    if sample:
        dossier = sample_of(dossier, (d.file for d in gold.documents))
    system = System(dossier, gold)
    figures = {layer: score(system) for layer, score in SCORERS.items() if layer == "contract" or layer in wanted}
    return Report(layers=figures, problems=tuple(system.problems), dossier=name, gold=gold.source)
