"""corrections.jsonl: one readable JSON object a line, append-only, read back as written."""

from __future__ import annotations

import json

import pytest

from annalyst.errors import CorrectionError
from annalyst.model import Entity, Event, Link, Quote, Span
from annalyst.review import Correction, append_corrections, read_corrections, target_of
from annalyst.review.corrections import SAMPLE, correction_from_json, correction_to_json, parse_span_key


def _entity(n: int) -> Entity:
    mentions = tuple(Span(f"d{i % 3}", 10 * i, 10 * i + 4, "Vell") for i in range(n))
    return Entity("person:tarn-vell", "Tarn Vell", "PERSON", ("Tarn Vell", "Vell"), (), mentions)


def test_target_of_entity_keeps_name_type_and_a_sample_of_mentions_from_every_document():
    key = target_of(_entity(30))
    assert (key.kind, key.id, key.label, key.type) == ("entity", "person:tarn-vell", "Tarn Vell", "PERSON")
    assert len(key.mentions) == SAMPLE
    assert key.mentions[:3] == ("d0:0-4", "d1:10-14", "d2:20-24")  # one of each document first


def test_target_of_quote_event_and_link():
    quote = Quote("d1:Q5", "d1", 5, 16, "We go north and then we go further north than anyone went before us",
                  None, None, None)
    key = target_of(quote)
    assert (key.kind, key.doc, key.start, key.end) == ("quote", "d1", 5, 16) and key.label.endswith("…")
    event = Event("d1:V3", "meeting", "A meets B", None, None, (), None,
                  (Span("d1", 3, 6, "met"), Span("d2", 8, 12, "meet")), mention_ids=("d1:V3", "d2:V8"))
    assert target_of(event).mentions == ("d1:V3", "d2:V8")
    link = target_of(Link("L:agrees:a:b", "agrees", "a", "b", 0.5, "x"))
    assert (link.kind, link.type, link.a, link.b) == ("link", "agrees", "a", "b")


def test_correction_line_round_trips_in_a_fixed_readable_order():
    c = Correction(n=3, op="split", by="ana", at="2031-01-01T10:00:00Z", why="two people “Vell”",
                   targets=(target_of(_entity(2)),), name="Ada Vell", type="PERSON", mentions=("d1:10-14",))
    line = correction_to_json(c)
    assert "\n" not in line and "“Vell”" in line  # one line, not escaped: a person reads the file
    assert list(json.loads(line))[:6] == ["n", "op", "by", "at", "why", "targets"]
    assert correction_from_json(line) == c


def test_read_corrections_keeps_keys_it_does_not_know_and_skips_comments(tmp_path):
    path = tmp_path / "corrections.jsonl"
    c = Correction(1, "rename", "ana", "2031-01-01T10:00:00Z", None, (target_of(_entity(1)),), name="T. Vell")
    path.write_text("# reviewed in March\n" + correction_to_json(c)[:-1] + ', "ticket": "R-7"}\n\n', "utf-8")
    (back,) = read_corrections(tmp_path)
    assert back == c and back.extra == {"ticket": "R-7"}
    assert '"ticket": "R-7"' in correction_to_json(back)


def test_append_corrections_adds_lines_and_never_rewrites_earlier_ones(tmp_path):
    first = Correction(1, "retype", "ana", "2031-01-01T10:00:00Z", "a firm", (target_of(_entity(1)),), type="ORG")
    second = Correction(2, "rename", "bo", "2031-01-02T10:00:00Z", None, (target_of(_entity(1)),), name="X")
    append_corrections(tmp_path, [first])
    before = (tmp_path / "corrections.jsonl").read_text("utf-8")
    (tmp_path / "corrections.jsonl").write_text(before.rstrip("\n"), "utf-8")  # edited by hand, no last newline
    append_corrections(tmp_path, [second])
    text = (tmp_path / "corrections.jsonl").read_text("utf-8")
    assert text.startswith(before) and text.count("\n") == 2
    assert read_corrections(tmp_path) == [first, second]


def test_read_corrections_names_the_line_that_is_wrong(tmp_path):
    assert read_corrections(tmp_path) == []
    (tmp_path / "corrections.jsonl").write_text('{"n": 1, "op": "merge", "targets": []}\n', "utf-8")
    with pytest.raises(CorrectionError, match=r"corrections\.jsonl:1: not a correction \(no targets\)"):
        read_corrections(tmp_path)
    (tmp_path / "corrections.jsonl").write_text('{"n": 1, "op": "delete", "targets": [{"quote": "q"}]}\n', "utf-8")
    with pytest.raises(CorrectionError, match="unknown op 'delete'"):
        read_corrections(tmp_path)


def test_parse_span_key():
    assert parse_span_key("d0a1:12-20") == ("d0a1", 12, 20)
    assert parse_span_key("Tarn Vell") is None and parse_span_key("d0a1:12") is None
