#!/usr/bin/env python3
"""An incremental re-run against the first run, measured side by side in one run of this script.

    python bench/incremental.py CORPUS [--records 1000] [--change 10] [--work /tmp/annalyst-incremental]

Takes the first N records of ``CORPUS`` (a ``.jsonl`` or ``.jsonl.gz``) and runs, each as its own
``annalyst -v analyze`` under ``/usr/bin/time -v``:

1. the first run: every record analysed, into ``WORK/out`` (which starts empty);
2. the re-run: K records spread over the corpus get a line of text more, and ``annalyst analyze`` runs again
   into the same ``WORK/out``, so the other N - K analyses come from its checkpoint;
3. with ``--check`` (the default), a clean run of the changed records into ``WORK/clean``, whose
   ``dossier.json`` must be byte for byte the re-run's.

It prints the wall-clock and CPU time (user and system, all processes) and the peak memory of each run, the
re-run's time as a share of the first run's, and where the re-run spent its time (the pipeline's ``-v``
lines). On a machine other jobs share, compare CPU times: the wall clock swings with the load.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from memory import changed, records  # bench/ is on the path of a script run from it

ROOT = Path(__file__).resolve().parents[1]


def _run(source: Path, out: Path, workers: int, env: dict[str, str]) -> dict[str, object]:
    started = time.monotonic()
    run = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "annalyst", "-v", "analyze", str(source),
                          "--out", str(out), "--workers", str(workers)],
                         check=False, env=env, capture_output=True, text=True)
    wall = time.monotonic() - started
    if run.returncode != 0:
        print(run.stdout, run.stderr, sep="\n", file=sys.stderr)
        raise SystemExit(run.returncode)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", run.stderr))
    kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1))
    reused = re.search(r"reused from an earlier run: (\d+)", run.stdout)
    steps = re.findall(r"INFO (per-document stage.*|cross-document stage.*|dossier\.json.*|store: .*|report: .*)",
                       run.stderr)
    return {"wall": wall, "cpu": cpu, "mib": kib / 1024, "reused": int(reused.group(1)) if reused else 0,
            "steps": steps}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--records", type=int, default=1000)
    ap.add_argument("--change", type=int, default=10, help="records whose text changes before the re-run")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--work", type=Path, default=Path("/tmp/annalyst-incremental"))
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the annalyst sources to run")
    ap.add_argument("--no-check", dest="check", action="store_false",
                    help="skip the clean run of the changed records (and the comparison with the re-run)")
    args = ap.parse_args(argv)
    env = {**__import__("os").environ, "PYTHONPATH": str(args.src.resolve())}
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    source, out = args.work / "corpus.jsonl", args.work / "out"
    lines = records(args.corpus, args.records)
    source.write_text("".join(lines), encoding="utf-8")

    first = _run(source, out, args.workers, env)
    step = max(len(lines) // args.change, 1) if args.change else 0
    for k in range(args.change):  # spread over the corpus: these miss the checkpoint and are analysed again
        lines[k * step] = changed(lines[k * step])
    source.write_text("".join(lines), encoding="utf-8")
    again = _run(source, out, args.workers, env)
    runs = [("first run", first), (f"re-run, {args.change} changed", again)]
    if args.check:
        clean = _run(source, args.work / "clean", args.workers, env)
        runs.append(("clean run of the changed records", clean))

    print(f"{len(lines)} records, {args.change} changed, {args.workers} worker(s)")
    print(f"{'run':<34} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9} {'reused':>7}")
    for name, r in runs:
        print(f"{name:<34} {r['wall']:8.1f} {r['cpu']:8.1f} {r['mib']:9.0f} {r['reused']:>7}")
    print(f"re-run / first run: {again['wall'] / first['wall']:.1%} wall, {again['cpu'] / first['cpu']:.1%} CPU")
    print("where the re-run's time went:", *(f"  {s}" for s in again["steps"]), sep="\n")
    if args.check:
        same = (out / "dossier.json").read_bytes() == (args.work / "clean" / "dossier.json").read_bytes()
        print(f"dossier.json of the re-run {'==' if same else '!='} that of the clean run")
        if not same:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
