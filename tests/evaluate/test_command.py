"""``annalyst eval``: the command around ``annalyst.evaluate`` (no model needed: the dossier is written by hand)."""

from __future__ import annotations

import json

from click.testing import CliRunner
from tests.evaluate.tiny_case import dossier, dossier_with_unannotated_document, gold

from annalyst.cli import cli
from annalyst.evaluate import evaluate


def _case(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    (case / "dossier.json").write_text(json.dumps(dossier()), encoding="utf-8")
    (tmp_path / "tiny.gold.json").write_text(json.dumps(gold()), encoding="utf-8")
    return case, tmp_path / "tiny.gold.json"


def _run(*args):
    return CliRunner().invoke(cli, ["eval", *map(str, args)])


def test_cli_eval_prints_a_table_by_layer(tmp_path):
    case, g = _case(tmp_path)
    run = _run(case, g)
    assert run.exit_code == 0, run.output
    lines = run.output.splitlines()
    assert lines[0] == f"{case} scored against {g}"
    assert any(line.split() == ["entities", "precision", "1.000"] for line in lines)
    assert any(line.split()[:2] == ["hard_resolved", "1/2"] for line in lines)


def test_cli_eval_json_is_the_library_report(tmp_path):
    case, g = _case(tmp_path)
    run = _run(case / "dossier.json", g, "--json")
    assert run.exit_code == 0, run.output
    assert json.loads(run.output) == evaluate(case, g).to_dict()


def test_cli_eval_layers(tmp_path):
    case, g = _case(tmp_path)
    run = _run(case, g, "--json", "--layers", "quotes,links", "-l", "claims")
    assert list(json.loads(run.output)) == ["quotes", "claims", "links", "problems"]
    run = _run(case, g, "--layers", "people")
    assert run.exit_code == 2 and "unknown layer people" in run.output


def test_cli_eval_min_and_max_set_the_exit_status(tmp_path):
    case, g = _case(tmp_path)
    assert _run(case, g, "--min", "quotes.f1=1.0", "--max", "links.false_contradictions=0").exit_code == 0
    run = _run(case, g, "--min", "timexes.hard_resolved=0.9", "--layers", "quotes")
    assert run.exit_code == 1
    assert "below floor: timexes.hard_resolved=1/2 < 0.9" in run.output
    run = _run(case, g, "--min", "quotes.precision_at_k=0.5")
    assert run.exit_code == 2 and "no figure quotes.precision_at_k (figures of quotes: precision" in run.output


def test_cli_eval_unreadable_gold_exits_2_naming_the_file(tmp_path):
    case, g = _case(tmp_path)
    g.write_text('{"documents": [', encoding="utf-8")
    run = _run(case, g)
    assert run.exit_code == 2
    assert f"{g}: not valid JSON" in run.output


def test_cli_eval_arguments_swapped(tmp_path):
    case, g = _case(tmp_path)
    run = _run(g, case / "dossier.json")
    assert run.exit_code == 2
    assert "the first argument is the dossier, the second the gold file" in run.output


def test_cli_eval_sample_and_the_note_about_other_documents(tmp_path):
    case, g = _case(tmp_path)
    (case / "dossier.json").write_text(json.dumps(dossier_with_unannotated_document()), encoding="utf-8")
    whole = CliRunner().invoke(cli, ["eval", str(case), str(g), "--json"])
    assert json.loads(whole.stdout)["entities"]["precision"] == 0.75
    assert "note: 1 documents of the dossier are not in the gold file" in whole.stderr
    sample = CliRunner().invoke(cli, ["eval", str(case), str(g), "--json", "--sample"])
    assert json.loads(sample.stdout)["entities"]["precision"] == 1.0
    assert "note:" not in sample.stderr
