"""report.html in headless Chromium with the network blocked: every view draws, links reach the words."""

from __future__ import annotations

import re

import pytest

from .conftest import TEXT_A

expect = pytest.importorskip("playwright.sync_api").expect


@pytest.fixture
def report(page, case_dir):
    """The report open from disk, every request that is not a file aborted and recorded."""
    attempted: list[str] = []

    def block(route):
        if route.request.url.startswith(("file:", "data:", "about:", "blob:")):
            route.continue_()
        else:
            attempted.append(route.request.url)
            route.abort()

    page.route("**/*", block)
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:", "about:", "blob:"))
            else attempted.append(r.url))
    page.goto((case_dir / "report.html").as_uri())
    page.attempted = attempted
    yield page
    assert not attempted, f"the report asked the network for {attempted}"
    assert not page.problems, page.problems


def test_report_overview_lists_the_sources_offline(report):
    rows = report.locator("#view table tbody tr")
    rows.first.wait_for()
    assert rows.count() == 2
    text = report.locator("#view table").inner_text()
    assert "Harbour news" in text and "Ede Varn" in text and "2031-03-12" in text and "web page" in text
    assert "Council </script> statement" in text  # an untrusted title stays text


def test_report_timeline_draws_every_dated_event(report):
    report.click("#tabs a[data-view=timeline]")
    items = report.locator(".vis-timeline .vis-item.vis-point, .vis-timeline .vis-item.vis-range")
    items.first.wait_for()
    assert items.count() == 2
    month = report.locator(".vis-item.vis-range.prec-month")
    assert month.count() == 1 and "Petra Quill" in month.inner_text()  # a month is a bar, not a point
    uncertain = report.locator(".vis-item.vis-point.uncertain")
    assert uncertain.count() == 1  # the date taken from the sentence is marked
    assert "<img src=x onerror=alert(1)>" in uncertain.inner_text()  # a hostile label stays text
    assert report.locator(".vis-timeline img").count() == 0
    report.locator(".vis-item.vis-point").first.click()
    detail = report.locator(".event-detail")
    assert "Reported by 1 source" in detail.inner_text()
    assert detail.locator("a.src").first.get_attribute("href").startswith("#reader/da/")


def test_report_network_draws_people_linked_by_events_and_quotes(report):
    report.click("#tabs a[data-view=network]")
    canvas = report.locator("#network-box canvas").first
    canvas.wait_for()
    box = report.locator("#network-box").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 300
    links = report.locator("#view table tbody tr")
    assert links.count() >= 1
    assert "Orvel Lind" in links.first.inner_text() and "Petra Quill" in links.first.inner_text()
    links.first.locator("button").click()
    assert "quote" in report.locator(".event-detail").inner_text()


def test_report_entity_to_quote_to_its_highlighted_words(report):
    report.click("#tabs a[data-view=entities]")
    report.get_by_role("link", name="Orvel Lind", exact=True).first.click()
    expect(report.locator("#view h2").first).to_have_text(re.compile(r"^Orvel Lind"))  # drawn on hashchange
    cards = report.locator(".source-card")
    cards.first.wait_for()
    assert cards.count() == 2  # each source side by side
    assert "cited: [1] · [1] Council minutes, 12 March 2031." in report.locator("li.quote .citations").inner_text()
    report.locator("li.quote a.src").first.click()
    words = report.locator("#words")
    words.wait_for()
    assert "target" in (words.get_attribute("class") or "")
    marked = "".join(report.locator("article.text .target").all_inner_texts())
    assert marked == "We never closed the harbour"
    assert report.evaluate("document.activeElement.id") == "words"  # focus moved to the words
    assert report.locator("article.text").inner_text().strip() == TEXT_A.strip()  # the whole text, as text
    assert report.locator("article.text .hl.k-m").count() >= 2  # every item highlighted, names too
    assert report.locator("article.text .hl.k-n").count() == 2  # the citation's mark and its note


def test_report_compare_shows_both_sides_in_their_own_words(report):
    report.click("#tabs a[data-view=compare]")
    pair = report.locator("article.pair.kind-contradicts")
    pair.first.wait_for()  # the view is drawn after the click returns
    assert pair.count() == 1
    sides = pair.locator(".side")
    assert sides.count() == 2
    assert "denies" in sides.nth(0).inner_text().lower() and "asserts" in sides.nth(1).inner_text().lower()
    assert "ordered the closure of the harbour" in sides.nth(1).inner_text()
    assert "Why:" in pair.locator(".why").inner_text()


def test_report_is_usable_from_the_keyboard(report):
    report.keyboard.press("Tab")
    assert report.evaluate("document.activeElement.className") == "skip"
    for _ in range(2):  # past "Sources"
        report.keyboard.press("Tab")
    focused = report.evaluate("document.activeElement.dataset.view")
    assert focused == "timeline"
    outline = report.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")  # the focus is visible
    report.keyboard.press("Enter")
    report.locator(".vis-timeline").wait_for()
    assert report.locator("#tabs a[aria-current=page]").inner_text() == "Timeline"


CONTRAST = """(selector) => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (node) => {
    for (; node && node.nodeType === 1; node = node.parentElement) {
      const c = rgb(getComputedStyle(node).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  return [...document.querySelectorAll(selector)].slice(0, 40).map((node) => {
    const a = lum(rgb(getComputedStyle(node).color).slice(0, 3)), b = lum(background(node));
    return [(Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), node.textContent.slice(0, 30)];
  });
}"""


@pytest.mark.parametrize(("view", "selector"), [
    ("overview", "header h1, #tabs a, .muted, #view td, #view th, summary"),
    ("compare", ".stance, .why, .ev, .ev mark, a.src, .verdict strong"),
    ("quotes", "blockquote, .meta, .meta a, .citations"),
    ("reader/da/0/10", "article.text .hl, .legend .hl, aside a"),
])
def test_report_text_has_readable_contrast(report, view, selector):
    report.evaluate(f"location.hash = '#{view}'")
    report.locator(selector.split(", ")[0]).first.wait_for()
    ratios = report.evaluate(CONTRAST, selector)
    assert ratios
    low = [(round(r, 2), text) for r, text in ratios if r < 4.5]  # WCAG AA for body text
    assert not low, low


def test_report_of_an_empty_case_draws_every_view(page, tmp_path):
    from annalyst.model import Dossier
    from annalyst.report import write_report

    path = write_report(Dossier(documents=()), tmp_path / "report.html")
    page.goto(path.as_uri())
    for view in ("overview", "timeline", "entities", "quotes", "compare", "network", "reader", "entity/nobody"):
        page.evaluate(f"location.hash = '#{view}'")
        page.locator("#view h2").first.wait_for()
    assert not page.problems, page.problems
