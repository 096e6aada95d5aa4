"""A load test of ``annalyst serve``: the app in a second process on loopback, many clients at once.

    python bench/load.py CASE_DIR [--clients 10,25,50] [--workers 1,2] [--cache MB]
                         [--kinds "search api"] [--requests 2000] [--seconds 60] [--json]

For each ``--workers`` value, starts ``annalyst serve CASE_DIR --host 127.0.0.1
--port P --workers N`` (P a free port) in a subprocess, waits for it to answer,
reads the case's documents, most-mentioned entities and title words from its
own API, then for each ``--clients`` value runs that many concurrent clients
until ``--requests`` requests are done or ``--seconds`` have passed, whichever
comes first. The requests are, in turn, a search page (``/search?q=WORD``,
every kind), a search through the API (``/api/search?q=WORD``), a document
page (the reader, with every item marked) and an entity page (``--kinds``
names fewer, e.g. ``--kinds "search api"``); the words are
drawn from every title word of five letters or more, the documents from all of
them. The server keeps its answers for repeats (``annalyst serve --cache``);
the figures count the requests whose URL that server was asked for before
(``repeats``: the runs of one server follow each other, so later runs repeat
more), and ``--cache 0`` runs the server without (every request computed).

The clients are cheap so that they leave the CPU to the server: one asyncio
loop, one keep-alive HTTP/1.1 connection per client written and read with
plain streams (no HTTP library), as a browser holds one. They start one after
another over ``--ramp`` seconds: with several server processes a connection
stays with the process that accepted it, and fifty connections opened in the
same millisecond are all accepted by whichever process woke first. Prints, per kind,
p50/p95/p99 latency seen by the clients and the server's own time for the
request (its ``Server-Timing: app;dur=`` header: from the request reaching
the app to the response leaving it, so the rest of the client's figure is
queueing in the socket and the event loop), the throughput and every error (a
status other than 200, a timeout, a closed connection); exit status 1 on any
error. Only 127.0.0.1 is ever contacted. Each server is stopped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
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

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
KINDS = ("search page", "search api", "document page", "entity page")
_TIMING = re.compile(rb"app;dur=([0-9.]+)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(case: Path, port: int, workers: int = 1, cache: float | None = None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-m", "annalyst", "serve", str(case), "--host", HOST, "--port", str(port)]
    if workers != 1:
        command += ["--workers", str(workers)]
    if cache is not None:
        command += ["--cache", str(cache)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)


class Connection:
    """One keep-alive HTTP/1.1 connection to 127.0.0.1, GET only; reconnects when the server closed it."""

    def __init__(self, port: int, timeout: float = 30):
        self.port, self.timeout = port, timeout
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None

    async def get(self, path: str) -> tuple[int, bytes, float | None]:
        """``(status, body, server milliseconds or None)``; a connection the server closed while idle is
        opened again and the request sent once more (a GET, so safe to repeat), as browsers do."""
        for attempt in (1, 2):
            fresh = self.writer is None
            if fresh:
                self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
            try:
                return await asyncio.wait_for(self._exchange(path), self.timeout)
            except (ConnectionError, asyncio.IncompleteReadError) as exc:
                await self.close()
                if fresh or attempt == 2:
                    raise ConnectionError(f"{type(exc).__name__}: {exc}") from exc
        raise AssertionError("unreachable")

    async def _exchange(self, path: str) -> tuple[int, bytes, float | None]:
        assert self.reader is not None and self.writer is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {HOST}:{self.port}\r\n\r\n".encode("ascii"))
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            if b":" in line:
                name, _, value = line.partition(b":")
                headers[name.strip().lower()] = value.strip()
        if b"content-length" in headers:
            body = await self.reader.readexactly(int(headers[b"content-length"]))
        elif headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            parts = []
            while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                parts.append(await self.reader.readexactly(size))
                await self.reader.readexactly(2)
            await self.reader.readuntil(b"\r\n")
            body = b"".join(parts)
        else:
            body = b""
        if headers.get(b"connection", b"").lower() == b"close":
            await self.close()
        timing = _TIMING.search(headers.get(b"server-timing", b""))
        return status, body, float(timing.group(1)) if timing else None


def wait_ready(port: int, server: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout

    async def probe() -> int:
        connection = Connection(port, timeout=10)
        try:
            return (await connection.get("/favicon.ico"))[0]
        finally:
            await connection.close()

    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read()[-2000:]}")
        try:
            if asyncio.run(probe()) in (200, 204):
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"the server did not answer within {timeout:.0f} s")


def targets(port: int, rng: random.Random) -> tuple[dict[str, list[str]], int, int]:
    """The URLs each kind of request picks from, read from the app's own API."""
    async def overview() -> dict:
        connection = Connection(port, timeout=120)
        try:
            status, body, _ = await connection.get("/api/overview")
        finally:
            await connection.close()
        if status != 200:
            raise SystemExit(f"/api/overview answered {status}")
        return json.loads(body)

    data = asyncio.run(overview())
    documents = data["documents"]
    entities = [e["id"] for e in data.get("entities", [])]
    words = sorted({w.lower() for d in documents for w in re.findall(r"[A-Za-z]{5,}", d.get("title") or "")})
    words = words or ["treaty"]
    return {
        "search page": [f"/search?q={quote(w)}" for w in words],
        "search api": [f"/api/search?q={quote(w)}" for w in words],
        "document page": [f"/documents/{quote(d['id'], safe='')}" for d in documents],
        "entity page": [f"/entities/{quote(e, safe='')}" for e in entities] or [f"/documents/{documents[0]['id']}"],
    }, len(documents), len(entities)


async def run(port: int, urls: dict[str, list[str]], clients: int, requests: int, seconds: float, seed: int,
              kinds: tuple[str, ...] = KINDS, asked: set[str] | None = None, ramp: float = 1.0):
    latencies: dict[str, list[float]] = defaultdict(list)
    server: dict[str, list[float]] = defaultdict(list)
    errors: Counter = Counter()
    examples: dict[str, str] = {}
    issued = repeats = 0
    asked = set() if asked is None else asked  # every URL this server was asked for, to count the repeats
    deadline = time.monotonic() + seconds

    async def client(n: int) -> None:
        nonlocal issued, repeats
        rng = random.Random(seed * 1000 + n)
        await asyncio.sleep(ramp * n / clients)  # clients arrive one after another, as readers do
        connection = Connection(port)
        try:
            while issued < requests and time.monotonic() < deadline:
                kind = kinds[issued % len(kinds)]
                issued += 1
                url = rng.choice(urls[kind])
                repeats += url in asked
                asked.add(url)
                started = time.perf_counter()
                try:
                    status, _, took = await connection.get(url)
                except OSError as exc:
                    status, took = type(exc).__name__, None
                    await connection.close()
                latencies[kind].append(time.perf_counter() - started)
                if took is not None:
                    server[kind].append(took / 1000)
                if status != 200:
                    errors[f"{kind}: {status}"] += 1
                    examples.setdefault(f"{kind}: {status}", url)
        finally:
            await connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(client(n) for n in range(clients)))
    return latencies, server, errors, examples, time.perf_counter() - started, repeats


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user and system) of process ``pid`` and its children (uvicorn's workers), from /proc
    (Linux); None elsewhere. Unlike wall-clock times it does not grow when other jobs share the cores."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0.0
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if entry.name == str(pid) or fields[1] == str(pid):  # fields[1]: the parent's pid
                total += (int(fields[11]) + int(fields[12])) / ticks
        return total
    except (OSError, ValueError, IndexError):
        return None


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def _row(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "p50_ms": round(1000 * statistics.median(values), 1),
            "p95_ms": round(1000 * percentile(values, 95), 1), "p99_ms": round(1000 * percentile(values, 99), 1),
            "max_ms": round(1000 * max(values), 1)}


def _rows(times: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    rows = {kind: _row(times[kind]) for kind in KINDS if times.get(kind)}
    every = [x for v in times.values() for x in v]
    if every:
        rows["all"] = _row(every)
    return rows


def measure(case: Path, workers: int, clients: list[int], requests: int, seconds: float, seed: int,
            cache: float | None, kinds: tuple[str, ...] = KINDS, ramp: float = 1.0) -> list[dict]:
    """One server with ``workers`` processes, loaded by each number of ``clients`` in turn."""
    port = free_port()
    server = start_server(case, port, workers, cache)
    out = []
    try:
        wait_ready(port, server)
        urls, n_documents, n_entities = targets(port, random.Random(seed))
        asked: set[str] = set()
        for n in clients:
            server_cpu, own_cpu = cpu_seconds(server.pid), time.process_time()
            latencies, timings, errors, examples, elapsed, repeats = asyncio.run(
                run(port, urls, n, requests, seconds, seed, kinds, asked, ramp))
            own_cpu = time.process_time() - own_cpu
            server_cpu = None if server_cpu is None else (cpu_seconds(server.pid) or 0) - server_cpu
            total = sum(len(v) for v in latencies.values())
            out.append({"case": str(case), "documents": n_documents, "entities_listed": n_entities,
                        "workers": workers, "cache_mb": cache, "clients": n, "kinds": list(kinds), "requests": total,
                        "repeats": repeats,
                        "seconds": round(elapsed, 1), "per_second": round(total / elapsed, 1) if elapsed else None,
                        "server_cpu_ms_per_request": round(1000 * server_cpu / total, 2) if server_cpu and total
                        else None,
                        "client_cpu_ms_per_request": round(1000 * own_cpu / total, 2) if total else None,
                        "load_average": round(os.getloadavg()[0], 1),
                        "latency": _rows(latencies), "server": _rows(timings),
                        "errors": dict(errors), "error_examples": examples})
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return out


def _numbers(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("case", type=Path, help="a folder 'annalyst analyze' wrote (with annalyst.db)")
    parser.add_argument("--clients", type=_numbers, default=[50], help="concurrent clients, e.g. 10,25,50")
    parser.add_argument("--workers", type=_numbers, default=[1], help="server processes, e.g. 1,2")
    parser.add_argument("--cache", type=float, default=None,
                        help="the server's response cache in MB (0: none; default: the server's default)")
    parser.add_argument("--kinds", type=lambda t: tuple(k.strip() for k in t.split(",")), default=KINDS,
                        help=f"the kinds of request sent, in turn (default: all of {', '.join(KINDS)})")
    parser.add_argument("--requests", type=int, default=2000, help="requests in each run")
    parser.add_argument("--seconds", type=float, default=60, help="time limit of each run")
    parser.add_argument("--ramp", type=float, default=1.0,
                        help="seconds over which the clients start, one after another (default 1)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if unknown := set(args.kinds) - set(KINDS):
        parser.error(f"unknown kinds {', '.join(sorted(unknown))}: choose from {', '.join(KINDS)}")

    results = [r for w in args.workers
               for r in measure(args.case, w, args.clients, args.requests, args.seconds, args.seed, args.cache,
                                 args.kinds, args.ramp)]
    if args.json:
        print(json.dumps(results if len(results) > 1 else results[0], indent=1))
    else:
        print(f"case {args.case}: {results[0]['documents']} documents; client-side latency "
              "(server-side app time in brackets), ms")
        print(f"{'workers':>7} {'clients':>7} {'kind':15} {'n':>5} {'p50':>14} {'p95':>14} {'p99':>14} "
              f"{'max':>8} {'req/s':>6}")
        for r in results:
            for kind, row in r["latency"].items():
                s = r["server"].get(kind, {})
                print(f"{r['workers']:7} {r['clients']:7} {kind:15} {row['n']:5} "
                      + " ".join(f"{row[k]:7.1f} [{s.get(k, float('nan')):5.1f}]"
                                 for k in ("p50_ms", "p95_ms", "p99_ms"))
                      + f" {row['max_ms']:8.1f} {r['per_second'] if kind == 'all' else '':>6}")
            print(f"{'':15} {r['repeats']} repeats; CPU per request: server {r['server_cpu_ms_per_request']} ms, "
                  f"clients {r['client_cpu_ms_per_request']} ms; load average {r['load_average']}")
            for what, n in r["errors"].items():
                print(f"error ({r['workers']} workers, {r['clients']} clients): {what} x{n} "
                      f"(e.g. {r['error_examples'][what]})")
    return 1 if any(r["errors"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
