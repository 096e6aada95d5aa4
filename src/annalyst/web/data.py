"""Read-only queries over a case's store (``annalyst.db``), shaped for the pages and the JSON API.

The store is opened with SQLite's ``mode=ro``: the web app cannot change a
case. Full-text search over documents uses the store's FTS5 index; quotes and
claims get their own FTS5 indexes in the connection's TEMP schema at start-up
(the store indexes only documents), so all three speak the same query syntax.
Every query takes its values as parameters; a query FTS5 cannot parse raises
:class:`BadQuery`, which the app answers with a 400.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import AnnalystError, InputError

SEARCH_KINDS = ("documents", "quotes", "claims")
CONTEXT = 80  # characters shown on each side of a mention
MAX_ROWS = 200  # mentions, quotes, claims and events listed on an entity page; it says how many more
_HIT, _END = "\x02", "\x03"  # snippet() markers: control characters never found in stored text


# what an entity page lists besides its mentions, and in which order
_ORDER = {"quotes": "doc, start", "claims": "doc, start", "events": "date IS NULL, date, id"}
# who and what each quote, claim and event refers to, read once from the records' JSON at start-up
_REFS = (
    "SELECT speaker, 'quotes', id FROM quotes WHERE speaker IS NOT NULL",
    "SELECT json_extract(data, '$.addressee'), 'quotes', id FROM quotes "
    "WHERE json_extract(data, '$.addressee') IS NOT NULL",
    "SELECT holder, 'claims', id FROM claims WHERE holder IS NOT NULL",
    "SELECT j.value, 'claims', c.id FROM claims c, json_each(c.data, '$.about') j",
    "SELECT json_extract(data, '$.place'), 'events', id FROM events WHERE json_extract(data, '$.place') IS NOT NULL",
    "SELECT json_extract(p.value, '$.entity'), 'events', e.id FROM events e, json_each(e.data, '$.participants') p",
)


class NotFound(AnnalystError):
    """No record with this id in the case."""


class BadQuery(AnnalystError):
    """A search query FTS5 cannot parse."""


def _parts(snippet: str) -> list[dict[str, Any]]:
    """``"a \x02b\x03 c"`` -> ``[{"text": "a ", "match": False}, {"text": "b", "match": True}, ...]``."""
    out: list[dict[str, Any]] = []
    for i, chunk in enumerate(snippet.replace(_END, _HIT).split(_HIT)):
        if chunk:
            out.append({"text": chunk, "match": i % 2 == 1})
    return out


class Case:
    """One analysed case folder, read through a single read-only connection guarded by a lock."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        db = self.folder / "annalyst.db"
        if not db.is_file():
            raise InputError(str(self.folder), "no annalyst.db here",
                             f"run 'annalyst analyze PATH --out {self.folder}' first")
        try:
            self.conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version < 1:
                raise InputError(str(db), "not an annalyst store (schema version 0)",
                                 "pass the folder 'annalyst analyze' wrote")
            self._index()
        except sqlite3.DatabaseError as exc:
            raise InputError(str(db), f"cannot read the store: {exc}", "is it an annalyst database?") from exc
        self.lock = threading.Lock()

    def _index(self) -> None:
        c = self.conn
        c.execute("CREATE VIRTUAL TABLE temp.quotes_fts USING fts5(id UNINDEXED, text, speaker_text, "
                  "tokenize='unicode61 remove_diacritics 2')")
        c.execute("INSERT INTO temp.quotes_fts SELECT id, json_extract(data, '$.text'), "
                  "coalesce(json_extract(data, '$.speaker_text'), '') FROM quotes")
        c.execute("CREATE VIRTUAL TABLE temp.claims_fts USING fts5(id UNINDEXED, text, "
                  "tokenize='unicode61 remove_diacritics 2')")
        c.execute("INSERT INTO temp.claims_fts SELECT id, json_extract(data, '$.text') FROM claims")
        # the store keeps these inside each record's JSON; indexed here so a page never scans every record
        c.execute("CREATE TEMP TABLE refs (ref TEXT NOT NULL, tbl TEXT NOT NULL, id TEXT NOT NULL)")
        for select in _REFS:
            c.execute(f"INSERT INTO temp.refs {select}")
        c.execute("CREATE INDEX temp.refs_ref ON refs(ref, tbl)")
        c.execute('CREATE TEMP TABLE event_mentions (doc TEXT, start INTEGER, "end" INTEGER, text TEXT, '
                  "event TEXT, label TEXT)")
        c.execute("INSERT INTO temp.event_mentions SELECT json_extract(m.value, '$.doc'), "
                  "json_extract(m.value, '$.start'), json_extract(m.value, '$.end'), json_extract(m.value, '$.text'), "
                  "e.id, json_extract(e.data, '$.label') FROM events e, json_each(e.data, '$.mentions') m")
        c.execute("CREATE INDEX temp.event_mentions_doc ON event_mentions(doc, start)")

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            yield self.conn

    def close(self) -> None:
        self.conn.close()

    # -- look-ups
    def names(self, ids: set[str]) -> dict[str, str]:
        """Entity id -> name, for the ids given (unknown ids are left out)."""
        ids = {i for i in ids if i}
        if not ids:
            return {}
        with self._db() as c:
            rows = c.execute("SELECT e.id, e.name FROM entities e JOIN json_each(?) j ON j.value = e.id",
                             (json.dumps(sorted(ids)),)).fetchall()
        return dict(rows)

    def titles(self, ids: set[str]) -> dict[str, str]:
        """Document id -> title (or the file name when it has none)."""
        if not ids:
            return {}
        with self._db() as c:
            rows = c.execute("SELECT d.id, d.title, d.source FROM documents d JOIN json_each(?) j ON j.value = d.id",
                             (json.dumps(sorted(ids)),)).fetchall()
        return {i: t or Path(s).name for i, t, s in rows}

    def overview(self) -> dict[str, Any]:
        with self._db() as c:
            docs = [{"id": i, "title": t, "author": a, "published": p, "source": s, "length": n,
                     "url": json.loads(data).get("url")}
                    for i, t, a, p, s, n, data in c.execute(
                        "SELECT id, title, author, published, source, length(text), data FROM documents "
                        "ORDER BY published IS NULL, published, title")]
            counts = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # table names are fixed here
                      for t in ("entities", "events", "quotes", "claims", "links", "failures")}
            entities = [{"id": i, "name": n, "type": t, "mentions": k} for i, n, t, k in c.execute(
                "SELECT e.id, e.name, e.type, count(m.entity) AS k FROM entities e "
                "LEFT JOIN mentions m ON m.entity = e.id GROUP BY e.id ORDER BY k DESC, e.name LIMIT 50")]
            events = [json.loads(d) for (d,) in c.execute(
                "SELECT data FROM events ORDER BY date IS NULL, date, id LIMIT 200")]
        return {"documents": docs, "counts": counts, "entities": entities, "events": events}

    def document(self, doc_id: str) -> dict[str, Any]:
        with self._db() as c:
            row = c.execute("SELECT data, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise NotFound(f"no document with id {doc_id!r}")
            doc = {**json.loads(row[0]), "text": row[1]}
            mentions = [{"entity": e, "start": s, "end": t, "text": x} for e, s, t, x in c.execute(
                'SELECT entity, start, "end", text FROM mentions WHERE doc = ? ORDER BY start', (doc_id,))]
            timexes = [json.loads(d) for (d,) in c.execute(
                "SELECT data FROM timexes WHERE doc = ? ORDER BY start", (doc_id,))]
            quotes = [json.loads(d) for (d,) in c.execute(
                "SELECT data FROM quotes WHERE doc = ? ORDER BY start", (doc_id,))]
            claims = [json.loads(d) for (d,) in c.execute(
                "SELECT data FROM claims WHERE doc = ? ORDER BY start", (doc_id,))]
            events = [{"event": i, "label": lab, "start": s, "end": t, "text": x} for i, lab, s, t, x in c.execute(
                'SELECT event, label, start, "end", text FROM temp.event_mentions WHERE doc = ? ORDER BY start',
                (doc_id,))]
        return {"document": doc, "mentions": mentions, "timexes": timexes, "quotes": quotes, "claims": claims,
                "events": events}

    def entity(self, entity_id: str, limit: int = MAX_ROWS) -> dict[str, Any]:
        with self._db() as c:
            row = c.execute("SELECT data FROM entities WHERE id = ?", (entity_id,)).fetchone()
            if row is None:
                raise NotFound(f"no entity with id {entity_id!r}")
            entity = json.loads(row[0])
            total = c.execute("SELECT count(*) FROM mentions WHERE entity = ?", (entity_id,)).fetchone()[0]
            mentions = [
                {"doc": d, "start": s, "end": e, "text": x, "before": b, "after": a}
                for d, s, e, x, b, a in c.execute(
                    'SELECT m.doc, m.start, m."end", m.text, '
                    "substr(d.text, max(m.start - ?, 0) + 1, m.start - max(m.start - ?, 0)), "
                    'substr(d.text, m."end" + 1, ?) '
                    "FROM (SELECT m.* FROM mentions m JOIN documents d ON d.id = m.doc WHERE m.entity = ? "
                    "ORDER BY d.published IS NULL, d.published, m.doc, m.start LIMIT ?) m "  # text read for these only
                    "JOIN documents d ON d.id = m.doc ORDER BY d.published IS NULL, d.published, m.doc, m.start",
                    (CONTEXT, CONTEXT, CONTEXT, entity_id, limit))]
            sources = [{"id": i, "title": t or Path(s).name, "published": p, "mentions": k}
                       for i, t, s, p, k in c.execute(
                           "SELECT d.id, d.title, d.source, d.published, count(*) FROM mentions m "
                           "JOIN documents d ON d.id = m.doc WHERE m.entity = ? GROUP BY d.id "
                           "ORDER BY d.published IS NULL, d.published, d.title", (entity_id,))]
            found: dict[str, list[dict[str, Any]]] = {}
            counts = {"mentions": total}
            for name, order in _ORDER.items():  # fixed table names and orders, not user input
                ids = "SELECT id FROM temp.refs WHERE ref = ? AND tbl = ?"
                counts[name] = c.execute(f"SELECT count(*) FROM {name} WHERE id IN ({ids})",
                                         (entity_id, name)).fetchone()[0]
                found[name] = [json.loads(d) for (d,) in c.execute(
                    f"SELECT data FROM {name} WHERE id IN ({ids}) ORDER BY {order} LIMIT ?", (entity_id, name, limit))]
        return {"entity": entity, "mentions": mentions, "mention_count": total, "sources": sources, **found,
                "counts": counts}

    def event(self, event_id: str) -> dict[str, Any]:
        with self._db() as c:
            row = c.execute("SELECT data FROM events WHERE id = ?", (event_id,)).fetchone()
            if row is None:
                raise NotFound(f"no event with id {event_id!r}")
            event = json.loads(row[0])
            mentions = []
            for m in event.get("mentions", []):
                r = c.execute("SELECT substr(text, max(? - ?, 0) + 1, ? - max(? - ?, 0)), substr(text, ? + 1, ?) "
                              "FROM documents WHERE id = ?",
                              (m["start"], CONTEXT, m["start"], m["start"], CONTEXT, m["end"], CONTEXT,
                               m["doc"])).fetchone()
                mentions.append({**m, "before": r[0] if r else "", "after": r[1] if r else ""})
            ids = [event_id, *event.get("merged_from", []), *(m.get("id") for m in event.get("mentions", []))]
            ids_json = json.dumps(sorted({i for i in ids if i}))
            links = [json.loads(d) for (d,) in c.execute(
                "SELECT data FROM links WHERE a IN (SELECT value FROM json_each(?)) "
                "OR b IN (SELECT value FROM json_each(?))", (ids_json, ids_json))]
            claims = [json.loads(d) for (d,) in c.execute(
                "SELECT data FROM claims WHERE id IN (SELECT id FROM temp.refs WHERE tbl = 'claims' AND ref IN "
                "(SELECT value FROM json_each(?))) ORDER BY doc, start", (ids_json,))]
        return {"event": event, "mentions": mentions, "links": links, "claims": claims}

    def search(self, query: str, kind: str = "documents", limit: int = 20) -> list[dict[str, Any]]:
        """Best hits first: ``{"kind", "id", "doc", "title", "start", "end", "snippet": [parts]}``."""
        if kind not in SEARCH_KINDS:
            raise BadQuery(f"unknown search kind {kind!r}: choose one of {', '.join(SEARCH_KINDS)}")
        if not query.strip():
            return []
        if kind == "documents":
            sql = (f"SELECT d.id, d.id, NULL, NULL, snippet(documents_fts, 1, '{_HIT}', '{_END}', '…', 16) "
                   "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
                   "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?")
        else:
            table, fts = kind, f"temp.{kind}_fts"
            sql = (f"SELECT f.id, t.doc, t.start, t.\"end\", snippet({kind}_fts, 1, '{_HIT}', '{_END}', '…', 24) "
                   f"FROM {fts} f JOIN {table} t ON t.id = f.id WHERE {kind}_fts MATCH ? ORDER BY rank LIMIT ?")
        try:
            with self._db() as c:
                rows = c.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise BadQuery(f"cannot search for {query!r} ({exc}): use words, \"a phrase\", OR, NOT, NEAR(a b) "
                           "or prefix*, and put words holding : or - inside double quotes") from exc
        titles = self.titles({r[1] for r in rows})
        return [{"kind": kind, "id": i, "doc": d, "title": titles.get(d, d), "start": s, "end": e,
                 "snippet": _parts(snip or "")} for i, d, s, e, snip in rows]
