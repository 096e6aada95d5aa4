"""SQLite backend: one file, schema migrations by ``PRAGMA user_version``, FTS5 over documents."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..export.dossier import FORMAT, dossier_to_dict
from ..model import Dossier
from .base import SearchHit

_DERIVED = ("mentions", "entities", "timexes", "events", "quotes", "claims", "links", "findings", "failures")


def _migrations() -> list[tuple[int, str]]:
    files = resources.files(__package__).joinpath("migrations")
    out = []
    for f in files.iterdir():
        if f.name.endswith(".sql"):
            out.append((int(f.name.split("_", 1)[0]), f.read_text(encoding="utf-8")))
    return sorted(out)


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class SQLiteStore:
    """The store in one SQLite file. Use as a context manager; each ``save`` is one transaction."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(self.path)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc} "
                             f"(is it an annalyst database? move it away to start afresh)") from exc

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        current = self.schema_version
        for version, script in _migrations():
            if version > current:
                with self.conn:
                    self.conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")

    def save(self, dossier: Dossier) -> None:
        d = dossier_to_dict(dossier)
        try:
            with self.conn:
                c = self.conn
                for table in _DERIVED:
                    c.execute(f"DELETE FROM {table}")
                for doc in d["documents"]:
                    c.execute(
                        "INSERT INTO documents(id, sha256, source, title, author, published, text, data) "
                        "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(sha256) DO UPDATE SET id=excluded.id, "
                        "source=excluded.source, title=excluded.title, author=excluded.author, "
                        "published=excluded.published, data=excluded.data "
                        "WHERE documents.data IS NOT excluded.data",
                        (doc["id"], doc["sha256"], doc["source"], doc["title"], doc["author"], doc["published"],
                         doc["text"], _dump({k: v for k, v in doc.items() if k != "text"})))
                for e in d["entities"]:
                    c.execute("INSERT INTO entities VALUES (?,?,?,?)",
                              (e["id"], e["name"], e["type"], _dump({k: v for k, v in e.items() if k != "mentions"})))
                    c.executemany("INSERT INTO mentions VALUES (?,?,?,?,?)",
                                  [(e["id"], m["doc"], m["start"], m["end"], m["text"]) for m in e["mentions"]])
                c.executemany("INSERT INTO timexes VALUES (?,?,?,?,?,?,?)",
                              [(t["id"], t["doc"], t["start"], t["end"], t["type"], t["value"], _dump(t))
                               for t in d["timexes"]])
                c.executemany("INSERT INTO events VALUES (?,?,?,?,?)",
                              [(e["id"], e["type"], e["date"], e["date_end"], _dump(e)) for e in d["events"]])
                c.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?)",
                              [(q["id"], q["doc"], q["start"], q["end"], q["speaker"], _dump(q)) for q in d["quotes"]])
                c.executemany("INSERT INTO claims VALUES (?,?,?,?,?,?,?)",
                              [(x["id"], x["doc"], x["start"], x["end"], x["holder"], x["stance"], _dump(x))
                               for x in d["claims"]])
                c.executemany("INSERT INTO links VALUES (?,?,?,?,?)",
                              [(x["id"], x["kind"], x["a"], x["b"], _dump(x)) for x in d["links"]])
                c.executemany("INSERT INTO findings(kind, doc, data) VALUES (?,?,?)",
                              [(f["kind"], f["doc"], _dump(f)) for f in d["findings"]])
                c.executemany("INSERT INTO failures(source, stage, data) VALUES (?,?,?)",
                              [(f["source"], f["stage"], _dump(f)) for f in d["failures"]])
                c.execute("INSERT INTO runs(finished, documents, format) VALUES (?,?,?)",
                          (datetime.now(UTC).isoformat(timespec="seconds"), len(d["documents"]), FORMAT))
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write the dossier: {exc}") from exc

    def load(self) -> dict[str, Any]:
        c = self.conn
        docs = []
        for data, text in c.execute("SELECT data, text FROM documents ORDER BY rowid"):
            doc = json.loads(data)
            docs.append({**doc, "text": text})
        mentions: dict[str, list] = {}
        for entity, doc, start, end, text in c.execute("SELECT * FROM mentions ORDER BY rowid"):
            mentions.setdefault(entity, []).append({"doc": doc, "start": start, "end": end, "text": text})
        entities = [{**json.loads(data), "mentions": mentions.get(eid, [])}
                    for eid, data in c.execute("SELECT id, data FROM entities ORDER BY rowid")]

        def rows(table: str) -> list[dict]:
            return [json.loads(r[0]) for r in c.execute(f"SELECT data FROM {table} ORDER BY rowid")]

        return {"format": FORMAT, "documents": docs, "entities": entities, "timexes": rows("timexes"),
                "events": rows("events"), "quotes": rows("quotes"), "claims": rows("claims"),
                "links": rows("links"), "findings": rows("findings"), "failures": rows("failures")}

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """FTS5 search; a query that FTS5 cannot parse is searched as a phrase."""
        sql = ("SELECT d.id, d.title, d.source, snippet(documents_fts, 1, '[', ']', '…', 12) "
               "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
               "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?")
        try:
            rows = self.conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            rows = self.conn.execute(sql, ('"' + query.replace('"', '""') + '"', limit)).fetchall()
        return [SearchHit(doc=r[0], title=r[1], source=r[2], snippet=r[3]) for r in rows]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
