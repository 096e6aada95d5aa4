"""A hostile case: titles, names, text and URLs holding script tags, event handlers and ``javascript:``.

Every page and the API must hand them back as inert text; the app must refuse
paths, methods and hosts it does not serve, and answer bad searches with a 400.
"""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient

from annalyst.export.dossier import write_dossier
from annalyst.model import Claim, Document, Dossier, Entity, Event, Link, Participant, Quote, Span, Timex
from annalyst.store.sqlite import SQLiteStore
from annalyst.web import create_app
from annalyst.web.highlight import url_part

SCRIPT = "<script>alert('t')</script>"
HANDLER = '"><img src=x onerror=alert(1)>'
TEXT = (f"Dravo Kest {SCRIPT} said \"{HANDLER} we ride at dawn\" on the 3rd of Brumaire, "
        "<a href=\"javascript:alert(4)\">click</a>, and the Velmar accord <svg onload=alert(5)> failed.")
ENTITY_ID = 'person:kest"><script>x</script>'


def _span(words: str) -> tuple[int, int, str]:
    start = TEXT.index(words)
    return start, start + len(words), words


def _dossier() -> Dossier:
    doc = Document(id="doc1", source=f"{HANDLER}.txt", text=TEXT, sha256="0" * 64, title=SCRIPT,
                   author=HANDLER, published="2031-05-01", url="javascript:alert(3)")
    name = _span("Dravo Kest")
    quote = _span(f"{HANDLER} we ride at dawn")
    claim = _span("the Velmar accord <svg onload=alert(5)> failed")
    when = _span("3rd of Brumaire")
    event_words = _span("failed")
    return Dossier(
        documents=(doc,),
        entities=(Entity(ENTITY_ID, f"Dravo {SCRIPT}", "PERSON", (HANDLER,), ("javascript:alert(6)",),
                         (Span("doc1", *name), Span("doc1", *_span(SCRIPT)))),
                  Entity("person:dawn", f"Dawn {SCRIPT}", "PERSON", (), (), (Span("doc1", *_span("dawn")),))),
        timexes=(Timex("doc1:T1", "doc1", *when, "DATE", "2031-05-03"),),
        events=(Event("doc1:V1", "failure", f"accord {SCRIPT} fails", "2031-05-03", None,
                      (Participant(ENTITY_ID, "agent"),), None, (Span("doc1", *event_words),)),),
        quotes=(Quote("doc1:Q1", "doc1", *quote, speaker=ENTITY_ID, speaker_text="Dravo Kest", cue="said"),),
        claims=(Claim("doc1:C1", "doc1", *claim, holder=ENTITY_ID, stance="asserts", about=("doc1:V1",)),
                Claim("doc1:C2", "doc1", *_span("we ride at dawn"), holder=None, stance="denies")),
        links=(Link("L1", "same_event", "doc1:V1", "doc1:V1", 1.0, f"because {SCRIPT}"),
               Link("L2", "contradicts", "doc1:C1", "doc1:C2", 0.75, f"one says {HANDLER} {SCRIPT}, one denies")),
    )


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    case = tmp_path_factory.mktemp("hostile")
    dossier = _dossier()
    write_dossier(dossier, case / "dossier.json")
    with SQLiteStore(case / "annalyst.db") as store:
        store.save(dossier)
    return TestClient(create_app(case), base_url="http://127.0.0.1")


PAGES = ["/", "/documents/doc1", "/documents/doc1?start=0&end=10", f"/entities/{url_part(ENTITY_ID)}",
         "/events/doc1:V1", "/search?q=ride", "/search?q=accord&kind=claims", "/search?q=dawn&kind=quotes",
         "/search?q=alert", '/search?q="<script>"', "/compare", "/compare?kind=contradicts&page=1",
         "/timeline", "/network"]
_LIVE_MARKUP = re.compile(r"<\s*(script(?![^>]*(type=\"application/json\"|src=\"/static/))|img|svg|iframe)\b|<[a-z][^>]*\son\w+\s*=|href=\"\s*javascript:", re.I)


@pytest.mark.parametrize("url", PAGES)
def test_hostile_pages_escape_every_title_name_and_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert not _LIVE_MARKUP.search(response.text), _LIVE_MARKUP.search(response.text)
    assert "&lt;script&gt;" in response.text


def test_hostile_reader_shows_the_words_as_text(client):
    body = client.get("/documents/doc1").text
    assert "&lt;svg onload=alert(5)&gt;" in body
    assert "javascript:alert(3)" in body  # the url field shown as text, never as a link
    assert 'href="javascript' not in body


def test_hostile_entity_link_is_quoted_into_one_path_segment(client):
    body = client.get("/documents/doc1").text
    assert 'href="/entities/person:kest%22%3E%3Cscript%3Ex%3C%2Fscript%3E"' in body


@pytest.mark.parametrize("url", ["/api/overview", "/api/documents/doc1", f"/api/entities/{url_part(ENTITY_ID)}",
                                 "/api/events/doc1:V1", "/api/search?q=dawn&kind=quotes", "/api/links"])
def test_hostile_api_returns_json_not_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert "<script>" in response.text  # the data itself, untouched, in a JSON string


@pytest.mark.parametrize("url", ["/", "/api/overview", "/nope", "/static/app.css"])
def test_security_headers_on_every_response(client, url):
    headers = client.get(url).headers
    csp = headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "default-src 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("query", ['"unclosed', "foo AND", "nope:col", "NEAR(", "*", "a OR OR b"])
def test_search_syntax_error_is_a_400_with_a_message(client, query):
    api = client.get("/api/search", params={"q": query})
    assert api.status_code == 400
    assert set(api.json()) == {"error"} and api.json()["error"]["status"] == 400
    assert "cannot search" in api.json()["error"]["message"]
    page = client.get("/search", params={"q": query})
    assert page.status_code == 400 and "cannot search" in page.text


def test_search_injection_is_a_parameter_not_sql(client):
    response = client.get("/api/search", params={"q": "x' OR 1=1; DROP TABLE documents; --"})
    assert response.status_code in (200, 400)
    assert client.get("/api/documents").json()[0]["id"] == "doc1"


@pytest.mark.parametrize("url", ["/static/../data.py", "/static/..%2F..%2Fpyproject.toml", "/../../etc/passwd",
                                 "/static/%2e%2e/app.py", "/documents/..%2F..%2Fetc%2Fpasswd",
                                 "/api/documents/../../annalyst.db"])
def test_no_path_traversal(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "import" not in response.text and "root:" not in response.text and "SQLite" not in response.text


def test_one_json_error_shape(client):
    for url, status in [("/api/entities/nobody", 404), ("/api/nope", 404), ("/api/search", 400),
                        ("/api/search?q=a&limit=0", 400), ("/api/search?q=a&kind=files", 400)]:
        response = client.get(url)
        assert response.status_code == status, url
        assert set(response.json()) == {"error"}
        assert set(response.json()["error"]) == {"status", "message"}


def test_read_only_no_method_but_get(client):
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        assert client.request(method, "/api/documents").status_code == 405
        assert client.request(method, "/").status_code == 405


def test_store_is_opened_read_only(client):
    import sqlite3

    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        client.app.state.case.conn.execute("DELETE FROM documents")


def test_other_host_names_are_refused(client):
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200


def test_openapi_documents_the_api(client):
    schema = client.get("/api/openapi.json").json()
    assert {"/api/search", "/api/documents/{doc_id}", "/api/entities/{entity_id}", "/api/events/{event_id}"} \
        <= set(schema["paths"])
    assert "ErrorBody" in schema["components"]["schemas"]
    assert not any(p.startswith(("/documents", "/entities", "/search")) for p in schema["paths"])
    assert client.get("/docs").status_code == 404  # Swagger UI would load scripts from a CDN


def test_compare_sets_both_claims_side_by_side_with_links_to_their_words(client):
    body = client.get("/compare").text
    assert 'href="/compare"' in client.get("/").text  # in the nav
    a, b = TEXT.index("the Velmar accord"), TEXT.index("we ride at dawn")
    assert f'href="/documents/doc1?start={a}&amp;end={a + len("the Velmar accord <svg onload=alert(5)> failed")}#words"' \
        in body
    assert f'href="/documents/doc1?start={b}&amp;end={b + len("we ride at dawn")}#words"' in body
    assert "one denies" in body and "contradiction" in body and "&lt;svg onload=alert(5)&gt;" in body


def test_links_api_pages_and_filters(client):
    data = client.get("/api/links", params={"kind": "contradicts"}).json()
    assert data["total"] == 1 and data["counts"] == {"contradicts": 1, "agrees": 0} and data["pages"] == 1
    link = data["links"][0]
    assert (link["a_claim"]["id"], link["b_claim"]["id"]) == ("doc1:C1", "doc1:C2")
    assert link["explanation"].startswith("one says")
    assert client.get("/api/links", params={"kind": "agrees"}).json()["links"] == []
    assert client.get("/api/links", params={"page": 2}).json()["links"] == []
    assert client.get("/api/links", params={"kind": "same_event"}).status_code == 400
    assert client.get("/api/links", params={"page": 0}).status_code == 400
    assert client.get("/compare", params={"kind": "nope"}).status_code == 400
    assert "/api/links" in client.get("/api/openapi.json").json()["paths"]


def test_no_inline_script_only_json_data_and_own_files(client):
    for url in ("/timeline", "/network", "/compare", "/"):
        body = client.get(url).text
        for tag in re.findall(r"<script\b[^>]*>", body):
            assert 'type="application/json"' in tag or re.fullmatch(r'<script src="/static/[\w.-]+\.js" defer>', tag), tag
        for block in re.findall(r'<script type="application/json" id="view-data">(.*?)</script>', body, re.S):
            assert "<" not in block  # no string can end the block


def test_timeline_and_network_allow_only_the_libraries_style_blocks(client):
    from annalyst.web.policy import CSP, LIBRARY_STYLES

    for url in ("/timeline", "/network"):
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self';" in csp and "unsafe" not in csp
        assert csp.count("'sha256-") == len(LIBRARY_STYLES)
    assert client.get("/compare").headers["content-security-policy"] == CSP


def test_timeline_and_network_data(client):
    t = client.get("/api/timeline").json()
    assert [e["id"] for e in t["events"]] == ["doc1:V1"] and t["dated"] == 1 and t["limit"] == 800
    assert "accord &lt;script&gt;" in client.get("/timeline").text
    n = client.get("/api/network").json()  # the speaker and the person his quoted words name
    assert {x["id"] for x in n["nodes"]} == {ENTITY_ID, "person:dawn"} and n["limits"] == {"nodes": 150, "edges": 600}
    assert n["edges"][0]["quotes"] == ["doc1:Q1"]


@pytest.mark.parametrize("name", ["vis-timeline.js", "cytoscape.js", "network.js", "views.js", "vis-timeline.css", "app.css"])
def test_static_files_are_a_fixed_list(client, name):
    response = client.get(f"/static/{name}")
    assert response.status_code == 200 and len(response.content) > 1000
    assert response.headers["content-type"].startswith(("text/javascript", "text/css"))
    assert client.get("/static/..%2Fdata.py").status_code == 404


def test_entity_lists_are_limited_and_counted(client):
    data = client.get(f"/api/entities/{url_part(ENTITY_ID)}", params={"limit": 1}).json()
    assert len(data["mentions"]) == 1 and data["mention_count"] == 2
    assert data["counts"] == {"mentions": 2, "quotes": 1, "claims": 1, "events": 1}
    assert [q["id"] for q in data["quotes"]] == ["doc1:Q1"] and [e["id"] for e in data["events"]] == ["doc1:V1"]


def test_event_page_lists_the_claims_about_it(client):
    data = client.get("/api/events/doc1:V1").json()
    assert [c["id"] for c in data["claims"]] == ["doc1:C1"]
    assert data["mentions"][0]["before"].endswith("<svg onload=alert(5)> ")
