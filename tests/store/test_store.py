"""Both backends (SQLite and PostgreSQL, through ``store_target``): round-trips lose nothing, each save
is one transaction tagged with its run id, concurrent saves both succeed, search finds documents."""

from __future__ import annotations

import hashlib
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annalyst.errors import StoreError
from annalyst.export.dossier import dossier_to_dict
from annalyst.model import Claim, Document, Dossier, Entity, Event, Failure, Link, Participant, Quote, Span, Timex
from annalyst.store import open_store

# PostgreSQL text cannot hold NUL characters (ingestion never yields them)
chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
words = st.text(chars, min_size=1, max_size=30)


def _doc(text: str, **fields) -> Document:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Document("d" + sha[:12], fields.pop("source", "a.txt"), text, sha, **fields)


@st.composite
def dossiers(draw) -> Dossier:
    text = draw(st.text(chars, min_size=5, max_size=200))
    doc = _doc(text, source=draw(words), title=draw(st.none() | words), author=draw(st.none() | words),
               published=draw(st.none() | st.just("1999-05")))
    d1 = doc.id
    end = draw(st.integers(1, len(text)))
    span = Span(d1, 0, end, text[:end])
    ent = Entity("person:x", draw(words), "PERSON", tuple(draw(st.lists(words, max_size=3))),
                 tuple(draw(st.lists(words, max_size=2))), (span,))
    return Dossier(
        documents=(doc,), entities=(ent,),
        timexes=(Timex(f"{d1}:T0", d1, 0, end, text[:end], "DATE", draw(st.none() | st.just("1999")), "published"),),
        events=(Event("ev1", "strike", draw(words), "1999", None, (Participant("person:x", "agent"),), None, (span,)),),
        quotes=(Quote(f"{d1}:Q0", d1, 0, end, text[:end], "person:x", draw(st.none() | words), "said"),),
        claims=(Claim(f"{d1}:C0", d1, 0, end, text[:end], "author", "denies", ("person:x", "ev1")),),
        links=(Link("L1", "same_event", "ev1", "ev1", 0.5, draw(words)),),
        failures=(Failure("bad.bin", "bad.bin: binary", "ingest"),),
    )


TEXT = "Minister Oskar Lindqvar visited Quellburg. The harbour strike began on Monday."
DOC = _doc(TEXT, title="Visit")
OSKAR = Entity("person:oskar", "Oskar Lindqvar", "PERSON", (), (), (Span(DOC.id, 9, 23, TEXT[9:23]),))
QUOTE = Quote(f"{DOC.id}:Q0", DOC.id, 43, 77, TEXT[43:77], "person:oskar", "Lindqvar", "said")
CLAIM = Claim(f"{DOC.id}:C0", DOC.id, 43, 77, TEXT[43:77], "person:oskar", "asserts", ())
FIRST = Dossier(documents=(DOC,), entities=(OSKAR,), quotes=(QUOTE,), claims=(CLAIM,),
                failures=(Failure("bad.pdf", "bad.pdf: encrypted", "ingest"),))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(d=dossiers())
def test_store_round_trip_loses_nothing(store_target, d):
    with open_store(store_target) as store:  # one store for every example: each save is a new, latest run
        run = store.save(d)
        assert store.load() == dossier_to_dict(d)
        assert store.load(run) == dossier_to_dict(d)


def test_store_empty_store_loads_an_empty_dossier(store_target):
    with open_store(store_target) as store:
        assert store.load() == dossier_to_dict(Dossier(documents=()))
        assert store.runs() == [] and store.latest_run() is None


def test_store_each_save_is_a_run_with_user_times_and_format(store_target):
    second = Dossier(documents=(DOC,))
    with open_store(store_target) as store:
        r1 = store.save(FIRST)
        r2 = store.save(second)
        runs = store.runs()
        assert [r.id for r in runs] == [r1, r2]
        assert all(r.user and r.started <= r.finished and r.format == "annalyst.dossier/1" for r in runs)
        assert runs[0].documents == 1
        assert store.load() == dossier_to_dict(second)  # the latest run by default
        assert store.load(r1) == dossier_to_dict(FIRST)  # an earlier run is kept whole
        # a text read by several runs is stored once
        assert store.rows("SELECT count(*) FROM documents") == [(1,)]
        assert store.rows("SELECT count(*) FROM run_documents") == [(2,)]
        with pytest.raises(StoreError, match=r"no run 99 .*runs: 1, 2"):
            store.load(99)


def test_store_a_save_that_fails_midway_leaves_the_previous_record_whole(store_target):
    # the second dossier holds one entity twice: its rows are half written when the duplicate stops it
    doc2 = _doc("Quellburg was quiet.")
    broken = Dossier(documents=(DOC, doc2), entities=(OSKAR, OSKAR), failures=())
    with open_store(store_target) as store:
        store.save(FIRST)
        with pytest.raises(StoreError, match="cannot write the dossier"):
            store.save(broken)
        assert store.load() == dossier_to_dict(FIRST)
        assert len(store.runs()) == 1
        assert store.rows("SELECT count(*) FROM documents") == [(1,)]  # not even the new document is kept
    with open_store(store_target) as store:  # and so it is on disk
        assert store.load() == dossier_to_dict(FIRST)


def test_store_concurrent_saves_both_succeed_and_each_loads_back_exactly(store_target):
    # four users save different dossiers at the same time into a new store (so all four also migrate it
    # at once); the dossiers share one document
    other = _doc("Quellburg was quiet on Tuesday.", title="Quiet")
    dossiers = [Dossier(documents=(DOC, *([other] if n % 2 else [])), entities=(OSKAR,) if n % 2 else (),
                        quotes=(QUOTE,) if n % 2 == 0 else ()) for n in range(4)]
    start = threading.Barrier(len(dossiers))
    runs: dict[int, int] = {}
    errors: list[BaseException] = []

    def save(n: int) -> None:
        try:
            with open_store(store_target) as store:
                start.wait()
                runs[n] = store.save(dossiers[n])
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(len(dossiers))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with open_store(store_target) as store:
        assert len(store.runs()) == len(dossiers)
        for n, run in runs.items():
            assert store.load(run) == dossier_to_dict(dossiers[n])
        assert store.rows("SELECT count(*) FROM documents") == [(2,)]


def test_store_search_finds_words_of_the_latest_run(store_target):
    vote = _doc("Elections were held in the spring.", title="Vote")
    with open_store(store_target) as store:
        store.save(Dossier(documents=(DOC, vote)))
        hits = store.search("strike")
        assert [h["doc"] for h in hits] == [DOC.id]
        assert hits[0]["title"] == "Visit" and "[strike]" in hits[0]["snippet"]
        assert store.search('"unbalanced AND (') == []  # a query the backend cannot parse finds nothing
        store.save(Dossier(documents=(vote,)))  # the latest run no longer reads the strike
        assert store.search("strike") == []
        assert [h["doc"] for h in store.search("elections")] == [vote.id]


def test_store_views_name_the_words_speakers_holders_and_titles(store_target):
    with open_store(store_target) as store:
        store.save(Dossier(documents=(DOC,)))
        run = store.save(FIRST)
        mentions = store.rows('SELECT run, entity_name, document_title, words, start, "end" FROM entity_mentions')
        assert mentions == [(run, "Oskar Lindqvar", "Visit", "Oskar Lindqvar", 9, 23)]
        quotes = store.rows("SELECT speaker_name, speaker_text, words, document_title FROM quotes_with_speakers")
        assert quotes == [("Oskar Lindqvar", "Lindqvar", TEXT[43:77], "Visit")]
        claims = store.rows("SELECT holder_name, stance, words, document_title FROM claims_with_holders")
        assert claims == [("Oskar Lindqvar", "asserts", TEXT[43:77], "Visit")]
        assert store.rows("SELECT id FROM latest_run") == [(run,)]


def test_store_readonly_cannot_write(store_target):
    with open_store(store_target) as store:
        store.save(FIRST)
    with open_store(store_target, readonly=True) as store, pytest.raises(StoreError):
        store.save(FIRST)


def test_store_replace_keeps_only_the_new_run_and_its_texts(store_target):
    vote = _doc("Elections were held in the spring.", title="Vote")
    with open_store(store_target) as store:
        store.save(FIRST)
        store.save(Dossier(documents=(DOC, vote)))
        run = store.save(Dossier(documents=(vote,)), replace=True)
        assert [r.id for r in store.runs()] == [run]
        assert store.load() == dossier_to_dict(Dossier(documents=(vote,)))
        assert store.rows("SELECT id FROM documents") == [(vote.id,)]
        for table in ("entities", "mentions", "quotes", "claims", "failures", "run_documents"):
            assert store.rows(f"SELECT count(*) FROM {table} WHERE run <> :run", {"run": run}) == [(0,)]
        assert store.search("strike") == [] and store.search("elections")
