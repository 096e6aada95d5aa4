"""The command line end to end, as a user runs it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from annalyst.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT.parent / "shared" / "contract" / "dossier.schema.json"

STORY = """Strike in the Harbour

By Jane Doe on 3 March 2020

The dock workers of Valmora went on strike on 2 March 2020. “We will not go back until the port authority listens,” said union leader Tomas Berg.
The Port Authority of Valmora denied that wages had been cut.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "strike.txt").write_text(STORY, encoding="utf-8")
    (folder / "broken.bin").write_bytes(b"\x00\x01\x02\xff\xfe" * 50)
    return folder


@pytest.mark.model
def test_cli_analyze_writes_dossier_store_and_report(corpus, tmp_path):
    out = tmp_path / "case"
    result = CliRunner().invoke(cli, ["analyze", str(corpus), "--out", str(out)])
    assert result.exit_code == 3, result.output  # finished, but an input failed: a script can tell
    assert "documents read: 1, failed: 1" in result.output
    assert "broken.bin" in result.output  # the bad file is named, the good one still analysed
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert dossier["format"] == "annalyst.dossier/1"
    if SCHEMA.exists():
        jsonschema.validate(dossier, json.loads(SCHEMA.read_text(encoding="utf-8")))
    (doc,) = dossier["documents"]
    assert doc["source"].endswith("strike.txt")
    names = {e["name"] for e in dossier["entities"]}
    assert "Tomas Berg" in names
    assert (out / "annalyst.db").stat().st_size > 0
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "Tomas Berg" in report  # the inlined libraries name URLs in comments and messages; none is loaded:
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|<link\b|@import|url\(\s*["']?(?:https?:)?//""",
                         report)


@pytest.mark.model
def test_cli_analyze_twice_is_idempotent(corpus, tmp_path):
    out = tmp_path / "case"
    runner = CliRunner()
    runner.invoke(cli, ["analyze", str(corpus), "--out", str(out)])
    first = (out / "dossier.json").read_text(encoding="utf-8")
    result = runner.invoke(cli, ["analyze", str(corpus), "--out", str(out)])
    assert result.exit_code == 3
    assert (out / "dossier.json").read_text(encoding="utf-8") == first
    import sqlite3

    with sqlite3.connect(out / "annalyst.db") as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


@pytest.mark.model
def test_cli_two_workers_give_the_same_dossier_as_one(corpus, tmp_path):
    import subprocess
    import sys

    for n in range(3):  # several batches, so both workers get some
        (corpus / f"copy{n}.txt").write_text(STORY.replace("Tomas Berg", f"Tomas Berg{'e' * (n + 1)}"),
                                             encoding="utf-8")

    def run(out: Path, workers: int) -> str:
        done = subprocess.run([sys.executable, "-m", "annalyst", "analyze", str(corpus), "--out", str(out),
                               "--workers", str(workers), "--batch-size", "1"],
                              check=False, capture_output=True, text=True, timeout=600)
        assert done.returncode == 3, done.stderr
        assert "documents read: 4, failed: 1" in done.stdout
        return (out / "dossier.json").read_text(encoding="utf-8")

    one = run(tmp_path / "one", 1)
    assert run(tmp_path / "two", 2) == one
    assert run(tmp_path / "two", 2) == one  # again, every analysis now read from the checkpoint


def test_cli_no_documents_is_a_clear_error(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(cli, ["analyze", str(empty), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0
    assert "no document" in result.output


def test_cli_help_teaches_with_an_example():
    result = CliRunner().invoke(cli, ["analyze", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "--workers" in result.output


@pytest.mark.model
def test_cli_search_finds_analysed_document(corpus, tmp_path):
    out = tmp_path / "case"
    runner = CliRunner()
    runner.invoke(cli, ["analyze", str(corpus), "--out", str(out)])
    result = runner.invoke(cli, ["search", "dock workers", "--out", str(out)])
    assert result.exit_code == 0
    assert "[dock]" in result.output and "workers" in result.output


def test_cli_search_without_store_says_what_to_do(tmp_path):
    result = CliRunner().invoke(cli, ["search", "x", "--out", str(tmp_path)])
    assert result.exit_code != 0 and "annalyst analyze" in result.output


@pytest.mark.model
def test_cli_rerun_reuses_checkpointed_analyses(corpus, tmp_path, monkeypatch):
    out = tmp_path / "case"
    runner = CliRunner()
    assert runner.invoke(cli, ["analyze", str(corpus), "--out", str(out)]).exit_code == 3
    first = (out / "dossier.json").read_text(encoding="utf-8")

    import annalyst.extract.runner as extract_runner

    def must_not_parse(*args, **kwargs):
        raise AssertionError("a checkpointed document was analysed again")

    monkeypatch.setattr(extract_runner, "analyse_batch", must_not_parse)
    result = runner.invoke(cli, ["analyze", str(corpus), "--out", str(out)])
    assert result.exit_code == 3, result.output
    assert "reused from an earlier run: 1" in result.output
    assert (out / "dossier.json").read_text(encoding="utf-8") == first


@pytest.mark.model
def test_cli_show_prints_sections_with_evidence(corpus, tmp_path):
    out = tmp_path / "case"
    runner = CliRunner()
    runner.invoke(cli, ["analyze", str(corpus), "--out", str(out)])
    result = runner.invoke(cli, ["show", "--out", str(out), "-s", "quotes", "-s", "dates"])
    assert result.exit_code == 0, result.output
    assert "== quotes" in result.output and "== dates" in result.output and "== timeline" not in result.output
    assert "We will not go back until the port authority listens" in result.output
    assert "2020-03-02" in result.output


def test_cli_progress_off_a_terminal_gives_count_total_rate_and_time_left(monkeypatch):
    from annalyst import cli as cli_module

    clock = iter([100.0, 160.0, 160.0])
    monkeypatch.setattr(cli_module.time, "monotonic", lambda: next(clock))
    progress = cli_module._Progress(every=50)
    assert progress._line(300, 1000) == "analysed 300/1000 documents (5.0/s, about 2 min left)"
    assert "left" not in progress._line(300, None)


@pytest.mark.model
@pytest.mark.slow
def test_cli_dossier_does_not_depend_on_string_hashing(tmp_path):
    """Two runs under different hash seeds (as two machines or two days give) write the same dossier."""
    import os
    import subprocess
    import sys

    out = []
    for seed in ("1", "2"):
        case = tmp_path / f"case{seed}"
        done = subprocess.run([sys.executable, "-m", "annalyst", "analyze", str(ROOT / "examples" / "seeds"),
                               "--out", str(case)], check=False, capture_output=True, text=True, timeout=600,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        out.append((case / "dossier.json").read_text(encoding="utf-8"))
    assert out[0] == out[1]
