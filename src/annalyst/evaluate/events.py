"""Events: is each gold event found in each of its files, with a fitting label, and merged across them.

A system event matches a gold event in a file when it is mentioned there, its
date agrees with the gold date and one of its participants (or its place) is
a gold participant. Precision is measured on the dated system events.
"""

from __future__ import annotations

from .figures import Count, Figure, prf, ratio
from .system import System


def score_events(system: System) -> dict[str, Figure]:
    pairs = hit = typed = multi = merged = 0
    matched: set[str] = set()
    for ge in system.gold.events:
        per_file: dict[str, set[str]] = {}
        for file in ge.files:
            hits = system.event_hits(ge, file)
            matched.update(ev["id"] for ev in hits)
            per_file[file] = {ev["id"] for ev in hits}
            if ge.optional:
                continue
            pairs += 1
            if hits:
                hit += 1
                typed += any(_type_fits(ev, ge.types) for ev in hits)
        if len(ge.files) > 1 and not ge.optional:
            multi += 1
            merged += bool(set.intersection(*per_file.values()))
    dated = [ev for ev in system.layer("events")
             if ev.get("date") and {m.get("doc") for m in ev.get("mentions", [])} & system.mapped]
    out = prf(hit, pairs, sum(ev["id"] in matched for ev in dated), len(dated))
    out.update({"gold": pairs, "system_dated": len(dated), "type_accuracy": ratio(typed, hit),
                "cross_doc_merged": Count(merged, multi)})
    return out


def _type_fits(event: dict, words: tuple[str, ...]) -> bool:
    """The event's type is one of the gold words, or its label contains one."""
    label = (event.get("label") or "").lower()
    return event.get("type", "").lower() in words or any(w in label for w in words)
