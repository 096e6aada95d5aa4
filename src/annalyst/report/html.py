"""The report a person opens: one self-contained HTML file (no network, no external assets).

It is built from the dossier in its contract form (like any other reader of
``dossier.json``), cut to :class:`~annalyst.report.payload.Limits`, and drawn in
the browser by ``assets/report.js`` with the vendored vis-timeline and
cytoscape.js (``assets/README.md``): sources, a timeline, entities side by side
per source, quotes, claims and the source comparison, a network, and a document
reader where every extracted item is highlighted and every item elsewhere links
to its words there.

The data travels as one ``<script type="application/json">`` block. Document
text is untrusted: the JSON escapes ``<``, ``>`` and ``&`` so no string can end
the block, and the page script puts strings into the page only as text nodes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from ..export.atomic import write_atomic
from ..export.dossier import dossier_parts
from ..model import Dossier
from .payload import Limits, report_payload

SCRIPTS = ("vis-timeline-graph2d.min.js", "cytoscape.min.js", "network.js", "report.js")
STYLES = ("vis-timeline-graph2d.min.css", "report.css")
_ENDS_BLOCK = re.compile(r"</(script|style)|<!--", re.IGNORECASE)


def _asset(name: str) -> str:
    text = resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")
    if _ENDS_BLOCK.search(text):  # would end the inline block early; a vendored update must be checked
        raise ValueError(f"report asset {name} contains '</script', '</style' or '<!--' and cannot be inlined")
    return text


def json_for_script(value: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``</``, ``<!--`` or ``]]>``
    can appear (``<``, ``>``, ``&`` are written as ``\\u`` escapes, which JSON.parse reads back)."""
    return _escape(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _escape(text: str) -> str:
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _json_pieces(value: Any, depth: int = 2) -> Iterator[str]:
    """``json_for_script(value)`` in pieces: objects and lists ``depth`` levels deep are written item by item
    (the same characters: every escape replaces one character, so the pieces can be escaped apart)."""
    if depth and isinstance(value, dict) and all(isinstance(k, str) for k in value):
        yield "{"
        for n, (key, item) in enumerate(value.items()):
            yield ("," if n else "") + _escape(json.dumps(key, ensure_ascii=False)) + ":"
            yield from _json_pieces(item, depth - 1)
        yield "}"
    elif depth and isinstance(value, list):
        yield "["
        for n, item in enumerate(value):
            if n:
                yield ","
            yield from _json_pieces(item, depth - 1)
        yield "]"
    else:
        yield json_for_script(value)


_DATA = "\x00annalyst-report-data\x00"  # where the data block goes in the page (no asset holds a NUL)


class _Part:
    """One list of the dossier in its contract form, made again record by record at each reading (never held
    whole: the payload keeps only what its limits let through)."""

    def __init__(self, dossier: Dossier, key: str):
        self.dossier, self.key = dossier, key

    def __len__(self) -> int:
        return len(getattr(self.dossier, self.key))

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return next(value for key, value in dossier_parts(self.dossier) if key == self.key)


class _Contract(dict):
    """The dossier as ``dossier_to_dict`` gives it, each list a :class:`_Part` read on demand."""

    def __init__(self, dossier: Dossier):
        super().__init__((key, value if isinstance(value, str) else _Part(dossier, key))
                         for key, value in dossier_parts(dossier))


def _env() -> Environment:
    return Environment(loader=PackageLoader("annalyst.report", "templates"),
                       autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)


def page_pieces(d: Dossier | dict[str, Any], limits: Limits | None = None) -> Iterator[str]:
    """The page in pieces: the template around the data block, and the data a record at a time, so that
    neither the page nor its JSON is ever one string in memory (a large case's report is tens of MB)."""
    data = d if isinstance(d, dict) else _Contract(d)
    payload = report_payload(data, limits)
    page = _env().get_template("report.html").render(
        meta=payload["meta"],
        data=Markup(_DATA),
        styles=Markup("\n".join(_asset(name) for name in STYLES)),
        scripts=[Markup(_asset(name)) for name in SCRIPTS],
    )
    head, block, tail = page.partition('id="annalyst-data">' + _DATA)  # the template's own tag: no text forges it
    yield head + block.removesuffix(_DATA)
    yield from _json_pieces(payload)
    yield tail


def render_report(d: Dossier | dict[str, Any], limits: Limits | None = None) -> str:
    return "".join(page_pieces(d, limits))


def write_report(d: Dossier | dict[str, Any], path: str | Path, limits: Limits | None = None) -> Path:
    """Write the report atomically (a temporary file in the same folder, then a rename): an
    interrupted run leaves the previous report or the new one, never half a file."""
    pieces = page_pieces(d, limits)
    first = next(pieces)  # the payload is built before the file is opened: a failure leaves no temporary

    def write(f) -> None:
        f.write(first)
        for piece in pieces:
            f.write(piece)

    return write_atomic(path, write)
