"""Time expressions: the span (does a system timex overlap the gold words) and the normalised value.

Gold words are found by their ``nth`` whole-word occurrence in the file. A
system timex that lands only on optional gold neither helps nor hurts value
precision; ``hard_resolved`` counts the gold dates that need more than their
sentence (a dateline, the narrative) and got the right value.
"""

from __future__ import annotations

from .figures import Count, Figure, prf, ratio
from .match import find_nth, item_span, overlaps, timex_value_right
from .system import System


def score_timexes(system: System) -> dict[str, Figure]:
    by_doc: dict[str | None, list[dict]] = {}
    for t in system.layer("timexes"):
        by_doc.setdefault(t.get("doc"), []).append(t)
    n_gold = span_hit = value_hit = hard = hard_hit = 0
    covered: set[str] = set()
    on_optional: set[str] = set()
    on_required: set[str] = set()
    for gt in system.gold.timexes:
        doc_id = system.file_to_doc.get(gt.file)
        if doc_id is None:
            continue
        span = find_nth(system.docs[doc_id]["text"], gt.text, gt.nth)
        if span is None:
            system.problem(f"gold timex {gt.text!r} #{gt.nth} not in text of {gt.file}")
            continue
        hits = [t for t in by_doc.get(doc_id, []) if overlaps(item_span(t), span)]
        covered.update(t["id"] for t in hits)
        if gt.optional:
            on_optional.update(t["id"] for t in hits)
            continue
        on_required.update(t["id"] for t in hits)
        n_gold += 1
        hard += gt.hard
        if not hits:
            continue
        span_hit += 1
        values = [gt.value, *gt.accept]
        good = any(timex_value_right(t.get("value"), values, gt.value if gt.prefix else None) for t in hits)
        value_hit += good
        hard_hit += good and gt.hard
    n_sys = sum(len(ts) for doc, ts in by_doc.items() if doc in system.mapped)
    span_prf = prf(span_hit, n_gold, len(covered), n_sys)
    n_valued = n_sys - len(on_optional - on_required)
    value_prf = prf(value_hit, n_gold, min(value_hit, n_valued), n_valued)
    return {"gold": n_gold, "system": n_sys, "span_f1": span_prf["f1"], "span_recall": span_prf["recall"],
            "span_precision": span_prf["precision"], "value_f1": value_prf["f1"],
            "value_recall": value_prf["recall"], "value_accuracy": ratio(value_hit, span_hit),
            "hard_resolved": Count(hard_hit, hard)}
