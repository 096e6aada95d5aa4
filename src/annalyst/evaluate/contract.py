"""The output contract: every span's text is its document's text at its offsets; ids unique; fields there.

A dossier that breaks the contract cannot be scored fairly (a quote whose
offsets point elsewhere may still contain the right words), so these figures
come first, and ``annalyst eval --min`` fails on a broken contract.
"""

from __future__ import annotations

from .figures import Figure
from .system import System

TOP_LEVEL = ("format", "documents", "entities", "timexes", "events", "quotes", "claims", "links")
FORMAT = "annalyst.dossier/1"


def _spans(d: dict):
    for e in d.get("entities", []):
        yield from e.get("mentions", [])
    for layer in ("timexes", "quotes", "claims"):
        yield from d.get(layer, [])
    for ev in d.get("events", []):
        yield from ev.get("mentions", [])


def score_contract(system: System) -> dict[str, Figure]:
    d = system.dossier
    total = bad = 0
    for span in _spans(d):
        total += 1
        doc = system.docs.get(span.get("doc"))
        try:
            ok = doc is not None and doc["text"][span["start"]:span["end"]] == span["text"]
        except (KeyError, TypeError):
            ok = False
        bad += not ok
    missing = [k for k in TOP_LEVEL if k not in d]
    if missing:
        system.problem("missing top-level fields: " + ", ".join(missing))
    ids = [x.get("id") for layer in TOP_LEVEL[1:] for x in d.get(layer, []) if isinstance(x, dict)]
    if len(ids) != len(set(ids)):
        system.problem(f"{len(ids) - len(set(ids))} duplicate ids")
    if d.get("format") != FORMAT:
        system.problem(f"format is {d.get('format')!r}, expected {FORMAT!r}")
    return {"spans": total, "bad_spans": bad, "problems": len(system.problems)}


def contract_broken(figures: dict[str, Figure], problems: list[str]) -> str | None:
    """Why the dossier breaks the contract, or None."""
    if figures.get("bad_spans"):
        return f"contract: {figures['bad_spans']} spans do not match their document text"
    if any(p.startswith("missing top-level") for p in problems):
        return "contract: " + next(p for p in problems if p.startswith("missing top-level"))
    return None
