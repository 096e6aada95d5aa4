#!/usr/bin/env python3
"""The development harness: annalyst on real documents annotated outside the project.

Runs annalyst over every development set in ``../shared/dev/`` (each set's
README says what it is and who annotated it), scores each with its own scorer
from ``../shared/eval/`` and prints one table: set, figure, value, floor.

    python bench/dev.py                       # every set, a table
    python bench/dev.py --sets te3,conll      # some sets
    python bench/dev.py --check               # exit 1 when a figure is under its floor (CI)
    python bench/dev.py --out /tmp/dev        # keep the dossiers (re-runs reuse the checkpoint)

Floors sit a little under the figures reached and are raised as they rise,
never lowered silently (git history shows each change). The sets stay in
``shared/``: their licences (TempEval-3, CoNLL-2003 and MUC-4 are for research
use) keep them out of the project, so this script reads them where they are.
Each set has a hidden test half scored the same way: a rule that fits a
sentence instead of a phenomenon shows up there, not here.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ANNALYST_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "dev"
EVAL = SHARED / "eval"


@dataclass(frozen=True)
class DevSet:
    """One development set: how to make its input, how to score a dossier, and its floors."""

    name: str
    what: str
    inputs: Callable[[Path], list[Path]]  # work folder -> paths to analyse
    score: Callable[[Path, Path], dict[str, float]]  # dossier, work folder -> figures
    floors: dict[str, float] = field(default_factory=dict)  # figure -> lowest value allowed
    ceilings: dict[str, float] = field(default_factory=dict)  # figure -> highest value allowed
    environment: Callable[[Path], dict[str, str]] | None = None  # work folder -> variables set for the analysis


def _run_json(args: list[str]) -> dict:
    done = subprocess.run([sys.executable, *args, "--json"], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} failed: {done.stderr.strip() or done.stdout.strip()}")
    return json.loads(done.stdout)


def _flatten(data: dict, prefix: str = "") -> dict[str, float]:
    """Nested scorer figures as ``layer.metric`` numbers; ``"3/6"`` becomes 0.5."""
    flat: dict[str, float] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        elif isinstance(value, bool):
            continue
        elif isinstance(value, int | float):
            flat[name] = float(value)
        elif isinstance(value, str) and (m := re.fullmatch(r"(\d+)/(\d+)", value)):
            flat[name] = int(m[1]) / int(m[2]) if int(m[2]) else 0.0
    return flat


def _layers(gold: Path) -> Callable[[Path, Path], dict[str, float]]:
    """The every-layer scorer: ``annalyst.evaluate`` (``annalyst eval``), as the seeds' quality gate uses it.

    Its figures are ``shared/eval/score.py``'s (``tests/evaluate/test_parity.py`` checks them live).
    """
    def score(dossier: Path, _work: Path) -> dict[str, float]:
        from annalyst.evaluate import evaluate

        return _flatten(evaluate(dossier, gold).to_dict())

    return score


def _frus_dates_inputs(work: Path) -> list[Path]:
    every = os.environ.get("ANNALYST_DEV_DATES_EVERY", "20")
    if not (work / "frus-dates.jsonl").exists():
        subprocess.run([sys.executable, str(DEV / "frus-dates" / "make.py"), str(work), "--every", every],
                       check=True, capture_output=True)
    return [work / "frus-dates.jsonl"]


def _frus_dates_score(dossier: Path, work: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, str(EVAL / "published_score.py"), str(dossier),
                           str(work / "frus-dates.gold.json")], capture_output=True, text=True, check=False)
    m = re.search(r"accuracy=([\d.]+)", done.stdout)
    if not m:
        raise RuntimeError(f"published_score.py: {done.stderr.strip() or done.stdout.strip()}")
    return {"published.accuracy": float(m[1])}


def _persons_score(dossier: Path, _work: Path) -> dict[str, float]:
    gold = DEV / "frus-persons" / "frus1961-63v12.persons.json"
    report = _run_json([str(EVAL / "persons_score.py"), str(dossier), str(gold)])
    return _flatten(report.get("figures", report))


def _ner_score(dossier: Path, _work: Path) -> dict[str, float]:
    gold = DEV / "conll2003" / "conll2003-dev.gold.json"
    return _flatten(_run_json([str(EVAL / "ner_score.py"), str(dossier), str(gold)]))


def _muc4_model(_work: Path) -> dict[str, str]:
    """The learned incident check trained on muc4-train (never on the scored set), cached by a hash of the
    training data and of the code that reads it; nothing when the training data is absent (the rules alone)."""
    from annalyst.extract.events.incidents import learned, train

    data = DEV / "muc4"
    if not (data / "muc4-train.jsonl").is_file():
        return {}
    messages = train.read_messages(data)
    path = train.default_out().with_name(f"incident-model-{train.training_hash(messages)}.pkl")
    if not path.is_file():
        print(f"muc4: training the incident model on muc4-train into {path}", file=sys.stderr, flush=True)
        train.main(["--data", str(data), "--out", str(path)])
    return {learned.ENV: str(path)}


def _muc4_score(dossier: Path, _work: Path) -> dict[str, float]:
    gold = DEV / "muc4" / "muc4-dev.gold.json"
    report = _run_json([str(EVAL / "muc4_score.py"), str(dossier), str(gold), "--gtt"])
    return _flatten(report["all"])


SETS = [
    DevSet("frus-samu", "8 FRUS cables and memoranda, every layer by hand",
           lambda _w: [DEV / "frus-samu" / "corpus"], _layers(DEV / "frus-samu" / "gold.json"),
           floors={"documents.accuracy": 1.0, "entities.strict_f1": 0.85, "timexes.value_f1": 0.97, "quotes.f1": 0.95,
                   "quotes.speaker_accuracy": 0.8, "events.recall": 0.86, "claims.recall": 0.9,
                   "claims.stance_and_holder_recall": 0.78, "links.same_event_found": 0.66,
                   "events.cross_doc_merged": 0.66,
                   "links.contradictions_found": 0.5, "links.agreements_found": 0.14},
           ceilings={"links.false_contradictions": 0},
           # a small series read closely: the paraphrase encoder's cost is worth paying (resolve/sentences.py)
           environment=lambda _w: {"ANNALYST_PARAPHRASE": "1"}),
    DevSet("frus-dates", "FRUS records as text alone: the date their dateline gives",
           _frus_dates_inputs, _frus_dates_score,
           floors={"published.accuracy": 0.98}),
    DevSet("frus-persons", "FRUS 1961-63 vol. XII: person mentions linked by the editors",
           lambda _w: [SHARED / "corpus" / "frus-tei" / "frus1961-63v12.xml"], _persons_score,
           floors={"bcubed_f1": 0.915}, ceilings={"merged": 8}),
    DevSet("te3-train", "TempEval-3 training data (TimeBank + AQUAINT), DCT given",
           lambda _w: [DEV / "te3-train" / "te3-train.jsonl"], _layers(DEV / "te3-train" / "te3-train.gold.json"),
           floors={"timexes.value_f1": 0.86, "timexes.span_f1": 0.955}),
    DevSet("conll2003", "CoNLL-2003 dev (testa), 216 Reuters articles",
           lambda _w: [DEV / "conll2003" / "conll2003-dev.jsonl"], _ner_score,
           floors={"no_MISC.f1": 86.5}),
    DevSet("muc4", "MUC-4 TST1+TST2, incident templates (GTT convention)",
           lambda _w: [DEV / "muc4" / "muc4-dev.jsonl"], _muc4_score,
           floors={"slots.micro (GTT).f1": 40.0}, environment=_muc4_model),
]

# The figures printed for each set besides its floors: what a reader of the table wants to see.
SHOWN = {
    "frus-samu": ["documents.accuracy", "entities.strict_f1", "timexes.value_f1", "quotes.f1",
                  "quotes.speaker_accuracy", "events.recall", "events.cross_doc_merged", "claims.recall",
                  "claims.stance_and_holder_recall", "links.contradictions_found", "links.agreements_found",
                  "links.same_event_found", "links.false_contradictions"],
    "frus-persons": ["bcubed_precision", "bcubed_recall", "bcubed_f1", "merged"],
    "te3-train": ["timexes.span_f1", "timexes.value_f1"],
    "conll2003": ["overall.f1", "no_MISC.precision", "no_MISC.recall", "no_MISC.f1"],
    "muc4": ["documents.f1", "slots.micro (GTT).p", "slots.micro (GTT).r", "slots.micro (GTT).f1"],
}


@dataclass
class Row:
    set: str
    figure: str
    value: float | None
    floor: float | None = None
    ceiling: float | None = None

    @property
    def ok(self) -> bool:
        if self.value is None:
            return self.floor is None and self.ceiling is None
        return (self.floor is None or self.value >= self.floor) and (self.ceiling is None or self.value <= self.ceiling)


def run_set(dev: DevSet, work: Path, workers: int) -> tuple[list[Row], float]:
    """Analyse one set into ``work`` and score it; the rows of its table and the seconds it took."""
    from annalyst.pipeline import analyse

    started = time.monotonic()
    work.mkdir(parents=True, exist_ok=True)
    variables = dev.environment(work) if dev.environment is not None else {}
    saved = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        analyse(dev.inputs(work), work / "out", workers=workers)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    figures = dev.score(work / "out" / "dossier.json", work)
    names = list(dict.fromkeys([*SHOWN.get(dev.name, []), *dev.floors, *dev.ceilings]))
    rows = [Row(dev.name, n, figures.get(n), dev.floors.get(n), dev.ceilings.get(n)) for n in names]
    return rows, time.monotonic() - started


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog="Sets: " + ", ".join(
        s.name for s in SETS), formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", help="comma-separated set names (default: all)")
    ap.add_argument("--out", type=Path, help="keep each set's work here (default: a temporary folder)")
    ap.add_argument("--workers", type=int, default=1, help="annalyst worker processes (default 1)")
    ap.add_argument("--check", action="store_true", help="exit 1 when a figure misses its floor or ceiling")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON here")
    args = ap.parse_args(argv)
    if not DEV.is_dir():
        print(f"dev.py: no development sets at {DEV} (set ANNALYST_SHARED)", file=sys.stderr)
        return 2
    wanted = set(args.sets.split(",")) if args.sets else {s.name for s in SETS}
    unknown = wanted - {s.name for s in SETS}
    if unknown:
        ap.error(f"unknown set(s) {', '.join(sorted(unknown))}; choose from {', '.join(s.name for s in SETS)}")
    base = args.out or Path(tempfile.mkdtemp(prefix="annalyst-dev-"))
    rows: list[Row] = []
    print(f"{'set':14} {'figure':34} {'value':>8} {'floor':>8}  ok", flush=True)
    for dev in SETS:
        if dev.name not in wanted:
            continue
        set_rows, seconds = run_set(dev, base / dev.name, args.workers)
        for row in set_rows:
            bound = row.floor if row.floor is not None else row.ceiling
            mark = "" if bound is None else ("ok" if row.ok else "LOW" if row.floor is not None else "HIGH")
            limit = "" if bound is None else ("≤" if row.ceiling is not None else "") + _fmt(bound)
            print(f"{row.set:14} {row.figure:34} {_fmt(row.value):>8} {limit:>8}  {mark}", flush=True)
        print(f"{dev.name:14} {'(seconds)':34} {seconds:8.0f}", flush=True)
        rows += set_rows
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in rows], indent=1), encoding="utf-8")
    failed = [r for r in rows if not r.ok]
    for r in failed:
        print(f"below floor: {r.set} {r.figure} = {_fmt(r.value)} (floor {_fmt(r.floor)}, ceiling {_fmt(r.ceiling)})",
              file=sys.stderr)
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
