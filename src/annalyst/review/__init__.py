"""Human review: corrections a reviewer makes to an analysis, kept with who, when and why in the case
folder (``corrections.jsonl``) and applied again on every run, so re-analysis never loses a decision.

    analysis ──resolve──▶ Dossier ──review (DIR/corrections.jsonl)──▶ Dossier ──▶ dossier.json, store, report

:mod:`.corrections` holds the file format, :mod:`.apply` the operations on a
dossier, :mod:`.case` the case folder (making a correction from the ids a
reviewer sees, the uncorrected copy, the run summary). See ``docs/corrections.md``.
"""

from __future__ import annotations

from .apply import Outcome, apply_corrections, merge_entities, remove_items
from .case import add_correction, correct_case, list_corrections, make_correction, read_base, summary_lines
from .corrections import FILE, OPS, Correction, Target, append_corrections, read_corrections, target_of

__all__ = [
    "FILE",
    "OPS",
    "Correction",
    "Outcome",
    "Target",
    "add_correction",
    "append_corrections",
    "apply_corrections",
    "correct_case",
    "list_corrections",
    "make_correction",
    "merge_entities",
    "read_base",
    "read_corrections",
    "remove_items",
    "summary_lines",
    "target_of",
]
