"""Corrections in a case folder: ``annalyst correct`` on an analysis, and corrections surviving a re-run of
``annalyst analyze`` (the acceptance test of the issue)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from annalyst.cli import cli
from annalyst.export.dossier import write_dossier
from annalyst.review import correct_case, read_corrections, summary_lines
from annalyst.review.case import BASE

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "dossier.schema.json").read_text("utf-8"))


@pytest.fixture
def case(dossier, tmp_path) -> Path:
    folder = tmp_path / "case"
    write_dossier(dossier, folder / "dossier.json")
    return folder


def _run(*args: str):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    return result


def _data(folder: Path) -> dict:
    data = json.loads((folder / "dossier.json").read_text("utf-8"))
    jsonschema.validate(data, SCHEMA)
    return data


def test_correct_merge_writes_the_line_and_rewrites_dossier_store_and_report(case):
    result = _run("correct", case, "merge", "person:mira-olsen", "M. Olsen", "--by", "ana", "--why", "one person")
    assert result.exit_code == 0, result.output
    assert "#1 [applied] merge person:mira-olsen (Mira Olsen) + person:m-olsen (M. Olsen)" in result.output
    (line,) = (case / "corrections.jsonl").read_text("utf-8").splitlines()
    record = json.loads(line)
    assert (record["n"], record["op"], record["by"], record["why"]) == (1, "merge", "ana", "one person")
    assert record["at"].endswith("Z") and record["targets"][1]["mentions"][0].startswith("d2:")
    entities = {e["id"]: e for e in _data(case)["entities"]}
    assert "person:m-olsen" not in entities and len(entities["person:mira-olsen"]["mentions"]) == 6
    with sqlite3.connect(case / "annalyst.db") as db:
        assert "person:m-olsen" not in {r[0] for r in db.execute("SELECT id FROM entities")}
    assert "M. Olsen" in (case / "report.html").read_text("utf-8")
    assert (case / BASE).exists()


def test_correct_list_shows_number_who_when_why_and_state(case):
    _run("correct", case, "rename", "person:vell-league", "The Vell League", "--by", "ana", "--why", "the full name")
    _run("correct", case, "retype", "person:vell-league", "org", "--by", "bo")
    for args in (["correct", case, "--list"], ["correct", "--list", case], ["correct", case]):
        result = _run(*args)
        assert result.exit_code == 0, result.output
        lines = result.output.splitlines()
        assert lines[0] == "#1 [applied] rename person:vell-league (Vell League) -> “The Vell League”"
        assert lines[1].startswith("    by ana, 20") and lines[1].endswith("Z: “the full name”")
        assert lines[2] == "#2 [applied] retype person:vell-league (The Vell League) -> ORG"
        assert lines[3].endswith("no reason given")
    entity = next(e for e in _data(case)["entities"] if e["id"] == "person:vell-league")
    assert (entity["name"], entity["type"]) == ("The Vell League", "ORG")


def test_correct_without_why_is_made_but_asks_for_it(case):
    result = _run("correct", case, "retype", "gpe:kessa", "LOC")
    assert result.exit_code == 0 and "--why" in result.output
    assert read_corrections(case)[0].why is None and read_corrections(case)[0].by


def test_correct_reject_then_accept_brings_the_item_back_without_analysing_again(case, dossier):
    quote = dossier.quotes[0].id
    assert _run("correct", case, "reject", quote, "--why", "a song title").exit_code == 0
    data = _data(case)
    assert quote not in {q["id"] for q in data["quotes"]}
    assert all(quote not in (link["a"], link["b"]) for link in data["links"])
    result = _run("correct", case, "accept", quote)
    assert result.exit_code == 0 and "(undoes #1)" in result.output
    assert quote in {q["id"] for q in _data(case)["quotes"]} and len(_data(case)["links"]) == 3
    assert "#1 [undone]" in _run("correct", case, "--list").output


def test_correct_split_by_the_words_of_the_mentions(case):
    _run("correct", case, "merge", "person:mira-olsen", "person:m-olsen")
    result = _run("correct", case, "split", "person:mira-olsen", "--mention", "M. Olsen", "--name", "Mads Olsen")
    assert result.exit_code == 0, result.output
    assert "split 3 mention(s) off person:mira-olsen" in result.output
    ids = {e["id"] for e in _data(case)["entities"]}
    assert {"person:mira-olsen", "person:mads-olsen"} <= ids


@pytest.mark.parametrize(("args", "message"), [
    (["merge", "person:mira-olsn", "person:m-olsen"], "did you mean 'person:mira-olsen'"),
    (["merge", "person:m-olsen", "M. Olsen"], "a merge needs two entities or more"),
    (["reject", "person:m-olsen"], "entities are not rejected"),
    (["accept", "d9:Q1"], "no quote, claim, event, link or entity 'd9:Q1'"),
    (["split", "person:m-olsen", "-m", "Vell"], "has no mention 'Vell'"),
    (["retype", "gpe:kessa", "PLANET"], "Invalid value"),
])
def test_correct_says_what_is_wrong_and_writes_nothing(case, args, message):
    result = _run("correct", case, *args)
    assert result.exit_code != 0 and message in result.output
    assert not (case / "corrections.jsonl").exists()


def test_correct_merged_entity_named_again_says_where_it_went(case):
    _run("correct", case, "merge", "person:mira-olsen", "person:m-olsen")
    result = _run("correct", case, "rename", "person:m-olsen", "X")
    assert result.exit_code != 0 and "correction #1 merged it into person:mira-olsen" in result.output


def test_correct_case_reports_a_correction_whose_target_vanished(case, dossier):
    _run("correct", case, "merge", "person:mira-olsen", "person:m-olsen")
    without_d2 = replace(dossier, documents=dossier.documents[:1],
                         entities=tuple(e for e in dossier.entities if e.id != "person:m-olsen"))
    fixed, outcomes = correct_case(without_d2, case)
    assert [o.status for o in outcomes] == ["unmatched"]
    (finding,) = [f for f in fixed.findings if f.kind == "correction_unmatched"]
    assert finding.message.startswith("correction #1 (merge") and finding.refs == ("corrections.jsonl#1",)
    lines = summary_lines(outcomes, case)
    assert lines[0].endswith("1 no longer apply")
    assert lines[1].startswith("warning: correction #1 (merge") and "no entity matches person:m-olsen" in lines[1]


def test_correct_case_without_corrections_leaves_the_dossier_and_no_uncorrected_copy(case, dossier):
    (case / BASE).write_text("{}", "utf-8")  # left by an earlier run whose corrections were removed
    assert correct_case(dossier, case) == (dossier, [])
    assert not (case / BASE).exists()


# --- the acceptance test: a correction survives a re-run ------------------------------------------

def _only_in(data: dict, doc: str) -> list[dict]:
    return sorted((e for e in data["entities"] if {m["doc"] for m in e["mentions"]} == {doc}
                   and e["type"] == "PERSON"), key=lambda e: (-len(e["mentions"]), e["id"]))


@pytest.mark.model
def test_correction_survives_a_rerun_of_analyze_and_is_reported_when_its_target_vanished(tmp_path):
    seeds = sorted((ROOT / "examples" / "seeds").iterdir())
    out = tmp_path / "case"
    assert _run("analyze", ROOT / "examples" / "seeds", "--out", out).exit_code == 0
    data = _data(out)
    first, second = (d["id"] for d in data["documents"])
    a, b = _only_in(data, first)[0], _only_in(data, second)[0]
    result = _run("correct", out, "merge", a["id"], b["id"], "--by", "ana", "--why", "the same person")
    assert result.exit_code == 0, result.output

    rerun = _run("analyze", ROOT / "examples" / "seeds", "--out", out)
    assert rerun.exit_code == 0 and "corrections: 1 in" in rerun.output and "1 applied" in rerun.output
    entities = {e["id"]: e for e in _data(out)["entities"]}
    assert b["id"] not in entities
    assert {m["doc"] for m in entities[a["id"]]["mentions"]} == {first, second}
    assert set(b["aliases"]) <= set(entities[a["id"]]["aliases"])
    listed = _run("correct", out, "--list").output
    assert listed.startswith(f"#1 [applied] merge {a['id']}") and "by ana" in listed and "the same person" in listed

    # the second source leaves the corpus: the merge no longer finds one of its entities, and says so
    only_first = tmp_path / "one"
    only_first.mkdir()
    source = next(p for p in seeds if p.name in {Path(d["source"]).name for d in data["documents"]
                                                  if d["id"] == first})
    shutil.copy(source, only_first)
    rerun = _run("analyze", only_first, "--out", out)
    assert rerun.exit_code == 0, rerun.output
    assert "warning: correction #1 (merge" in rerun.output and "no longer applies" in rerun.output
    assert any(f["kind"] == "correction_unmatched" for f in _data(out)["findings"])
    assert "#1 [NO LONGER APPLIES]" in _run("correct", out, "--list").output
    assert len(read_corrections(out)) == 1  # kept, never dropped
