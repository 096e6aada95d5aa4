#!/usr/bin/env python3
"""How fast ``annalyst serve`` answers over a large case: search, the busiest entity page, the other views.

    python bench/web.py CASE [--runs 20]

``CASE`` is a folder ``annalyst analyze`` wrote (its ``annalyst.db``) or a store URL. The app is
driven in-process through Starlette's TestClient (the full ASGI stack, middleware and rendering
included; no network), with no answer kept for repeats (``--cache 0``, unless told otherwise): each
request is computed. Timed, each after one warm-up request:

- search: 50 fixed queries (plain words, a phrase, a prefix, OR, NEAR), each through
  ``/api/search`` for documents, quotes and claims, and the ``/search`` page (all three at once):
  median and 95th percentile;
- the entity page ``/entities/ID`` of the most-mentioned person and its JSON, ``--runs`` times: median;
- ``/compare``, ``/timeline``, ``/network`` and ``/`` (``--runs`` times: median; the first
  ``/network`` apart, as it is built once then kept).

Targets (issue 12): search median under 200 ms, entity page under 500 ms.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from fastapi.testclient import TestClient

from annalyst.web import create_app
from annalyst.web.highlight import url_part

QUERIES = [
    "treaty", "embassy", "ambassador", "president", "secretary", "minister", "negotiations", "agreement",
    "military", "war", "oil", "nuclear", "aid", "trade", "election", "\"foreign policy\"", "communist",
    "refugees", "sanctions", "press", "telegram", "memorandum", "conference", "border", "troops", "missile",
    "economic", "congress", "government", "visit", "talks", "peace", "\"security council\"", "assistance",
    "weapons", "intelligence", "crisis", "meeting", "letter", "statement", "proposal", "support", "oppose",
    "withdraw*", "NEAR(arms control)", "loan OR credit", "recogni*", "\"we will not\"", "bases", "\"cease-fire\"",
]
KINDS = ("documents", "quotes", "claims")


def _ms(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def _get(client: TestClient, url: str, **params: object) -> Callable[[], None]:
    def call() -> None:
        response = client.get(url, params=params)
        if response.status_code != 200:
            raise SystemExit(f"{url} {params}: {response.status_code} {response.text[:300]}")
    return call


def _line(label: str, times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return (f"| {label} | {len(times)} | {statistics.median(times):.1f} ms | {p95:.1f} ms | {times[-1]:.1f} ms |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("case")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--cache", type=float, default=0,
                        help="the app's answers kept, in MB (default 0: every request computed, as measured here)")
    args = parser.parse_args()

    started = time.perf_counter()
    app = create_app(args.case, cache_mb=args.cache)
    opened = (time.perf_counter() - started) * 1000
    client = TestClient(app, base_url="http://127.0.0.1")
    case = app.state.case
    counts = client.get("/api/overview").json()["counts"]
    docs = case.store.rows("SELECT count(*) FROM run_documents WHERE run = :run", {"run": case.run})[0][0]
    print(f"case: {args.case}: {docs:,} documents, " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
    print(f"app opened in {opened:.0f} ms (indexes quotes and claims, reads who each record names)\n")
    print("| what | requests | median | p95 | max |\n|---|---|---|---|---|")

    every: list[float] = []
    for kind in KINDS:
        _get(client, "/api/search", q="treaty", kind=kind)()
        times = [_ms(_get(client, "/api/search", q=q, kind=kind, limit=20)) for q in QUERIES]
        every += times
        print(_line(f"`/api/search?kind={kind}` (50 queries)", times))
    print(_line("`/api/search`, the three kinds", every))
    _get(client, "/search", q="treaty")()
    print(_line("`/search` page (documents, quotes, claims; 20 hits each)",
                [_ms(_get(client, "/search", q=q)) for q in QUERIES]))

    (person, mentions), = case.store.rows(
        "SELECT m.entity, count(*) AS k FROM mentions m JOIN entities e ON e.run = m.run AND e.id = m.entity "
        "WHERE m.run = :run AND e.type = 'PERSON' GROUP BY m.entity ORDER BY k DESC, m.entity LIMIT 1",
        {"run": case.run})
    page = f"/entities/{url_part(person)}"
    _get(client, page)()
    print(_line(f"entity page of the most-mentioned person ({mentions:,} mentions)",
                [_ms(_get(client, page)) for _ in range(args.runs)]))
    print(_line("its JSON (`/api/entities/…`)", [_ms(_get(client, "/api" + page)) for _ in range(args.runs)]))

    first_network = _ms(_get(client, "/network"))
    for url in ("/compare", "/timeline", "/network", "/"):
        _get(client, url)()
        print(_line(f"`{url}`", [_ms(_get(client, url)) for _ in range(args.runs)]))
    print(f"\nfirst /network (builds and keeps the graph): {first_network:.0f} ms")


if __name__ == "__main__":
    main()
