"""The store and the checkpoint never hold half a write: a save is one transaction, a batch one commit."""

from __future__ import annotations

import sqlite3

import pytest

from annalyst.errors import StoreError
from annalyst.export.dossier import dossier_to_dict
from annalyst.model import DocAnalysis, Document, Dossier, Entity, Failure, Span
from annalyst.store import open_store
from annalyst.store.checkpoint import Checkpoint

TEXT = "Minister Oskar Lindqvar visited Quellburg."
DOC = Document("d1", "a.txt", TEXT, "ab" * 32, title="Visit")
OSKAR = Entity("person:oskar", "Oskar Lindqvar", "PERSON", (), (), (Span("d1", 9, 23, TEXT[9:23]),))
FIRST = Dossier(documents=(DOC,), entities=(OSKAR,), failures=(Failure("bad.pdf", "bad.pdf: encrypted", "ingest"),))


def test_store_a_save_that_fails_midway_leaves_the_previous_record_whole(tmp_path):
    # the second dossier's derived rows are deleted and half re-inserted when a duplicate id stops it
    doc2 = Document("d2", "b.txt", "Quellburg was quiet.", "cd" * 32)
    broken = Dossier(documents=(DOC, doc2), entities=(OSKAR, OSKAR), failures=())
    with open_store(tmp_path / "a.db") as store:
        store.save(FIRST)
        with pytest.raises(StoreError, match="cannot write the dossier"):
            store.save(broken)
        assert store.load() == dossier_to_dict(FIRST)
    with open_store(tmp_path / "a.db") as store:  # and so it is on disk
        assert store.load() == dossier_to_dict(FIRST)
        assert store.load()["failures"] == [{"source": "bad.pdf", "error": "bad.pdf: encrypted", "stage": "ingest"}]


def test_checkpoint_each_batch_is_committed_when_put(tmp_path):
    path = tmp_path / ".checkpoint.db"
    checkpoint = Checkpoint(path, "f1")
    checkpoint.put_many([DocAnalysis(document=DOC)])
    # another connection (a run killed now, then resumed) already sees the batch
    with sqlite3.connect(path) as other:
        assert other.execute("SELECT count(*) FROM analyses").fetchone()[0] == 1
    checkpoint.close()
    again = Checkpoint(path, "f1")
    assert again.get(DOC.sha256, DOC.source) == DocAnalysis(document=DOC)
    again.close()
