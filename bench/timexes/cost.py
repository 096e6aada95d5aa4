"""Cost of the time layer against the spaCy parse it runs on, in one process.

    python bench/timexes/cost.py [--records 1000] [--corpus PATH.jsonl.gz]

Reads the first N records of the FRUS JSON Lines corpus (gzip + json, no
ingest), times ``nlp.pipe`` over their texts, then times
:func:`annalyst.extract.timexes.extract_timexes` over the parsed documents
(detection, normalisation, anchoring and findings). Prints both times and the
ratio; the issue's budget is a ratio under 0.15. A record whose extraction
raises is counted and reported, so the benchmark doubles as a crash test.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "frus" / "frus-2015.jsonl.gz"


def _documents(path: Path, n: int):
    from annalyst.model import Document

    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(itertools.islice(f, n)):
            rec = json.loads(line)
            published = rec.get("published")
            published = published if published and published != "None" else None
            yield Document(id=f"frus{i}", source=str(rec.get("id", i)), text=rec.get("text") or "", sha256="",
                           published=published)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)

    from annalyst.extract.context import DocContext
    from annalyst.extract.timexes import extract_timexes
    from annalyst.nlp import load_model

    documents = list(_documents(args.corpus, args.records))
    nlp = load_model()
    t0 = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in documents), batch_size=32))
    parse_s = time.perf_counter() - t0

    found = failed = 0
    t0 = time.perf_counter()
    for document, doc in zip(documents, parsed, strict=True):
        try:
            found += len(extract_timexes(DocContext(document, doc)))
        except Exception as exc:  # noqa: BLE001 - a benchmark reports every failure and goes on
            failed += 1
            print(f"{document.source}: {type(exc).__name__}: {exc}", file=sys.stderr)
    timex_s = time.perf_counter() - t0

    chars = sum(len(d.text) for d in documents)
    print(f"records: {len(documents)}  characters: {chars}  timexes: {found}  failures: {failed}")
    print(f"spaCy parse: {parse_s:.2f}s  time layer: {timex_s:.2f}s  ratio: {timex_s / parse_s:.3f} (budget 0.15)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
