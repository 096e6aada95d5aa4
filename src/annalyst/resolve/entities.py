"""Entities across documents (baseline: exact name and type)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import DocAnalysis, Entity


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-") or "x"


def resolve_entities(analyses: Sequence[DocAnalysis]) -> tuple[list[Entity], dict[str, str]]:
    """Merge local entities into global ones; return them and the local-to-global id mapping."""
    groups: dict[tuple[str, str], list] = {}
    for a in analyses:
        for le in a.entities:
            groups.setdefault((le.name, le.type), []).append(le)
    entities, mapping = [], {}
    for (name, etype), locals_ in groups.items():
        eid = f"{etype.lower()}:{_slug(name)}"
        for le in locals_:
            mapping[le.id] = eid
        entities.append(Entity(
            id=eid, name=name, type=etype,
            aliases=tuple(dict.fromkeys(a for le in locals_ for a in le.aliases)),
            descriptors=tuple(dict.fromkeys(d for le in locals_ for d in le.descriptors)),
            mentions=tuple(m.span for le in locals_ for m in le.mentions)))
    return entities, mapping
