"""The SQLite store: a clear error for a file that is not one, migrations from version 1, and the
file opens as is in Datasette (read here with sqlite-utils, the library Datasette builds on)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from annalyst.errors import StoreError
from annalyst.store import SQLiteStore, open_store
from annalyst.store.sql import SCHEMA_VERSION, migrations


def test_sqlite_migrations_set_schema_version(tmp_path):
    with SQLiteStore(tmp_path / "a.db") as store:
        assert store.schema_version == SCHEMA_VERSION
    with SQLiteStore(tmp_path / "a.db") as store:  # reopening does not migrate twice
        assert store.schema_version == SCHEMA_VERSION


def test_sqlite_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match=r"notes\.db") as caught:
        SQLiteStore(bad)
    assert isinstance(caught.value.__cause__, sqlite3.DatabaseError)


def test_sqlite_version_1_store_migrates_to_its_last_run(tmp_path):
    path = tmp_path / "old.db"
    (version, script), *_ = migrations("sqlite")
    doc = {"id": "d1", "source": "a.txt", "title": "Visit", "author": None, "published": None, "sha256": "ab" * 32}
    entity = {"id": "person:oskar", "name": "Oskar Lindqvar", "type": "PERSON", "aliases": [], "wikidata": None}
    with sqlite3.connect(path) as conn:  # what annalyst wrote before run ids
        conn.executescript(f"{script}\nPRAGMA user_version = {version};")
        conn.execute("INSERT INTO documents VALUES ('d1', ?, 'a.txt', 'Visit', NULL, NULL, 'Oskar Lindqvar came.', ?)",
                     (doc["sha256"], json.dumps(doc)))
        conn.execute("INSERT INTO entities VALUES ('person:oskar', 'Oskar Lindqvar', 'PERSON', ?)", (json.dumps(entity),))
        conn.execute("INSERT INTO mentions VALUES ('person:oskar', 'd1', 0, 14, 'Oskar Lindqvar')")
        conn.execute("INSERT INTO failures(source, stage, data) VALUES ('x.pdf', 'ingest', ?)",
                     (json.dumps({"source": "x.pdf", "error": "x.pdf: encrypted", "stage": "ingest"}),))
        conn.execute("INSERT INTO runs(finished, documents, format) VALUES ('2026-01-01T00:00:00+00:00', 1, "
                     "'annalyst.dossier/1')")
    with pytest.raises(StoreError, match=r"schema version 1.*annalyst show --store"):
        open_store(path, readonly=True)  # read-only: refused with the command that upgrades it
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        (run,) = store.runs()
        assert run.finished == "2026-01-01T00:00:00+00:00"
        loaded = store.load()
    assert loaded["documents"] == [{**doc, "text": "Oskar Lindqvar came."}]
    assert loaded["entities"] == [{**entity, "mentions": [{"doc": "d1", "start": 0, "end": 14,
                                                          "text": "Oskar Lindqvar"}]}]
    assert loaded["failures"] == [{"source": "x.pdf", "error": "x.pdf: encrypted", "stage": "ingest"}]


@pytest.mark.model
def test_sqlite_store_opens_in_datasette_with_useful_views(seeds_case):
    sqlite_utils = pytest.importorskip("sqlite_utils")
    db = sqlite_utils.Database(seeds_case / "annalyst.db")
    dossier = json.loads((seeds_case / "dossier.json").read_text(encoding="utf-8"))
    assert {"entity_mentions", "quotes_with_speakers", "claims_with_holders", "latest_run"} <= set(db.view_names())
    titles = {d["id"]: d["title"] for d in dossier["documents"]}
    names = {e["id"]: e["name"] for e in dossier["entities"]}

    mentions = list(db["entity_mentions"].rows)
    expected = [(e["name"], m["doc"], m["start"], m["text"]) for e in dossier["entities"] for m in e["mentions"]]
    assert sorted((r["entity_name"], r["doc"], r["start"], r["words"]) for r in mentions) == sorted(expected)
    assert all(r["document_title"] == titles[r["doc"]] for r in mentions)

    quotes = list(db["quotes_with_speakers"].rows)
    assert len(quotes) == len(dossier["quotes"]) > 0
    for row, quote in zip(sorted(quotes, key=lambda r: r["id"]), sorted(dossier["quotes"], key=lambda q: q["id"]),
                          strict=True):
        assert row["words"] == quote["text"] and row["document_title"] == titles[quote["doc"]]
        assert row["speaker_name"] == names.get(quote["speaker"])
    assert any(r["speaker_name"] for r in quotes)

    claims = list(db["claims_with_holders"].rows)
    assert len(claims) == len(dossier["claims"])
    assert {(r["id"], r["words"], r["holder_name"]) for r in claims} == {
        (c["id"], c["text"], names.get(c["holder"])) for c in dossier["claims"]}
