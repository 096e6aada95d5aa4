"""Entity mentions of one document, grouped into local entities (baseline: exact names)."""

from __future__ import annotations

from ...model import LocalEntity, Mention
from ..context import DocContext

_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC", "NORP": "NORP",
          "EVENT": "EVENT", "WORK_OF_ART": "WORK", "LAW": "LAW"}


def extract_entities(ctx: DocContext) -> list[LocalEntity]:
    groups: dict[tuple[str, str], list[Mention]] = {}
    for ent in ctx.parsed.ents:
        etype = _TYPES.get(ent.label_)
        if etype is None:
            continue
        text = ent.text.strip()
        start = ent.start_char + ent.text.index(text) if text else ent.start_char
        key = (text, etype)
        groups.setdefault(key, []).append(
            Mention(ctx.doc_id, start, start + len(text), text, etype, entity=""))
    out = []
    for n, ((name, etype), mentions) in enumerate(groups.items()):
        local_id = f"{ctx.doc_id}:L{n}"
        mentions = [Mention(m.doc, m.start, m.end, m.text, m.type, local_id) for m in mentions]
        out.append(LocalEntity(local_id, ctx.doc_id, name, etype, (name,), (), tuple(mentions)))
    return out
