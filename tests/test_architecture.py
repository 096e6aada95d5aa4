"""The import rules of docs/architecture.md, checked on the source so that they stay true.

Stages depend downwards only: ``extract`` never imports ``resolve``, ``store``,
``export`` or ``report``; ``resolve`` never imports ``extract`` (what both need
lives in the neutral ``language`` layer or in ``model``); ``language`` imports
no stage; and no package imports another in a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "annalyst"

FORBIDDEN = {
    "ingest": {"extract", "resolve", "store", "export", "report"},
    "extract": {"resolve", "store", "export", "report", "pipeline", "cli"},
    "resolve": {"extract", "ingest", "store", "export", "report", "pipeline", "cli"},
    "language": {"ingest", "extract", "resolve", "store", "export", "report", "pipeline", "cli"},
    "store": {"extract", "resolve", "report", "pipeline", "cli"},
    "export": {"extract", "resolve", "store", "report", "pipeline", "cli"},
    "web": {"ingest", "extract", "resolve", "pipeline"},
    "review": {"ingest", "extract", "resolve", "store", "report", "web", "pipeline", "cli"},
    "evaluate": {"ingest", "extract", "resolve", "store", "export", "report", "web", "pipeline", "cli"},
    "model": {"ingest", "extract", "resolve", "store", "export", "report", "language", "pipeline", "cli"},
    "unionfind": {"ingest", "extract", "resolve", "store", "export", "report", "language", "model", "pipeline", "cli"},
}


def _module(path: Path, package: Path = PACKAGE) -> str:
    parts = path.relative_to(package).with_suffix("").parts
    return ".".join(p for p in parts if p != "__init__")


def _imports(path: Path, package: Path = PACKAGE) -> set[str]:
    """The annalyst modules a file imports (absolute names without the leading 'annalyst.')."""
    here = _module(path, package).split(".")
    is_package = path.name == "__init__.py"
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here if is_package else here[:-1]
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                name = ".".join([*base, *(node.module.split(".") if node.module else [])])
            elif node.module and node.module.startswith("annalyst."):
                name = node.module.removeprefix("annalyst.")
            else:
                continue
            if node.module is None:  # "from . import isodates": the submodules themselves
                found |= {f"{name}.{a.name}" for a in node.names}
            else:
                found.add(name)
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("annalyst.") for a in node.names if a.name.startswith("annalyst.")}
    return {f for f in found if f}


def _graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for path in PACKAGE.rglob("*.py"):
        source = _module(path) or "annalyst"
        for target in _imports(path):
            graph.add_edge(source, target)
    return graph


def test_architecture_stages_import_only_downwards():
    bad = []
    for source, target in _graph().edges:
        top, their_top = source.split(".")[0], target.split(".")[0]
        if their_top in FORBIDDEN.get(top, ()):
            bad.append(f"{source} imports {target}")
    assert not bad, "\n".join(sorted(bad))


def test_architecture_no_import_cycle_between_modules():
    # imports inside functions count too: a cycle there still ties the two modules together
    cycles = [c for c in nx.simple_cycles(_graph()) if len(c) > 1]
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles[:10])


def test_architecture_checker_sees_a_forbidden_import(tmp_path):
    fake = tmp_path / "annalyst" / "resolve" / "x.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("from ..extract.entities import lexicon\n", encoding="utf-8")
    assert _imports(fake, tmp_path / "annalyst") == {"extract.entities"}
