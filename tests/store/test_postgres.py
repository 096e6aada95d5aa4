"""PostgreSQL against SQLite: the same schema, and the example corpus gives the same dossier through both."""

from __future__ import annotations

import json

import pytest

from annalyst.export.dossier import dossier_from_dict
from annalyst.store import open_store


def _sqlite_columns(store) -> dict[str, list[str]]:
    names = [n for (n,) in store.rows("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                      "AND name NOT LIKE 'documents_fts%'")]  # FTS5's table: tsvector in PostgreSQL
    return {n: [c for (c,) in store.rows(f"SELECT name FROM pragma_table_info('{n}') ORDER BY cid")] for n in names}


def _postgres_columns(store) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for table, col in store.rows("SELECT table_name, column_name FROM information_schema.columns "
                                 "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"):
        if table != "annalyst_schema" and (table, col) != ("documents", "search"):  # version table; FTS5's column
            out.setdefault(table, []).append(col)
    return out


def test_postgres_has_the_same_tables_columns_and_views_as_sqlite(postgres_url, tmp_path):
    with open_store(tmp_path / "a.db") as lite, open_store(postgres_url) as pg:
        assert _postgres_columns(pg) == _sqlite_columns(lite)
        assert pg.schema_version == lite.schema_version


@pytest.mark.model
def test_postgres_example_corpus_gives_the_same_dossier_as_sqlite(seeds_case, postgres_url):
    written = json.loads((seeds_case / "dossier.json").read_text(encoding="utf-8"))
    with open_store(seeds_case / "annalyst.db") as lite:
        assert lite.load() == written
    with open_store(postgres_url) as pg:
        pg.save(dossier_from_dict(written))
        assert pg.load() == written
        assert pg.search("Pinochet")  # and its search finds the corpus's words


def test_postgres_cli_search_show_serve_take_store(postgres_url, monkeypatch, tmp_path):
    import uvicorn
    from click.testing import CliRunner

    from annalyst.cli import cli
    from annalyst.model import Document, Dossier, Entity, Span

    text = "Minister Oskar Lindqvar visited Quellburg during the harbour strike."
    doc = Document("d1", "a.txt", text, "ab" * 32, title="Visit")
    oskar = Entity("person:oskar", "Oskar Lindqvar", "PERSON", (), (), (Span("d1", 9, 23, text[9:23]),))
    with open_store(postgres_url) as store:
        store.save(Dossier(documents=(doc,), entities=(oskar,)))
    runner = CliRunner()
    found = runner.invoke(cli, ["search", "strikes", "--store", postgres_url, "--out", str(tmp_path / "none")])
    assert found.exit_code == 0, found.output
    assert "d1  Visit" in found.output and "[strike]" in found.output
    shown = runner.invoke(cli, ["show", "--store", postgres_url, "-s", "entities"])
    assert shown.exit_code == 0 and "Oskar Lindqvar" in shown.output
    missing = runner.invoke(cli, ["show", "--store", postgres_url, "--run", "7"])
    assert missing.exit_code == 1 and "no run 7" in missing.output
    seen: list = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.append(app))
    served = runner.invoke(cli, ["serve", "--store", postgres_url])
    assert served.exit_code == 0, served.output
    assert seen[0].state.case.store.dialect == "postgresql"
    refused = runner.invoke(cli, ["search", "x", "--store", "postgresql://nobody@127.0.0.1:1/none"])
    assert refused.exit_code == 1 and "cannot connect" in refused.output and "scripts/postgres" in refused.output
