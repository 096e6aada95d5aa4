#!/usr/bin/env python3
"""A reproducible sample of the agreements and contradictions a run found, to read and judge.

    python bench/links_sample.py OUT/dossier.json [--n 30] [--seed 7] [--kind agrees,contradicts]

Precision is what a reader of an archive needs first: a tool that invents
contradictions is worse than one that finds none. No gold exists for links on
a whole archive, so the check is a person reading a random sample. The
sample is drawn with a fixed seed, so two people (or two versions of the
code, on the same dossier) read the same links. Each is printed with both
claims in their own words, who holds them, their documents, and the
explanation annalyst gives; the reader writes one line on whether a historian
would defend it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import textwrap
from pathlib import Path


def sample_links(dossier: dict, kind: str, n: int, seed: int) -> list[dict]:
    """``n`` links of ``kind`` drawn at random with ``seed`` (all of them when there are fewer)."""
    links = sorted((x for x in dossier.get("links", []) if x["kind"] == kind), key=lambda x: x["id"])
    return random.Random(f"{seed}:{kind}").sample(links, min(n, len(links)))


def _describe(claim: dict | None, titles: dict[str, str], names: dict[str, str]) -> str:
    if claim is None:
        return "(not a claim)"
    holder = names.get(claim.get("holder") or "", claim.get("holder") or "nobody")
    where = titles.get(claim["doc"], claim["doc"])
    return f"{where} [{claim['start']}-{claim['end']}] · {holder} {claim['stance']}: “{claim['text']}”"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dossier", type=Path)
    ap.add_argument("--n", type=int, default=30, help="links of each kind (default 30)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--kind", default="contradicts,agrees")
    args = ap.parse_args(argv)
    try:
        dossier = json.loads(args.dossier.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        ap.error(f"{args.dossier}: cannot read the dossier: {exc}")
    claims = {c["id"]: c for c in dossier.get("claims", [])}
    titles = {d["id"]: (d.get("title") or d["source"])[:70] for d in dossier.get("documents", [])}
    names = {e["id"]: e["name"] for e in dossier.get("entities", [])}
    for kind in args.kind.split(","):
        total = sum(1 for x in dossier.get("links", []) if x["kind"] == kind)
        picked = sample_links(dossier, kind, args.n, args.seed)
        print(f"== {kind}: {len(picked)} of {total} (seed {args.seed})\n")
        for n, link in enumerate(picked, 1):
            print(f"{kind[:5]} {n:2}. {link['id']}  score {link['score']}")
            print(textwrap.indent(textwrap.fill(_describe(claims.get(link["a"]), titles, names), 110), "    A "))
            print(textwrap.indent(textwrap.fill(_describe(claims.get(link["b"]), titles, names), 110), "    B "))
            print(textwrap.indent(textwrap.fill("why: " + link["explanation"], 110), "      "))
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
