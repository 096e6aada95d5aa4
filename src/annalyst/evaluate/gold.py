"""Gold files: what a person annotated by hand in a few documents, read and checked.

The format is described in ``docs/evaluation.md``: one JSON object with a list
per layer (``documents``, ``entities``, ``timexes``, ``quotes``, ``events``,
``claims``, ``links``). Documents are named by file name. Entities are named
once and then referred to by that name (a quote's ``speaker``, an event's
``participants``, a claim's ``holder``); claims and events have a ``key`` that
links refer to. A layer left out counts as annotated with nothing.

Every problem is reported at once, each with where it is (``entities[3]
('Jane Roe')``) and what to write instead, so a gold file can be fixed in one
pass rather than one error per run.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import GoldError

COARSE_TYPES = ("PERSON", "ORG", "PLACE", "NORP", "EVENT", "WORK", "OTHER")
STANCES = ("asserts", "denies", "doubts", "reports")  # docs/dossier.md, claims
LINK_KINDS = ("contradicts", "agrees", "same_event")
DOCUMENT_FIELDS = ("title", "author", "published")
MAX_PROBLEMS = 20  # shown in one error; the rest are counted


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One annotated file and the metadata fields annotated for it (a field left out is not scored)."""

    file: str
    fields: tuple[tuple[str, str | None], ...]  # (title | author | published, value)


@dataclass(frozen=True, slots=True)
class GoldEntity:
    name: str
    types: tuple[str, ...]  # acceptable coarse types
    aliases: tuple[str, ...]  # every form of the name that occurs
    files: tuple[str, ...]
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldTimex:
    file: str
    text: str
    nth: int  # which occurrence of ``text`` in the file, from 1
    value: str  # normalised ISO value
    accept: tuple[str, ...] = ()  # other values that are right too
    prefix: bool = False  # any value starting with ``value`` is right
    hard: bool = False  # needs more than its sentence to resolve
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldQuote:
    file: str
    contains: str  # distinctive words of the quotation
    speaker: str | None = None  # a gold entity name
    exact: bool = False  # the quotation is just these words
    optional: bool = False
    speaker_optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldEvent:
    key: str
    types: tuple[str, ...]  # acceptable labels, lower case
    date: str  # ISO prefix
    participants: tuple[str, ...]  # gold entity names; any one suffices
    files: tuple[str, ...]
    place: str | None = None
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldClaim:
    key: str
    file: str
    overlaps: str  # words of the document the claim's span must overlap
    stances: tuple[str, ...]  # acceptable stances
    holder: str  # "author" or a gold entity name
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldSide:
    """One side of a gold link: claim keys in one file."""

    file: str
    claims: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldLink:
    kind: str  # contradicts | agrees | same_event
    a: GoldSide | None = None  # contradicts and agrees
    b: GoldSide | None = None
    event: str | None = None  # same_event: a gold event key


@dataclass(frozen=True, slots=True)
class Gold:
    """A whole gold file. ``source`` names it in messages."""

    source: str
    documents: tuple[GoldDocument, ...] = ()
    entities: tuple[GoldEntity, ...] = ()
    timexes: tuple[GoldTimex, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    claims: tuple[GoldClaim, ...] = ()
    links: tuple[GoldLink, ...] = ()
    corpus: str | None = None

    def entity(self, name: str) -> GoldEntity | None:
        return next((e for e in self.entities if e.name == name), None)

    def claim(self, key: str) -> GoldClaim:
        return next(c for c in self.claims if c.key == key)

    def event(self, key: str) -> GoldEvent:
        return next(e for e in self.events if e.key == key)


def read_gold(path: str | Path) -> Gold:
    """Read and check a gold file; a :class:`GoldError` lists every problem, naming the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise GoldError(str(path), "no such file", "give the path of a gold JSON file") from exc
    except UnicodeDecodeError as exc:
        raise GoldError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})",
                        "save the gold file as UTF-8") from exc
    except OSError as exc:
        raise GoldError(str(path), f"cannot be read ({exc.strerror})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GoldError(str(path), f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
                        "check commas, brackets and quotes there") from exc
    return parse_gold(data, str(path))


def parse_gold(data: Any, source: str = "gold") -> Gold:
    """Check gold already parsed from JSON (``source`` names it in messages)."""
    if not isinstance(data, dict):
        raise GoldError(source, f"a gold file is a JSON object, not {_kind(data)}",
                        "see docs/evaluation.md for the format")
    if str(data.get("format", "")).startswith("annalyst.dossier"):
        raise GoldError(source, "this is a dossier, not a gold file",
                        "the first argument is the dossier, the second the gold file")
    problems: list[str] = []
    layers: dict[str, tuple] = {}
    for layer, fields, build in _LAYERS:
        items = data.get(layer, [])
        if not isinstance(items, list):
            problems.append(f"'{layer}' must be a list, not {_kind(items)}")
            items = []
        built = []
        for n, item in enumerate(items):
            where = f"{layer}[{n}]" + _label(item)
            values = _read_fields(item, fields, where, problems)
            if values is not None:
                built.append(build(values))
        layers[layer] = tuple(built)
    if not layers["documents"] and not problems:
        problems.append("no documents: list each annotated file under 'documents' ({\"file\": \"name.txt\"})")
    gold = Gold(source=source, corpus=data.get("corpus") if isinstance(data.get("corpus"), str) else None,
                **layers)
    if not problems:
        _check_references(gold, problems)
    if problems:
        shown = problems[:MAX_PROBLEMS]
        more = f"\n  ... and {len(problems) - MAX_PROBLEMS} more" if len(problems) > MAX_PROBLEMS else ""
        raise GoldError(source, f"{len(problems)} problem{'s' * (len(problems) > 1)} with the gold format:\n  "
                        + "\n  ".join(shown) + more, "the format is described in docs/evaluation.md")
    return gold


# ---------------------------------------------------------------- fields

# A field: (name, check, required, default). A check returns the value to keep, or raises ValueError
# with what the value should be.

def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("a non-empty string")
    return value


def _text_or_null(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValueError("a string or null")
    return value


def _texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError("a list of non-empty strings")
    return tuple(value)


def _some_texts(value: Any) -> tuple[str, ...]:
    values = _texts(value)
    if not values:
        raise ValueError("a list of at least one string")
    return values


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("true or false")
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("a whole number from 1 (1 for the first occurrence)")
    return value


def _one_of(*choices: str) -> Callable[[Any], tuple[str, ...]]:
    def check(value: Any) -> tuple[str, ...]:
        values = _some_texts(value)
        if any(v not in choices for v in values):
            raise ValueError(f"a list of {', '.join(choices)}")
        return values

    return check


def _side(value: Any) -> GoldSide:
    if not isinstance(value, dict) or not isinstance(value.get("file"), str):
        raise ValueError('an object {"file": "name.txt", "claims": ["claim-key", ...]}')
    return GoldSide(file=value["file"], claims=_some_texts(value.get("claims")))


_Field = tuple[str, Callable[[Any], Any], bool, Any]

_DOCUMENT: list[_Field] = [("file", _text, True, None)] + [(f, _text_or_null, False, None) for f in DOCUMENT_FIELDS]
_ENTITY: list[_Field] = [("name", _text, True, None), ("types", _one_of(*COARSE_TYPES), True, None),
                         ("aliases", _some_texts, True, None), ("files", _some_texts, True, None),
                         ("optional", _flag, False, False)]
_TIMEX: list[_Field] = [("file", _text, True, None), ("text", _text, True, None), ("nth", _count, True, None),
                        ("value", _text, True, None), ("accept", _texts, False, ()), ("prefix", _flag, False, False),
                        ("hard", _flag, False, False), ("optional", _flag, False, False)]
_QUOTE: list[_Field] = [("file", _text, True, None), ("contains", _text, True, None),
                        ("speaker", _text_or_null, False, None), ("exact", _flag, False, False),
                        ("optional", _flag, False, False), ("speaker_optional", _flag, False, False)]
_EVENT: list[_Field] = [("key", _text, True, None), ("types", _some_texts, True, None), ("date", _text, True, None),
                        ("participants", _texts, True, None), ("files", _some_texts, True, None),
                        ("place", _text_or_null, False, None), ("optional", _flag, False, False)]
_CLAIM: list[_Field] = [("key", _text, True, None), ("file", _text, True, None), ("overlaps", _text, True, None),
                        ("stance", _one_of(*STANCES), True, None), ("holder", _text, True, None),
                        ("optional", _flag, False, False)]
_LINK: list[_Field] = [("kind", _text, True, None), ("a", _side, False, None), ("b", _side, False, None),
                       ("event", _text, False, None)]


def _document(v: dict) -> GoldDocument:
    return GoldDocument(file=v["file"], fields=tuple((f, v[f]) for f in DOCUMENT_FIELDS if f in v["_given"]))


def _claim(v: dict) -> GoldClaim:
    return GoldClaim(key=v["key"], file=v["file"], overlaps=v["overlaps"], stances=v["stance"], holder=v["holder"],
                     optional=v["optional"])


def _plain(cls: type) -> Callable[[dict], Any]:
    return lambda v: cls(**{k: x for k, x in v.items() if k != "_given"})


_LAYERS: list[tuple[str, list[_Field], Callable[[dict], Any]]] = [
    ("documents", _DOCUMENT, _document),
    ("entities", _ENTITY, _plain(GoldEntity)),
    ("timexes", _TIMEX, _plain(GoldTimex)),
    ("quotes", _QUOTE, _plain(GoldQuote)),
    ("events", _EVENT, _plain(GoldEvent)),
    ("claims", _CLAIM, _claim),
    ("links", _LINK, _plain(GoldLink)),
]


def _read_fields(item: Any, fields: list[_Field], where: str, problems: list[str]) -> dict | None:
    if not isinstance(item, dict):
        problems.append(f"{where}: an item is a JSON object, not {_kind(item)}")
        return None
    values: dict[str, Any] = {"_given": set(item)}
    ok = True
    for name, check, required, default in fields:
        if name not in item:
            if required:
                names = ", ".join(f for f, _, req, _ in fields if req)
                problems.append(f"{where}: missing field '{name}' (each item here needs {names})")
                ok = False
            values[name] = default
            continue
        try:
            values[name] = check(item[name])
        except ValueError as exc:
            problems.append(f"{where}: '{name}' must be {exc}, not {json.dumps(item[name])[:60]}")
            ok = False
    return values if ok else None


def _label(item: Any) -> str:
    if isinstance(item, dict):
        for key in ("name", "key", "text", "contains", "file"):
            if isinstance(item.get(key), str):
                return f" ({item[key][:40]!r})"
    return ""


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}.get(
        type(value), "a number")


# ---------------------------------------------------------------- references between items

def _check_references(gold: Gold, problems: list[str]) -> None:
    files = {d.file for d in gold.documents}
    names = {e.name for e in gold.entities}
    hint_files = ", ".join(sorted(files)[:5]) + (", ..." if len(files) > 5 else "")

    def known_file(file: str, where: str) -> None:
        if file not in files:
            problems.append(f"{where}: unknown document {file!r}: list it under 'documents' first "
                            f"(documents: {hint_files})")

    def known_name(name: str | None, where: str, role: str) -> None:
        if name and name not in names:
            problems.append(f"{where}: {role} {name!r} is not the name of a gold entity "
                            "(add it under 'entities', or use that entity's 'name')")

    _unique([d.file for d in gold.documents], "documents", "file", problems)
    _unique([e.name for e in gold.entities], "entities", "name", problems)
    _unique([e.key for e in gold.events], "events", "key", problems)
    _unique([c.key for c in gold.claims], "claims", "key", problems)
    for n, e in enumerate(gold.entities):
        for file in e.files:
            known_file(file, f"entities[{n}] ({e.name!r})")
    for n, t in enumerate(gold.timexes):
        known_file(t.file, f"timexes[{n}] ({t.text!r})")
    for n, q in enumerate(gold.quotes):
        known_file(q.file, f"quotes[{n}] ({q.contains[:40]!r})")
        known_name(q.speaker, f"quotes[{n}] ({q.contains[:40]!r})", "speaker")
    for n, ev in enumerate(gold.events):
        for file in ev.files:
            known_file(file, f"events[{n}] ({ev.key!r})")
        for name in ev.participants:
            known_name(name, f"events[{n}] ({ev.key!r})", "participant")
    for n, c in enumerate(gold.claims):
        known_file(c.file, f"claims[{n}] ({c.key!r})")
        if c.holder != "author":
            known_name(c.holder, f"claims[{n}] ({c.key!r})", "holder ('author' or an entity name)")
    claims = {c.key for c in gold.claims}
    events = {e.key for e in gold.events}
    for n, link in enumerate(gold.links):
        where = f"links[{n}] ({link.kind!r})"
        if link.kind not in LINK_KINDS:
            problems.append(f"{where}: kind must be one of {', '.join(LINK_KINDS)}")
        elif link.kind == "same_event":
            if link.event not in events:
                problems.append(f"{where}: 'event' must be the key of a gold event, not {link.event!r}")
        elif link.a is None or link.b is None:
            problems.append(f"{where}: needs sides 'a' and 'b', each {{\"file\": ..., \"claims\": [keys]}}")
        else:
            for side in (link.a, link.b):
                known_file(side.file, where)
                for key in side.claims:
                    if key not in claims:
                        problems.append(f"{where}: {key!r} is not the key of a gold claim")


def _unique(values: list[str], layer: str, field: str, problems: list[str]) -> None:
    seen: set[str] = set()
    for n, value in enumerate(values):
        if value in seen:
            problems.append(f"{layer}[{n}]: {field} {value!r} is used twice; each {field} must be unique")
        seen.add(value)
