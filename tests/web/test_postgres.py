"""``annalyst serve --store postgresql://...``: the app over a PostgreSQL store shows what it shows over SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient

from annalyst.export.dossier import read_dossier
from annalyst.store import open_store
from annalyst.web import create_app
from annalyst.web.data import Case

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    from annalyst.api import analyze

    case = tmp_path_factory.mktemp("seeds")
    analyze(SEEDS, case)
    return case


def test_postgres_case_answers_as_the_sqlite_case(seeds, postgres_url):
    with open_store(postgres_url) as store:
        store.save(read_dossier(seeds / "dossier.json"))
    lite, pg = Case(seeds), Case(postgres_url)
    try:
        overview = lite.overview()
        assert pg.overview() == overview
        for doc in overview["documents"]:
            assert pg.document(doc["id"]) == lite.document(doc["id"])
        for entity in overview["entities"][:10]:
            assert pg.entity(entity["id"]) == lite.entity(entity["id"])
        for event in overview["events"][:10]:
            assert pg.event(event["id"]) == lite.event(event["id"])
        for kind in ("documents", "quotes", "claims"):
            hits = pg.search("government", kind, 200)  # stemmed: also "governments", "governing"
            assert {h["id"] for h in lite.search("government", kind, 200)} <= {h["id"] for h in hits}
            assert all(any(p["match"] for p in h["snippet"]) for h in hits)
        assert pg.search("government") and pg.search('"unbalanced AND (') == []
        for kind in ("all", "contradicts", "agrees"):
            assert pg.links(kind, 1, size=2) == lite.links(kind, 1, size=2)
            assert pg.links(kind, 2, size=2) == lite.links(kind, 2, size=2)
        assert pg.timeline() == lite.timeline() and pg.timeline()["events"]
        assert pg.network() == lite.network() and pg.network()["nodes"]
    finally:
        lite.close()
        pg.close()


def test_postgres_app_serves_pages_read_only(seeds, postgres_url):
    with open_store(postgres_url) as store:
        store.save(read_dossier(seeds / "dossier.json"))
    client = TestClient(create_app(postgres_url), base_url="http://127.0.0.1")
    assert client.get("/").status_code == 200
    docs = client.get("/api/documents").json()
    assert len(docs) == 2 and client.get(f"/documents/{docs[0]['id']}").status_code == 200
    for url in ("/compare", "/timeline", "/network", "/api/links?kind=agrees&page=1"):
        assert client.get(url).status_code == 200, url
    store = client.app.state.case.store
    with pytest.raises(Exception, match="read-only"):
        store.rows("DELETE FROM documents")
