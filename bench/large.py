"""Peak memory and time of very large inputs: a synthetic file of invented sentences, read or analysed.

    python bench/large.py ingest --mb 20 [--formats text,html,jsonl,pdf,tei]
    python bench/large.py analyse --mb 2 [--format text]

``ingest`` reads one file of about ``--mb`` megabytes of each format through
:func:`~annalyst.ingest.read_sources` (decoding, boilerplate, trafilatura for
HTML, pypdf for PDF, lxml for TEI), each in a fresh process, and prints its
peak resident memory (RSS), its time, and how many characters came out.
``analyse`` runs the whole command (``annalyst analyze FILE``) on one such
file in a fresh process and prints the same. Nothing is kept: the files and
outputs live in a temporary folder. The words are invented; the figures go to
docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))  # tests.pdfs

NAMES = ["Oskar Lindqvar", "Mira Abendroth", "the council of Varnholt", "Dr. Pelko", "Ms. Arvidsen", "Brellin",
         "the Quellburg assembly", "General Tarrow", "the Osterfeld delegation"]
VERBS = ["met", "visited", "wrote to", "denied the report of", "signed the accord with", "warned", "thanked"]
WHEN = ["on 3 May 1871", "in 1872", "two weeks later", "on 14 March 1873", "the next day", "in the spring of 1874"]
FORMATS = ("text", "html", "jsonl", "pdf", "tei")


def sentence(rng: random.Random) -> str:
    who, whom = rng.sample(NAMES, 2)
    if rng.random() < 0.2:
        return f'{who} said: "{whom} {rng.choice(VERBS)} us {rng.choice(WHEN)}."'
    return f"{who} {rng.choice(VERBS)} {whom} {rng.choice(WHEN)}."


def paragraphs(size: int, seed: int = 0) -> list[str]:
    """Paragraphs of invented sentences, about ``size`` characters in all."""
    rng = random.Random(seed)
    out, total = [], 0
    while total < size:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(3, 8)))
        out.append(paragraph)
        total += len(paragraph) + 2
    return out


def make(fmt: str, size: int, folder: Path) -> Path:
    """A file of ``fmt`` holding about ``size`` bytes of text."""
    paras = paragraphs(size)
    if fmt == "text":
        path = folder / "big.txt"
        path.write_text("\n\n".join(paras), encoding="utf-8")
    elif fmt == "html":
        path = folder / "big.html"
        path.write_text("<!DOCTYPE html><html><head><title>Report</title></head><body><nav>Home | News</nav>"
                        "<article>" + "".join(f"<p>{p}</p>\n" for p in paras) + "</article></body></html>",
                        encoding="utf-8")
    elif fmt == "jsonl":
        path = folder / "big.jsonl"
        with path.open("w", encoding="utf-8") as f:  # one huge record among ordinary ones
            f.write(json.dumps({"id": "small1", "text": paras[0]}) + "\n")
            f.write(json.dumps({"id": "huge", "text": "\n\n".join(paras)}) + "\n")
            f.write(json.dumps({"id": "small2", "text": paras[1]}) + "\n")
    elif fmt == "pdf":
        from tests.pdfs import pdf_with_text

        lines = [p[i:i + 90] for p in paras for i in range(0, len(p), 90)]
        pages = [lines[i:i + 50] for i in range(0, len(lines), 50)]
        path = folder / "big.pdf"
        path.write_bytes(pdf_with_text(pages=pages))
    elif fmt == "tei":
        from xml.sax.saxutils import escape

        path = folder / "big.xml"
        per = max(1, len(paras) // 200)  # a volume of 200 documents
        divs = "".join(f"<div type='document' n='{n}' xml:id='d{n}'><head>Memorandum {n}</head>"
                       + "".join(f"<p>{escape(p)}</p>" for p in paras[i:i + per]) + "</div>"
                       for n, i in enumerate(range(0, len(paras), per), 1))
        path.write_text("<?xml version='1.0' encoding='utf-8'?><TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader>"
                        "<fileDesc><titleStmt><title>Volume</title></titleStmt></fileDesc></teiHeader><text><body>"
                        + divs + "</body></text></TEI>", encoding="utf-8")
    else:
        raise SystemExit(f"unknown format {fmt}")
    return path


def _read(path: str) -> None:
    """In the child process: read ``path`` and print what came out, with peak RSS."""
    from annalyst.ingest import read_sources

    started = time.perf_counter()
    documents = failures = chars = 0
    for item in read_sources([path]):
        if hasattr(item, "text"):
            documents += 1
            chars += len(item.text)
        else:
            failures += 1
            print(item.error, file=sys.stderr)
    print(json.dumps({"documents": documents, "failures": failures, "chars": chars,
                      "seconds": round(time.perf_counter() - started, 1),
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))


def _child(argv: list[str], folder: Path) -> tuple[int, float, float, str]:
    """Run ``argv``; its exit status, wall seconds, its own peak RSS in MB and its stdout."""
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    with (folder / "stdout").open("w+") as out, (folder / "stderr").open("w+") as err:
        proc = subprocess.Popen(argv, stdout=out, stderr=err, text=True, env=env)
        _, status, usage = os.wait4(proc.pid, 0)  # the child's own rusage, not the maximum over all children
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if stderr.strip():
        print(stderr.strip()[-2000:], file=sys.stderr)
    return proc.returncode, seconds, usage.ru_maxrss / 1024, stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["ingest", "analyse", "_read"])
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("path", nargs="?")
    args = parser.parse_args(argv)
    if args.mode == "_read":
        _read(args.path)
        return 0
    size = int(args.mb * 1_000_000)
    for fmt in args.formats.split(","):
        with tempfile.TemporaryDirectory(prefix="annalyst-large-") as tmp:
            path = make(fmt, size, Path(tmp))
            mb = path.stat().st_size / 1e6
            if args.mode == "ingest":
                code, seconds, rss, out = _child([sys.executable, __file__, "_read", str(path)], Path(tmp))
                print(f"ingest  {fmt:5} {mb:7.1f} MB file: exit {code}, {seconds:6.1f} s, peak RSS {rss:6.0f} MB, "
                      f"{out.strip()}", flush=True)
            else:
                code, seconds, rss, out = _child([sys.executable, "-m", "annalyst", "analyze", str(path),
                                                  "--out", str(Path(tmp) / "out")], Path(tmp))
                print(f"analyse {fmt:5} {mb:7.1f} MB file: exit {code}, {seconds:6.1f} s, peak RSS {rss:6.0f} MB",
                      flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
