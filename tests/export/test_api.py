"""The Python API (annalyst.analyze, Dossier.load/to_json/to_pandas), its documentation's code blocks, and
the ``annalyst export`` command, on the example corpus analysed once for this module."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import annalyst
from annalyst.cli import _EXPORT_FORMATS, cli
from annalyst.errors import InputError
from annalyst.export import FORMATS

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "python-api.md"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A folder holding examples/seeds and the analysis of it in case/, as the documentation expects."""
    folder = tmp_path_factory.mktemp("api")
    (folder / "examples").mkdir()
    (folder / "examples" / "seeds").symlink_to(ROOT / "examples" / "seeds")
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        annalyst.analyze("examples/seeds", out="case")
    finally:
        os.chdir(cwd)
    return folder


def test_api_analyze_returns_typed_records(folder):
    d = annalyst.Dossier.load(folder / "case")
    assert isinstance(d, annalyst.Dossier) and isinstance(d, annalyst.model.Dossier)
    assert all(isinstance(q, annalyst.Quote) for q in d.quotes) and d.quotes
    texts = {doc.id: doc.text for doc in d.documents}
    for e in d.entities:
        assert all(texts[m.doc][m.start:m.end] == m.text for m in e.mentions)
    for v in d.events:
        assert all(texts[m.doc][m.start:m.end] == m.text for m in v.mentions)


def test_api_load_round_trips_the_dossier_file(folder):
    written = json.loads((folder / "case" / "dossier.json").read_text(encoding="utf-8"))
    d = annalyst.Dossier.load(folder / "case" / "dossier.json")
    assert d.to_dict() == written
    assert json.loads(d.to_json()) == written
    assert annalyst.Dossier.load(d.save(folder / "again" / "dossier.json")) == d


def test_api_load_explains_what_is_wrong(tmp_path):
    with pytest.raises(InputError, match="no dossier here"):
        annalyst.Dossier.load(tmp_path)
    (tmp_path / "dossier.json").write_text('{"format": "something/else"}', encoding="utf-8")
    with pytest.raises(InputError, match="not an annalyst dossier"):
        annalyst.Dossier.load(tmp_path)
    (tmp_path / "dossier.json").write_text('{"format": "annalyst.dossier/1", "documents": [{"id": "d"}]}',
                                           encoding="utf-8")
    with pytest.raises(InputError, match="'source' is missing"):
        annalyst.Dossier.load(tmp_path)


def test_api_to_pandas_without_pandas_says_how_to_install(folder, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ModuleNotFoundError, match=r"annalyst\[pandas\]"):
        annalyst.Dossier.load(folder / "case").to_pandas()


def test_api_to_pandas_tables(folder):
    tables = annalyst.Dossier.load(folder / "case").to_pandas()
    documents = tables["documents"].set_index("id")
    for row in tables["quotes"].itertuples():
        assert documents.loc[row.doc, "text"][row.start:row.end] == row.text


def test_docs_python_api_code_blocks_run(folder, monkeypatch, capsys):
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) >= 4
    monkeypatch.chdir(folder)
    namespace: dict = {}
    for n, block in enumerate(blocks, 1):
        exec(compile(block, f"{DOC.name} block {n}", "exec"), namespace)
    assert "documents," in capsys.readouterr().out
    assert (folder / "case" / "graph.gexf").exists()


def test_cli_export_every_format_next_to_the_dossier(folder):
    assert set(_EXPORT_FORMATS) == set(FORMATS)
    runner = CliRunner()
    for fmt, name in (("ftm", "entities.ftm.json"), ("gexf", "graph.gexf"), ("graphml", "graph.graphml"),
                      ("timelinejs", "timeline.json"), ("csv", "tables")):
        result = runner.invoke(cli, ["export", str(folder / "case"), "--format", fmt])
        assert result.exit_code == 0, result.output
        assert (folder / "case" / name).exists() and name in result.output


def test_cli_export_to_standard_output(folder):
    result = CliRunner().invoke(cli, ["export", str(folder / "case" / "dossier.json"), "-f", "ftm", "-o", "-"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["schema"] == "PlainText" and all(set(e) == {"id", "schema", "properties"} for e in lines)
    result = CliRunner().invoke(cli, ["export", str(folder / "case"), "-f", "csv", "-o", "-"])
    assert result.exit_code != 0 and "give --out a folder" in result.output


def test_cli_export_without_a_dossier_says_what_to_run(tmp_path):
    result = CliRunner().invoke(cli, ["export", str(tmp_path), "-f", "gexf"])
    assert result.exit_code == 1 and "annalyst analyze" in result.output and "Traceback" not in result.output
