"""Quotations: does a system quote hold the gold words, and is its speaker the gold speaker."""

from __future__ import annotations

from .figures import Count, Figure, prf, ratio
from .match import quote_matches
from .system import System


def score_quotes(system: System) -> dict[str, Figure]:
    quotes = [q for q in system.layer("quotes") if q.get("doc") in system.mapped]
    matched: set[str] = set()
    n_gold = hit = speakers = speakers_right = 0
    for gq in system.gold.quotes:
        doc_id = system.file_to_doc.get(gq.file)
        hits = [q for q in quotes if q.get("doc") == doc_id and quote_matches(q.get("text"), gq.contains, gq.exact)]
        matched.update(q["id"] for q in hits)
        if gq.optional:
            continue
        n_gold += 1
        if not hits:
            continue
        hit += 1
        if gq.speaker and not gq.speaker_optional:
            speakers += 1
            speakers_right += any(system.entity_matches(q.get("speaker"), gq.speaker) for q in hits)
    out = prf(hit, n_gold, len(matched), len(quotes))
    out.update({"gold": n_gold, "system": len(quotes), "speaker_accuracy": ratio(speakers_right, speakers),
                "speakers_right": Count(speakers_right, speakers)})
    return out
