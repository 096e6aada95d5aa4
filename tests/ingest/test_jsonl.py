"""JSON Lines (plain and gzipped) and .json: one Document per record, bad records reported one by one."""

from __future__ import annotations

import gzip
import json

from annalyst.errors import InputError
from annalyst.ingest.jsonl import read_json_documents, read_jsonl_documents

RECORDS = [
    {"id": "t-1", "title": "Cable on the Loan", "author": "Smith", "published": "1921-03-04",
     "url": "https://example.org/t-1", "text": "The loan was discussed.", "volume": "v1"},
    {"text": "A record with no id."},
]


def _write(path, lines, compress=False):
    data = "\n".join(lines).encode("utf-8") + b"\n"
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


def test_jsonl_one_document_per_record_with_metadata(tmp_path):
    path = _write(tmp_path / "cables.jsonl", [json.dumps(r) for r in RECORDS])
    first, second = read_jsonl_documents(path, source=str(path))
    assert (first.source, first.title, first.author, first.published, first.url) == (
        f"{path}#t-1", "Cable on the Loan", "Smith", "1921-03-04", "https://example.org/t-1")
    assert first.meta == {"volume": "v1"}
    assert second.source == f"{path}#2"  # no id: the line number
    assert first.id != second.id


def test_jsonl_gzip_is_streamed(tmp_path):
    lines = [json.dumps({"id": str(n), "text": f"Record number {n}."}) for n in range(5000)]
    path = _write(tmp_path / "many.jsonl.gz", lines, compress=True)
    records = read_jsonl_documents(path, source=str(path))
    assert next(records).text == "Record number 0."
    assert next(records).source.endswith("#1")


def test_jsonl_bad_records_fail_alone(tmp_path):
    lines = [json.dumps(RECORDS[0]), "{not json", json.dumps({"id": "x", "title": "no text"}), "[1, 2]",
             json.dumps({"id": "ok", "text": "Still read."})]
    path = _write(tmp_path / "mixed.jsonl", lines)
    items = list(read_jsonl_documents(path, source="mixed.jsonl"))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [i.source for i in items if not isinstance(i, InputError)] == ["mixed.jsonl#t-1", "mixed.jsonl#ok"]
    assert errors[0].startswith("mixed.jsonl, line 2: invalid JSON")
    assert errors[1].startswith('mixed.jsonl, line 3: the record has no "text"')
    assert errors[2].startswith("mixed.jsonl, line 4: a JSON list, not an object")


def test_jsonl_truncated_gzip_is_reported(tmp_path):
    whole = gzip.compress(b"".join(json.dumps({"text": f"Line {n} " * 20}).encode() + b"\n" for n in range(500)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    items = list(read_jsonl_documents(path, source="cut.jsonl.gz"))
    assert isinstance(items[-1], InputError)
    assert str(items[-1]).startswith("cut.jsonl.gz: cannot read the compressed stream")


def test_jsonl_unparsable_date_kept_in_meta(tmp_path):
    path = _write(tmp_path / "d.jsonl", [json.dumps({"text": "Some text.", "published": "spring of that year"})])
    (document,) = read_jsonl_documents(path, source="d.jsonl")
    assert document.published is None
    assert document.meta["published_as_given"] == "spring of that year"


def test_jsonl_json_array_file():
    data = json.dumps([{"id": "a", "text": "First."}, {"text": "Second."}]).encode()
    sources = [d.source for d in read_json_documents(data, source="set.json")]
    assert sources == ["set.json#a", "set.json#2"]
