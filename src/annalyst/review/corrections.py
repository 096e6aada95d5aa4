"""``corrections.jsonl``: the human decisions kept in a case folder, one JSON object a line, append-only.

A line records one correction: its number ``n``, the operation ``op``
(``merge split rename retype reject accept``), ``by`` (who), ``at`` (when, UTC
ISO time), ``why`` and ``targets``: what it applies to, each written as a
*key* that still finds the item when a re-run numbers things differently.

Entity ids are made from names (``person:jane-doe``, ``-2`` on a collision), so
they change when another document brings a fuller name; an entity is therefore
kept by its name, type and a sample of its mentions (``DOC:START-END``, document
ids being derived from the bytes). Quote and claim ids are made from the
document and the offset (``DOC:Q120``) and are kept with their span; an event
by its id and the per-document ids of its mentions; a link by its id, kind and
ends. See ``docs/corrections.md``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import CorrectionError
from ..model import Claim, Entity, Event, Link, Quote

FILE = "corrections.jsonl"
OPS = ("merge", "split", "rename", "retype", "reject", "accept")
KINDS = ("entity", "quote", "claim", "event", "link")
SAMPLE = 10  # mentions kept in an entity's or an event's key: enough to find it again, short enough to read
_EXCERPT = 60


@dataclass(frozen=True, slots=True)
class Target:
    """What a correction applies to, as a key that survives a re-run (see the module docstring)."""

    kind: str  # entity quote claim event link
    id: str  # the id it had when the correction was made
    label: str | None = None  # entity name, event label, the first words of a quote or claim
    type: str | None = None  # entity type, link kind
    doc: str | None = None  # quote, claim: the span
    start: int | None = None
    end: int | None = None
    mentions: tuple[str, ...] = ()  # entity: "DOC:START-END"; event: per-document mention ids
    a: str | None = None  # link ends
    b: str | None = None

    def describe(self) -> str:
        if self.kind == "entity":
            return f"{self.id} ({self.label})" if self.label else self.id
        if self.kind in ("quote", "claim") and self.label:
            return f"{self.id} (“{self.label}”)"
        if self.kind == "event" and self.label:
            return f"{self.id} ({self.label})"
        return self.id


@dataclass(frozen=True, slots=True)
class Correction:
    """One human decision, as one line of ``corrections.jsonl``."""

    n: int
    op: str
    by: str
    at: str  # UTC ISO time
    why: str | None
    targets: tuple[Target, ...]
    name: str | None = None  # rename; split: the new entity's name
    type: str | None = None  # retype; split: the new entity's type
    mentions: tuple[str, ...] = ()  # split: the mentions ("DOC:START-END") that make the new entity
    undoes: int | None = None  # accept: the number of the reject it cancels
    extra: dict[str, Any] = field(default_factory=dict, compare=False)  # keys a newer writer added

    def describe(self) -> str:
        """One line: the operation and what it applies to."""
        what = " + ".join(t.describe() for t in self.targets)
        if self.op == "rename":
            return f"rename {what} -> “{self.name}”"
        if self.op == "retype":
            return f"retype {what} -> {self.type}"
        if self.op == "split":
            new = f" as “{self.name}”" if self.name else ""
            return f"split {len(self.mentions)} mention(s) off {what}{new}"
        if self.op == "accept" and self.undoes is not None:
            return f"accept {what} (undoes #{self.undoes})"
        return f"{self.op} {what}"


def span_key(doc: str, start: int, end: int) -> str:
    return f"{doc}:{start}-{end}"


def parse_span_key(text: str) -> tuple[str, int, int] | None:
    """``"DOC:START-END"`` as a tuple, or None when ``text`` is not one."""
    doc, sep, rest = text.rpartition(":")
    start, dash, end = rest.partition("-")
    if not (sep and dash and doc and start.isdigit() and end.isdigit()):
        return None
    return doc, int(start), int(end)


def _sample(items: list[tuple[str, str]]) -> tuple[str, ...]:
    """Up to :data:`SAMPLE` keys, the first of each document before a second of any (so that one
    document dropped from the corpus does not take the whole key with it)."""
    first, rest, seen = [], [], set()
    for doc, key in items:
        (rest if doc in seen else first).append(key)
        seen.add(doc)
    return tuple((first + rest)[:SAMPLE])


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


def target_of(item: Entity | Quote | Claim | Event | Link) -> Target:
    """The key of a record as it is now."""
    if isinstance(item, Entity):
        return Target("entity", item.id, label=item.name, type=item.type,
                      mentions=_sample([(m.doc, span_key(m.doc, m.start, m.end)) for m in item.mentions]))
    if isinstance(item, (Quote, Claim)):
        kind = "quote" if isinstance(item, Quote) else "claim"
        return Target(kind, item.id, label=_excerpt(item.text), doc=item.doc, start=item.start, end=item.end)
    if isinstance(item, Event):
        ids = item.mention_ids or (item.id,) * len(item.mentions)
        return Target("event", item.id, label=item.label,
                      mentions=_sample([(m.doc, x) for m, x in zip(item.mentions, ids, strict=True)]))
    if isinstance(item, Link):
        return Target("link", item.id, type=item.kind, a=item.a, b=item.b)
    raise TypeError(f"no key for {type(item).__name__}")


# --- JSON lines ---------------------------------------------------------------------------------

def _target_to_json(t: Target) -> dict[str, Any]:
    out: dict[str, Any] = {t.kind: t.id}
    if t.kind == "entity":
        out |= {"name": t.label, "type": t.type, "mentions": list(t.mentions)}
    elif t.kind in ("quote", "claim"):
        out |= {"doc": t.doc, "start": t.start, "end": t.end, "text": t.label}
    elif t.kind == "event":
        out |= {"label": t.label, "mentions": list(t.mentions)}
    else:
        out |= {"kind": t.type, "a": t.a, "b": t.b}
    return out


def _target_from_json(data: Any) -> Target:
    if not isinstance(data, dict):
        raise ValueError("a target is not an object")
    kinds = [k for k in KINDS if k in data]
    if len(kinds) != 1:
        raise ValueError(f"a target names one of {', '.join(KINDS)}")
    kind = kinds[0]
    return Target(kind, str(data[kind]), label=data.get("name") or data.get("label") or data.get("text"),
                  type=data.get("type") or data.get("kind"), doc=data.get("doc"), start=data.get("start"),
                  end=data.get("end"), mentions=tuple(data.get("mentions", ())), a=data.get("a"), b=data.get("b"))


_KNOWN = {"n", "op", "by", "at", "why", "targets", "name", "type", "mentions", "undoes"}


def correction_to_json(c: Correction) -> str:
    """One line, keys in a fixed order so that the file diffs well."""
    out: dict[str, Any] = {"n": c.n, "op": c.op, "by": c.by, "at": c.at, "why": c.why,
                           "targets": [_target_to_json(t) for t in c.targets]}
    if c.name is not None:
        out["name"] = c.name
    if c.type is not None:
        out["type"] = c.type
    if c.mentions:
        out["mentions"] = list(c.mentions)
    if c.undoes is not None:
        out["undoes"] = c.undoes
    return json.dumps({**out, **c.extra}, ensure_ascii=False)


def correction_from_json(line: str) -> Correction:
    data = json.loads(line)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    if data.get("op") not in OPS:
        raise ValueError(f"unknown op {data.get('op')!r} (one of {', '.join(OPS)})")
    targets = data.get("targets")
    if not isinstance(targets, list) or not targets:
        raise ValueError("no targets")
    return Correction(
        n=int(data["n"]), op=data["op"], by=str(data.get("by") or "?"), at=str(data.get("at") or "?"),
        why=data.get("why"), targets=tuple(_target_from_json(t) for t in targets), name=data.get("name"),
        type=data.get("type"), mentions=tuple(data.get("mentions", ())), undoes=data.get("undoes"),
        extra={k: v for k, v in data.items() if k not in _KNOWN})


def read_corrections(path: str | Path) -> list[Correction]:
    """Every correction in ``path`` (a case folder or its ``corrections.jsonl``); none if there is no file."""
    path = Path(path)
    if path.is_dir():
        path = path / FILE
    if not path.exists():
        return []
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            out.append(correction_from_json(line))
        except (ValueError, KeyError, TypeError) as exc:
            raise CorrectionError(f"{path}:{number}: not a correction ({exc})",
                                  "fix or remove the line; each line is one JSON object, "
                                  "see docs/corrections.md") from exc
    return out


def append_corrections(path: str | Path, corrections: Iterable[Correction]) -> Path:
    """Add lines at the end of ``path`` (a case folder or its ``corrections.jsonl``); earlier lines stay as
    they are."""
    path = Path(path)
    if path.is_dir():
        path = path / FILE
    text = "".join(correction_to_json(c) + "\n" for c in corrections)
    if path.exists() and path.stat().st_size and not path.read_bytes().endswith(b"\n"):
        text = "\n" + text  # a line added by hand without its newline
    with path.open("a", encoding="utf-8") as f:
        f.write(text)
    return path
