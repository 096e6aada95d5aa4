"""The dossier as plain text for the terminal: ``annalyst show``.

Same reading of the dossier as the HTML report, a section at a time, each item
with the words it came from, so a result can be checked without a browser.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from typing import Any

SECTIONS = ("compare", "timeline", "quotes", "dates", "entities", "findings")

_WIDTH = 100


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Names:
    def __init__(self, d: dict[str, Any]):
        self.entities = {e["id"]: e["name"] for e in d["entities"]}
        self.docs = {doc["id"]: doc.get("title") or doc["source"] for doc in d["documents"]}
        self.claims = {c["id"]: c for c in d["claims"]}
        self.timexes = {t["id"]: t for t in d["timexes"]}

    def who(self, ref: str | None) -> str:
        if ref == "author":
            return "the author"
        return self.entities.get(ref, ref) if ref else "unknown"


def _compare(d: dict, n: _Names) -> Iterator[str]:
    for link in d["links"]:
        if link["kind"] not in ("contradicts", "agrees"):
            continue
        yield f"{link['kind'].upper()} (score {link['score']:.2f})"
        for side in (link["a"], link["b"]):
            c = n.claims.get(side)
            if c:
                yield f"  {n.docs[c['doc']]} · {n.who(c['holder'])} {c['stance']}: “{_clip(c['text'])}”"
                yield from _citations(c, "    ")
        yield from textwrap.wrap(link["explanation"], _WIDTH, initial_indent="  why: ", subsequent_indent="       ")


def _timeline(d: dict, n: _Names) -> Iterator[str]:
    events = sorted((e for e in d["events"] if e["date"]), key=lambda e: (e["date"], e["label"]))
    for e in events:
        span = f"{e['date']}–{e['date_end']}" if e["date_end"] else e["date"]
        sources = sorted({n.docs[m["doc"]] for m in e["mentions"]})
        yield f"{span:<12} {e['type']:<12} {_clip(e['label'], 70)}  [{'; '.join(sources)}]"


def _quotes(d: dict, n: _Names) -> Iterator[str]:
    for q in d["quotes"]:
        cue = f" ({q['cue']})" if q.get("cue") else ""
        yield f"{n.who(q['speaker'])}{cue}: “{_clip(q['text'], 90)}”"
        yield from _citations(q, "  ")


def _citations(record: dict, indent: str) -> Iterator[str]:
    """What a claim or quote rests on: its reference mark, and the note's words or the source it names."""
    for c in record.get("citations") or ():
        what = [f"note: {_clip(c['note']['text'], 110)}"] if c.get("note") else []
        if c.get("source") and (not c.get("note") or c["source"] not in c["note"]["text"]):
            what.append(f"source: {c['source']}")
        yield f"{indent}cites {_clip(c['mark'], 40)}" + (f" — {'; '.join(what)}" if what else " (no note found)")


def _dates(d: dict, n: _Names) -> Iterator[str]:
    for t in d["timexes"]:
        anchor = t.get("anchor")
        if anchor == "published":
            why = "against the publication date"
        elif anchor in n.timexes:
            why = f"against “{n.timexes[anchor]['text']}” ({n.timexes[anchor]['value']})"
        else:
            why = ""
        yield f"{_clip(t['text'], 30):<32} {t['value'] or 'unresolved':<14} {why}".rstrip()


def _entities(d: dict, n: _Names) -> Iterator[str]:
    for e in sorted(d["entities"], key=lambda e: (-len(e["mentions"]), e["name"]))[:40]:
        extra = f"  — {'; '.join(e['descriptors'][:3])}" if e["descriptors"] else ""
        yield f"{e['name']} ({e['type']}, {len(e['mentions'])} mentions){extra}"


def _findings(d: dict, n: _Names) -> Iterator[str]:
    for f in d.get("findings", []):
        yield f"{f['kind']}: {_clip(f['message'], 200)}"
    for f in d.get("failures", []):
        yield f"failed: {f['error']}"


def render_text(d: dict[str, Any], sections: tuple[str, ...] = SECTIONS) -> str:
    names = _Names(d)
    out = []
    for section in sections:
        lines = list(globals()[f"_{section}"](d, names))
        out.append(f"== {section}" + ("" if lines else " (none)"))
        out.extend(lines)
    return "\n".join(out)
