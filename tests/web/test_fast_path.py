"""The web app's path under load: JSON written straight from the store still matches the schema's models,
answers carry an ETag and are kept for repeats (never past the Host check, never an error), and
``serve --workers N`` hands the case to N processes."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")

from click.testing import CliRunner
from fastapi.testclient import TestClient

from annalyst.cli import cli
from annalyst.export.dossier import write_dossier
from annalyst.model import Claim, Document, Dossier, Entity, Event, Link, Participant, Quote, Span
from annalyst.store.sqlite import SQLiteStore
from annalyst.web import api, create_app
from annalyst.web.middleware import Answers
from annalyst.web.policy import VIEWS_CSP

TEXT = ("Minister Oskar Lindqvar said \"the bridge at Quellburg stays open\" before the council of Varnholt "
        "met on 3 May 1871. The council denied that the bridge stays open.")


def _span(words: str, nth: int = 0) -> tuple[int, int, str]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    return start, start + len(words), words


def _case(folder):
    doc = Document("d1", "report.txt", TEXT, "1" * 64, title="Report from Quellburg", published="1871-05-04")
    person = "person:oskar-lindqvar"
    council = "org:council-of-varnholt"
    dossier = Dossier(
        documents=(doc,),
        entities=(Entity(person, "Oskar Lindqvar", "PERSON", (), ("Minister",), (Span("d1", *_span("Oskar Lindqvar")),)),
                  Entity(council, "Council of Varnholt", "ORG", (), (), (Span("d1", *_span("council of Varnholt")),))),
        events=(Event("d1:V1", "meeting", "the council meets", "1871-05-03", None, (Participant(person, "agent"),
                                                                                   Participant(council, "agent")),
                      None, (Span("d1", *_span("met")),)),),
        quotes=(Quote("d1:Q1", "d1", *_span("the bridge at Quellburg stays open"), speaker=person,
                      speaker_text="Oskar Lindqvar", cue="said", addressee=council),),
        claims=(Claim("d1:C1", "d1", *_span("the bridge at Quellburg stays open"), holder=person, stance="asserts"),
                Claim("d1:C2", "d1", *_span("the bridge stays open"), holder=council, stance="denies")),
        links=(Link("L1", "contradicts", "d1:C1", "d1:C2", 0.8, "one asserts, one denies"),),
    )
    write_dossier(dossier, folder / "dossier.json")
    with SQLiteStore(folder / "annalyst.db") as store:
        store.save(dossier)
    return folder


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    return _case(tmp_path_factory.mktemp("fast"))


@pytest.fixture(scope="module")
def client(case):
    return TestClient(create_app(case), base_url="http://127.0.0.1")


def _answers(app) -> Answers:
    layer = app.middleware_stack
    while not isinstance(layer, Answers):
        layer = layer.app
    return layer


@pytest.mark.parametrize(("url", "model"), [
    ("/api/overview", api.Overview), ("/api/timeline", api.Timeline), ("/api/network", api.Network),
    ("/api/links", api.LinksPage), ("/api/search?q=bridge&kind=claims", api.SearchHit),
    ("/api/search?q=bridge&kind=quotes", api.SearchHit), ("/api/search?q=Quellburg", api.SearchHit),
    ("/api/documents", api.DocumentSummary)])
def test_json_written_from_the_store_is_exactly_its_model(client, url, model):
    data = client.get(url).json()
    items = data if isinstance(data, list) else [data]
    assert items
    for item in items:  # nothing missing, nothing more than the schema says
        assert model.model_validate(item).model_dump(mode="json") == item


def test_repeats_come_from_the_answers_kept_with_the_same_body_and_tag(case):
    client = TestClient(create_app(case), base_url="http://127.0.0.1")
    first = client.get("/search?q=bridge")
    answers = _answers(client.app)  # the middleware is built on the first request
    hits = answers.hits
    again = client.get("/search?q=bridge")
    assert answers.hits == hits + 1
    assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
    assert again.headers["cache-control"] == "no-cache"
    assert again.headers["content-security-policy"] == first.headers["content-security-policy"]
    assert "app;dur=" in again.headers["server-timing"]
    other = client.get("/search?q=council")
    assert other.headers["etag"] != first.headers["etag"]


def test_a_browser_revalidates_and_gets_304(client):
    first = client.get("/timeline")
    assert first.headers["content-security-policy"] == VIEWS_CSP
    tag = first.headers["etag"]
    again = client.get("/timeline", headers={"if-none-match": tag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
    assert again.headers["content-security-policy"] == VIEWS_CSP
    assert client.get("/timeline", headers={"if-none-match": '"other"'}).status_code == 200
    static = client.get("/static/app.css")
    assert static.headers["cache-control"] == "public, max-age=3600" and static.headers["etag"]


def test_errors_are_not_kept_and_the_host_check_comes_first(case):
    client = TestClient(create_app(case), base_url="http://127.0.0.1")
    for _ in range(2):
        missing = client.get("/api/entities/nobody")
        assert missing.status_code == 404 and "etag" not in missing.headers
        assert client.get("/api/search?q=%22unclosed").status_code == 400
    assert client.get("/").status_code == 200
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400
    assert _answers(client.app).size > 0


def test_no_cache_still_tags_and_revalidates(case):
    client = TestClient(create_app(case, cache_mb=0), base_url="http://127.0.0.1")
    tag = client.get("/documents/d1").headers["etag"]
    assert client.get("/documents/d1", headers={"if-none-match": tag}).status_code == 304
    assert not _answers(client.app).kept


def test_the_answers_kept_stay_within_their_bytes():
    async def app(scope, receive, send):
        body = scope["path"].encode() * 100 if scope["path"].startswith("/p") else b"[]"
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": body})

    answers = Answers(app, limit=20_000)
    client = TestClient(answers, base_url="http://127.0.0.1")
    for i in range(40):
        assert client.get(f"/p{i:02}").content == f"/p{i:02}".encode() * 100
    assert answers.size <= 20_000 and 10 < len(answers.kept) < 40
    assert ("/p39", b"") in answers.kept and ("/p00", b"") not in answers.kept
    for i in range(2_000):  # many answers of a few bytes (long URLs) fill the limit as well
        assert client.get(f"/{'x' * 200}{i}").content == b"[]"
    assert answers.size <= 20_000 and 10 < len(answers.kept) < 40 and ("/p39", b"") not in answers.kept


def test_an_answer_kept_twice_counts_once():
    # two clients asking for one page at the same moment both miss, and both answers are kept: the second
    # replaces the first, and the bytes counted must be one answer's, or the limit shrinks with every race
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    started = asyncio.Event()

    async def app(scope, receive, send):
        await started.wait()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"x" * 100})

    answers = Answers(app, limit=20_000)

    async def ask(sent: list) -> None:
        scope = {"type": "http", "method": "GET", "path": "/page", "query_string": b"", "headers": []}

        async def send(message):
            sent.append(message)

        await answers(scope, None, send)

    async def race() -> None:
        first, second = [], []
        both = asyncio.gather(ask(first), ask(second))
        await asyncio.sleep(0)
        started.set()
        await both
        assert first[-1]["body"] == second[-1]["body"] == b"x" * 100

    with ThreadPoolExecutor(1) as pool:  # a loop of its own: the browser tests may hold this thread's
        pool.submit(asyncio.run, race()).result()
    assert answers.misses == 2 and list(answers.kept) == [("/page", b"")]
    assert answers.size == Answers._cost(("/page", b""), answers.kept[("/page", b"")])


@pytest.fixture
def calls(monkeypatch):
    import uvicorn

    seen: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.append({"app": app, **kw}))
    return seen


def test_serve_workers_hands_the_case_to_each_process(calls, case, monkeypatch):
    monkeypatch.setenv("ANNALYST_SERVE", "")  # serve() sets it; put back as it was afterwards
    result = CliRunner().invoke(cli, ["serve", str(case), "--workers", "3", "--cache", "8"])
    assert result.exit_code == 0, result.output
    call = calls[0]
    assert call["app"] == "annalyst.web.app:app_from_environment" and call["factory"] is True
    assert call["workers"] == 3 and call["host"] == "127.0.0.1"
    from annalyst.web.app import app_from_environment

    client = TestClient(app_from_environment(), base_url="http://127.0.0.1")
    assert client.get("/api/documents").json()[0]["id"] == "d1"
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400
    assert _answers(client.app).limit == 8 << 20


def test_serve_help_tells_workers_and_cache():
    text = " ".join(CliRunner().invoke(cli, ["serve", "--help"]).output.split())
    assert "--workers" in text and "--cache MB" in text


def test_templates_read_record_keys_as_jinja_does():
    from annalyst.web.render import _env

    template = _env().from_string("{{ r.doc }}|{{ r.missing }}|{{ t.get('get', 'none') }}|{{ r.items()|list|length }}")
    assert template.render(r={"doc": "<b>", "items": "x"}, t={"get": "title of get"}) == "&lt;b&gt;||title of get|2"
