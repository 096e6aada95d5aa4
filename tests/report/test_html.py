"""The HTML report: one self-contained file, its data in one safely escaped JSON block, capped for large cases."""

from __future__ import annotations

import json
import re

from annalyst.export.dossier import dossier_to_dict
from annalyst.model import Claim, Document, Dossier, Entity, Event, Link, Participant, Quote, Span
from annalyst.report.html import json_for_script, render_report
from annalyst.report.payload import Limits, report_payload

TEXT_A = ("The council <script>alert(1)</script> denied that the mayor ordered the closure. “We never closed it,” "
          "said Mayor Lind.</script><!-- x")
TEXT_B = ("The mayor ordered the closure of the harbour, the newspaper reported on its front page that week. "
          "Later, Lind met Orvel Banek.")


def _dossier() -> Dossier:
    a = Document("da", "a.txt", TEXT_A, "a" * 64, title="Council </script> statement", published="2031-04")
    b = Document("db", "b.html", TEXT_B, "b" * 64, title="Harbour news", author="Ede Varn")
    s = TEXT_A.index("the mayor ordered")
    lind = TEXT_A.index("Mayor Lind")
    q = TEXT_A.index("We never")
    lind_b = TEXT_B.index("Lind")
    banek = TEXT_B.index("Orvel Banek")
    mayor = Entity("person:lind", "Lind", "PERSON", ("Lind", "Mayor Lind"), ("mayor",),
                   (Span("da", lind + 6, lind + 10, "Lind"), Span("db", lind_b, lind_b + 4, "Lind")))
    other = Entity("person:banek", "Orvel Banek", "PERSON", ("Orvel Banek",), (),
                   (Span("db", banek, banek + 11, "Orvel Banek"),))
    c1 = Claim("da:C1", "da", s, s + 35, TEXT_A[s:s + 35], "author", "denies")
    c2 = Claim("db:C0", "db", 0, 37, TEXT_B[:37], "author", "asserts")
    quote = Quote("da:Q1", "da", q, q + 19, TEXT_A[q:q + 19], "person:lind", "Mayor Lind", "said")
    met = TEXT_B.index("met")
    event = Event("db:V1", "meeting", "Lind meets Orvel Banek", "2031", None,
                  (Participant("person:lind", "agent"), Participant("person:banek", "patient")), None,
                  (Span("db", met, met + 3, "met"),), date_source="narrative")
    link = Link("L:contradicts:da:C1:db:C0", "contradicts", c1.id, c2.id, 0.8,
                "Council statement denies what Harbour news asserts: the mayor ordered the closure.")
    return Dossier(documents=(a, b), entities=(mayor, other), quotes=(quote,), claims=(c1, c2), links=(link,),
                   events=(event,))


def _data(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="annalyst-data">(.*?)</script>', page, re.S)
    assert block, "no data block"
    return json.loads(block.group(1))


def test_html_is_one_file_with_no_external_reference():
    page = render_report(_dossier())
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', page)
    assert "<link " not in page and " src=" not in page
    assert "vis.Timeline" in page or "Timeline" in page  # the vendored library is inlined
    assert "cytoscape" in page


def test_html_untrusted_text_cannot_end_the_data_block():
    page = render_report(_dossier())
    assert "<script>alert(1)</script>" not in page
    data_start = page.index('id="annalyst-data">')
    block = page[data_start:page.index("</script>", data_start)]
    assert "<" not in block.split(">", 1)[1] and "<!--" not in block
    data = _data(page)
    texts = {d["id"]: d.get("text") for d in data["documents"]}
    assert texts["da"] == TEXT_A  # read back exactly, tags and all, as text
    assert data["documents"][0]["title"] == "Council </script> statement"


def test_json_for_script_escapes_every_breakout():
    out = json_for_script({"t": "</script><!-- ]]> & \u2028"})
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == {"t": "</script><!-- ]]> & \u2028"}


def test_html_payload_holds_every_view():
    data = report_payload(dossier_to_dict(_dossier()))
    assert [d["kind"] for d in data["documents"]] == ["text", "web page"]
    assert data["documents"][1]["author"] == "Ede Varn"
    (pair,) = [link for link in data["links"] if link["kind"] == "contradicts"]
    assert {pair["a"], pair["b"]} == {"da:C1", "db:C0"}
    lind = next(e for e in data["entities"] if e["id"] == "person:lind")
    assert [s["doc"] for s in lind["sources"]] == ["da", "db"] or [s["doc"] for s in lind["sources"]] == ["db", "da"]
    da = next(s for s in lind["sources"] if s["doc"] == "da")
    assert da["descriptors"] == ["mayor"]  # "Mayor Lind" in the council's text; the news never calls him that
    assert next(s for s in lind["sources"] if s["doc"] == "db")["descriptors"] == []
    (edge,) = data["network"]["edges"]
    assert {edge["a"], edge["b"]} == {"person:lind", "person:banek"} and edge["events"] == ["db:V1"]
    (event,) = data["events"]
    assert event["date_source"] == "narrative" and event["sources"] == 1
    kinds = {item[2] for item in data["reader"]["da"]}
    assert kinds == {"m", "q", "c"}
    assert data["names"]["person:banek"] == "Orvel Banek"


def test_html_citations_are_kept_when_present_and_absent_otherwise():
    d = dossier_to_dict(_dossier())
    claim = d["claims"][0]
    claim["citations"] = [  # the contract's shape (docs/dossier.md, Citation), a plain one, a broken one
        {"mark": "[1]", "start": 3, "end": 6, "note": {"start": 10, "end": 20, "text": "Harbour minutes, 2031"},
         "source": None},
        {"mark": "according to the Ledger", "start": 30, "end": 53, "note": None, "source": "the Ledger"},
        {"mark": "²", "text": "A note given as text"},
        {"bad": True},
    ]
    data = report_payload(d)
    shown = next(c for c in data["claims"] if c["id"] == claim["id"])
    assert shown["citations"] == [
        {"mark": "[1]", "text": "Harbour minutes, 2031", "source": None, "at": [claim["doc"], 3, 6],
         "note_at": [claim["doc"], 10, 20]},
        {"mark": "according to the Ledger", "text": None, "source": "the Ledger", "at": [claim["doc"], 30, 53],
         "note_at": None},
        {"mark": "²", "text": "A note given as text", "source": None, "at": None, "note_at": None},
    ]
    assert all("citations" not in q for q in data["quotes"])
    marks = [item for item in data["reader"][claim["doc"]] if item[2] == "n"]
    assert [m[:2] for m in marks] == [[3, 6], [10, 20], [30, 53]]


def test_html_large_case_is_capped_and_says_so():
    d = dossier_to_dict(_dossier())
    tight = Limits(text_chars=len(TEXT_A), entities=1, claims=1)
    data = report_payload(d, tight)
    inlined = [doc["id"] for doc in data["documents"] if "text" in doc]
    assert inlined == ["da"]  # the most cited document first (its claim is compared, its quote shown)
    assert len(data["entities"]) == 1 and len(data["claims"]) == 1
    assert data["meta"]["shown"]["texts"] == 1 and data["meta"]["counts"]["documents"] == 2
    assert data["meta"]["limits"]["text_chars"] == len(TEXT_A)
    assert "db" not in data["reader"]
    # an item whose document is not inlined carries its words' context
    (event,) = data["events"]
    doc, start, end, (before, after), words = event["mentions"][0]
    assert doc == "db" and TEXT_B[start:end] == words == "met" and TEXT_B.endswith(after)
    assert before.endswith("Lind ")


def test_html_reader_dates_say_what_they_were_resolved_against():
    d = dossier_to_dict(_dossier())
    start = TEXT_A.index("said")
    d["timexes"] = [
        {"id": "da:T1", "doc": "da", "start": 0, "end": 3, "text": TEXT_A[:3], "type": "DATE", "value": "2031-04-02",
         "anchor": "published"},
        {"id": "da:T2", "doc": "da", "start": start, "end": start + 4, "text": "said", "type": "DATE",
         "value": "2031-04-03", "anchor": "da:T1"},
    ]
    labels = [item[3] for item in report_payload(d)["reader"]["da"] if item[2] == "t"]
    assert labels == ["2031-04-02 against the publication date", "2031-04-03 against “The” (2031-04-02)"]
