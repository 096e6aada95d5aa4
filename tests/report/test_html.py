"""The HTML report: self-contained, every evidence link lands in the document, hostile text stays text."""

from __future__ import annotations

import re

from annalyst.model import Claim, Document, Dossier, Entity, Link, Quote, Span
from annalyst.report.html import render_report

TEXT_A = "The council <script>alert(1)</script> denied that the mayor ordered the closure. “We never closed it,” said Mayor Lind."
TEXT_B = "The mayor ordered the closure of the harbour, the newspaper reported."


def _dossier() -> Dossier:
    a = Document("da", "a.txt", TEXT_A, "a" * 64, title="Council statement")
    b = Document("db", "b.txt", TEXT_B, "b" * 64, title="Harbour news")
    s = TEXT_A.index("the mayor ordered")
    lind = TEXT_A.index("Mayor Lind")
    q = TEXT_A.index("We never")
    mayor = Entity("person:lind", "Lind", "PERSON", ("Lind", "Mayor Lind"), ("mayor",),
                   (Span("da", lind + 6, lind + 10, "Lind"),))
    c1 = Claim("da:C1", "da", s, s + 35, TEXT_A[s:s + 35], "author", "denies")
    c2 = Claim("db:C0", "db", 0, 37, TEXT_B[:37], "author", "asserts")
    quote = Quote("da:Q1", "da", q, q + 19, TEXT_A[q:q + 19], "person:lind", "Mayor Lind", "said")
    link = Link("L:contradicts:da:C1:db:C0", "contradicts", c1.id, c2.id, 0.8,
                "Council statement denies what Harbour news asserts: the mayor ordered the closure.")
    return Dossier(documents=(a, b), entities=(mayor,), quotes=(quote,), claims=(c1, c2), links=(link,))


def test_html_evidence_links_point_to_anchors_in_documents():
    page = render_report(_dossier())
    targets = set(re.findall(r'href="#([^"]+)"', page))
    anchors = set(re.findall(r'id="([^"]+)"', page))
    evidence = {t for t in targets if t.startswith(("da-", "db-"))}
    assert evidence, "no evidence link rendered"
    assert evidence <= anchors


def test_html_is_self_contained_and_escapes_document_text():
    page = render_report(_dossier())
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r'(src|href)="https?://', page)


def test_html_shows_contradiction_side_by_side_and_quotes_by_speaker():
    page = render_report(_dossier())
    assert "contradicts" in page and "Council statement denies" in page
    compare = page[page.index('id="compare"'):page.index('id="timeline"')]
    assert "Harbour news" in compare and "Council statement" in compare
    quotes = page[page.index('id="quotes"'):page.index('id="claims"')]
    assert "Lind" in quotes and "We never closed it" in quotes
