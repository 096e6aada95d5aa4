"""dossier.json read back into records: the inverse of dossier_to_dict."""

from __future__ import annotations

import json

import pytest

from annalyst.errors import InputError
from annalyst.export.dossier import dossier_from_dict, dossier_to_dict, read_dossier, write_dossier
from annalyst.model import Document, Dossier, Entity, Event, Failure, Finding, Link, Participant, Quote, Span, Timex

TEXT = "Mira Olsen left Tarnby on 4 May 1931. “We go north,” she said."


@pytest.fixture
def dossier() -> Dossier:
    doc = Document(id="d1", source="a.txt", text=TEXT, sha256="0" * 64, title="A", published="1931-05-05")
    mira = Entity(id="person:mira-olsen", name="Mira Olsen", type="PERSON", aliases=("Mira Olsen",), descriptors=(),
                  mentions=(Span("d1", 0, 10, "Mira Olsen"),))
    left = Event(id="d1:V16", type="departure", label="Mira Olsen leaves Tarnby, 1931-05-04", date="1931-05-04",
                 date_end=None, participants=(Participant(mira.id, "agent"),), place=None,
                 mentions=(Span("d1", 11, 15, "left"),), mention_ids=("d1:V16",), merged_from=("d1:V16",))
    start = TEXT.index("We go")
    quote = Quote(id="d1:Q1", doc="d1", start=start, end=start + 11, text="We go north", speaker=mira.id,
                  speaker_text="she", cue="said", attribution="pronoun")
    timex = Timex(id="d1:T1", doc="d1", start=26, end=36, text="4 May 1931", type="DATE", value="1931-05-04")
    return Dossier(documents=(doc,), entities=(mira,), timexes=(timex,), events=(left,), quotes=(quote,),
                   links=(Link("L1", "same_quote", "d1:Q1", "d1:Q1", 1.0, "the same words"),),
                   findings=(Finding("odd_date", "a date to check", "d1", 26, 36, ("d1:T1",)),),
                   failures=(Failure("b.bin", "b.bin: not text", "ingest"),))


def test_dossier_from_dict_inverts_dossier_to_dict(dossier):
    data = json.loads(json.dumps(dossier_to_dict(dossier)))
    again = dossier_from_dict(data)
    assert again == dossier
    assert dossier_to_dict(again) == data


def test_read_dossier_takes_the_file_or_its_folder(dossier, tmp_path):
    write_dossier(dossier, tmp_path / "dossier.json")
    assert read_dossier(tmp_path) == read_dossier(tmp_path / "dossier.json") == dossier


def test_dossier_from_dict_ignores_fields_it_does_not_know(dossier):
    data = dossier_to_dict(dossier)
    data["entities"][0]["wikidata"] = "Q1"
    data["newer_section"] = []
    assert dossier_from_dict(data).entities == dossier.entities


def test_read_dossier_names_the_file_and_the_problem(tmp_path):
    (tmp_path / "dossier.json").write_bytes(b"\xff\xfe not json")
    with pytest.raises(InputError, match=r"dossier\.json: not valid UTF-8 JSON"):
        read_dossier(tmp_path)
    (tmp_path / "dossier.json").write_text('{"format": "annalyst.dossier/1", "documents": [], "entities": [{}]}',
                                           encoding="utf-8")
    with pytest.raises(InputError, match="the field 'id' is missing"):
        read_dossier(tmp_path)
