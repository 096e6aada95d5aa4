"""The source comparison pages through contradictions first, then agreements, whatever the page size."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")

from annalyst.model import Claim, Document, Dossier, Link
from annalyst.store.sqlite import SQLiteStore
from annalyst.web.data import Case

TEXT = "Tamsel rose. Tamsel fell. Orvik wept. Orvik smiled. Brask won."


def _claim(n: int, words: str) -> Claim:
    start = TEXT.index(words)
    return Claim(f"d:C{n}", "d", start, start + len(words), words, None, "asserts")


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    folder = tmp_path_factory.mktemp("compare")
    claims = tuple(_claim(n, w) for n, w in enumerate(TEXT.split(". ")))
    links = (Link("A1", "agrees", "d:C0", "d:C4", 0.5, "both say so"),
             Link("X1", "contradicts", "d:C0", "d:C1", 0.9, "rose or fell"),
             Link("S1", "same_event", "d:C0", "d:C1", 0.9, "not compared here"),
             Link("X2", "contradicts", "d:C2", "d:C3", 0.8, "wept or smiled"))
    with SQLiteStore(folder / "annalyst.db") as store:
        store.save(Dossier(documents=(Document("d", "d.txt", TEXT, "d" * 64),), claims=claims, links=links))
    c = Case(folder)
    yield c
    c.close()


def test_pages_cross_from_contradictions_to_agreements(case):
    pages = [case.links("all", p, size=2) for p in (1, 2, 3)]
    assert [[r["id"] for r in p["links"]] for p in pages] == [["X1", "X2"], ["A1"], []]
    assert pages[0]["pages"] == 2 and pages[0]["total"] == 3 and pages[0]["counts"] == {"contradicts": 2, "agrees": 1}
    assert [r["id"] for r in case.links("all", 1, size=3)["links"]] == ["X1", "X2", "A1"]
    assert [r["id"] for r in case.links("agrees", 1, size=2)["links"]] == ["A1"]
    first = case.links("contradicts", 1, size=1)["links"][0]
    assert (first["a_claim"]["text"], first["b_claim"]["text"]) == ("Tamsel rose", "Tamsel fell")
