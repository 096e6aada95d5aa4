"""A report over thousands of documents stays usable: capped, paged, drawn in seconds, and says what it left out."""

from __future__ import annotations

import random
import re
import time

import pytest

from annalyst.report import write_report

expect = pytest.importorskip("playwright.sync_api").expect


def _large_case(n_docs: int, seed: int = 7) -> dict:
    """A dossier of invented reports: many people, quotes, claims, meetings, some contradictions."""
    rnd = random.Random(seed)
    people = [f"Ovar{i:04d} Quillan" for i in range(2500)]
    docs, entities, quotes, claims, events = [], {}, [], [], []
    for d in range(n_docs):
        doc_id, year = f"d{d:05d}", 1950 + d % 50
        text, spans = "", []
        for s in range(25):
            who = rnd.choice(people[:300] if rnd.random() < 0.5 else people)
            spans.append((who, len(text) + len(f"On {s % 9 + 11} May {year} ")))
            text += f"On {s % 9 + 11} May {year} {who} met the harbour council and said “we will stay the course”. "
        docs.append({"id": doc_id, "source": f"corpus/{doc_id}.txt", "title": f"Harbour report {d}",
                     "author": "Ede Varn", "published": f"{year}-06-01", "text": text, "sha256": "0" * 64})
        for i, (who, start) in enumerate(spans):
            eid = "person:" + who.lower().replace(" ", "-")
            entity = entities.setdefault(eid, {"id": eid, "name": who, "type": "PERSON", "aliases": [who],
                                               "descriptors": [], "mentions": []})
            entity["mentions"].append({"doc": doc_id, "start": start, "end": start + len(who), "text": who})
            q = text.index("we will", start)
            span = {"doc": doc_id, "start": q, "end": q + 20, "text": text[q:q + 20]}
            if i % 3 == 0:
                quotes.append({"id": f"{doc_id}:Q{q}", **span, "speaker": eid, "speaker_text": who, "cue": "said",
                               "addressee": None})
            elif i % 3 == 1:
                claims.append({"id": f"{doc_id}:C{q}", **span, "holder": eid,
                               "stance": rnd.choice(["asserts", "denies"]), "about": []})
            met = text.index("met", start)
            other = "person:" + rnd.choice(people).lower().replace(" ", "-")
            events.append({"id": f"{doc_id}:V{met}", "type": "meeting", "label": f"{who} meets the council",
                           "date": f"{year}-05-{i % 9 + 11}" if i % 4 else str(year), "date_end": None,
                           "participants": [{"entity": eid, "role": "agent"}, {"entity": other, "role": "patient"}],
                           "place": None, "mentions": [{"doc": doc_id, "start": met, "end": met + 3, "text": "met"}],
                           "date_source": "timex"})
    links = [{"id": f"L{i}", "kind": "contradicts", "a": claims[i]["id"], "b": claims[i + 1]["id"], "score": 0.7,
              "explanation": "One denies what the other asserts."} for i in range(0, len(claims) - 1, 9)]
    return {"format": "annalyst.dossier/1", "documents": docs, "entities": list(entities.values()), "timexes": [],
            "events": events, "quotes": quotes, "claims": claims, "links": links, "findings": [], "failures": []}


@pytest.fixture(scope="module")
def large_report(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "report.html"
    write_report(_large_case(2000), path)
    return path


def test_report_large_case_is_capped_and_opens_quickly(page, large_report):
    size = large_report.stat().st_size
    assert size < 20_000_000, f"{size:,} bytes"
    started = time.monotonic()
    page.goto(large_report.as_uri())
    page.locator("#view table tbody tr").first.wait_for()
    assert time.monotonic() - started < 10
    limits = page.locator("details.limits")
    assert limits.get_attribute("open") is not None  # the caps are shown up front when something was left out
    assert "of 2,000 inlined" in limits.inner_text()
    assert page.locator("#view table tbody tr").count() == 100  # paged
    assert "page 1 of 20" in page.locator(".pager").first.inner_text()
    for view, selector in (("timeline", ".vis-item"), ("entities", "table.entities"), ("quotes", "li.quote"),
                           ("compare", "article.pair"), ("network", "#network-box canvas"), ("reader", "article.text")):
        started = time.monotonic()
        page.click(f"#tabs a[data-view={view}]")
        page.locator(selector).first.wait_for(timeout=20_000)
        assert time.monotonic() - started < 15, view
    page.click("#tabs a[data-view=timeline]")
    page.locator(".vis-item").first.wait_for()
    assert "The timeline draws the 800 most reported of these 3,000" in page.locator("#view").inner_text()
    drawn = page.locator(".vis-item.vis-point, .vis-item.vis-range")
    assert 0 < drawn.count() <= 800
    page.click("#tabs a[data-view=quotes]")
    note = page.locator("#view .notice").first  # the view is drawn on hashchange, after the click returns
    expect(note).to_have_text(re.compile(r"^This page holds 5,000 of 18,000 quotes \(limit 5,000\)"))
    assert not page.problems, page.problems
