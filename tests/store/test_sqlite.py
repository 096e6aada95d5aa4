"""The SQLite store: round-trips lose nothing, re-saving is idempotent, search finds documents."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annalyst.errors import StoreError
from annalyst.export.dossier import dossier_to_dict
from annalyst.model import Claim, Document, Dossier, Entity, Event, Failure, Link, Participant, Quote, Span, Timex
from annalyst.store import SQLiteStore, open_store

words = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


@st.composite
def dossiers(draw) -> Dossier:
    text = draw(st.text(st.characters(blacklist_categories=("Cs",)), min_size=5, max_size=200))
    doc = Document("d1", draw(words), text, "ab" * 32, title=draw(st.none() | words),
                   author=draw(st.none() | words), published=draw(st.none() | st.just("1999-05")))
    end = draw(st.integers(1, len(text)))
    span = Span("d1", 0, end, text[:end])
    ent = Entity("person:x", draw(words), "PERSON", tuple(draw(st.lists(words, max_size=3))),
                 tuple(draw(st.lists(words, max_size=2))), (span,))
    return Dossier(
        documents=(doc,), entities=(ent,),
        timexes=(Timex("d1:T0", "d1", 0, end, text[:end], "DATE", draw(st.none() | st.just("1999")), "published"),),
        events=(Event("ev1", "strike", draw(words), "1999", None, (Participant("person:x", "agent"),), None, (span,)),),
        quotes=(Quote("d1:Q0", "d1", 0, end, text[:end], "person:x", draw(st.none() | words), "said"),),
        claims=(Claim("d1:C0", "d1", 0, end, text[:end], "author", "denies", ("person:x", "ev1")),),
        links=(Link("L1", "same_event", "ev1", "ev1", 0.5, draw(words)),),
        failures=(Failure("bad.bin", "bad.bin: binary", "ingest"),),
    )


@settings(max_examples=30, deadline=None)
@given(d=dossiers())
def test_sqlite_round_trip_loses_nothing(tmp_path_factory, d):
    path = tmp_path_factory.mktemp("db") / "a.db"
    with open_store(path) as store:
        store.save(d)
        assert store.load() == dossier_to_dict(d)


def test_sqlite_resave_same_corpus_is_idempotent(tmp_path):
    doc = Document("d1", "a.txt", "The harbour strike began on Monday.", "cd" * 32, title="Strike")
    d = Dossier(documents=(doc,))
    with SQLiteStore(tmp_path / "a.db") as store:
        store.save(d)
        store.save(d)
        assert store.load()["documents"] == dossier_to_dict(d)["documents"]
        assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_sqlite_search_finds_words_and_survives_bad_syntax(tmp_path):
    docs = (Document("d1", "a.txt", "The harbour strike began on Monday.", "a" * 64, title="Strike"),
            Document("d2", "b.txt", "Elections were held in the spring.", "b" * 64, title="Vote"))
    with SQLiteStore(tmp_path / "a.db") as store:
        store.save(Dossier(documents=docs))
        hits = store.search("strike")
        assert [h["doc"] for h in hits] == ["d1"]
        assert "[strike]" in hits[0]["snippet"]
        assert store.search('"unbalanced AND (') == []


def test_sqlite_migrations_set_schema_version(tmp_path):
    with SQLiteStore(tmp_path / "a.db") as store:
        assert store.schema_version >= 1
    with SQLiteStore(tmp_path / "a.db") as store:  # reopening does not migrate twice
        assert store.schema_version >= 1


def test_sqlite_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        SQLiteStore(bad)
    assert sqlite3  # the error wraps sqlite3's, see __cause__
