"""Property-based fuzzing of ingest and extraction: hostile bytes never stop a run.

Ingest: whatever the bytes and the file name, :func:`read_sources` yields a
``Document`` or a ``Failure`` for each source and never raises; every failure
names its file. Extraction: on any text (arbitrary Unicode, control
characters, long runs without spaces, and documents cut into pieces), every
record's span text is the document's text at its offsets. ``tests/test_spans.py``
checks the same invariant after resolution on texts made of realistic words;
here the texts are arbitrary and the check is on each document's analysis,
whole and in pieces. ``bench/fuzz.py`` runs the same checks over 10,000 inputs.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annalyst.ingest import read_sources
from annalyst.model import Document, Failure

EXTENSIONS = ["", ".txt", ".md", ".html", ".htm", ".pdf", ".xml", ".tei", ".json", ".jsonl", ".jsonl.gz",
              ".ndjson", ".gz", ".bin", ".TXT", ".Html"]

_TEMPLATES = [
    b"", b"\x00\x01\x02", b"%PDF-1.4\n", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>",
    b"\x1f\x8b\x08\x00", b"<!DOCTYPE html><html><body><p>", b"<html><head><title>T</title></head><body><div><p>",
    b"<?xml version='1.0'?>", b"<?xml version='1.0'?><TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body>",
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;&a;'>]><x>&b;</x>", b"{\"text\": \"", b"[{\"text\": 1}]",
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"Minister Oskar Lindqvar said on 3 May 1871: \"No.\"\n",
    b"</p></div>", b"<script>alert(1)</script>", b"\r\n", b"\n\n", "\u202e\u00e9\u4e2d\u0627".encode(),
]

chunks = st.one_of(st.binary(max_size=200), st.sampled_from(_TEMPLATES),
                   st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")))
contents = st.lists(chunks, max_size=8).map(b"".join)
names = st.text(st.characters(blacklist_characters="/\\\x00", blacklist_categories=("Cs",)), min_size=1,
                max_size=20).filter(lambda s: s not in {".", ".."} and len(s.encode()) < 200)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)
records = st.dictionaries(st.sampled_from(["id", "text", "title", "author", "published", "date", "url", "x"]),
                          json_values, max_size=7)
lines = st.one_of(records.map(lambda r: json.dumps(r).encode()),
                  st.text(max_size=60).map(lambda s: json.dumps({"text": s}).encode("utf-8", "surrogatepass")),
                  st.binary(max_size=60), st.integers(0, 3000).map(lambda n: b"[" * n + b"]" * n))


def _check_read(paths: list[Path]) -> list[Document | Failure]:
    items = list(read_sources(paths))
    for item in items:
        assert isinstance(item, Document | Failure), item
        if isinstance(item, Failure):
            assert any(item.source == str(p) for p in paths), item
            assert item.source in item.error, item  # the message names the file
            assert "\n" not in item.error.replace(item.source, "").strip(), item  # one line (but the name's own)
        else:
            assert item.text.strip()
            assert any(item.source == str(p) or item.source.startswith(f"{p}#") for p in paths), item
            item.text.encode("utf-8")  # no lone surrogates: every writer downstream must encode the text
    return items


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(names, st.sampled_from(EXTENSIONS), contents), min_size=1, max_size=4))
def test_fuzz_read_sources_never_raises_and_names_the_file(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("fuzz")
    paths = []
    for n, (name, ext, data) in enumerate(files):
        path = folder / f"{n}{name}{ext}"
        if path.exists():
            continue
        path.write_bytes(gzip.compress(data) if ext.endswith(".gz") and data[:1] == b"{" else data)
        paths.append(path)
    items = _check_read(paths)
    # each path yields something unless it is a JSON Lines file whose lines are all blank
    assert len({i.source.split("#", 1)[0] for i in items}) <= len(paths)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.lists(lines, max_size=12), gz=st.booleans(), ext=st.sampled_from([".jsonl", ".json", ""]))
def test_fuzz_json_lines_each_bad_record_is_one_failure_naming_file_and_line(tmp_path_factory, body, gz, ext):
    path = tmp_path_factory.mktemp("jsonl") / f"corpus{ext}"
    data = b"\n".join(body)
    path.write_bytes(gzip.compress(data) if gz else data)
    _check_read([path])


def test_fuzz_deeply_nested_json_is_a_failure_not_a_crash(tmp_path):
    for ext in (".jsonl", ".json"):
        path = tmp_path / f"deep{ext}"
        path.write_bytes(b"[" * 100_000 + b"]" * 100_000 + b"\n")
        (item,) = _check_read([path])
        assert isinstance(item, Failure)


def test_fuzz_lone_surrogates_in_json_text_never_reach_the_writers(tmp_path):
    path = tmp_path / "surrogates.jsonl"
    path.write_text('{"text": "Oskar Lindqvar spoke \\ud800 in Quellburg.", "title": "\\udcff"}\n', encoding="utf-8")
    (item,) = _check_read([path])
    if isinstance(item, Document):
        assert item.title is None or item.title.encode("utf-8")


# extraction ---------------------------------------------------------------------------------------

_WORDS = ["Oskar", "Lindqvar", "Quellburg", "said", "denied", "that", "on 3 May 1871", "in 1872", "the council",
          "\"", "“", "”", "'", "«", "»", ".", ",", "\n", "\n\n", "Mr.", "Gen.", "(", ")", "—", "visited", "yesterday"]
texts = st.one_of(
    st.text(min_size=1, max_size=300),
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=6)), min_size=1, max_size=60).map(" ".join),
).map(lambda s: s.encode("utf-8", "replace").decode("utf-8")).filter(str.strip)


def _spans(value, seen=None):
    """Every record with ``doc``, ``start``, ``end`` and ``text`` fields inside ``value``, nested or not."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = {f.name for f in dataclasses.fields(value)}
        if {"doc", "start", "end", "text"} <= names and isinstance(value.start, int):
            yield value
        for name in names:
            yield from _spans(getattr(value, name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _spans(item)


def _document(text: str, n: int = 0) -> Document:
    sha = hashlib.sha256(f"{n}{text}".encode()).hexdigest()
    return Document(id=f"d{sha[:12]}", source=f"fuzz{n}.txt", text=text, sha256=sha, published="1871-05-03")


def _check_spans(results, documents):
    from annalyst.model import DocAnalysis

    by_id = {d.id: d.text for d in documents}
    for result in results:
        assert isinstance(result, DocAnalysis), result  # an extractor crash is a bug, even if the run goes on
        assert not [f for f in result.findings if f.kind == "stage_failed"], result.findings
        for span in _spans(dataclasses.replace(result, document=None)):
            assert by_id[span.doc][span.start:span.end] == span.text, span


@pytest.mark.model
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(texts, min_size=1, max_size=4))
def test_fuzz_extraction_spans_are_the_text_at_their_offsets(nlp, batch):
    from annalyst.extract.runner import analyse_batch

    documents = [_document(t, n) for n, t in enumerate(batch)]
    _check_spans(analyse_batch(documents), documents)


@pytest.mark.model
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(texts, min_size=2, max_size=6), size=st.integers(20, 200))
def test_fuzz_extraction_in_pieces_keeps_offsets_into_the_whole_text(nlp, parts, size):
    from annalyst.extract import runner

    text = " ".join(parts)
    document = _document(text)
    original = runner.PIECE_CHARS
    runner.PIECE_CHARS = size  # a small piece size, so these short texts are cut
    try:
        (result,) = runner.analyse_batch([document])
    finally:
        runner.PIECE_CHARS = original
    _check_spans([result], [document])
    if len(text) > size:
        assert any(f.kind == "long_document" for f in result.findings)
