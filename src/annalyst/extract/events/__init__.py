"""Events of one document (not yet extracted: see the events issue)."""

from __future__ import annotations

from ..context import DocContext


def extract_events(ctx: DocContext) -> list:
    return []
