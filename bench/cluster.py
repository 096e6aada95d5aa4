#!/usr/bin/env python3
"""A Dask LocalCluster against ``--workers``, in one run, and the figures a large run is sized from.

    python bench/cluster.py [--records 1000] [--workers 2] [--corpus PATH.jsonl.gz] [--memory-sample 50]

Takes the first N records of the FRUS JSON Lines corpus and times, each in a
fresh process (both pay for interpreter start-up and model loading):

* ``annalyst analyze SAMPLE --workers W`` (a multiprocessing pool);
* ``annalyst analyze SAMPLE --cluster local:W`` (a LocalCluster of W one-thread
  worker processes, started by the run);

and checks that the two dossiers are byte for byte the same. Then, in this
process, from the cluster run's checkpoint: the time of the cross-document
stage alone over the N analyses and the memory the analyses take on the client
(what the caller holds before that stage), and, on a one-worker LocalCluster
over the first few records, a worker's peak resident memory. Prints every
figure (wall-clock and CPU seconds of each run) and the ratios cluster/pool;
the ratios are the figures to compare across machines, and on a shared machine
the CPU ratio is the steadier one.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import os
import pickle
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ANNALYST_SHARED", ROOT.parent / "shared"))
DEFAULT_CORPUS = SHARED / "corpus" / "frus" / "frus-2015.jsonl.gz"


def _timed(args: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user and system, over every process the run started) of one run."""
    import resource

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    started, cpu_before = time.perf_counter(), cpu()
    subprocess.run([sys.executable, "-m", "annalyst", *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started, cpu() - cpu_before


def _analyses(out: Path) -> tuple[list, int]:
    """The analyses of a run's checkpoint, and the bytes they take as live Python objects."""
    with sqlite3.connect(out / ".checkpoint.db") as conn:
        blobs = [zlib.decompress(data) for (data,) in conn.execute("SELECT data FROM analyses ORDER BY rowid")]
    tracemalloc.start()
    analyses = [pickle.loads(blob) for blob in blobs]
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return analyses, size


def _peak_rss_kib() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _worker_peak(sample: Path, records: int) -> int:
    """Peak resident memory (KiB) of a one-thread worker that analysed the first ``records``."""
    from annalyst.extract.cluster import analyse_on_cluster, connect
    from annalyst.ingest import read_sources
    from annalyst.model import Document

    documents = [d for d in itertools.islice(read_sources([sample]), records) if isinstance(d, Document)]
    with connect("local:1") as client:
        for _ in analyse_on_cluster(documents, client):
            pass
        return max(client.run(_peak_rss_kib).values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--memory-sample", type=int, default=50, help="records for the worker memory figure")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        ap.error(f"{args.corpus}: corpus not found (pass --corpus)")
    from annalyst.resolve import resolve

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with gzip.open(args.corpus, "rt", encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
            for line in itertools.islice(src, args.records):
                dst.write(line)
        chars = sample.stat().st_size
        pool_out, cluster_out = Path(tmp) / "pool", Path(tmp) / "cluster"
        pool, pool_cpu = _timed(["analyze", str(sample), "--out", str(pool_out), "--workers", str(args.workers)])
        cluster, cluster_cpu = _timed(["analyze", str(sample), "--out", str(cluster_out),
                                       "--cluster", f"local:{args.workers}"])
        same = (pool_out / "dossier.json").read_bytes() == (cluster_out / "dossier.json").read_bytes()
        analyses, held = _analyses(cluster_out)
        started = time.process_time()
        resolve(analyses)
        crossdoc = time.process_time() - started
        worker_kib = _worker_peak(sample, args.memory_sample)
    n = len(analyses)
    print(f"records: {args.records} ({chars:,} bytes of JSON Lines), workers: {args.workers}")
    print(f"--workers {args.workers}:         {pool:.1f}s wall-clock, {pool_cpu:.1f}s CPU")
    print(f"--cluster local:{args.workers}:   {cluster:.1f}s wall-clock, {cluster_cpu:.1f}s CPU")
    print(f"ratio cluster/pool: {cluster / pool:.2f} wall-clock, {cluster_cpu / pool_cpu:.2f} CPU; "
          f"dossiers identical: {'yes' if same else 'NO'}")
    print(f"cross-document stage alone: {crossdoc:.1f}s CPU ({1000 * crossdoc / n:.1f} ms per document)")
    print(f"CPU seconds per record, the whole cluster run less the cross-document stage (start-up, "
          f"parse, extraction): {(cluster_cpu - crossdoc) / n:.2f}")
    print(f"analyses held by the client: {held / n / 1024:.0f} KiB per document (live objects)")
    print(f"a worker's peak resident memory over {args.memory_sample} records: {worker_kib / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
