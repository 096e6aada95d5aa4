"""Temporal expressions of one document (baseline: spaCy DATE/TIME spans, unresolved)."""

from __future__ import annotations

from ...model import Timex
from ..context import DocContext


def extract_timexes(ctx: DocContext) -> list[Timex]:
    return [Timex(f"{ctx.doc_id}:T{ent.start_char}", ctx.doc_id, ent.start_char, ent.end_char, ent.text,
                  ent.label_, None, None, extractor="timexes.v0")
            for ent in ctx.parsed.ents if ent.label_ in ("DATE", "TIME")]
