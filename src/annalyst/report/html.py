"""The report a person opens: one self-contained HTML file (no network, no external assets).

It is built from the dossier in its contract form (like any other reader of
``dossier.json``), so what it shows is exactly what the dossier says. Every
item links to its evidence: a snippet of the source with the words marked,
and a link to that place in the full document text at the end of the report.
"""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from ..export.atomic import write_atomic
from ..export.dossier import dossier_to_dict
from ..model import Dossier

_CONTEXT = 90  # characters of context shown on each side of an evidence span


def _env() -> Environment:
    env = Environment(loader=PackageLoader("annalyst.report", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    return env


class _View:
    """Look-ups the template needs over the dossier dict."""

    def __init__(self, d: dict[str, Any]):
        self.d = d
        self.docs = {doc["id"]: doc for doc in d["documents"]}
        self.entities = {e["id"]: e for e in d["entities"]}
        self.claims = {c["id"]: c for c in d["claims"]}
        self.quotes = {q["id"]: q for q in d["quotes"]}
        self.events = {e["id"]: e for e in d["events"]}
        self.timexes = {t["id"]: t for t in d["timexes"]}
        self.anchors: dict[str, set[int]] = defaultdict(set)

    def doc_title(self, doc_id: str) -> str:
        doc = self.docs.get(doc_id, {})
        return doc.get("title") or Path(str(doc.get("source", doc_id))).name

    def name(self, ref: str | None) -> str:
        if ref is None:
            return "unknown"
        if ref == "author":
            return "the author"
        e = self.entities.get(ref)
        return e["name"] if e else ref

    def evidence(self, doc_id: str, start: int, end: int) -> Markup:
        """The span in its context, marked, linking to its place in the document."""
        text = self.docs.get(doc_id, {}).get("text", "")
        self.anchors[doc_id].add(start)
        left = max(0, start - _CONTEXT)
        right = min(len(text), end + _CONTEXT)
        before = ("…" if left else "") + text[left:start]
        after = text[end:right] + ("…" if right < len(text) else "")
        return Markup(
            f'<span class="ev">{html.escape(before)}<mark>{html.escape(text[start:end])}</mark>'
            f'{html.escape(after)} <a class="src" href="#{doc_id}-{start}">'
            f"{html.escape(self.doc_title(doc_id))}</a></span>")

    def document_html(self, doc_id: str) -> Markup:
        """The full text with a zero-width anchor at every cited offset."""
        text = self.docs[doc_id]["text"]
        out, last = [], 0
        for pos in sorted(self.anchors.get(doc_id, ())):
            out.append(html.escape(text[last:pos]))
            out.append(f'<a class="anchor" id="{doc_id}-{pos}"></a>')
            last = pos
        out.append(html.escape(text[last:]))
        return Markup("".join(out))

    # -- sections
    def comparisons(self) -> list[dict]:
        rows = []
        for link in self.d["links"]:
            if link["kind"] not in ("contradicts", "agrees"):
                continue
            a, b = self.claims.get(link["a"]), self.claims.get(link["b"])
            if a and b:
                rows.append({"link": link, "a": a, "b": b})
        rows.sort(key=lambda r: (r["link"]["kind"] != "contradicts", -r["link"]["score"]))
        return rows

    def timeline(self) -> list[dict]:
        events = sorted(self.d["events"], key=lambda e: (e["date"] is None, e["date"] or "", e["label"]))
        return events

    def quotes_by_speaker(self) -> list[tuple[str, list[dict]]]:
        groups: dict[str, list[dict]] = defaultdict(list)
        for q in self.d["quotes"]:
            groups[self.name(q["speaker"]) if q["speaker"] else "unattributed"].append(q)
        return sorted(groups.items(), key=lambda kv: (kv[0] == "unattributed", -len(kv[1]), kv[0]))

    def same_quotes(self) -> list[dict]:
        return [{"link": link, "a": self.quotes[link["a"]], "b": self.quotes[link["b"]]}
                for link in self.d["links"]
                if link["kind"] == "same_quote" and link["a"] in self.quotes and link["b"] in self.quotes]

    def same_events(self) -> list[dict]:
        return [link for link in self.d["links"] if link["kind"] == "same_event"]

    def entities_sorted(self) -> list[dict]:
        return sorted(self.d["entities"], key=lambda e: (-len(e["mentions"]), e["name"]))

    def event_sources(self, event: dict) -> list[str]:
        return sorted({self.doc_title(m["doc"]) for m in event["mentions"]})


def render_report(d: Dossier | dict[str, Any]) -> str:
    data = d if isinstance(d, dict) else dossier_to_dict(d)
    view = _View(data)
    # sections are rendered before the documents so that every cited offset has its anchor
    env = _env()
    body = env.get_template("sections.html").render(v=view, d=data)
    return env.get_template("report.html").render(v=view, d=data, body=Markup(body))


def write_report(d: Dossier | dict[str, Any], path: str | Path) -> Path:
    """Write the report atomically (a temporary file in the same folder, then a rename): an
    interrupted run leaves the previous report or the new one, never half a file."""
    page = render_report(d)
    return write_atomic(path, lambda f: f.write(page))
