"""The example corpus's report: under 2 MB, every view drawn from real analysis with no error and no network."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seeds_case(tmp_path_factory):
    from annalyst.api import analyze

    case = tmp_path_factory.mktemp("seeds-report")
    analyze(SEEDS, case)
    return case


def test_report_seeds_every_view_draws_offline_under_two_megabytes(page, seeds_case):
    report = seeds_case / "report.html"
    assert report.stat().st_size < 2_000_000
    dossier = json.loads((seeds_case / "dossier.json").read_text(encoding="utf-8"))
    asked: list[str] = []
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
               else (asked.append(r.request.url), r.abort()))
    page.goto(report.as_uri())
    person = max((e for e in dossier["entities"] if e["type"] == "PERSON"), key=lambda e: len(e["mentions"]))
    for view, selector in (("timeline", ".vis-item"), ("entities", "table.entities"),
                           (f"entity/{person['id']}", ".source-card"), ("quotes", "li.quote"),
                           ("compare", "article.pair.kind-contradicts"), ("network", "#network-box canvas"),
                           ("reader", "article.text .hl")):
        page.evaluate("(h) => { location.hash = h; }", "#" + view)
        page.locator(selector).first.wait_for()
    # every quote's link lands on its words in the reader
    page.evaluate("location.hash = '#quotes'")
    for q in dossier["quotes"][:5]:
        page.evaluate("(h) => { location.hash = h; }", f"#reader/{q['doc']}/{q['start']}/{q['end']}")
        page.locator("#words").wait_for()
        marked = "".join(page.locator("article.text .target").all_inner_texts())
        assert marked == q["text"]
    assert not asked and not page.problems, (asked, page.problems)
