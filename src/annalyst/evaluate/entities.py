"""Entities: is each gold entity found, once, with the right type; is each system entity a gold one.

A system entity stands for a gold entity when one of its names folds to one
of the gold aliases and it is mentioned in one of the gold entity's files.
``recall``/``precision``/``f1`` ask only that; ``strict_*`` want exactly one
entity of the right type per gold entity, so that a person split in two, or
an organisation typed as a place, counts against the system.
"""

from __future__ import annotations

from .figures import Figure, prf, ratio
from .match import coarse_type, is_scored
from .system import System


def score_entities(system: System) -> dict[str, Figure]:
    gold = [ge for ge in system.gold.entities if not ge.optional]
    forms, ents = system.entity_forms, system.entities
    found = typed = merged = 0
    primaries: set[str] = set()  # the one system entity that stands for each gold entity, typed right
    for ge in gold:
        docs = system.doc_ids(ge.files)
        cands = [eid for eid, f in forms.items() if f & system.gold_forms[ge.name] and system.entity_docs[eid] & docs]
        if not cands:
            continue
        found += 1
        best = max(cands, key=lambda eid: len(ents[eid].get("mentions", [])))  # the first of the largest
        if coarse_type(ents[best].get("type"), "OTHER") in ge.types:
            typed += 1
            primaries.add(best)
        merged += sum(is_scored(ents[eid].get("type")) for eid in cands) <= 1
    sys_ents = [eid for eid, e in ents.items()
                if is_scored(e.get("type")) and system.entity_docs[eid] & system.mapped]
    right = overmerged = 0
    optional_only: set[str] = set()  # stands only for gold entities marked optional
    for eid in sys_ents:
        matched = [ge for ge in system.gold.entities if system.gold_forms[ge.name] & forms[eid]]
        right += bool(matched)
        overmerged += len(matched) > 1
        if matched and all(ge.optional for ge in matched):
            optional_only.add(eid)
    out = prf(found, len(gold), right, len(sys_ents))
    denominator = len(set(sys_ents) | primaries) - len(optional_only - primaries)
    strict = prf(len(primaries), len(gold), len(primaries), denominator)
    out.update({"strict_precision": strict["precision"], "strict_recall": strict["recall"],
                "strict_f1": strict["f1"], "gold": len(gold), "system": len(sys_ents),
                "type_accuracy": ratio(typed, found), "merged": ratio(merged, found),
                "overmerged": overmerged})
    return out
