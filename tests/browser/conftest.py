"""Fixtures of the browser tests: Debian's chromium driven by Playwright for Python, and a small case.

The browser is the system's (``scripts/browser`` installs Debian's ``chromium``); Playwright's own
download is never used. Without it the tests skip with the reason, except under ``CI=true``,
where a missing browser is a failure: CI runs ``scripts/browser`` first.

The case is written from invented words (no corpus, no spaCy model): two sources that contradict
each other, a quote, an event, three people; ``report.html`` from it, and ``annalyst.db`` for
``annalyst serve``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from annalyst.model import Claim, Document, Dossier, Entity, Event, Link, Participant, Quote, Span

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() == "true"

TEXT_A = ("Council statement on the harbour\n\nBy Ilse Marrow, 12 March 2031\n\n"
          "The council denied that Mayor Orvel Lind ordered the closure of the harbour. "
          "“We never closed the harbour,”[1] Lind told Petra Quill on 9 March 2031. "
          "A <script>alert(1)</script> tag and </script> stay words on the page.\n\n"
          "[1] Council minutes, 12 March 2031.")
TEXT_B = ("Harbour news\n\nBy Ede Varn, 14 March 2031\n\n"
          "Mayor Orvel Lind ordered the closure of the harbour, the newspaper reported. "
          "Lind met Petra Quill in March 2031 to discuss the harbour.")


def _at(text: str, words: str, doc: str) -> Span:
    start = text.index(words)
    return Span(doc, start, start + len(words), words)


def _word(text: str, phrase: str, doc: str) -> Span:
    """The first word of ``phrase``, where the phrase occurs."""
    start = text.index(phrase)
    word = phrase.split(maxsplit=1)[0]
    return Span(doc, start, start + len(word), word)


def make_case() -> Dossier:
    a = Document("da", "council.txt", TEXT_A, "a" * 64, title="Council </script> statement",
                 author="Ilse Marrow", published="2031-03-12")
    b = Document("db", "news.html", TEXT_B, "b" * 64, title="Harbour news", author="Ede Varn",
                 published="2031-03-14")
    lind = Entity("person:orvel-lind", "Orvel Lind", "PERSON", ("Orvel Lind", "Lind", "Mayor Orvel Lind"), ("Mayor",),
                  (_at(TEXT_A, "Orvel Lind", "da"), _word(TEXT_A, "Lind told", "da"),
                   _at(TEXT_B, "Orvel Lind", "db"), _word(TEXT_B, "Lind met", "db")))
    quill = Entity("person:petra-quill", "Petra Quill", "PERSON", ("Petra Quill",), (),
                   (_at(TEXT_A, "Petra Quill", "da"), _at(TEXT_B, "Petra Quill", "db")))
    council = Entity("org:council", "council", "ORG", ("council",), (), (_at(TEXT_A, "council denied", "da"),))
    denial = _at(TEXT_A, "Mayor Orvel Lind ordered the closure of the harbour", "da")
    report = _at(TEXT_B, "Mayor Orvel Lind ordered the closure of the harbour", "db")
    c1 = Claim("da:C1", "da", denial.start, denial.end, denial.text, "org:council", "denies",
               ("person:orvel-lind",))
    c2 = Claim("db:C1", "db", report.start, report.end, report.text, "author", "asserts", ("person:orvel-lind",))
    words = _at(TEXT_A, "We never closed the harbour", "da")
    quote = Quote("da:Q1", "da", words.start, words.end, words.text, "person:orvel-lind", "Lind", "told",
                  addressee="person:petra-quill")
    met = _at(TEXT_B, "met", "db")
    event = Event("db:V1", "meeting", "Orvel Lind meets Petra Quill, 2031-03", "2031-03", None,
                  (Participant("person:orvel-lind", "agent"), Participant("person:petra-quill", "patient")), None,
                  (met,), date_source="timex")
    told = _at(TEXT_A, "told", "da")
    event2 = Event("da:V1", "statement", "Orvel Lind tells Petra Quill <img src=x onerror=alert(1)>, 2031-03-09", "2031-03-09", None,
                   (Participant("person:orvel-lind", "agent"),), None, (told,), date_source="sentence")
    link = Link("L:contradicts:da:C1:db:C1", "contradicts", c1.id, c2.id, 0.8,
                "The council denies what Harbour news asserts: that Orvel Lind ordered the closure of the harbour.")
    return Dossier(documents=(a, b), entities=(lind, quill, council), quotes=(quote,), claims=(c1, c2),
                   events=(event, event2), links=(link,))


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's chromium binary (not the /usr/bin/chromium wrapper script)."""
    found = subprocess.run([str(ROOT / "scripts" / "browser"), *([] if IN_CI else ["--check"])],
                           check=False, capture_output=True, text=True)
    path = found.stdout.strip()
    if found.returncode or not path:
        message = "Debian's chromium is not installed: run scripts/browser"
        if IN_CI:
            pytest.fail(f"{message} ({found.stderr.strip()})")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if IN_CI:
            pytest.fail("playwright is not installed: pip install -e '.[dev]'")
        pytest.skip("playwright is not installed: pip install -e '.[dev]'")
    args = ["--no-sandbox"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, headless=True, args=args)
        yield b
        b.close()


class PageProblems(list):
    """Console errors, uncaught exceptions and dialogs (an ``alert`` would mean injected script ran)."""


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    problems = PageProblems()
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.problems = problems
    yield pg
    context.close()


@pytest.fixture(scope="session")
def case_dir(tmp_path_factory) -> Path:
    from annalyst.export import write_dossier
    from annalyst.export.dossier import dossier_to_dict
    from annalyst.report import write_report
    from annalyst.store.sqlite import SQLiteStore

    folder = tmp_path_factory.mktemp("browser-case")
    case = make_case()
    write_dossier(case, folder / "dossier.json")
    data = dossier_to_dict(case)
    mark, note = TEXT_A.index("[1]"), TEXT_A.rindex("[1] ")
    data["quotes"][0]["citations"] = [{"mark": "[1]", "start": mark, "end": mark + 3, "source": None,
                                       "note": {"start": note, "end": len(TEXT_A), "text": TEXT_A[note:]}}]
    write_report(data, folder / "report.html")
    with SQLiteStore(folder / "annalyst.db") as store:
        store.save(case)
    return folder


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(case_dir):
    """``annalyst serve`` (uvicorn) on 127.0.0.1 and a free port, for the session; its base URL."""
    pytest.importorskip("fastapi")
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-m", "annalyst", "serve", str(case_dir), "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    pytest.fail(f"annalyst serve did not start: {proc.stderr.read() if proc.stderr else ''}")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
