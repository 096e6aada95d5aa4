"""The figures a layer reports: precision, recall and F1, ratios, and counts such as "3/6"."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Count:
    """``right`` of ``total`` (shown "3/6"); as a figure, their ratio (0.0 when there is nothing to find)."""

    right: int
    total: int

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.right}/{self.total}"


Figure = float | int | Count | dict[str, int]


def prf(found: int, n_gold: int, right: int, n_system: int) -> dict[str, Figure]:
    """Precision (``right`` of ``n_system``), recall (``found`` of ``n_gold``) and F1, to 3 decimals.

    Recall and precision count separately because one gold item may be found
    by several system items and one system item may find several gold ones.
    """
    r = found / n_gold if n_gold else 0.0
    p = right / n_system if n_system else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def as_number(figure: Figure) -> float | None:
    """A figure as a number to compare with a floor (None for one that is not a number)."""
    if isinstance(figure, Count):
        return figure.value
    if isinstance(figure, bool) or not isinstance(figure, int | float):
        return None
    return figure
