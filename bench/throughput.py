"""Throughput of ``annalyst analyze`` against bare spaCy ``nlp.pipe``, in one run.

    python bench/throughput.py [--records 1000] [--workers 1] [--corpus PATH.jsonl.gz]

Takes the first N records of the FRUS JSON Lines corpus, writes them to a
temporary ``.jsonl`` file, then times, each in a fresh process (so both pay
for interpreter start-up and model loading):

* baseline: load the same spaCy model and run ``nlp.pipe`` over the same texts
  with the same number of processes;
* annalyst: ``annalyst analyze FILE --out DIR --workers N`` (ingest, parse,
  every extractor, cross-document resolution, dossier, store and report).

Prints both times and the ratio annalyst/baseline, as CPU time (user and
system of the process and every process it waited for: the figure to read on
a machine shared with other jobs) and as wall-clock time. The ratio, not the
absolute time, is the figure to compare across machines.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "frus" / "frus-2015.jsonl.gz"

BASELINE = """
import json, sys
from annalyst.nlp import load_model
nlp = load_model()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
workers = int(sys.argv[2])
n = sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=workers))
print(n)
"""


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(args: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall-clock seconds) of one child process and the processes it waited for."""
    cpu, started = _cpu(), time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return _cpu() - cpu, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        ap.error(f"{args.corpus}: corpus not found (pass --corpus)")
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with gzip.open(args.corpus, "rt", encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
            for line in itertools.islice(src, args.records):
                dst.write(line)
        chars = sum(len(json.loads(line)["text"]) for line in sample.open(encoding="utf-8"))
        base = _timed([sys.executable, "-c", BASELINE, str(sample), str(args.workers)])
        ours = _timed([sys.executable, "-m", "annalyst", "analyze", str(sample), "--out", str(Path(tmp) / "out"),
                       "--workers", str(args.workers)])
    print(f"records: {args.records} ({chars:,} characters), workers: {args.workers}")
    print(f"bare spaCy nlp.pipe: {base[0]:.1f}s CPU ({base[1]:.1f}s wall)")
    print(f"annalyst analyze:    {ours[0]:.1f}s CPU ({ours[1]:.1f}s wall)")
    print(f"ratio annalyst/spaCy: {ours[0] / base[0]:.2f} CPU ({ours[1] / base[1]:.2f} wall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
