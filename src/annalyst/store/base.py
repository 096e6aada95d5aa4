"""The storage interface every backend implements."""

from __future__ import annotations

from typing import Protocol

from ..model import Dossier


class Store(Protocol):
    def save(self, dossier: Dossier) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> "Store": ...
    def __exit__(self, *exc) -> None: ...
