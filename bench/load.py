"""A load test of ``annalyst serve``: the app in a second process on loopback, many clients at once.

    python bench/load.py CASE_DIR [--clients 50] [--requests 2000] [--seconds 60] [--json]

Starts ``annalyst serve CASE_DIR --host 127.0.0.1 --port P`` (P a free port) in a
subprocess, waits for it to answer, reads the case's documents, most-mentioned
entities and title words from its own API, then runs ``--clients`` concurrent
clients (httpx, asyncio) until ``--requests`` requests are done or ``--seconds``
have passed, whichever comes first. The requests are, in turn, a search page
(``/search?q=WORD``, every kind), a search through the API
(``/api/search?q=WORD``), a document page (the reader, with every item
marked) and an entity page. Prints p50/p95/p99 latency per kind, the
throughput and every error (a status other than 200, a timeout, a refused
connection); exit status 1 on any error. Only 127.0.0.1 is ever contacted.
The server is stopped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
KINDS = ("search page", "search api", "document page", "entity page")


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(case: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen([sys.executable, "-m", "annalyst", "serve", str(case), "--host", HOST, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)


def wait_ready(base: str, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read()[-2000:]}")
        try:
            if httpx.get(f"{base}/api/overview", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"the server did not answer within {timeout:.0f} s")


def targets(base: str, rng: random.Random) -> dict[str, list[str]]:
    """The URLs each kind of request picks from, read from the app's own API."""
    overview = httpx.get(f"{base}/api/overview", timeout=60).json()
    documents = overview["documents"]
    entities = [e["id"] for e in overview.get("entities", [])]
    words = Counter(w.lower() for d in documents for w in re.findall(r"[A-Za-z]{5,}", d.get("title") or ""))
    common = [w for w, _ in words.most_common(60)] or ["treaty"]
    return {
        "search page": [f"/search?q={quote(w)}" for w in common],
        "search api": [f"/api/search?q={quote(w)}" for w in common],
        "document page": [f"/documents/{quote(d['id'], safe='')}"
                          for d in rng.sample(documents, min(300, len(documents)))],
        "entity page": [f"/entities/{quote(e, safe='')}" for e in entities] or [f"/documents/{documents[0]['id']}"],
    }, len(documents), len(entities)


async def run(base: str, urls: dict[str, list[str]], clients: int, requests: int, seconds: float, seed: int):
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: Counter = Counter()
    examples: dict[str, str] = {}
    issued = 0
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(n: int, http: httpx.AsyncClient) -> None:
        nonlocal issued
        rng = random.Random(seed * 1000 + n)
        while issued < requests and time.monotonic() < deadline:
            kind = KINDS[issued % len(KINDS)]
            issued += 1
            url = rng.choice(urls[kind])
            started = time.perf_counter()
            try:
                response = await http.get(url)
                status = response.status_code
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            latencies[kind].append(time.perf_counter() - started)
            if status != 200:
                errors[f"{kind}: {status}"] += 1
                examples.setdefault(f"{kind}: {status}", url)

    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as http:
        await asyncio.gather(*(client(n, http) for n in range(clients)))
    return latencies, errors, examples, time.perf_counter() - started


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("case", type=Path, help="a folder 'annalyst analyze' wrote (with annalyst.db)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    port = free_port()
    base = f"http://{HOST}:{port}"
    server = start_server(args.case, port)
    try:
        wait_ready(base, server)
        urls, n_documents, n_entities = targets(base, random.Random(args.seed))
        latencies, errors, examples, elapsed = asyncio.run(
            run(base, urls, args.clients, args.requests, args.seconds, args.seed))
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    total = sum(len(v) for v in latencies.values())
    rows = {kind: {"n": len(v), "p50_ms": round(1000 * statistics.median(v), 1),
                   "p95_ms": round(1000 * percentile(v, 95), 1), "p99_ms": round(1000 * percentile(v, 99), 1),
                   "max_ms": round(1000 * max(v), 1)} for kind, v in latencies.items() if v}
    every = [x for v in latencies.values() for x in v]
    if every:
        rows["all"] = {"n": total, "p50_ms": round(1000 * statistics.median(every), 1),
                       "p95_ms": round(1000 * percentile(every, 95), 1),
                       "p99_ms": round(1000 * percentile(every, 99), 1), "max_ms": round(1000 * max(every), 1)}
    figures = {"case": str(args.case), "documents": n_documents, "entities_listed": n_entities,
               "clients": args.clients, "requests": total, "seconds": round(elapsed, 1),
               "per_second": round(total / elapsed, 1) if elapsed else None, "latency": rows,
               "errors": dict(errors), "error_examples": examples}
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        print(f"{total} requests from {args.clients} clients in {elapsed:.1f} s ({figures['per_second']}/s) "
              f"on a case of {n_documents} documents; errors: {sum(errors.values())}")
        print(f"{'kind':15} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
        for kind, row in rows.items():
            print(f"{kind:15} {row['n']:6} {row['p50_ms']:8} {row['p95_ms']:8} {row['p99_ms']:8} {row['max_ms']:8}")
        for what, n in errors.items():
            print(f"error: {what} x{n} (e.g. {examples[what]})")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
