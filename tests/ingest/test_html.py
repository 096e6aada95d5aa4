"""HTML pages: the main text and metadata through trafilatura, without the page chrome."""

from __future__ import annotations

import pytest

from annalyst.errors import EmptyDocument
from annalyst.ingest.html import read_html_document

PAGE = """<!DOCTYPE html><html><head><title>Strike Ends After Ten Days | The Daily Example</title>
<meta name="author" content="Maria Lopez"><meta property="article:published_time" content="2019-02-03T10:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Strike Ends After Ten Days</h1>
<p>The dock workers of the northern port returned to work on Monday after the union accepted a new offer
from the employers, ending a strike that had lasted ten days.</p>
<p>"We got what we asked for," said the union leader, who had led the walkout since its first day.</p>
</article><div class="comments"><h3>Leave a Reply</h3><form>Your email address will not be published.</form></div>
<footer>Scroll to Top</footer></body></html>"""


def test_html_main_text_and_metadata():
    document = read_html_document(PAGE.encode("utf-8"), source="page.html", doc_id="d1", sha256="0" * 64)
    assert document.title == "Strike Ends After Ten Days"
    assert document.author == "Maria Lopez"
    assert document.published == "2019-02-03"
    assert "ending a strike that had lasted ten days" in document.text
    assert "\n\n" in document.text  # paragraphs stay apart
    for chrome in ("Leave a Reply", "Scroll to Top", "Home"):
        assert chrome not in document.text


def test_html_without_main_text_is_an_error():
    page = b"<html><head><title>Nothing</title></head><body><script>app()</script></body></html>"
    with pytest.raises(EmptyDocument, match=r"^empty\.html: no main text"):
        read_html_document(page, source="empty.html", doc_id="d1", sha256="0" * 64)
