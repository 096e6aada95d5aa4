"""Each export format read back by its real consumer library: followthemoney, networkx, jsonschema
(TimelineJS's documented fields), csv and pandas. On the example corpus, and on a small hand-made
dossier whose text is hostile (markup, control characters, a spreadsheet formula)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import networkx as nx
import pytest
from click.testing import CliRunner

from annalyst.api import Dossier
from annalyst.export import FORMATS, export_dossier
from annalyst.export.dates import interval
from annalyst.export.ftm import ftm_id
from annalyst.model import Claim, Document, Entity, Event, Participant, Quote, Span

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Dossier:
    """The example corpus, analysed once for this module."""
    import annalyst

    return annalyst.analyze(SEEDS, out=tmp_path_factory.mktemp("seeds"))


TEXT = ("Ana <b>Ruiz</b>\x0c met the mayor of Valmora in the 1960s. "
        "“=HYPERLINK(\"http://x.invalid\") & <script>alert(1)</script>,” said Ana <b>Ruiz</b>.\n")


def _span(text: str, doc: str = "d1") -> Span:
    start = TEXT.index(text)
    return Span(doc, start, start + len(text), text)


@pytest.fixture
def hostile() -> Dossier:
    """A dossier made by hand, with words a renderer could take for markup or a formula."""
    doc = Document(id="d1", source="notes/hostile.txt", text=TEXT, sha256="0" * 64, title="<i>Notes</i>",
                   published="1999-02-03")
    ana = Entity(id="person:ana-ruiz", name="Ana <b>Ruiz</b>\x0c", type="PERSON", aliases=("Ana <b>Ruiz</b>\x0c",),
                 descriptors=(), mentions=(_span("Ana <b>Ruiz</b>\x0c"), _span("Ana <b>Ruiz</b>.")))
    mayor = Entity(id="org:mayor-of-valmora", name="mayor of Valmora", type="ORG", aliases=("mayor of Valmora",),
                   descriptors=("the mayor",), mentions=(_span("mayor of Valmora"),))
    town = Entity(id="gpe:valmora", name="Valmora", type="GPE", aliases=("Valmora",), descriptors=(),
                  mentions=(_span("Valmora"),))
    met = Event(id="d1:V1", type="meeting", label="Ana <b>Ruiz</b> meets the mayor, 196X", date="196X",
                date_end=None, participants=(Participant(ana.id, "agent"), Participant(mayor.id, "patient")),
                place=town.id, mentions=(_span("met"),), mention_ids=("d1:V1",))
    words = "=HYPERLINK(\"http://x.invalid\") & <script>alert(1)</script>,"
    quote = Quote(id="d1:Q1", doc="d1", start=TEXT.index(words), end=TEXT.index(words) + len(words), text=words,
                  speaker=ana.id, speaker_text="Ana <b>Ruiz</b>", cue="said", addressee=mayor.id)
    claim = Claim(id="d1:C1", doc="d1", start=0, end=10, text=TEXT[:10], holder="author", stance="asserts",
                  about=(met.id,))
    return Dossier(documents=(doc,), entities=(ana, mayor, town), events=(met,), quotes=(quote,), claims=(claim,))


def _ftm(path: Path):
    from followthemoney import model

    return [model.get_proxy(json.loads(line), cleaned=False) for line in path.read_text(encoding="utf-8").splitlines()]


def _check_ftm(entities) -> dict[str, object]:
    """Every entity re-validates through the followthemoney model, and every reference resolves."""
    by_id = {e.id: e for e in entities}
    assert len(by_id) == len(entities), "ids are unique"
    for entity in entities:
        for prop, value in entity.itervalues():
            assert prop.type.clean(value) == value or prop.type.name in ("text", "string"), (entity.id, prop.name)
            if prop.type.name == "entity":
                assert value in by_id, f"{entity.id}.{prop.name} points to a missing entity {value}"
                assert by_id[value].schema.is_a(prop.range), (entity.id, prop.name, by_id[value].schema)
        for prop in entity.schema.required:
            assert entity.get(prop), (entity.id, prop)
    return by_id


def test_ftm_hostile_text_round_trips(hostile, tmp_path):
    out = tmp_path / "e.ftm.json"
    counts = export_dossier(hostile, "ftm", out)
    assert counts["Person"] == 1 and counts["Organization"] == 1 and counts["Address"] == 1 and counts["Event"] == 1
    by_id = _check_ftm(_ftm(out))
    assert by_id[ftm_id("document", "d1")].schema.name == "PlainText"
    (body,) = json.loads(out.read_text(encoding="utf-8").splitlines()[0])["properties"]["bodyText"]
    assert body == TEXT.replace("\x0c", " ")  # the control character made a space: no offset moves
    event = by_id[ftm_id("event", "d1:V1")]
    assert event.get("involved") == [ftm_id("entity", "person:ana-ruiz"), ftm_id("entity", "org:mayor-of-valmora")]
    assert event.get("organizer") == [ftm_id("entity", "person:ana-ruiz")]
    assert event.get("addressEntity") == [ftm_id("entity", "gpe:valmora")]
    assert event.get("date") == [] and "196X" in event.first("notes")  # a decade is no FtM date: kept as text
    evidence = [e for e in by_id.values() if e.schema.name == "Documentation" and e.first("entity") == event.id]
    assert [e.first("description") for e in evidence] == [f"In document d1: “met” at {TEXT.index('met')}–{TEXT.index('met') + 3}"]


def test_ftm_id_is_safe_and_distinct():
    assert ftm_id("entity", "person:ana-ruiz") == "annalyst-entity-person.ana-ruiz"
    odd = {ftm_id("entity", raw) for raw in ("person:josé", "person:jos-", "person:jos#", "L:same_event:a:b")}
    assert len(odd) == 4
    from followthemoney import registry

    assert all(registry.entity.validate(i) for i in odd)


@pytest.mark.model
def test_ftm_seeds_read_back_with_followthemoney(seeds, tmp_path):
    out = tmp_path / "seeds.ftm.json"
    export_dossier(seeds, "ftm", out)
    by_id = _check_ftm(_ftm(out))
    from followthemoney.cli.cli import cli as ftm

    validated = tmp_path / "validated.ftm.json"  # FollowTheMoney's own command re-parses every entity
    result = CliRunner().invoke(ftm, ["validate", "-i", str(out), "-o", str(validated)])
    assert result.exit_code == 0, result.output
    assert len(validated.read_text(encoding="utf-8").splitlines()) == len(by_id)
    schemas = {e.schema.name for e in by_id.values()}
    assert {"PlainText", "Person", "Organization", "Address", "Event", "Mention", "Documentation"} <= schemas
    pinochet = by_id[ftm_id("entity", "person:augusto-pinochet")]
    assert pinochet.schema.name == "Person" and "Pinochet" in pinochet.get("alias")
    coups = [e for e in by_id.values() if e.schema.name == "Event" and pinochet.id in e.get("involved")
             and "coup" in e.get("keywords")]
    assert coups and coups[0].get("date") == ["1973-09-11"]
    for event in (e for e in by_id.values() if e.schema.name == "Event"):  # every event keeps its evidence
        assert event.get("proof") and event.first("recordId")
        notes = [d.first("description") for d in by_id.values()
                 if d.schema.name == "Documentation" and d.first("entity") == event.id]
        assert notes and all(n.startswith("In document ") for n in notes)


def _graph_checks(g: nx.Graph, dossier: Dossier) -> None:
    assert g.number_of_nodes() == len(dossier.entities)
    texts = {d.id: d.text for d in dossier.documents}
    for _, data in g.nodes(data=True):
        assert data["type"] and data["sources"] >= 1
        for ev in data["evidence"].split():
            doc, offsets = ev.rsplit(":", 1)
            start, end = map(int, offsets.split("-"))
            assert doc in texts and 0 <= start < end <= len(texts[doc])
    assert all(data["weight"] >= 1 and data["kind"] in ("event", "quote") for _, _, data in g.edges(data=True))


def test_gexf_hostile_text_reads_back(hostile, tmp_path):
    export_dossier(hostile, "gexf", tmp_path / "g.gexf")
    g = nx.read_gexf(tmp_path / "g.gexf")
    assert g.nodes["person:ana-ruiz"]["label"] == "Ana <b>Ruiz</b>"  # escaped in XML, the form feed dropped
    (edge,) = [d for _, _, d in g.edges(data=True) if d["kind"] == "event"]
    assert edge["spells"] == [("1960-01-01", "1969-12-31")]  # the decade as an interval for Gephi's timeline
    (quote,) = [d for _, _, d in g.edges(data=True) if d["kind"] == "quote"]
    assert quote["speaker"] == "person:ana-ruiz" and quote["records"] == "d1:Q1"


@pytest.mark.model
def test_gexf_and_graphml_seeds_read_back_with_networkx(seeds, tmp_path):
    export_dossier(seeds, "gexf", tmp_path / "g.gexf")
    export_dossier(seeds, "graphml", tmp_path / "g.graphml")
    gexf, graphml = nx.read_gexf(tmp_path / "g.gexf"), nx.read_graphml(tmp_path / "g.graphml")
    for g in (gexf, graphml):
        _graph_checks(g, seeds)
        assert g.number_of_edges() > 10
    assert gexf.graph["mode"] == "dynamic"
    ties = gexf.get_edge_data("person:augusto-pinochet", "person:salvador-allende")
    assert ties and any(("1973-09-11", "1973-09-11") in d.get("spells", []) for d in ties.values())
    dated = [d for _, _, d in graphml.edges(data=True) if d.get("start")]
    assert dated and all(d["start"] <= d["end"] for d in dated)


# The fields TimelineJS 3 documents for its JSON format (timeline.knightlab.com/docs/json-format.html);
# anything else is refused.
_DATE = {"type": "object", "required": ["year"], "additionalProperties": False, "properties": {
    "year": {"type": "integer"}, "month": {"type": "integer", "minimum": 1, "maximum": 12},
    "day": {"type": "integer", "minimum": 1, "maximum": 31}, "hour": {"type": "integer"},
    "minute": {"type": "integer"}, "second": {"type": "integer"}, "millisecond": {"type": "integer"},
    "display_date": {"type": "string"}}}
_TEXT = {"type": "object", "additionalProperties": False,
         "properties": {"headline": {"type": "string"}, "text": {"type": "string"}}}
_MEDIA = {"type": "object", "required": ["url"], "additionalProperties": False, "properties": {
    k: {"type": "string"} for k in ("url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target")}}
_SLIDE = {"type": "object", "additionalProperties": False, "properties": {
    "start_date": _DATE, "end_date": _DATE, "text": _TEXT, "media": _MEDIA, "group": {"type": "string"},
    "display_date": {"type": "string"}, "background": {"type": "object"}, "autolink": {"type": "boolean"},
    "unique_id": {"type": "string"}}}
TIMELINEJS = {"type": "object", "required": ["events"], "additionalProperties": False, "properties": {
    "events": {"type": "array", "items": {**_SLIDE, "required": ["start_date"]}},
    "title": _SLIDE,
    "eras": {"type": "array", "items": {"type": "object", "required": ["start_date", "end_date"]}},
    "scale": {"enum": ["human", "cosmological"]}}}


def _timeline(dossier: Dossier, tmp_path: Path) -> dict:
    export_dossier(dossier, "timelinejs", tmp_path / "t.json")
    data = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, TIMELINEJS)
    ids = [s["unique_id"] for s in data["events"]] + [data["title"]["unique_id"]]
    assert len(ids) == len(set(ids))
    return data


def test_timelinejs_escapes_document_text(hostile, tmp_path):
    data = _timeline(hostile, tmp_path)
    (slide,) = data["events"]
    html = slide["text"]["headline"] + slide["text"]["text"] + data["title"]["text"]["text"]
    assert "<script>" not in html and "<b>Ruiz" not in html and "<i>Notes" not in html
    assert "&lt;script&gt;" in slide["text"]["text"]  # the quote beside the event, escaped
    assert slide["start_date"] == {"year": 1960, "display_date": "196X"} and slide["end_date"]["year"] == 1969
    assert f"characters {TEXT.index('met')}–{TEXT.index('met') + 3}" in slide["text"]["text"]
    assert "asserts" in slide["text"]["text"]  # the claim about the event


@pytest.mark.model
def test_timelinejs_seeds_one_slide_per_dated_event(seeds, tmp_path):
    data = _timeline(seeds, tmp_path)
    dated = [v for v in seeds.events if interval(v.date)]
    assert len(data["events"]) == len(dated) > 5
    coup = next(s for s in data["events"] if s["start_date"] == {"year": 1973, "month": 9, "day": 11}
                and s["group"] == "coup")
    assert "<mark>coup</mark>" in coup["text"]["text"] and "characters" in coup["text"]["text"]


def test_csv_hostile_text_cannot_run_as_a_formula(hostile, tmp_path):
    counts = export_dossier(hostile, "csv", tmp_path / "tables")
    assert counts["quotes"] == 1 and counts["mentions"] == 5  # 4 entity mentions and 1 event mention
    with (tmp_path / "tables" / "quotes.csv").open(encoding="utf-8", newline="") as f:
        (row,) = csv.DictReader(f)
    assert row["text"].startswith("'=HYPERLINK")
    with (tmp_path / "tables" / "entities.csv").open(encoding="utf-8", newline="") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    assert json.loads(rows["org:mayor-of-valmora"]["descriptors"]) == ["the mayor"]


@pytest.mark.model
def test_csv_seeds_read_back_with_pandas(seeds, tmp_path):
    import pandas as pd

    export_dossier(seeds, "csv", tmp_path / "tables")
    names = ("documents", "entities", "mentions", "timexes", "events", "quotes", "claims", "links")
    for name in names:
        assert (tmp_path / "tables" / f"{name}.csv").exists()
    texts = {d.id: d.text for d in seeds.documents}
    mentions = pd.read_csv(tmp_path / "tables" / "mentions.csv", keep_default_na=False)
    assert len(mentions) == sum(len(e.mentions) for e in seeds.entities) + sum(len(v.mentions) for v in seeds.events)
    for row in mentions.itertuples():
        assert texts[row.doc][row.start:row.end] == str(row.text).removeprefix("'") or str(row.text).startswith("'")
    quotes = pd.read_csv(tmp_path / "tables" / "quotes.csv")
    assert len(quotes) == len(seeds.quotes) and set(quotes.columns) >= {"id", "doc", "start", "end", "text", "speaker"}
    frames = seeds.to_pandas()
    assert set(names) <= set(frames)
    assert len(frames["entities"]) == len(seeds.entities)


def test_every_format_has_a_writer(hostile, tmp_path):
    for fmt in FORMATS:
        out = tmp_path / fmt
        assert export_dossier(hostile, fmt, out)
        assert out.exists()
    with pytest.raises(ValueError, match="choose one of"):
        export_dossier(hostile, "pdf", tmp_path / "x")
