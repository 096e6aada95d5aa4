"""Claims of one document (not yet extracted: see the claims issue)."""

from __future__ import annotations

from ..context import DocContext


def extract_claims(ctx: DocContext) -> list:
    return []
