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
