"""Writing a file so that an interrupted run leaves the previous version or the new one, never half of one.

The text goes to a temporary file in the same folder (so the rename stays on one file system), which
then replaces the target in one step (``os.replace``). ``mkstemp`` makes its file private (0600); the
result gets the mode a plain write would have given it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def write_atomic(path: str | Path, write: Callable[[IO[str]], object]) -> Path:
    """Call ``write`` with a text stream whose content becomes ``path`` as a whole, or not at all."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            write(f)
        umask = os.umask(0o022)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
