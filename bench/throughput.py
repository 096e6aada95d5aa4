"""Throughput of ``annalyst analyze`` against bare spaCy ``nlp.pipe``, in one run.

    python bench/throughput.py [--records 1000] [--workers 1] [--corpus PATH.jsonl.gz]

Takes the first N records of the FRUS JSON Lines corpus, writes them to a
temporary ``.jsonl`` file, then times, each in a fresh process (so both pay
for interpreter start-up and model loading):

* baseline: load the same spaCy model and run ``nlp.pipe`` over the same texts
  with the same number of processes;
* annalyst: ``annalyst analyze FILE --out DIR --workers N`` (ingest, parse,
  every extractor, cross-document resolution, dossier, store and report).

Prints both times and the ratio annalyst/baseline. The ratio, not the
absolute time, is the figure to compare across machines.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
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


def _timed(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


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
    print(f"bare spaCy nlp.pipe: {base:.1f}s")
    print(f"annalyst analyze:    {ours:.1f}s")
    print(f"ratio annalyst/spaCy: {ours / base:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
