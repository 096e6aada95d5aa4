"""The served app over the example corpus: every view answers, and every item leads to its words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient

from annalyst.web import create_app
from annalyst.web.highlight import url_part

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from annalyst.api import analyze

    case = tmp_path_factory.mktemp("seeds")
    analyze(SEEDS, case)
    return TestClient(create_app(case), base_url="http://127.0.0.1")


@pytest.fixture(scope="module")
def overview(client):
    return client.get("/api/overview").json()


def test_seeds_overview_lists_every_source_with_title_author_date_length(client, overview):
    body = client.get("/").text
    assert len(overview["documents"]) == 2
    for doc in overview["documents"]:
        assert doc["title"] and doc["author"] and doc["published"] and doc["length"] > 1000
        assert f'href="/documents/{url_part(doc["id"])}"' in body
        assert doc["author"] in body and doc["published"] in body


def test_seeds_search_finds_documents_quotes_and_claims(client):
    for kind in ("documents", "quotes", "claims"):
        hits = client.get("/api/search", params={"q": "coup", "kind": kind}).json()
        assert hits, kind
        assert all(any(p["match"] for p in h["snippet"]) for h in hits)
    page = client.get("/search", params={"q": "coup"}).text
    assert page.count("<mark>") >= 3
    assert 'id="words"' not in page and "#words" in page


def test_seeds_entity_page_shows_every_mention_source_quote_and_claim(client, overview):
    person = next(e for e in overview["entities"] if e["type"] == "PERSON")
    data = client.get(f"/api/entities/{url_part(person['id'])}").json()
    assert data["mention_count"] == person["mentions"] == len(data["mentions"])
    assert sum(s["mentions"] for s in data["sources"]) == person["mentions"]
    page = client.get(f"/entities/{url_part(person['id'])}").text
    links = re.findall(r'href="(/documents/[^"]+#words)"', page)
    assert len(links) >= person["mentions"]
    assert all(m["before"] or m["after"] for m in data["mentions"])  # words in context
    # the first mention's link opens the reader with its words marked
    reader = client.get(links[0].replace("&amp;", "&").split("#")[0]).text
    marked = re.search(r'<(?:mark|a) class="hl [^"]*target[^"]*"[^>]* id="words"[^>]*>([^<]*)<', reader)
    assert marked and marked.group(1) == data["mentions"][0]["text"][:len(marked.group(1))]


def test_seeds_speaker_page_lists_their_quotes(client):
    quotes = client.get("/api/search", params={"q": "coup", "kind": "quotes"}).json()
    doc = client.get(f"/api/documents/{url_part(quotes[0]['doc'])}").json()
    quote = next(q for q in doc["quotes"] if q["id"] == quotes[0]["id"])
    if quote["speaker"] and quote["speaker"] != "author":
        data = client.get(f"/api/entities/{url_part(quote['speaker'])}").json()
        assert quote["id"] in {q["id"] for q in data["quotes"]}


def test_seeds_event_page_lists_its_reports_and_links(client, overview):
    event = max(overview["events"], key=lambda e: len(e["mentions"]))
    page = client.get(f"/events/{url_part(event['id'])}")
    assert page.status_code == 200
    assert page.text.count("#words") >= len(event["mentions"])
    data = client.get(f"/api/events/{url_part(event['id'])}").json()
    assert all(m["text"] for m in data["mentions"])


def test_seeds_reader_highlights_every_item_with_an_anchor(client, overview):
    doc_id = overview["documents"][0]["id"]
    data = client.get(f"/api/documents/{url_part(doc_id)}").json()
    page = client.get(f"/documents/{url_part(doc_id)}").text
    for kind in ("quotes", "claims", "timexes"):
        for item in data[kind]:
            assert f'id="at-{item["start"]}-{item["end"]}"' in page, (kind, item["id"])
    assert page.count('class="hl') >= len(data["mentions"])
