"""A small, bounded load test of ``annalyst serve``: the app in a second process on 127.0.0.1, many clients.

The full figures (1,000 documents; 10, 25 and 50 clients; one and two server
processes) come from ``bench/load.py`` and are in docs/performance.md; this
test runs the same script on an invented case of 40 documents, 20 clients and
200 requests against one server process and against two (``serve --workers
2``), and asks for no error: every request answered 200, none refused or timed
out, each with the server's own time in its ``Server-Timing`` header.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from annalyst.export.dossier import write_dossier
from annalyst.model import Document, Dossier, Entity, Span
from annalyst.store import open_store

ROOT = Path(__file__).resolve().parents[1]


def _bench_load():
    spec = importlib.util.spec_from_file_location("bench_load", ROOT / "bench" / "load.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _case(folder: Path, n: int = 40) -> Path:
    documents, mentions = [], []
    for i in range(n):
        text = (f"Report {i} from Quellburg. Minister Oskar Lindqvar met the council of Varnholt on {i % 28 + 1} "
                "May 1871 and said the treaty stands.")
        doc = Document(f"d{i:03}", f"report{i}.txt", text, hashlib.sha256(text.encode()).hexdigest(),
                       title=f"Report {i} from Quellburg")
        documents.append(doc)
        start = text.index("Oskar Lindqvar")
        mentions.append(Span(doc.id, start, start + len("Oskar Lindqvar"), "Oskar Lindqvar"))
    dossier = Dossier(documents=tuple(documents), entities=(
        Entity("person:oskar-lindqvar", "Oskar Lindqvar", "PERSON", (), ("Minister",), tuple(mentions)),))
    write_dossier(dossier, folder / "dossier.json")
    with open_store(folder / "annalyst.db") as store:
        store.save(dossier)
    return folder


def test_serve_load_20_clients_on_loopback_get_every_answer_from_one_and_two_processes(tmp_path, capsys):
    case = _case(tmp_path)
    args = [str(case), "--clients", "20", "--workers", "1,2", "--requests", "200", "--seconds", "60", "--json"]
    # in a thread of its own: the script runs its own event loop, and the browser tests' session may hold one
    # in this thread
    with ThreadPoolExecutor(1) as pool:
        code = pool.submit(_bench_load().main, args).result()
    report = capsys.readouterr().out
    assert code == 0, report
    runs = json.loads(report)
    assert [(r["workers"], r["clients"], r["requests"], r["errors"]) for r in runs] == [(1, 20, 200, {}), (2, 20, 200, {})]
    for r in runs:  # the server's own time came back in its Server-Timing header, for every kind of request
        assert set(r["server"]) == {"search page", "search api", "document page", "entity page", "all"}
        assert r["server"]["all"]["n"] == 200
