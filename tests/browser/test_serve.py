"""``annalyst serve`` in headless Chromium: an entity page, a quote's highlighted words, a search."""

from __future__ import annotations

import pytest


@pytest.fixture
def app(page, server):
    """The served app; every failed response and every console error is a problem (the browser's own
    /favicon.ico probe included: the app answers it with 204)."""
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.goto(server + "/")
    yield page
    assert not page.problems and not failed, (page.problems, failed)


def test_serve_entity_page_to_a_quote_and_its_highlighted_words(app, server):
    app.goto(server + "/entities/person:orvel-lind")
    assert app.locator("h1").inner_text().startswith("Orvel Lind")
    assert "Council </script> statement" in app.locator("#sources + ul").inner_text()
    app.locator("ul.quotes a", has_text="characters").first.click()
    app.wait_for_url("**/documents/da?**")
    words = app.locator("#words")
    assert words.is_visible()
    assert "target" in (words.get_attribute("class") or "")
    marked = "".join(app.locator("article.text .target").all_inner_texts())
    assert marked == "We never closed the harbour"
    assert app.locator("article.text").inner_text().count("<script>alert(1)</script>") == 1  # text, not markup


def test_serve_search_finds_the_words(app, server):
    app.fill("#q", "harbour")
    app.keyboard.press("Enter")
    app.wait_for_url("**/search?**")
    results = app.locator("main").inner_text()
    assert "Harbour news" in results
    assert "We never closed the harbour" in results or "harbour" in results.lower()


def test_serve_comparison_sets_both_sides_and_opens_their_words(app, server):
    app.locator("header nav a", has_text="Compare sources").click()
    app.wait_for_url("**/compare")
    link = app.locator("ol.compare > li").first
    assert "contradiction" in link.locator(".why").inner_text()
    assert "The council denies what Harbour news asserts" in link.locator(".why").inner_text()
    sides = link.locator(".side")
    assert sides.count() == 2
    assert "Council </script> statement" in sides.nth(0).inner_text() and "Harbour news" in sides.nth(1).inner_text()
    sides.nth(1).locator("blockquote a").click()
    app.wait_for_url("**/documents/db?**")
    marked = "".join(app.locator("article.text .target").all_inner_texts())
    assert marked == "Mayor Orvel Lind ordered the closure of the harbour"


def test_serve_timeline_draws_its_events(app, server):
    app.goto(server + "/timeline")
    box = app.locator("#timeline-box[data-drawn]")
    box.wait_for()
    assert box.get_attribute("data-drawn") == "2"
    assert app.locator("#timeline-box .vis-item-content").count() == 2
    assert "<img src=x onerror=alert(1)>" in app.locator("#timeline-box").inner_text()  # a label, as text
    app.locator("#timeline-controls button", has_text="Fit all").click()
    app.locator("#timeline-box .vis-item", has_text="meets Petra Quill").click()
    app.wait_for_url("**/events/db%3AV1")
    assert app.locator("h1").inner_text().startswith("Orvel Lind meets Petra Quill")


def test_serve_network_draws_who_is_linked(app, server):
    app.goto(server + "/network")
    box = app.locator("#network-box[data-drawn]")
    box.wait_for()
    assert box.get_attribute("data-drawn") == "2"  # Lind and Quill: a shared event and a quote
    assert app.locator("#network-box canvas").count() >= 1
    assert "Orvel Lind — Petra Quill" in app.locator("#links + table").inner_text()
