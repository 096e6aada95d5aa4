#!/usr/bin/env python3
"""Peak memory of ``annalyst analyze`` when every document's analysis is reused from a checkpoint.

    python bench/memory.py CORPUS OUT [--sizes 500,1000] [--work /tmp/annalyst-memory]

``OUT`` is a folder an earlier ``annalyst analyze CORPUS --out OUT`` wrote. It is never modified: for
each size the script copies its ``.checkpoint.db`` into a fresh folder under ``--work``, marks the
analyses there as made by the code under ``--src`` and read from a new file of the first N records of
``CORPUS`` (a ``.jsonl`` or ``.jsonl.gz``), so every analysis is reused whatever code made it: this
measures the cross-document stage and the writing, not the parser. It runs ``annalyst analyze`` on
them under ``/usr/bin/time -v`` and prints the peak resident memory (MiB, MiB per document), the
wall time and the CPU time (user and system). ``--change K`` changes the text of K records spread over
the corpus, so that they are analysed again: the time of an incremental re-run.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def records(corpus: Path, n: int) -> list[str]:
    """The first ``n`` non-blank lines of a ``.jsonl`` or ``.jsonl.gz``, each ending with a newline."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    lines = []
    with opener(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                lines.append(line if line.endswith("\n") else line + "\n")
                if len(lines) == n:
                    break
    return lines


def _fingerprint(env: dict[str, str]) -> str:
    return subprocess.run([sys.executable, "-c", "from annalyst.nlp import model_name; from annalyst.store."
                           "checkpoint import code_fingerprint; print(code_fingerprint(model_name(None)))"],
                          env=env, check=True, capture_output=True, text=True).stdout.strip()


def changed(line: str) -> str:
    """A JSON Lines record whose text has one more line, so that its analysis cannot be reused."""
    import json

    record = json.loads(line)
    record["text"] = record.get("text", "") + "\n\nA line added for the benchmark."
    return json.dumps(record, ensure_ascii=False) + "\n"


def _prepare(corpus: Path, out: Path, work: Path, n: int, fingerprint: str, change: int = 0) -> tuple[Path, Path]:
    folder = work / f"n{n}"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "out").mkdir(parents=True)
    shutil.copy(out / ".checkpoint.db", folder / "out" / ".checkpoint.db")
    source = folder / "corpus.jsonl"
    with sqlite3.connect(folder / "out" / ".checkpoint.db") as conn:  # a record's source is FILE#ID
        conn.execute("UPDATE analyses SET fingerprint = ?, source = ? || substr(source, instr(source, '#'))",
                     (fingerprint, str(source)))
    lines = records(corpus, n)
    step = max(len(lines) // change, 1) if change else 0
    for k in range(change):  # spread over the corpus: these miss the checkpoint and are analysed again
        lines[k * step] = changed(lines[k * step])
    source.write_text("".join(lines), encoding="utf-8")
    return source, folder / "out"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--sizes", default="500,1000", help="comma-separated numbers of records")
    ap.add_argument("--work", type=Path, default=Path("/tmp/annalyst-memory"))
    ap.add_argument("--src", type=Path, default=ROOT / "src",
                    help="the annalyst sources to run (e.g. an older version's, unpacked with git archive)")
    ap.add_argument("--change", type=int, default=0,
                    help="records whose text is changed, so they are analysed again (an incremental re-run)")
    args = ap.parse_args(argv)
    env = {**os.environ, "PYTHONPATH": str(args.src.resolve())}
    fingerprint = _fingerprint(env)
    print(f"{'documents':>9} {'peak MiB':>9} {'MiB/doc':>8} {'wall s':>7} {'cpu s':>7}", flush=True)
    for n in (int(s) for s in args.sizes.split(",")):
        source, out = _prepare(args.corpus, args.out, args.work, n, fingerprint, args.change)
        started = time.monotonic()
        run = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "annalyst", "analyze", str(source),
                              "--out", str(out)], check=False, env=env, capture_output=True, text=True)
        wall = time.monotonic() - started
        if run.returncode != 0:
            print(run.stdout, run.stderr, sep="\n", file=sys.stderr)
            return run.returncode
        reused = re.search(r"reused from an earlier run: (\d+)", run.stdout)
        if not reused or int(reused.group(1)) != n - args.change:
            print(f"warning: {reused.group(1) if reused else 0} of {n} analyses reused", file=sys.stderr)
        kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1))
        cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", run.stderr))
        print(f"{n:>9} {kib / 1024:9.0f} {kib / 1024 / n:8.3f} {wall:7.1f} {cpu:7.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
