"""Writing a file so that an interrupted run leaves the previous version or the new one, never half of one.

The text goes to a temporary file in the same folder (so the rename stays on one file system), which
then replaces the target in one step (``os.replace``). ``mkstemp`` makes its file private (0600); the
result gets the mode a plain write would have given it.

A run killed mid-write leaves its temporary file behind (``.dossier.json.XXXXXXXX.tmp``). The next
write of the same target removes such leftovers: only files of that exact pattern, beside the target,
that no live writer holds. A writer holds its temporary file with an exclusive ``flock`` until the
rename; the kernel drops the lock when the process dies, however it dies, so a temporary file that
can be locked (and is more than a moment old) is a dead run's.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows: leftovers are then only removed when an hour old
    fcntl = None  # type: ignore[assignment]

__all__ = ["stale_temporaries", "write_atomic"]

_SUFFIX = ".tmp"
_MOMENT = 2.0  # seconds: a temporary file younger than this may be one whose writer has not locked it yet
_UNLOCKED_AGE = 3600.0  # without flock, a leftover is only taken as stale after this long


def write_atomic(path: str | Path, write: Callable[[IO[str]], object]) -> Path:
    """Call ``write`` with a text stream whose content becomes ``path`` as a whole, or not at all."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for leftover in stale_temporaries(path):
        leftover.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=_SUFFIX, dir=path.parent)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held until the file is closed, or the process dies
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            write(f)
            f.flush()
            umask = os.umask(0o022)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            if fcntl is not None:
                os.replace(tmp, path)  # still locked: a cleaner never takes a finished file for a leftover
        if fcntl is None:
            os.replace(tmp, path)  # Windows cannot replace with a file still open
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def stale_temporaries(path: str | Path) -> list[Path]:
    """The temporary files that killed writes of ``path`` left beside it (none a live writer holds)."""
    path = Path(path)
    pattern = re.compile(rf"\.{re.escape(path.name)}\.[A-Za-z0-9_]{{8}}{re.escape(_SUFFIX)}")
    try:
        candidates = [p for p in path.parent.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return []
    now = time.time()
    stale = []
    for candidate in candidates:
        try:
            age = now - candidate.lstat().st_mtime
            if candidate.is_symlink() or not candidate.is_file() or age < _MOMENT:
                continue
            if fcntl is None:
                if age > _UNLOCKED_AGE:
                    stale.append(candidate)
                continue
            fd = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # a live writer holds it
        finally:
            os.close(fd)
        stale.append(candidate)
    return stale
