"""Store write time: one ``save`` of the same dossier into SQLite and into PostgreSQL, and their ratio.

    python bench/store.py [--copies 100] [--dossier PATH/dossier.json] [--url postgresql://...] [--repeat 3]

The dossier is ``--dossier`` (for instance one ``annalyst analyze`` wrote for N
FRUS records) or the example corpus analysed once and repeated ``--copies``
times, each copy under new document, entity and record ids (so nothing is
shared between copies). Each backend gets a new, empty store per repetition:
a temporary SQLite file, and a new database on ``--url``'s server or on a
throwaway server started with ``scripts/postgres``. The best of
``--repeat`` times is printed for each, and the ratio PostgreSQL/SQLite.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from annalyst.export.dossier import dossier_from_dict  # noqa: E402
from annalyst.store import open_store  # noqa: E402

SEEDS = ROOT / "examples" / "seeds"
# fields that hold an id of a document, an entity or a record
IDS = {"id", "doc", "a", "b", "speaker", "addressee", "holder", "entity", "place", "about", "merged_from",
       "event", "events", "entities"}


def _renamed(value: Any, suffix: str, key: str | None = None) -> Any:
    if isinstance(value, dict):
        return {k: _renamed(v, suffix, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_renamed(v, suffix, key) for v in value]
    if key == "sha256" and isinstance(value, str):
        return hashlib.sha256((value + suffix).encode()).hexdigest()
    if key in IDS and isinstance(value, str):
        return value + suffix
    return value


def repeated(dossier: dict[str, Any], copies: int) -> dict[str, Any]:
    """``copies`` copies of ``dossier`` under distinct ids, as one dossier."""
    if copies == 1:
        return dossier
    out: dict[str, Any] = {"format": dossier["format"]}
    parts = [_renamed(dossier, f"~{k}") for k in range(copies)]
    for section in dossier:
        if section != "format":
            out[section] = [item for part in parts for item in part[section]]
    return out


def example_dossier() -> dict[str, Any]:
    from annalyst.api import analyze

    with tempfile.TemporaryDirectory() as out:
        analyze(SEEDS, out)
        return json.loads((Path(out) / "dossier.json").read_text(encoding="utf-8"))


def timed_save(target: str | Path, dossier: Any) -> float:
    with open_store(target) as store:  # creating the schema is not timed
        started = time.perf_counter()
        store.save(dossier)
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dossier", type=Path, help="a dossier.json to store (default: the example corpus)")
    parser.add_argument("--copies", type=int, default=100, help="copies of the dossier in one save")
    parser.add_argument("--url", help="a PostgreSQL server's URL (default: a throwaway one from scripts/postgres)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import psycopg

    base = json.loads(args.dossier.read_text(encoding="utf-8")) if args.dossier else example_dossier()
    data = repeated(base, args.copies)
    dossier = dossier_from_dict(data)
    size = sum(len(d["text"]) for d in data["documents"])
    records = sum(len(data[k]) for k in ("entities", "timexes", "events", "quotes", "claims", "links"))
    mentions = sum(len(e["mentions"]) for e in data["entities"])
    print(f"dossier: {len(data['documents'])} documents ({size / 1e6:.1f} M characters), {records} records, "
          f"{mentions} mentions")

    server_dir = None
    url = args.url
    if url is None:
        server_dir = tempfile.mkdtemp(prefix="annalyst-bench-pg-")
        url = subprocess.run([str(ROOT / "scripts" / "postgres"), "start", server_dir], capture_output=True,
                             text=True, check=True).stdout.strip().splitlines()[-1]
    base_url = url.rsplit("/", 1)[0]
    times: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
    try:
        for n in range(args.repeat):
            with tempfile.TemporaryDirectory() as tmp:
                times["sqlite"].append(timed_save(Path(tmp) / "annalyst.db", dossier))
            name = f"bench_{n}_{int(time.time())}"
            with psycopg.connect(f"{base_url}/postgres", autocommit=True) as admin:
                admin.execute(f'CREATE DATABASE "{name}"')
            try:
                times["postgresql"].append(timed_save(f"{base_url}/{name}", dossier))
            finally:
                with psycopg.connect(f"{base_url}/postgres", autocommit=True) as admin:
                    admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    finally:
        if server_dir:
            subprocess.run([str(ROOT / "scripts" / "postgres"), "stop", server_dir], capture_output=True, check=False)
            shutil.rmtree(server_dir, ignore_errors=True)
    lite, pg = min(times["sqlite"]), min(times["postgresql"])
    print(f"sqlite:     {lite:.2f} s (best of {args.repeat})")
    print(f"postgresql: {pg:.2f} s (best of {args.repeat})")
    print(f"ratio postgresql/sqlite: {pg / lite:.2f}")


if __name__ == "__main__":
    main()
