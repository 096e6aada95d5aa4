"""Per-document results kept as they are made, so an interrupted run resumes where it stopped.

The per-document stage is the expensive part (parsing and extraction). Each
``DocAnalysis`` is saved, keyed by the document's sha256 and a fingerprint of
the code and model that made it, in ``OUT/.checkpoint.db`` as soon as its batch
is done. A re-run of the same command skips every document already analysed
by the same code; a change to any extractor changes the fingerprint, so stale
results are never reused.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
import zlib
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

from ..model import DocAnalysis


@cache
def code_fingerprint(model: str) -> str:
    """Hash of the model name and of every source file that shapes a ``DocAnalysis``."""
    package = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(model.encode())
    files = [package / "model.py", package / "nlp.py", *(package / "ingest").rglob("*.py"),
             *(package / "language").rglob("*.py"),
             *(package / "extract").rglob("*.py")]
    for path in sorted(files):
        h.update(path.relative_to(package).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


class Checkpoint:
    def __init__(self, path: str | Path, fingerprint: str):
        self.path = Path(path)
        self.fingerprint = fingerprint
        self.conn = sqlite3.connect(self.path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS analyses (sha256 TEXT, fingerprint TEXT, source TEXT, "
                          "data BLOB, PRIMARY KEY (sha256, fingerprint, source))")
        self.conn.execute("DELETE FROM analyses WHERE fingerprint != ?", (fingerprint,))
        self.conn.commit()

    def get(self, sha256: str, source: str) -> DocAnalysis | None:
        row = self.conn.execute("SELECT data FROM analyses WHERE sha256=? AND fingerprint=? AND source=?",
                                (sha256, self.fingerprint, source)).fetchone()
        return pickle.loads(zlib.decompress(row[0])) if row else None

    def has(self, sha256: str, source: str) -> bool:
        return self.conn.execute("SELECT 1 FROM analyses WHERE sha256=? AND fingerprint=? AND source=?",
                                 (sha256, self.fingerprint, source)).fetchone() is not None

    def put_many(self, analyses: list[DocAnalysis]) -> None:
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO analyses VALUES (?,?,?,?)",
                [(a.document.sha256, self.fingerprint, a.document.source,
                  zlib.compress(pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL))) for a in analyses])

    def reread(self, keys: Sequence[tuple[str, str]]) -> Reread:
        """The analyses of ``keys`` (``(sha256, source)``, all saved) in that order, read from disk at each pass."""
        return Reread(self, keys)

    def close(self) -> None:
        self.conn.close()


class Reread(Sequence[DocAnalysis]):
    """Analyses kept on disk, not in memory: each reading (iteration or index) unpickles them again, so the
    cross-document stage holds one analysis at a time on top of what it builds (``resolve`` reads them in
    three passes; each costs what a resumed run's reading of the checkpoint costs)."""

    def __init__(self, checkpoint: Checkpoint, keys: Sequence[tuple[str, str]]):
        self.checkpoint, self.keys = checkpoint, keys

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        found = self.checkpoint.get(*self.keys[i])
        if found is None:
            raise KeyError(f"{self.keys[i][1]}: not in the checkpoint {self.checkpoint.path}")
        return found

    def __iter__(self) -> Iterator[DocAnalysis]:
        return (self[i] for i in range(len(self)))
