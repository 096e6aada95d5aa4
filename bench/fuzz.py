"""A long fuzz run: N generated inputs through ingest, extraction, resolution and the writers.

    python bench/fuzz.py [--n 10000] [--seed 0] [--batch 64] [--piece-chars N] [--keep DIR]
    python bench/fuzz.py --skip 5000 --n 10000    # inputs 5,000 to 9,999 of the same stream (a shard)

Each input is a file with a generated name and extension (often not the one its
bytes call for) holding bytes made from seed templates (plain text, HTML, a PDF
with a text layer, TEI, JSON Lines, JSON, gzip) by random mutations: bit flips,
cuts, splices, repeats, hostile inserts (NUL bytes, lone surrogate escapes,
entity declarations, deep nesting, very long words, direction marks), or from
invented words with dates and quotation marks, or random bytes. Every input goes
through :func:`~annalyst.ingest.read_sources`; the documents read are analysed
in batches (:func:`~annalyst.extract.runner.analyse_batch`, pieces included
with ``--piece-chars``), resolved, and written as ``dossier.json``, store and
report, as a run does.

Counted, and printed with the first example of each kind:

* unhandled: an exception escaping ingest, extraction, resolution or a writer
  (each would stop a real run): the figure that must be 0;
* caught by a net: a file failed by ingest's last-resort net, an extractor's
  error turned into a failure or a ``stage_failed`` finding (the run goes on,
  but each is a bug to look at);
* broken invariants: a failure not naming its file, a span whose text is not
  the document's text at its offsets.

Exit status 1 when anything was unhandled or an invariant broke.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))  # tests.pdfs

from tests.pdfs import pdf_with_text  # noqa: E402

from annalyst.export import write_dossier  # noqa: E402
from annalyst.extract import runner  # noqa: E402
from annalyst.ingest import read_sources  # noqa: E402
from annalyst.ingest.sources import UNEXPECTED  # noqa: E402
from annalyst.model import Document, Failure  # noqa: E402
from annalyst.report import write_report  # noqa: E402
from annalyst.resolve import resolve  # noqa: E402
from annalyst.store import open_store  # noqa: E402

WORDS = ["Oskar", "Lindqvar", "Quellburg", "Varnholt", "Brellin", "the council", "Minister", "Gen.", "Mr.", "said",
         "denied", "claimed that", "told", "met", "visited", "signed", "the treaty", "on 3 May 1871", "in 1872",
         "two weeks later", "yesterday", "in the 1860s", "between 1870 and 1875", "04/05/1873", "\"", "“", "”",
         "‘", "’", "«", "»", ",", ".", ":", ";", "—", "…", "(", ")", "\n", "\n\n", "\t", "it is not true that",
         "allegedly", "the myth that", "He", "She", "They", "Ms. Arvidsen", "Dr. Pelko", "the Brellin Accord"]
HOSTILE = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\\ud800", b"\\udfff\\ud800", "\u202e\u200f\u0301\u0301".encode(),
           b"<!DOCTYPE x [<!ENTITY a 'aaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;'><!ENTITY c '&b;&b;&b;&b;'>]>",
           b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>&e;", b"[" * 5000, b"{\"a\":" * 3000,
           b"x" * 20000, b"\r", b"\x0c", b"</p></div></body>", b"<script>", b"<![CDATA[", b"%%EOF", b"stream\n",
           b"endobj", "\U0001F600\U0001F1EB\U0001F1F7".encode(), "中文 العربية русский".encode(), b"\xed\xa0\x80"]
EXTENSIONS = ["", ".txt", ".md", ".html", ".pdf", ".xml", ".tei", ".json", ".jsonl", ".jsonl.gz", ".ndjson", ".gz",
              ".bin", ".HTML", ".Txt"]
PIECE_CHARS = runner.PIECE_CHARS


def invented_text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def templates(rng: random.Random) -> list[tuple[str, bytes]]:
    text = invented_text(rng, rng.randint(20, 200))
    paragraphs = "".join(f"<p>{invented_text(rng, 30)}</p>" for _ in range(rng.randint(1, 8)))
    records = [json.dumps({"id": n, "text": invented_text(rng, 40), "title": invented_text(rng, 4),
                           "published": rng.choice(["1871-05-03", "May 1871", "", None, 1871, "3/4/71"])})
               for n in range(rng.randint(1, 5))]
    return [
        (".txt", text.encode()),
        (".md", ("# " + invented_text(rng, 5) + "\n\n" + text).encode()),
        (".txt", text.encode("utf-16")),
        (".txt", text.encode("cp1252", "replace")),
        (".html", f"<!DOCTYPE html><html><head><title>{invented_text(rng, 4)}</title></head><body><article>"
                  f"{paragraphs}</article></body></html>".encode()),
        (".pdf", pdf_with_text(text[:500])),
        (".xml", ("<?xml version='1.0'?><TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt>"
                  "<title>T</title></titleStmt></fileDesc></teiHeader><text><body><div type='document' n='1'>"
                  f"<head>{invented_text(rng, 4)}</head>{paragraphs}</div></body></text></TEI>").encode()),
        (".jsonl", "\n".join(records).encode()),
        (".jsonl.gz", gzip.compress("\n".join(records).encode())),
        (".json", ("[" + ",".join(records) + "]").encode()),
    ]


def mutate(rng: random.Random, data: bytes, others: list[bytes]) -> bytes:
    for _ in range(rng.choice([0, 1, 1, 2, 3, 8])):
        op = rng.randrange(7)
        i = rng.randint(0, len(data))
        if op == 0 and data:  # flip bits
            b = bytearray(data)
            for _ in range(rng.randint(1, 8)):
                b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
            data = bytes(b)
        elif op == 1:  # cut the end
            data = data[:i]
        elif op == 2:  # delete a range
            data = data[:i] + data[i + rng.randint(1, 64):]
        elif op == 3:  # hostile insert
            data = data[:i] + rng.choice(HOSTILE) + data[i:]
        elif op == 4:  # splice another input in
            other = rng.choice(others)
            j = rng.randint(0, len(other))
            data = data[:i] + other[j:j + rng.randint(1, 400)] + data[i:]
        elif op == 5:  # repeat a range
            data = data[:i] + data[i:i + rng.randint(1, 32)] * rng.randint(2, 50) + data[i:]
        else:  # random bytes
            data = data[:i] + rng.randbytes(rng.randint(1, 16)) + data[i:]
    return data


def generate(rng: random.Random) -> tuple[str, bytes]:
    """One input: (extension, bytes)."""
    kinds = templates(rng)
    roll = rng.random()
    if roll < 0.05:
        return rng.choice(EXTENSIONS), rng.randbytes(rng.randint(0, 2000))
    if roll < 0.25:  # invented text, no mutation: for extraction
        return ".txt", invented_text(rng, rng.randint(1, 400)).encode()
    ext, data = rng.choice(kinds)
    data = mutate(rng, data, [d for _, d in kinds])
    if rng.random() < 0.15:
        ext = rng.choice(EXTENSIONS)
    return ext, data


class Tally:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.examples: dict[str, str] = {}

    def add(self, kind: str, example: str) -> None:
        self.counts[kind] += 1
        self.examples.setdefault(kind, example)


def spans(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = [f.name for f in dataclasses.fields(value)]
        if {"doc", "start", "end", "text"} <= set(names) and isinstance(value.start, int):
            yield value
        for name in names:
            yield from spans(getattr(value, name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from spans(item)


def signature(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f"{Path(frame.filename).name}:{frame.lineno}" if frame else "?"
    return f"{type(exc).__name__} at {where}: {str(exc)[:160]}"


def check_batch(documents: list[Document], failures: list[Failure], work: Path, tally: Tally) -> None:
    try:
        results = runner.analyse_batch(documents)
    except Exception as exc:  # noqa: BLE001 - counted: this is what the run must never see
        tally.add("unhandled in extraction", signature(exc))
        return
    analyses = []
    texts = {d.id: d.text for d in documents}
    for result in results:
        if isinstance(result, Failure):
            tally.add("extractor error turned into a failure", result.error[:300])
            failures.append(result)
            continue
        analyses.append(result)
        for finding in result.findings:
            if finding.kind == "stage_failed":
                tally.add("stage_failed finding", finding.message[:300])
        for span in spans(dataclasses.replace(result, document=None)):
            if texts[span.doc][span.start:span.end] != span.text:
                tally.add("span text differs from the document text", f"{span!r}"[:300])
    try:
        dossier = resolve(analyses, failures)
        write_dossier(dossier, work / "dossier.json")
        with open_store(work / "annalyst.db") as store:
            store.save(dossier)
        write_report(dossier, work / "report.html")
    except Exception as exc:  # noqa: BLE001 - counted
        tally.add("unhandled in resolution or a writer", signature(exc))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="inputs to generate (default 10,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip", type=int, default=0,
                        help="generate but do not run the first SKIP inputs (to split one stream across processes)")
    parser.add_argument("--batch", type=int, default=64, help="documents per extraction batch and per dossier")
    parser.add_argument("--piece-chars", type=int, default=None,
                        help="analyse documents longer than this in pieces (default: the real size, "
                             f"{PIECE_CHARS:,}); a small value exercises the joining of pieces")
    parser.add_argument("--no-extract", action="store_true", help="ingest only")
    parser.add_argument("--keep", type=Path, help="copy each input whose ingest raised into this folder")
    args = parser.parse_args(argv)
    if args.piece_chars:
        runner.PIECE_CHARS = args.piece_chars
    rng = random.Random(args.seed)
    tally = Tally()
    started = time.monotonic()
    documents: list[Document] = []
    failures: list[Failure] = []
    read = 0
    with tempfile.TemporaryDirectory(prefix="annalyst-fuzz-") as tmp:
        work = Path(tmp)
        for n in range(args.n):
            ext, data = generate(rng)
            if n < args.skip:
                continue
            path = work / f"in{n % 100}{ext}"
            path.write_bytes(data)
            try:
                items = list(read_sources([path]))
            except Exception as exc:  # noqa: BLE001 - counted
                tally.add("unhandled in ingest", signature(exc))
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / f"input{n}{ext}").write_bytes(data)
                items = []
            for item in items:
                if isinstance(item, Failure):
                    failures.append(item)
                    if UNEXPECTED in item.error:
                        tally.add("failure from ingest's last-resort net", item.error[:300])
                    if item.source != str(path) or str(path) not in item.error:
                        tally.add("failure not naming its file", item.error[:300])
                else:
                    read += 1
                    try:
                        item.text.encode("utf-8")
                    except UnicodeEncodeError as exc:
                        tally.add("document text no writer can encode", signature(exc))
                        continue
                    # the same bytes may come again: give each document its own id, as distinct files would
                    documents.append(dataclasses.replace(item, id=f"{item.id}x{n}", source=f"{item.source}@{n}"))
            if not args.no_extract and len(documents) >= args.batch:
                check_batch(documents, failures, work, tally)
                documents, failures = [], []
            if (n + 1) % 1000 == 0:
                print(f"{n + 1:,} inputs, {read:,} documents read, {time.monotonic() - started:.0f} s, "
                      f"{dict(tally.counts) or 'nothing found'}", file=sys.stderr, flush=True)
        if documents and not args.no_extract:
            check_batch(documents, failures, work, tally)
    unhandled = sum(v for k, v in tally.counts.items() if k.startswith("unhandled"))
    broken = sum(v for k, v in tally.counts.items() if k.startswith(("span", "failure not", "document text")))
    print(f"inputs: {args.n - args.skip:,} (seed {args.seed}, from {args.skip:,}), documents read: {read:,}, "
          f"time: {time.monotonic() - started:.0f} s")
    print(f"unhandled exceptions: {unhandled}")
    print(f"broken invariants: {broken}")
    for kind, count in tally.counts.most_common():
        print(f"  {kind}: {count}  e.g. {tally.examples[kind]}")
    return 1 if unhandled or broken else 0


if __name__ == "__main__":
    sys.exit(main())
