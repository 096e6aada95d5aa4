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
