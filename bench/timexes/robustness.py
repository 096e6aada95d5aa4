"""Crash test of the time layer: FRUS records and hostile texts, with ``narrative_time`` probed everywhere.

    python bench/timexes/robustness.py [--records 500] [--random 40] [--corpus PATH.jsonl.gz]

For each text, runs :func:`annalyst.extract.timexes.extract_timexes`, checks that every span's text
equals ``text[start:end]``, then asks :func:`annalyst.extract.timexes.narrative_time` at every
timex, inside every quotation and at a spread of other offsets (the events stage calls it at
arbitrary offsets). Hostile texts are hand-written edge cases (unbalanced and nested quotes, empty
paragraphs, impossible dates, dates at the very start and end, huge numbers) plus seeded random
mixtures of date words and punctuation. Exits 1 if anything raised or a span was wrong.
"""

from __future__ import annotations

import argparse
import random
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cost import DEFAULT_CORPUS, _documents  # the sibling benchmark's reader

HOSTILE = [
    "",
    " ",
    "\n\n\n",
    "1966",
    "\u201c",
    "\u201d",
    "\u201c\u201c\u201d\u201d",
    "\u201cToday.",
    "Today\u201d he said.",
    "\u201cOn March 3rd \u201cnested \u201con 4 May\u201d\u201d,\u201d she said.",
    "As the paper reported:\n\n\u201c\n\nToday\n\n",
    "As the paper reported:",
    "31 February 1999. 29 February 1900. 30/02/2001. 00.00.0000. 31.13.2020.",
    "On 29 February the vote was held. On February 30th nothing happened.",
    "the end of the year the end of that month that day in 9999 that week in May 1066",
    "That day in 2024. That day in 1066 that day in 1067.",
    "99999999999999999999 years ago. 1e308 days later. 10000000 centuries before.",
    "Between 1999 and 1066. From May to March. from 3 to 2 June.",
    "12:99 a.m., 25:00, 0:00, 13 p.m., midnight, noon on 3 May 1960.",
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday on Mondays every other Tuesday.",
    "> quoted line with today\n> and yesterday\n\nTomorrow.",
    "A few weeks ago. Three years ago. Last month. Next week. This year. The end of last year.",
    "until until by since 1970 until the end of the year by the end of the month since that day",
    "\u00abLe 3 mars\u00bb, \u00ab today \u00bb, \u00ab",
    "The chronology of 1966 speaks for itself.\n\nOn March 3rd.\u201c On March 9th",
    "\t\r\n\u2028\u2029 In 1966,\u00a0on\u00a0March\u00a03rd, today.",
    "1600 1700 1800 1900 2000 2099 2100 0999 10000",
    "the '70s, the 1970s, the 20th century, the 1st century, the late 1950s, early 1066, mid-2099.",
    "Q: When?\nA: Yesterday.\nQ: And today?\nA: \u201cTomorrow",
]

_WORDS = ["today", "yesterday", "March", "May", "3rd", "1966", "the", "end", "of", "year", "that", "day",
          "in", "until", "by", "since", "ago", "later", "three", "weeks", "next", "last", "Monday", "\u201c",
          "\u201d", '"', ":", ".", ",", "\n", "\n\n", "said", "On", "14", "10:30", "a.m.", "12.03.2021",
          "03/04/1975", "between", "and", "1961", "1968", "earlier", "this", "morning", "every", "week"]


def _random_texts(n: int, seed: int = 1966) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 120))) for _ in range(n)]


def _probe(ctx, narrative_time) -> None:
    """Ask for the narrative time at every timex, inside every quotation and at spread offsets."""
    text = ctx.text
    offsets = {0, len(text), max(len(text) - 1, 0)} | set(range(0, len(text), max(len(text) // 40, 1)))
    for t in ctx.timexes:
        offsets |= {t.start, t.end}
    for start, end in ctx.scratch.get("timexes.speech", []):
        offsets |= {start, end, (start + end) // 2}
    for offset in sorted(offsets):
        for precision in ("year", "month", "day"):
            narrative_time(ctx, offset, precision=precision)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=500)
    parser.add_argument("--random", type=int, default=40)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)

    from annalyst.extract.context import DocContext
    from annalyst.extract.timexes import extract_timexes, narrative_time
    from annalyst.model import Document
    from annalyst.nlp import load_model

    documents = [Document(id=f"hostile{i}", source="hostile", text=t, sha256="", published=p)
                 for i, t in enumerate(HOSTILE + _random_texts(args.random))
                 for p in (None, "2021-03-12", "1966", "2021-03", "29 Feb", "")]
    if args.records:
        documents += list(_documents(args.corpus, args.records))
    nlp = load_model()
    failures = bad_spans = found = 0
    for document, doc in zip(documents, nlp.pipe((d.text for d in documents), batch_size=32), strict=True):
        try:
            ctx = DocContext(document, doc)
            ctx.timexes = extract_timexes(ctx)
            found += len(ctx.timexes)
            bad = [t for t in ctx.timexes if document.text[t.start:t.end] != t.text]
            if bad:
                bad_spans += len(bad)
                print(f"{document.id}: span text differs: {bad[0]!r}", file=sys.stderr)
            _probe(ctx, narrative_time)
        except Exception:  # noqa: BLE001 - a crash test reports every failure and goes on
            failures += 1
            print(f"{document.id} ({document.source}) {document.text[:80]!r}:\n{traceback.format_exc()}",
                  file=sys.stderr)
    print(f"texts: {len(documents)}  timexes: {found}  failures: {failures}  wrong spans: {bad_spans}")
    return 1 if failures or bad_spans else 0


if __name__ == "__main__":
    sys.exit(main())
