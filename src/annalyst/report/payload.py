"""What the report page receives: the dossier cut to a size a browser opens quickly, as one JSON object.

The page (``assets/report.js``) draws every view from this object; nothing else is read at
run time. A large case does not fit whole into one HTML file, so :class:`Limits` caps each
part: document texts are inlined up to a character budget (the most cited documents first),
lists keep their most supported items (most mentions, items compared across sources first),
and the page says what was left out (``meta.limits`` and ``meta.shown``). The full record
stays in ``dossier.json`` and in ``annalyst serve``.

Compact shapes where the volume is (spans as ``[doc, start, end]`` lists, the reader's
items as ``[start, end, kind, ref]``); plain objects with the dossier's field names elsewhere.
"""

from __future__ import annotations

import bisect
import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from itertools import combinations, islice
from pathlib import PurePosixPath
from typing import Any

_CONTEXT = 80  # characters of context kept around an item whose document text is not inlined
_NEAR = 80  # a descriptor within this many characters of a mention describes that mention's entity


@dataclass(frozen=True, slots=True)
class Limits:
    """How much of a case goes into one report; beyond these the page summarises and says so."""

    text_chars: int = 3_000_000  # document text inlined in total (characters)
    doc_chars: int = 300_000  # a longer document is listed but its text is not inlined
    documents: int = 5_000  # rows in the sources overview
    entities: int = 3_000  # people, organisations, places… (most mentioned first)
    entity_sources: int = 12  # sources shown side by side for one entity
    entity_details: int = 500  # the most mentioned entities whose side-by-side cards quote their words
    events: int = 3_000  # on the timeline (most reported first)
    event_mentions: int = 20  # reports listed per event (the count is exact)
    quotes: int = 5_000
    claims: int = 5_000
    comparisons: int = 2_000  # agreements and contradictions
    network_nodes: int = 150  # most connected people, organisations and places
    network_edges: int = 600  # the strongest ties between them


def _kind(source: str) -> str:
    """What kind of source a document is, from how it was read (``FILE#ID`` is one record of a file)."""
    path, _, record = source.partition("#")
    suffix = PurePosixPath(path.split("?")[0]).suffix.lower().lstrip(".")
    kind = {"txt": "text", "md": "text", "htm": "web page", "html": "web page", "pdf": "PDF",
            "jsonl": "record", "xml": "TEI record", "docx": "Word"}.get(suffix, suffix or "text")
    if path.startswith(("http://", "https://")):
        kind = "web page"
    return kind if not record or kind in ("record", "TEI record") else f"{kind} record"


def _offsets(value: Any) -> tuple[int, int] | None:
    if isinstance(value, dict) and isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
        return value["start"], value["end"]
    return None


def _citations(item: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The optional ``citations`` of a quote or claim (docs/dossier.md, Citation), or None.

    Each becomes ``{mark, text, source, at, note_at}``: the mark's words, the note's words (``note.text``,
    or a plain ``text`` field), the source named, and ``[doc, start, end]`` of the mark and of the note in
    the item's document, so the page can open the reader at them. Malformed entries are dropped.
    """
    cites = item.get("citations")
    if not isinstance(cites, list):
        return None
    kept = []
    for c in cites:
        if not isinstance(c, dict) or not isinstance(c.get("mark"), str):
            continue
        note = c.get("note") if isinstance(c.get("note"), dict) else None
        text = note.get("text") if note else c.get("text")
        mark_at, note_at = _offsets(c), _offsets(note)
        kept.append({"mark": c["mark"], "text": text if isinstance(text, str) else None,
                     "source": c["source"] if isinstance(c.get("source"), str) else None,
                     "at": [item["doc"], *mark_at] if mark_at else None,
                     "note_at": [item["doc"], *note_at] if note_at else None})
    return kept or None


def _date_label(t: dict[str, Any], timexes: dict[str, dict]) -> str:
    """A date's value and what a relative date was resolved against: ``1976-09 against “today” (1976-06-08)``."""
    label = t.get("value") or "unresolved"
    anchor = t.get("anchor")
    if anchor == "published":
        label += " against the publication date"
    elif anchor in timexes:
        label += f" against “{timexes[anchor]['text']}” ({timexes[anchor].get('value') or '?'})"
    return label


class _Builder:
    def __init__(self, d: dict[str, Any], limits: Limits):
        self.d, self.lim = d, limits
        self.docs = {doc["id"]: doc for doc in d["documents"]}
        self.names: dict[str, str] = {}
        self.entity_names: dict[str, str] = {}
        self.entity_types: dict[str, str] = {}
        for e in d["entities"]:  # one pass: a large case's entities are made again at each reading
            self.entity_names[e["id"]], self.entity_types[e["id"]] = e["name"], e["type"]
        self.inlined: set[str] = set()
        self.used_docs: set[str] = set()

    # -- helpers
    def name(self, ref: str | None) -> None:
        if ref and ref != "author" and ref in self.entity_names:
            self.names[ref] = self.entity_names[ref]

    def span(self, doc: str, start: int, end: int) -> list[Any]:
        """``[doc, start, end]`` plus ``[before, after]`` when the document's text is not in the page."""
        self.used_docs.add(doc)
        out: list[Any] = [doc, start, end]
        if doc not in self.inlined:
            text = self.docs.get(doc, {}).get("text", "")
            out.append([text[max(0, start - _CONTEXT):start], text[end:end + _CONTEXT]])
        return out

    # -- parts
    def choose_texts(self, cited: Counter[str]) -> None:
        """Inline the most cited documents' texts until the budget is spent."""
        budget = self.lim.text_chars
        order = sorted(self.docs.values(), key=lambda doc: (-cited[doc["id"]], len(doc["text"])))
        for doc in order:
            n = len(doc["text"])
            if n <= self.lim.doc_chars and n <= budget:
                self.inlined.add(doc["id"])
                budget -= n

    def comparisons(self, claims: set[str]) -> list[dict[str, Any]]:
        rows = (link for link in self.d["links"]
                if link["kind"] in ("contradicts", "agrees") and link["a"] in claims and link["b"] in claims)
        return _first(rows, self.lim.comparisons, lambda link: (link["kind"] != "contradicts", -link["score"]))

    def build(self) -> dict[str, Any]:
        d, lim = self.d, self.lim
        all_claims = {c["id"] for c in d["claims"]}
        all_quotes = {q["id"] for q in d["quotes"]}
        comparisons = self.comparisons(all_claims)
        same_quote = [link for link in d["links"] if link["kind"] == "same_quote"
                      and link["a"] in all_quotes and link["b"] in all_quotes]

        # which quotes and claims are shown: those compared across sources first, then in order
        linked = {x for link in (*comparisons, *same_quote) for x in (link["a"], link["b"])}
        claims = _first(d["claims"], lim.claims, lambda c: c["id"] not in linked)
        quotes = _first(d["quotes"], lim.quotes, lambda q: (q["id"] not in linked, q["speaker"] is None))
        events = _first(d["events"], lim.events, lambda e: -len(e["mentions"]))
        entities = _first(d["entities"], lim.entities, lambda e: (-len(e["mentions"]), e["name"]))

        cited: Counter[str] = Counter()
        for item in (*claims, *quotes):
            cited[item["doc"]] += 100 if item["id"] in linked else 1
        for e in events:
            for m in e["mentions"]:
                cited[m["doc"]] += 1
        self.choose_texts(cited)

        out_claims = [self.claim(c) for c in claims]
        out_quotes = [self.quote(q) for q in quotes]
        out_events = [self.event(e) for e in events]
        out_entities = [self.entity(e, rank < lim.entity_details) for rank, e in enumerate(entities)]
        links = [{k: link[k] for k in ("id", "kind", "a", "b", "score", "explanation")}
                 for link in (*comparisons, *same_quote)]
        links += [{k: link[k] for k in ("id", "kind", "a", "b", "score", "explanation")}
                  for link in islice((x for x in d["links"] if x["kind"] == "same_event"), lim.comparisons)]
        network = self.network()
        for node in network["nodes"]:
            self.name(node["id"])
        readers = self.reader_items()

        documents = self.documents()
        return {
            "format": "annalyst.report/1",
            "meta": {
                "counts": {k: len(d.get(k, ())) for k in
                           ("documents", "entities", "timexes", "events", "quotes", "claims", "links")},
                "shown": {"documents": len(documents), "texts": len(self.inlined), "entities": len(out_entities),
                          "events": len(out_events), "quotes": len(out_quotes), "claims": len(out_claims),
                          "comparisons": len(comparisons), "network_nodes": len(network["nodes"])},
                "comparisons_total": sum(1 for link in d["links"] if link["kind"] in ("contradicts", "agrees")),
                "limits": asdict(lim),
            },
            "documents": documents,
            "names": self.names,
            "entities": out_entities,
            "events": out_events,
            "quotes": out_quotes,
            "claims": out_claims,
            "links": links,
            "network": network,
            "reader": readers,
            "findings": [{k: f.get(k) for k in ("kind", "message", "doc", "start", "end")}
                         for f in islice(d.get("findings", []), 1000)],
            "failures": [{k: f.get(k) for k in ("source", "stage", "error")}
                         for f in islice(d.get("failures", []), 1000)],
        }

    def claim(self, c: dict[str, Any]) -> dict[str, Any]:
        self.name(c.get("holder"))
        for ref in c.get("about", ()):
            self.name(ref)
        out = {"id": c["id"], "at": self.span(c["doc"], c["start"], c["end"]), "text": c["text"],
               "holder": c.get("holder"), "stance": c["stance"], "about": list(c.get("about", ())),
               "cue": c.get("cue")}
        cites = _citations(c)
        if cites:
            out["citations"] = cites
        return out

    def quote(self, q: dict[str, Any]) -> dict[str, Any]:
        for key in ("speaker", "addressee", "reported_by"):
            self.name(q.get(key))
        out = {"id": q["id"], "at": self.span(q["doc"], q["start"], q["end"]), "text": q["text"],
               "speaker": q.get("speaker"), "speaker_text": q.get("speaker_text"), "cue": q.get("cue"),
               "addressee": q.get("addressee"), "reported_by": q.get("reported_by")}
        cites = _citations(q)
        if cites:
            out["citations"] = cites
        return out

    def event(self, e: dict[str, Any]) -> dict[str, Any]:
        for p in e["participants"]:
            self.name(p["entity"])
        self.name(e.get("place"))
        mentions = e["mentions"]
        return {"id": e["id"], "type": e["type"], "label": e["label"], "date": e.get("date"),
                "date_end": e.get("date_end"), "date_source": e.get("date_source"),
                "participants": [[p["entity"], p["role"]] for p in e["participants"]], "place": e.get("place"),
                "n": len(mentions), "sources": len({m["doc"] for m in mentions}),
                "mentions": [[*self.span(m["doc"], m["start"], m["end"]), m["text"]]
                             for m in mentions[:self.lim.event_mentions]]}

    def entity(self, e: dict[str, Any], details: bool) -> dict[str, Any]:
        """The entity with, per source, the names and descriptors that source uses for it (and, with
        ``details``, its first words there in context)."""
        self.names[e["id"]] = e["name"]
        by_doc: dict[str, list[dict]] = defaultdict(list)
        for m in e["mentions"]:
            by_doc[m["doc"]].append(m)
        order = sorted(by_doc, key=lambda doc: -len(by_doc[doc]))
        sources = []
        for doc in order[:self.lim.entity_sources]:
            ms = by_doc[doc]
            text = self.docs.get(doc, {}).get("text", "")
            near = " ".join(text[max(0, m["start"] - _NEAR):m["end"] + _NEAR] for m in ms[:50]).lower()
            sources.append({"doc": doc, "n": len(ms),
                            "forms": list(dict.fromkeys(m["text"] for m in ms))[:12],
                            "descriptors": [x for x in e["descriptors"] if x.lower() in near],
                            "mentions": [self.span(doc, m["start"], m["end"]) for m in ms[:3]] if details else []})
        return {"id": e["id"], "name": e["name"], "type": e["type"], "aliases": e["aliases"][:40],
                "descriptors": e["descriptors"][:40], "n": len(e["mentions"]), "n_sources": len(by_doc),
                "sources": sources}

    def network(self) -> dict[str, Any]:
        """Who is linked to whom: people, organisations and places sharing an event, or a quote
        (speaker and addressee, speaker and reporter, speaker and whoever the quoted words name)."""
        kinds = {x: kind for x, kind in self.entity_types.items() if kind in ("PERSON", "ORG", "GPE")}
        # per pair, the events and quotes that tie it (dicts: ordered and without repeats)
        edges: dict[tuple[str, str], dict[str, dict[str, None]]] = defaultdict(lambda: {"events": {}, "quotes": {}})

        def tie(a: str | None, b: str | None, why: str, ref: str) -> None:
            if a and b and a != b and a in kinds and b in kinds:
                edges[(a, b) if a < b else (b, a)][why][ref] = None

        for e in self.d["events"]:
            members = sorted({p["entity"] for p in e["participants"]})
            if len(members) <= 8:  # a long list of participants is a roll-call, not a tie between each pair
                for a, b in combinations(members, 2):
                    tie(a, b, "events", e["id"])
        quoted = {q["doc"] for q in self.d["quotes"]}  # only these documents' mentions can be tied to a quote
        starts: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for ent in self.d["entities"]:
            if ent["id"] in kinds:
                for m in ent["mentions"]:
                    if m["doc"] in quoted:
                        starts[m["doc"]].append((m["start"], m["end"], ent["id"]))
        for spans in starts.values():
            spans.sort()
        for q in self.d["quotes"]:
            speaker = q.get("speaker")
            tie(speaker, q.get("addressee"), "quotes", q["id"])
            tie(speaker, q.get("reported_by"), "quotes", q["id"])
            spans = starts.get(q["doc"], [])
            i = bisect.bisect_left(spans, (q["start"], -1, ""))
            while i < len(spans) and spans[i][0] < q["end"]:
                if spans[i][1] <= q["end"]:
                    tie(speaker, spans[i][2], "quotes", q["id"])
                i += 1
        degree: Counter[str] = Counter()
        for (a, b), why in edges.items():
            w = len(why["events"]) + len(why["quotes"])
            degree[a] += w
            degree[b] += w
        keep = {n for n, _ in degree.most_common(self.lim.network_nodes)}
        nodes = [{"id": n, "type": kinds[n], "degree": degree[n]} for n in sorted(keep)]
        out_edges = [{"a": a, "b": b, "events": list(why["events"])[:10], "quotes": list(why["quotes"])[:10],
                      "n_events": len(why["events"]), "n_quotes": len(why["quotes"]),
                      "weight": len(why["events"]) + len(why["quotes"])}
                     for (a, b), why in sorted(edges.items()) if a in keep and b in keep]
        total_edges = len(out_edges)
        out_edges = sorted(out_edges, key=lambda x: -x["weight"])[:self.lim.network_edges]  # stable: ties by name
        return {"nodes": nodes, "edges": out_edges, "total_nodes": len(degree), "total_edges": total_edges}

    def reader_items(self) -> dict[str, list[list[Any]]]:
        """For every inlined document, each extracted item as ``[start, end, kind, ref]``:
        m mention (entity id), t date (its value and anchor), q quote, c claim, v event (their ids),
        n a citation's mark or note (its label)."""
        items: dict[str, list[list[Any]]] = defaultdict(list)
        inl = self.inlined
        for e in self.d["entities"]:
            for m in e["mentions"]:
                if m["doc"] in inl:
                    items[m["doc"]].append([m["start"], m["end"], "m", e["id"]])
                    self.names.setdefault(e["id"], e["name"])
        shown = [t for t in self.d["timexes"] if t["doc"] in inl]
        anchors = {t["anchor"] for t in shown if t.get("anchor")}  # the dates they were resolved against
        timexes = {t["id"]: t for t in self.d["timexes"] if t["id"] in anchors}
        for t in shown:
            items[t["doc"]].append([t["start"], t["end"], "t", _date_label(t, timexes)])
        for q in self.d["quotes"]:
            if q["doc"] in inl:
                items[q["doc"]].append([q["start"], q["end"], "q", q["id"]])
        for c in self.d["claims"]:
            if c["doc"] in inl:
                items[c["doc"]].append([c["start"], c["end"], "c", c["id"]])
        for x in (*self.d["quotes"], *self.d["claims"]):
            if x["doc"] in inl:
                for cite in _citations(x) or ():
                    for at, what in ((cite["at"], "mark"), (cite["note_at"], "note")):
                        if at:
                            items[x["doc"]].append([at[1], at[2], "n", f"citation {what} {cite['mark']}"])
        for e in self.d["events"]:
            for m in e["mentions"]:
                if m["doc"] in inl:
                    items[m["doc"]].append([m["start"], m["end"], "v", e["id"]])
        for doc in items.values():
            doc.sort()
        return dict(items)

    def documents(self) -> list[dict[str, Any]]:
        docs = self.d["documents"]
        if len(docs) > self.lim.documents:
            must = self.used_docs | self.inlined
            docs = [doc for doc in docs if doc["id"] in must] + [doc for doc in docs if doc["id"] not in must]
            docs = docs[:max(self.lim.documents, len(must))]
        out = []
        for doc in docs:
            row = {"id": doc["id"], "title": doc.get("title"), "author": doc.get("author") or doc.get("sender"),
                   "published": doc.get("published"), "kind": doc.get("kind") or _kind(doc.get("source", "")),
                   "length": len(doc["text"]), "source": doc.get("source")}
            if doc["id"] in self.inlined:
                row["text"] = doc["text"]
            out.append(row)
        return out


def _first(items: Iterable[dict[str, Any]], n: int, key: Any) -> list[dict[str, Any]]:
    """``sorted(items, key=key)[:n]`` holding only ``n`` items at a time (the same items, in the same order)."""
    return heapq.nsmallest(n, items, key=key)


def report_payload(d: dict[str, Any], limits: Limits | None = None) -> dict[str, Any]:
    """The object the report page is drawn from (see the module docstring)."""
    return _Builder(d, limits or Limits()).build()


def network_payload(d: dict[str, Any], limits: Limits | None = None) -> dict[str, Any]:
    """Only the network of who is tied to whom (``{"nodes", "edges", ...}``), from entities with their
    mentions, events and quotes; ``annalyst serve`` draws its network page from it."""
    return _Builder(d, limits or Limits()).network()
