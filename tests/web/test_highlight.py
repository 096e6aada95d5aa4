"""The reader's highlighting: flat, well-formed, escaped HTML whatever the offsets."""

from __future__ import annotations

from annalyst.web.highlight import Item, highlight, url_part


def test_highlight_nested_items_wrap_each_piece_once_with_every_class():
    text = "Orvan Telk said it."
    html = str(highlight(text, [Item(0, 18, "quote"), Item(0, 10, "mention", "Orvan Telk", "/entities/p:telk")]))
    assert html.startswith('<a class="anchor" id="at-0-18"></a><a class="anchor" id="at-0-10"></a>')
    assert '<a class="hl mention quote" title="Orvan Telk" href="/entities/p:telk">Orvan Telk</a>' in html
    assert '<mark class="hl quote"> said it</mark>.' in html


def test_highlight_overlapping_items_keep_the_html_flat():
    html = str(highlight("abcdef", [Item(0, 4, "quote"), Item(2, 6, "claim")]))
    assert html.count("<mark") == html.count("</mark>") == 3
    assert '<mark class="hl claim quote">cd</mark>' in html


def test_highlight_escapes_text_and_labels():
    text = '<script>alert("x")</script> & more'
    html = str(highlight(text, [Item(0, 8, "mention", '"><img src=x onerror=alert(1)>', "/e/1")]))
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&quot;&gt;&lt;img" in html


def test_highlight_drops_offsets_outside_the_text_and_marks_the_target():
    html = str(highlight("Velm Ostrad", [Item(5, 99, "quote"), Item(-1, 2, "claim"), Item(5, 11, "target")]))
    assert 'id="words"' in html and "Ostrad</mark>" in html
    assert "quote" not in html and "claim" not in html


def test_url_part_keeps_colons_and_quotes_the_rest():
    assert url_part("person:vel-ostrad") == "person:vel-ostrad"
    assert url_part('a/b?c#d"<') == "a%2Fb%3Fc%23d%22%3C"
