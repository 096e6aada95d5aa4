#!/usr/bin/env python3
"""How the cross-document stage grows with the number of documents.

    python bench/crossdoc.py OUT [--sizes 250,500,1000]

``OUT`` is a folder an ``annalyst analyze`` run wrote: its ``.checkpoint.db``
holds every document's analysis, so the per-document stage is not repeated
(analyses are read whatever code made them). The script resolves the first N
of them for each size and prints the time of each part of the stage
(entities, events, quotes, claims) per document. A linear stage keeps the
time per document flat as N grows; a quadratic one doubles it when N doubles.
Times are the process's CPU time (the stage runs in one thread), which other
jobs on the same cores disturb far less than the wall clock; ``wall s`` is
given beside it.
"""

from __future__ import annotations

import argparse
import pickle
import sqlite3
import sys
import time
import zlib
from collections import defaultdict
from pathlib import Path


def load_analyses(out: Path) -> list:
    db = out / ".checkpoint.db"
    if not db.exists():
        raise SystemExit(f"{db}: no checkpoint here; run 'annalyst analyze CORPUS --out {out}' first")
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT data FROM analyses ORDER BY rowid").fetchall()
    return [pickle.loads(zlib.decompress(data)) for (data,) in rows]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--sizes", default="250,500,1000", help="comma-separated numbers of documents")
    args = ap.parse_args(argv)
    import annalyst.resolve as stage

    analyses = load_analyses(args.out)
    timings: dict[str, float] = defaultdict(float)
    for name in ("resolve_entities", "merge_events", "link_quotes", "compare_claims"):
        original = getattr(stage, name)

        def timed(*a, _f=original, _name=name, **kw):
            started = time.process_time()
            try:
                return _f(*a, **kw)
            finally:
                timings[_name] += time.process_time() - started

        setattr(stage, name, timed)
    print(f"{'documents':>9} {'wall s':>7} {'cpu s':>7} {'ms/doc':>7}  " + "  ".join(
        f"{n:>16}" for n in ("resolve_entities", "merge_events", "link_quotes", "compare_claims")))
    for size in (int(s) for s in args.sizes.split(",")):
        if size > len(analyses):
            print(f"{size:>9}  (only {len(analyses)} analyses in the checkpoint)")
            continue
        timings.clear()
        started, cpu = time.perf_counter(), time.process_time()
        stage.resolve(analyses[:size])
        wall, total = time.perf_counter() - started, time.process_time() - cpu
        parts = "  ".join(f"{1000 * timings[n] / size:13.2f} ms" for n in
                          ("resolve_entities", "merge_events", "link_quotes", "compare_claims"))
        print(f"{size:>9} {wall:7.1f} {total:7.1f} {1000 * total / size:7.1f}  {parts}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
