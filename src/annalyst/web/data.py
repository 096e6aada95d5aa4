"""Read-only queries over a case's store, shaped for the pages and the JSON API.

The store is a case folder's ``annalyst.db`` (SQLite, opened with
``mode=ro``) or a PostgreSQL database (read-only transactions), opened through
:func:`annalyst.store.open_store`: the web app cannot change a case. It shows
the run that was latest at start-up; a run saved later is seen after a
restart. Queries use SQL both backends speak, with ``:name`` parameters;
where the dialects differ (full-text search, one function name) :class:`Case`
picks the backend's form. SQLite searches documents with the store's FTS5
index and gets FTS5 indexes for quotes and claims in the connection's TEMP
schema at start-up (the store indexes only documents), so all three speak the
same query syntax; PostgreSQL uses ``websearch_to_tsquery`` over the store's
``tsvector`` column for documents and over the quoted words for quotes and
claims. Who and what each quote, claim and event refers to is read once from
the records' JSON at start-up. A query FTS5 cannot parse raises
:class:`BadQuery`, which the app answers with a 400.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..errors import AnnalystError, InputError
from ..report.payload import Limits, network_payload
from ..store import Store, is_url, open_store
from ..store.sql import chunks, in_list

SEARCH_KINDS = ("documents", "quotes", "claims")
CONTEXT = 80  # characters shown on each side of a mention
LINK_KINDS = ("contradicts", "agrees")  # the links the comparison page sets side by side
PAGE_SIZE = 25  # comparisons on one page of /compare and /api/links
TIMELINE_EVENTS = 800  # events drawn on /timeline (most reported first): vis-timeline measures each item it draws
NETWORK_NODES = 150  # people, organisations and places drawn on /network (most connected first)
NETWORK_EDGES = 600  # the strongest ties between them
_DRAWABLE = re.compile(r"-?\d{4}|\d{3}X|\d{2}XX")  # a date the timeline can place: a year, decade or century
MAX_ROWS = 200  # mentions, quotes, claims and events listed on an entity page; it says how many more
_HIT, _END = "\x02", "\x03"  # snippet markers: control characters never found in stored text
_PG_HEADLINE = f"StartSel={_HIT}, StopSel={_END}, MaxWords={{words}}, MinWords=8, MaxFragments=1, FragmentDelimiter=…"


# what an entity page lists besides its mentions, and how each list is ordered
def _by_place(r: dict[str, Any]) -> tuple:
    return (r["doc"], r["start"])


def _by_date(r: dict[str, Any]) -> tuple:
    return (r.get("date") is None, r.get("date") or "", r["id"])


def _dated(doc: tuple[str | None, str, str | None] | None) -> tuple[bool, str]:
    """Documents with a date first, by date (``(title, source, published)`` of :attr:`Case._docs`)."""
    published = doc[2] if doc else None
    return (published is None, published or "")


_ORDER: dict[str, Callable[[dict[str, Any]], tuple]] = {"quotes": _by_place, "claims": _by_place, "events": _by_date}


class NotFound(AnnalystError):
    """No record with this id in the case."""


class BadQuery(AnnalystError):
    """A search query the store cannot parse."""


def _parts(snippet: str) -> list[dict[str, Any]]:
    """``"a \x02b\x03 c"`` -> ``[{"text": "a ", "match": False}, {"text": "b", "match": True}, ...]``."""
    out: list[dict[str, Any]] = []
    for i, chunk in enumerate(snippet.replace(_END, _HIT).split(_HIT)):
        if chunk:
            out.append({"text": chunk, "match": i % 2 == 1})
    return out


def _open(target: str | Path) -> Store:
    """A case folder (its ``annalyst.db``), a SQLite file, or a ``postgresql://`` URL, opened read-only."""
    if is_url(target):
        return open_store(target, readonly=True)
    path = Path(target)
    db = path / "annalyst.db" if path.is_dir() else path
    if not db.is_file():
        raise InputError(str(path), "no annalyst.db here", f"run 'annalyst analyze PATH --out {path}' first")
    return open_store(db, readonly=True)


class Case:
    """One analysed case, read through a single read-only store guarded by a lock."""

    def __init__(self, target: str | Path):
        self.store = _open(target)
        self.conn = getattr(self.store, "conn", None)  # the SQLite connection (None on PostgreSQL)
        self.lock = threading.Lock()
        self.run = self.store.latest_run()
        self._max = "max" if self.store.dialect == "sqlite" else "greatest"
        self._refs: dict[tuple[str, str], set[str]] = defaultdict(set)  # (entity or event id, table) -> ids
        self._event_mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)  # doc -> event mentions
        self._events: list[dict[str, Any]] = []  # every event, summarised for the timeline (with participants)
        self._quotes: list[dict[str, Any]] = []  # every quote, who speaks to whom, for the network
        self._network: dict[str, Any] | None = None  # drawn once, on first asking
        self._docs: dict[str, tuple[str | None, str, str | None]] = {}  # the run's documents: (title, source, date)
        self._link_counts: dict[str, int] | None = None
        try:
            self._index()
        except sqlite3.DatabaseError as exc:
            raise InputError(str(target), f"cannot read the store: {exc}", "is it an annalyst database?") from exc

    def _q(self, sql: str, **params: Any) -> list[tuple]:
        with self.lock:
            return self.store.rows(sql, {"run": self.run, **params})

    def _index(self) -> None:
        refs = self._refs
        for did, title, source, published in self._q(
                "SELECT d.id, d.title, d.source, d.published FROM run_documents r JOIN documents d ON d.id = r.id "
                "WHERE r.run = :run"):
            self._docs[did] = (title, source, published)
        for qid, doc, start, end, speaker, data in self._q(
                'SELECT id, doc, start, "end", speaker, data FROM quotes WHERE run = :run ORDER BY n'):
            quote = json.loads(data)
            addressee = quote.get("addressee")
            self._quotes.append({"id": qid, "doc": doc, "start": start, "end": end, "speaker": speaker,
                                 "addressee": addressee, "reported_by": quote.get("reported_by")})
            for ref in (speaker, addressee):
                if ref is not None:
                    refs[ref, "quotes"].add(qid)
        for cid, holder, data in self._q("SELECT id, holder, data FROM claims WHERE run = :run"):
            for ref in (holder, *json.loads(data).get("about", ())):
                if ref is not None:
                    refs[ref, "claims"].add(cid)
        for eid, data in self._q("SELECT id, data FROM events WHERE run = :run ORDER BY n"):
            event = json.loads(data)
            mentions = event.get("mentions", ())
            self._events.append({k: event.get(k) for k in ("id", "type", "label", "date", "date_end", "date_source")}
                                | {"n": len(mentions), "sources": len({m["doc"] for m in mentions}),
                                   "participants": [{"entity": p["entity"]} for p in event.get("participants", ())
                                                    if p.get("entity")]})
            for ref in (event.get("place"), *(p.get("entity") for p in event.get("participants", ()))):
                if ref is not None:
                    refs[ref, "events"].add(eid)
            for m in event.get("mentions", ()):
                self._event_mentions[m["doc"]].append({"event": eid, "label": event.get("label"), "start": m["start"],
                                                       "end": m["end"], "text": m["text"]})
        for found in self._event_mentions.values():
            found.sort(key=lambda m: m["start"])
        if self.conn is not None:  # FTS5 over quotes and claims, in the read-only connection's TEMP schema
            c = self.conn
            c.execute("CREATE VIRTUAL TABLE temp.quotes_fts USING fts5(id UNINDEXED, text, speaker_text, "
                      "tokenize='unicode61 remove_diacritics 2')")
            c.execute("INSERT INTO temp.quotes_fts SELECT id, json_extract(data, '$.text'), "
                      "coalesce(json_extract(data, '$.speaker_text'), '') FROM quotes WHERE run = ?", (self.run,))
            c.execute("CREATE VIRTUAL TABLE temp.claims_fts USING fts5(id UNINDEXED, text, "
                      "tokenize='unicode61 remove_diacritics 2')")
            c.execute("INSERT INTO temp.claims_fts SELECT id, json_extract(data, '$.text') FROM claims WHERE run = ?",
                      (self.run,))

    def close(self) -> None:
        self.store.close()

    def _records(self, table: str, ids: Iterable[str]) -> list[dict[str, Any]]:
        """The records of ``table`` (quotes, claims, events, links) with these ids, unordered."""
        out = []
        for part in chunks(sorted(ids)):
            names, params = in_list("i", part)
            out += [json.loads(d) for (d,) in self._q(
                f"SELECT data FROM {table} WHERE run = :run AND id IN ({names})", **params)]  # fixed table names
        return out

    # -- look-ups
    def names(self, ids: set[str]) -> dict[str, str]:
        """Entity id -> name, for the ids given (unknown ids are left out)."""
        out: dict[str, str] = {}
        for part in chunks(sorted(i for i in ids if i)):
            names, params = in_list("i", part)
            out.update(self._q(f"SELECT id, name FROM entities WHERE run = :run AND id IN ({names})", **params))
        return out

    def titles(self, ids: set[str]) -> dict[str, str]:
        """Document id -> title (or the file name when it has none)."""
        out: dict[str, str] = {}
        for i in ids:  # the run's documents are known; others (a record naming a document of another run) are read
            if i in self._docs:
                title, source, _ = self._docs[i]
                out[i] = title or Path(source).name
        for part in chunks(sorted(i for i in ids if i and i not in out)):
            names, params = in_list("i", part)
            for i, t, s in self._q(f"SELECT id, title, source FROM documents WHERE id IN ({names})", **params):
                out[i] = t or Path(s).name
        return out

    def overview(self) -> dict[str, Any]:
        docs = [{"id": i, "title": t, "author": a, "published": p, "source": s, "length": n,
                 "url": json.loads(data).get("url")}
                for i, t, a, p, s, n, data in self._q(
                    "SELECT d.id, d.title, d.author, d.published, d.source, length(d.text), r.data "
                    "FROM run_documents r JOIN documents d ON d.id = r.id WHERE r.run = :run "
                    "ORDER BY d.published IS NULL, d.published, d.title, r.n")]
        counts = {t: self._q(f"SELECT count(*) FROM {t} WHERE run = :run")[0][0]  # table names are fixed here
                  for t in ("entities", "events", "quotes", "claims", "links", "failures")}
        entities = [{"id": i, "name": n, "type": t, "mentions": k} for i, n, t, k in self._q(
            "SELECT e.id, e.name, e.type, count(m.entity) AS k FROM entities e "
            "LEFT JOIN mentions m ON m.run = e.run AND m.entity = e.id WHERE e.run = :run "
            "GROUP BY e.id, e.name, e.type ORDER BY k DESC, e.name, e.id LIMIT 50")]
        events = [json.loads(d) for (d,) in self._q(
            "SELECT data FROM events WHERE run = :run ORDER BY date IS NULL, date, id LIMIT 200")]
        return {"documents": docs, "counts": counts, "entities": entities, "events": events}

    def document(self, doc_id: str) -> dict[str, Any]:
        row = self._q("SELECT r.data, d.text FROM run_documents r JOIN documents d ON d.id = r.id "
                      "WHERE r.run = :run AND r.id = :doc", doc=doc_id)
        if not row:
            raise NotFound(f"no document with id {doc_id!r}")
        doc = {**json.loads(row[0][0]), "text": row[0][1]}
        mentions = [{"entity": e, "start": s, "end": t, "text": x} for e, s, t, x in self._q(
            'SELECT entity, start, "end", text FROM mentions WHERE run = :run AND doc = :doc ORDER BY start, n',
            doc=doc_id)]
        found = {table: [json.loads(d) for (d,) in self._q(
            f"SELECT data FROM {table} WHERE run = :run AND doc = :doc ORDER BY start, n", doc=doc_id)]
            for table in ("timexes", "quotes", "claims")}  # fixed table names
        return {"document": doc, "mentions": mentions, **found, "events": list(self._event_mentions.get(doc_id, []))}

    def entity(self, entity_id: str, limit: int = MAX_ROWS) -> dict[str, Any]:
        row = self._q("SELECT data FROM entities WHERE run = :run AND id = :id", id=entity_id)
        if not row:
            raise NotFound(f"no entity with id {entity_id!r}")
        entity = json.loads(row[0][0])
        # every mention's place (a covering read of the index and rows, no document text), ordered here by the
        # documents' dates kept in memory; the text around the first ``limit`` is read once per document
        docs = self._docs
        places = self._q('SELECT doc, start, "end", text, n FROM mentions WHERE run = :run AND entity = :id',
                         id=entity_id)
        total = len(places)
        places.sort(key=lambda m: (_dated(docs.get(m[0])), m[0], m[1], m[4]))
        shown = places[:limit]
        texts: dict[str, str] = {}
        for part in chunks(sorted({m[0] for m in shown})):
            names, params = in_list("d", part)
            texts.update(self._q(f"SELECT id, text FROM documents WHERE id IN ({names})", **params))
        mentions = []
        for d, s, e, x, _ in shown:
            text = texts.get(d, "")
            mentions.append({"doc": d, "start": s, "end": e, "text": x,
                             "before": text[max(s - CONTEXT, 0):s], "after": text[e:e + CONTEXT]})
        per_doc: dict[str, int] = defaultdict(int)
        for m in places:
            per_doc[m[0]] += 1
        sources = [{"id": i, "title": t or Path(src).name, "published": p, "mentions": per_doc[i]}
                   for i, (t, src, p) in sorted(((i, docs.get(i) or (None, i, None)) for i in per_doc),
                                                 key=lambda r: (_dated(r[1]), r[1][0] or "", r[0]))]
        found: dict[str, list[dict[str, Any]]] = {}
        counts = {"mentions": total}
        for name, key in _ORDER.items():
            records = sorted(self._records(name, self._refs.get((entity_id, name), ())), key=key)
            counts[name] = len(records)
            found[name] = records[:limit]
        return {"entity": entity, "mentions": mentions, "mention_count": total, "sources": sources, **found,
                "counts": counts}

    def event(self, event_id: str) -> dict[str, Any]:
        row = self._q("SELECT data FROM events WHERE run = :run AND id = :id", id=event_id)
        if not row:
            raise NotFound(f"no event with id {event_id!r}")
        event = json.loads(row[0][0])
        mx = self._max
        mentions = []
        for m in event.get("mentions", []):
            r = self._q(f"SELECT substr(text, {mx}(:s - :c, 0) + 1, :s - {mx}(:s - :c, 0)), substr(text, :e + 1, :c) "
                        "FROM documents WHERE id = :doc", s=m["start"], e=m["end"], c=CONTEXT, doc=m["doc"])
            mentions.append({**m, "before": r[0][0] if r else "", "after": r[0][1] if r else ""})
        mention_ids = (m.get("id") for m in event.get("mentions", []))
        ids = sorted({i for i in (event_id, *event.get("merged_from", []), *mention_ids) if i})
        names, params = in_list("i", ids)
        links = [json.loads(d) for (d,) in self._q(
            f"SELECT data FROM links WHERE run = :run AND (a IN ({names}) OR b IN ({names})) ORDER BY n", **params)]
        claim_ids = set().union(*(self._refs.get((i, "claims"), set()) for i in ids))
        claims = sorted(self._records("claims", claim_ids), key=_by_place)
        return {"event": event, "mentions": mentions, "links": links, "claims": claims}

    def links(self, kind: str = "all", page: int = 1, size: int = PAGE_SIZE) -> dict[str, Any]:
        """One page of the source comparison: contradictions (first) and agreements between claims, each with
        both claims in their own words, the names of their holders and the titles of their documents.

        ``{"kind", "page", "pages", "total", "counts": {kind: n}, "links": [{..link, "a_claim", "b_claim"}],
        "names", "titles"}``; a link whose claim is not in the run gets ``None`` on that side.
        """
        if kind != "all" and kind not in LINK_KINDS:
            raise BadQuery(f"unknown link kind {kind!r}: choose all or one of {', '.join(LINK_KINDS)}")
        kinds = LINK_KINDS if kind == "all" else (kind,)
        if self._link_counts is None:  # the run is fixed for the app's life
            self._link_counts = {k: self._q("SELECT count(*) FROM links WHERE run = :run AND kind = :k", k=k)[0][0]
                                 for k in LINK_KINDS}
        counts = self._link_counts
        total = sum(counts[k] for k in kinds)
        pages = max(1, -(-total // size))
        offset, rows = (page - 1) * size, []
        for k in kinds:  # contradictions first, then agreements, each in the order they were found
            if offset >= counts[k]:
                offset -= counts[k]
                continue
            rows += [json.loads(d) for (d,) in self._q(
                "SELECT data FROM links WHERE run = :run AND kind = :k ORDER BY n LIMIT :size OFFSET :offset",
                k=k, size=size - len(rows), offset=offset)]
            offset = 0
            if len(rows) >= size:
                break
        claims = {c["id"]: c for c in self._records("claims", {x for r in rows for x in (r["a"], r["b"])})}
        for r in rows:
            r["a_claim"], r["b_claim"] = claims.get(r["a"]), claims.get(r["b"])
        found = list(claims.values())
        refs = {x for c in found for x in (c.get("holder"), *c.get("about", ())) if x and x != "author"}
        return {"kind": kind, "page": page, "pages": pages, "size": size, "total": total, "counts": counts,
                "links": rows, "names": self.names(refs), "titles": self.titles({c["doc"] for c in found})}

    def timeline(self, limit: int = TIMELINE_EVENTS) -> dict[str, Any]:
        """The dated events to draw, at most ``limit``, the most reported first (by sources, then reports),
        drawn in date order: ``{"events", "dated", "undated", "limit"}`` (a date without its year, such as
        ``XXXX-03-12``, counts as undated: the timeline cannot place it)."""
        dated = [e for e in self._events if e["date"] and _DRAWABLE.match(e["date"])]
        drawn = sorted(dated, key=lambda e: (-e["sources"], -e["n"], e["id"]))[:limit]
        drawn.sort(key=lambda e: (e["date"], e["id"]))
        events = [{k: v for k, v in e.items() if k != "participants"} for e in drawn]
        return {"events": events, "dated": len(dated), "undated": len(self._events) - len(dated), "limit": limit}

    def network(self) -> dict[str, Any]:
        """Who is linked to whom (shared events; quotes between speaker, addressee, reporter and who the words
        name), shaped as the report shapes it (:mod:`annalyst.report.payload`): the ``NETWORK_NODES`` most
        connected people, organisations and places and their ``NETWORK_EDGES`` strongest ties, with names."""
        if self._network is None:
            kinds = ("PERSON", "ORG", "GPE")
            names, params = in_list("t", kinds)
            entities: dict[str, dict[str, Any]] = {
                i: {"id": i, "type": t, "name": n, "mentions": []} for i, t, n in self._q(
                    f"SELECT id, type, name FROM entities WHERE run = :run AND type IN ({names})", **params)}
            quoted = {q["doc"] for q in self._quotes}
            for part in chunks(sorted(quoted)):  # a mention ties only inside a quote's words
                docs, dparams = in_list("d", part)
                for entity, doc, start, end in self._q(
                        f'SELECT entity, doc, start, "end" FROM mentions WHERE run = :run AND doc IN ({docs})',
                        **dparams):
                    if entity in entities:
                        entities[entity]["mentions"].append({"doc": doc, "start": start, "end": end})
            shape = network_payload({"documents": [], "entities": list(entities.values()), "events": self._events,
                                     "quotes": self._quotes},
                                    Limits(network_nodes=NETWORK_NODES, network_edges=NETWORK_EDGES))
            for node in shape["nodes"]:
                node["name"] = entities[node["id"]]["name"]
            self._network = {**shape, "limits": {"nodes": NETWORK_NODES, "edges": NETWORK_EDGES}}
        return self._network

    def search(self, query: str, kind: str = "documents", limit: int = 20) -> list[dict[str, Any]]:
        """Best hits first: ``{"kind", "id", "doc", "title", "start", "end", "snippet": [parts]}``."""
        if kind not in SEARCH_KINDS:
            raise BadQuery(f"unknown search kind {kind!r}: choose one of {', '.join(SEARCH_KINDS)}")
        if not query.strip():
            return []
        if self.conn is not None:
            rows = self._search_sqlite(query, kind, limit)
        else:
            rows = self._search_postgres(query, kind, limit)
        titles = self.titles({r[1] for r in rows})
        return [{"kind": kind, "id": i, "doc": d, "title": titles.get(d, d), "start": s, "end": e,
                 "snippet": _parts(snip or "")} for i, d, s, e, snip in rows]

    def _search_sqlite(self, query: str, kind: str, limit: int) -> list[tuple]:
        if kind == "documents":
            sql = (f"SELECT d.id, d.id, NULL, NULL, snippet(documents_fts, 1, '{_HIT}', '{_END}', '…', 16) "
                   "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
                   "WHERE documents_fts MATCH :q AND d.id IN (SELECT id FROM run_documents WHERE run = :run) "
                   "ORDER BY rank LIMIT :limit")
        else:
            sql = (f"SELECT f.id, t.doc, t.start, t.\"end\", snippet({kind}_fts, 1, '{_HIT}', '{_END}', '…', 24) "
                   f"FROM temp.{kind}_fts f JOIN {kind} t ON t.run = :run AND t.id = f.id "
                   f"WHERE {kind}_fts MATCH :q ORDER BY rank LIMIT :limit")
        try:
            return self._q(sql, q=query, limit=limit)
        except sqlite3.OperationalError as exc:
            raise BadQuery(f"cannot search for {query!r} ({exc}): use words, \"a phrase\", OR, NOT, NEAR(a b) "
                           "or prefix*, and put words holding : or - inside double quotes") from exc

    def _search_postgres(self, query: str, kind: str, limit: int) -> list[tuple]:
        """``websearch_to_tsquery`` accepts any input (words, "phrases", or, -word), so no query is refused."""
        if kind == "documents":
            sql = ("SELECT d.id, d.id, NULL, NULL, ts_headline('english', d.text, q, :opts) "
                   "FROM documents d, websearch_to_tsquery('english', :q) q "
                   "WHERE d.search @@ q AND d.id IN (SELECT id FROM run_documents WHERE run = :run) "
                   "ORDER BY ts_rank(d.search, q) DESC, d.id LIMIT :limit")
            words = 16
        else:
            words = 24
            text = "coalesce((t.data::jsonb) ->> 'text', '')"
            indexed = text if kind == "claims" else f"{text} || ' ' || coalesce((t.data::jsonb) ->> 'speaker_text', '')"
            sql = (f"SELECT t.id, t.doc, t.start, t.\"end\", ts_headline('english', {text}, q, :opts) "
                   f"FROM {kind} t, websearch_to_tsquery('english', :q) q "
                   f"WHERE t.run = :run AND to_tsvector('english', {indexed}) @@ q "
                   f"ORDER BY ts_rank(to_tsvector('english', {indexed}), q) DESC, t.id LIMIT :limit")
        return self._q(sql, q=query, limit=limit, opts=_PG_HEADLINE.format(words=words))
