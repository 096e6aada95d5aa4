"""A scoring report: figures by layer, floors and ceilings checked, as a table or as JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .contract import contract_broken
from .figures import Count, Figure, as_number


@dataclass(frozen=True, slots=True)
class Threshold:
    """``LAYER.FIGURE=VALUE``: a floor (``--min``) or a ceiling (``--max``)."""

    layer: str
    figure: str
    value: float

    @property
    def name(self) -> str:
        return f"{self.layer}.{self.figure}"


def parse_threshold(spec: str) -> Threshold:
    """``"entities.strict_f1=0.85"`` -> Threshold; ValueError with the expected form otherwise."""
    m = re.fullmatch(r"\s*([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)\s*=\s*([-+]?(?:\d+\.?\d*|\.\d+))\s*", spec)
    if not m:
        raise ValueError(f"{spec!r} is not LAYER.FIGURE=VALUE (for example entities.strict_f1=0.85)")
    return Threshold(m[1], m[2], float(m[3]))


@dataclass(frozen=True, slots=True)
class Report:
    """What ``evaluate`` found: figures by layer (in scoring order) and the problems met on the way."""

    layers: dict[str, dict[str, Figure]]
    problems: tuple[str, ...] = ()
    dossier: str = "dossier"
    gold: str = "gold"

    def figure(self, layer: str, name: str) -> Figure:
        """One figure; KeyError naming the figures there are when it is not one of them."""
        if layer not in self.layers:
            raise KeyError(f"no layer {layer!r} in this report (layers: {', '.join(self.layers)})")
        if name not in self.layers[layer]:
            raise KeyError(f"no figure {layer}.{name} (figures of {layer}: {', '.join(self.layers[layer])})")
        return self.layers[layer][name]

    def failures(self, floors: Sequence[Threshold] = (), ceilings: Sequence[Threshold] = ()) -> list[str]:
        """Every floor a figure is under, every ceiling it is over, and a broken contract (when any is given)."""
        failed = []
        for t in floors:
            v = as_number(self.figure(t.layer, t.figure))
            if v is None or v < t.value:
                failed.append(f"{t.name}={_plain(self.figure(t.layer, t.figure))} < {t.value:g}")
        for t in ceilings:
            v = as_number(self.figure(t.layer, t.figure))
            if v is None or v > t.value:
                failed.append(f"{t.name}={_plain(self.figure(t.layer, t.figure))} > {t.value:g}")
        if (floors or ceilings) and "contract" in self.layers:
            broken = contract_broken(self.layers["contract"], list(self.problems))
            if broken:
                failed.append(broken)
        return failed

    def to_dict(self, layers: list[str] | None = None) -> dict:
        """Plain JSON data: ``{layer: {figure: value}}`` and ``problems``; counts as ``"3/6"``.

        The shape (and every figure) is the reference scorer's ``--json`` output.
        """
        out: dict = {name: {k: _plain(v) for k, v in figs.items()}
                     for name, figs in self.layers.items() if layers is None or name in layers}
        out["problems"] = list(self.problems)
        return out

    def to_json(self, layers: list[str] | None = None) -> str:
        return json.dumps(self.to_dict(layers), indent=1, ensure_ascii=False)

    def render_text(self, layers: list[str] | None = None) -> str:
        """A table, one row per figure, grouped by layer; problems after it."""
        rows = [("layer", "figure", "value")]
        for name, figs in self.layers.items():
            if layers is not None and name not in layers:
                continue
            for n, (figure, value) in enumerate(figs.items()):
                rows.append((name if n == 0 else "", figure, _shown(value)))
        width = [max(len(r[i]) for r in rows) for i in range(2)]
        lines = [f"{self.dossier} scored against {self.gold}", ""]
        lines += [f"{a:<{width[0]}}  {b:<{width[1]}}  {c}".rstrip() for a, b, c in rows]
        lines += [f"problem: {p}" for p in self.problems]
        return "\n".join(lines)


def _plain(value: Figure):
    if isinstance(value, Count):
        return str(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def _shown(value: Figure) -> str:
    if isinstance(value, Count):
        return f"{value} ({value.value:.3f})" if value.total else f"{value}"
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items()) or "none"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
