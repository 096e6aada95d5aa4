"""``annalyst serve`` in headless Chromium: an entity page, a quote's highlighted words, a search."""

from __future__ import annotations

import pytest


@pytest.fixture
def app(page, server):
    """The served app; every failed response is a problem except the browser's own /favicon.ico probe
    (the app has no icon; the console reports that 404 too, without its URL, so failed loads are
    judged here by their responses)."""
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}")
            if r.status >= 400 and not r.url.endswith("/favicon.ico") else None)
    page.goto(server + "/")
    yield page
    problems = [p for p in page.problems if "Failed to load resource" not in p]
    assert not problems and not failed, (problems, failed)


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
