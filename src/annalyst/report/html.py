"""A single-file HTML report (placeholder listing; the full report is built in report/)."""

from __future__ import annotations

import html
from pathlib import Path

from ..model import Dossier


def write_report(d: Dossier, path: str | Path) -> Path:
    path = Path(path)
    rows = "".join(f"<li>{html.escape(e.name)} ({e.type})</li>" for e in d.entities)
    path.write_text(f"<!doctype html><meta charset=utf-8><title>annalyst report</title><ul>{rows}</ul>",
                    encoding="utf-8")
    return path
