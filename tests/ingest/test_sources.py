"""read_sources: folders, stdin, format detection and one-line failures for bad input."""

from __future__ import annotations

import gzip
import io
import json
import sys

from annalyst.ingest import count_documents, document_id, read_sources
from annalyst.model import Document, Failure

TEXT = "Harbour Strike Ends\n\nBy Ana Ruiz | 2 May 2017\n\nThe dock workers went back to work on Monday.\n"


def _split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Failure)]


def test_sources_folder_is_walked_recursively_skipping_hidden(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# Notes\n\nThe strike lasted ten days.\n")
    (tmp_path / ".hidden.txt").write_text("secret notes")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text("not a source")
    documents, failures = _split(read_sources([tmp_path]))
    assert sorted(d.source.rsplit("/", 2)[-1] for d in documents) == ["a.txt", "b.md"]
    assert failures == []


def test_sources_document_id_is_hash_of_bytes(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (document,) = read_sources([tmp_path / "a.txt"])
    assert document.id == document_id(document.sha256) == "d" + document.sha256[:12]


def test_sources_binary_file_with_unknown_extension_is_one_line_failure(tmp_path):
    (tmp_path / "photo.dat").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "a.txt").write_text(TEXT)
    documents, failures = _split(read_sources([tmp_path]))
    assert len(documents) == 1
    (failure,) = failures
    assert failure.stage == "ingest"
    assert failure.error.startswith(f"{tmp_path / 'photo.dat'}: binary file (no text), skipped")
    assert "supported formats" in failure.error
    assert "\n" not in failure.error


def test_sources_empty_file_fails_alone(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "a.txt").write_text(TEXT)
    documents, failures = _split(read_sources([tmp_path]))
    assert len(documents) == 1
    assert [f.error for f in failures] == [f"{tmp_path / 'empty.txt'}: the file is empty (remove it or give it some text)"]


def test_sources_empty_folder_yields_nothing(tmp_path):
    assert list(read_sources([tmp_path])) == []


def test_sources_missing_path_is_a_failure(tmp_path):
    (failure,) = read_sources([tmp_path / "nope.txt"])
    assert isinstance(failure, Failure)
    assert "no such file" in failure.error


def test_sources_unknown_extension_text_is_read_as_text(tmp_path):
    (tmp_path / "notes.log").write_bytes(TEXT.encode("cp1252"))
    (document,) = read_sources([tmp_path / "notes.log"])
    assert (document.title, document.author, document.published) == ("Harbour Strike Ends", "Ana Ruiz", "2017-05-02")


def test_sources_sniffs_formats_without_extension(tmp_path):
    (tmp_path / "page").write_text("<!DOCTYPE html><html><head><title>T</title></head><body><article>"
                                   "<p>The dock workers went back to work on Monday after a ten-day strike that "
                                   "closed the harbour and stopped all shipping along the coast.</p>"
                                   "</article></body></html>")
    (tmp_path / "records").write_bytes(gzip.compress(json.dumps({"id": "r1", "text": "One record."}).encode()))
    (tmp_path / "other.xml").write_text("<?xml version='1.0'?><catalog><item>x</item></catalog>")
    documents, failures = _split(read_sources([tmp_path]))
    assert sorted(d.source.rsplit("/", 1)[-1] for d in documents) == ["page", "records#r1"]
    (failure,) = failures
    assert failure.error.startswith(f"{tmp_path / 'other.xml'}: XML that is not TEI P5 (supported formats: ")


def test_sources_bad_jsonl_record_names_file_and_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"text": "Good."}) + "\n{broken\n")
    documents, failures = _split(read_sources([path]))
    assert len(documents) == 1
    (failure,) = failures
    assert failure.source == str(path)
    assert failure.error.startswith(f"{path}, line 2: invalid JSON")


def test_sources_stdin_is_plain_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8"))))
    (document,) = read_sources(["-"])
    assert (document.source, document.text, document.author) == ("<stdin>", TEXT, "Ana Ruiz")


def test_sources_empty_stdin_is_a_failure(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    (failure,) = read_sources(["-"])
    assert failure.error.startswith("<stdin>: nothing on standard input")


def test_sources_tei_volume_gives_file_hash_id_sources(tmp_path):
    tei = ('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
           '<div type="document" xml:id="d7"><head>7. Note</head><p>A short note on the loan.</p></div>'
           '</body></text></TEI>')
    path = tmp_path / "volume.xml"
    path.write_text(tei)
    (document,) = read_sources([path])
    assert (document.source, document.title, document.text) == (f"{path}#d7", "Note", "A short note on the loan.")


def test_sources_count_documents_gives_a_progress_total_without_parsing(tmp_path):
    (tmp_path / "a.txt").write_text("One story.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as stream:
        stream.write('{"text": "x"}\n' * 5)
    tei = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>' + '<div type="document"><p>x</p></div>' * 3
    (tmp_path / "v.xml").write_text(tei + "</body></text></TEI>", encoding="utf-8")
    assert count_documents([tmp_path]) == 1 + 2 + 5 + 3
    assert count_documents(["-"]) is None
