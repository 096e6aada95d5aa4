"""Claims and the links between them (and between the same event's reports in several files).

A system claim matches a gold claim when its span overlaps the gold words in
the same document; it is fully right when its stance is an acceptable one and
its holder the gold holder. A gold link is found when the system links a claim
matching one side to a claim matching the other, with the same kind.
"""

from __future__ import annotations

from .figures import Count, Figure, ratio
from .system import System


def score_claims(system: System) -> dict[str, Figure]:
    gold = [gc for gc in system.gold.claims if not gc.optional]
    found = stance = holder = full = 0
    for gc in gold:
        hits = system.claim_hits(gc)
        if not hits:
            continue
        found += 1
        stance_ok = [c.get("stance") in gc.stances for c in hits]
        holder_ok = [system.holder_matches(c.get("holder"), gc.holder, c.get("doc")) for c in hits]
        stance += any(stance_ok)
        holder += any(holder_ok)
        full += any(s and h for s, h in zip(stance_ok, holder_ok, strict=True))
    return {"gold": len(gold), "system": sum(c.get("doc") in system.mapped for c in system.layer("claims")),
            "recall": ratio(found, len(gold)), "stance_and_holder_recall": ratio(full, len(gold)),
            "stance_right": Count(stance, found), "holder_right": Count(holder, found)}


def score_links(system: System) -> dict[str, Figure]:
    gold = system.gold
    links = system.layer("links")

    def linked(side_a, side_b, kind: str) -> bool:
        a = {c["id"] for key in side_a.claims for c in system.claim_hits(gold.claim(key))}
        b = {c["id"] for key in side_b.claims for c in system.claim_hits(gold.claim(key))}
        return any(link.get("kind") == kind and ((link.get("a") in a and link.get("b") in b)
                                                 or (link.get("b") in a and link.get("a") in b))
                   for link in links)

    contradictions = found_c = agreements = found_a = false_c = same = same_found = 0
    for gl in gold.links:
        if gl.kind == "contradicts":
            contradictions += 1
            found_c += linked(gl.a, gl.b, "contradicts")
        elif gl.kind == "agrees":
            agreements += 1
            found_a += linked(gl.a, gl.b, "agrees")
            false_c += linked(gl.a, gl.b, "contradicts")  # sources on the same side called contradictory
        elif gl.kind == "same_event":
            same += 1
            ge = gold.event(gl.event or "")
            per_file = [{ev["id"] for ev in system.event_hits(ge, f)} for f in ge.files]
            same_found += bool(per_file and set.intersection(*per_file))
    kinds: dict[str, int] = {}
    for link in links:
        kinds[link.get("kind", "?")] = kinds.get(link.get("kind", "?"), 0) + 1
    return {"contradictions_found": Count(found_c, contradictions), "same_event_found": Count(same_found, same),
            "agreements_found": Count(found_a, agreements), "false_contradictions": false_c,
            "system_links": kinds}
