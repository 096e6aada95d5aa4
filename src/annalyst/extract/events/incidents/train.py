"""Train the learned check of :mod:`.learned` on messages with incident templates (the MUC-4 key format).

    python -m annalyst.extract.events.incidents.train --data DIR [--out PATH]

``DIR`` holds ``muc4-train.jsonl`` (one message a line: ``id``, ``text``, ``published``) and
``muc4-train.gold.json`` (``documents`` with ``file`` and ``relevant``; ``incidents`` with ``file``, ``type``
and the filler slots ``perpetrator_individuals``, ``perpetrator_orgs``, ``targets``, ``victims``,
``instruments``, each a list of fillers, a filler a list of alternative strings). ``--prefix`` names other
files of the same format. The model is written to ``--out`` (default: ``$XDG_CACHE_HOME/annalyst/
incident-model.pkl``), never into the project: the annotated data it learns from may be licensed for
research only, and so is what is learned from it. Set ``ANNALYST_INCIDENT_MODEL`` to that path to use it.

How it learns: the rules of this package read every message (entities and timexes stages first, as an
analysis does); each incident they read is labelled by whether the message's key has an incident of its
class, each participant by whether its name equals a key filler of the slots its role stands for; three
logistic regressions learn the message, the incident and the participant. Thresholds are chosen on
out-of-fold predictions of the training messages (five folds by message), maximising the slot F1 the
labels allow. One core, a few minutes for 1,300 messages, most of it the parse.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import re
import sys
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ....model import Document, Event, LocalEntity
from .learned import (
    IncidentModel,
    candidate_features,
    candidates,
    groups_of,
    incident_features,
    participant_features,
    positive,
    proposed,
)

#: the incident classes the rules read, as MUC-4 incident types
MUC_TYPES = {"attack": "ATTACK", "killing": "ATTACK", "bombing": "BOMBING", "arson": "ARSON",
             "kidnapping": "KIDNAPPING", "robbery": "ROBBERY", "strike": "FORCED WORK STOPPAGE"}
_GRID = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def default_out() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "annalyst" / "incident-model.pkl"


def normal(text: str) -> str:
    """A name as key fillers are compared: case-folded, "'s" and the articles a, an, the dropped, dots and
    apostrophes dropped, other punctuation a space."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").casefold()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"(?<![\w-])(a|an|the)\s+", " ", text)
    text = re.sub(r"[.'`]", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def slot_of(role: str, etype: str | None) -> str | None:
    """The key slot a participant fills, by its role and its entity's type (the template's distinction of
    individuals and organisations, of physical and human targets)."""
    if role == "agent":
        return "perpetrator_orgs" if etype in ("ORG", "NORP") else "perpetrator_individuals"
    if role == "patient":
        return "victims" if etype in ("PERSON", "NORP") else "targets"
    return "instruments" if role == "instrument" else None


@dataclass(frozen=True)
class Message:
    document: Document
    relevant: bool
    incidents: tuple[dict, ...]


def read_messages(directory: Path, prefix: str = "muc4-train") -> list[Message]:
    gold = json.loads((directory / f"{prefix}.gold.json").read_text(encoding="utf-8"))
    relevant = {d["file"]: bool(d.get("relevant")) for d in gold["documents"]}
    incidents: dict[str, list[dict]] = {}
    for incident in gold["incidents"]:
        incidents.setdefault(incident["file"], []).append(incident)
    out = []
    for line in (directory / f"{prefix}.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        rid = record["id"]
        text = record["text"]
        document = Document(id=rid, source=f"{prefix}.jsonl#{rid}", text=text,
                            sha256=hashlib.sha256(text.encode()).hexdigest(), title=record.get("title"),
                            published=record.get("published"))
        out.append(Message(document, relevant.get(rid, bool(incidents.get(rid))), tuple(incidents.get(rid, ()))))
    return out


def read_by_rules(messages: list[Message]) -> Iterator[tuple[Message, object, list[Event], list[LocalEntity]]]:
    """Each message with its context after the entities and timexes stages and the incidents the rules read."""
    from ....nlp import load_model
    from ...context import DocContext
    from ...stages import STAGES, run_stages
    from . import rules_incidents

    stages = [s for s in STAGES if s.name in ("entities", "timexes")]
    nlp = load_model()
    for message, parsed in zip(messages, nlp.pipe(m.document.text for m in messages), strict=True):
        ctx = DocContext(document=message.document, parsed=parsed)
        run_stages(ctx, stages)
        events, described = rules_incidents(ctx)
        yield message, ctx, events, described


def _fillers(incident: dict, slot: str | None) -> set[str]:
    return {normal(alt) for filler in incident.get(slot) or () for alt in filler} if slot else set()


@dataclass
class Rows:
    """What a message gives to learn from: its text and label; its incidents, their participants and the
    entities the rules left out, each labelled, with the incident each belongs to."""

    text: str
    relevant: int
    incidents: list[tuple[dict, int]]
    participants: list[tuple[dict, int]]
    owner: list[int]
    candidates: list[tuple[dict, str]]
    candidate_owner: list[int]


def examples(message: Message, ctx, events: list[Event], described: list[LocalEntity]) -> Rows:
    """Labelled incidents, participants and left-out entities of one message, the way a template scorer
    aligns them: each incident the rules read is paired with at most one key incident of its class (the pairs
    that share the most fillers first); an incident is one when it is paired, a participant or entity holds a
    role when its name equals a filler of the slot its role and type stand for in the paired key incident."""
    entities = {e.id: e for e in ctx.entities}
    entities.update({e.id: e for e in described})
    rows = Rows(message.document.text, int(message.relevant), [], [], [], [], [])
    groups = groups_of(events)

    def holds(entity: LocalEntity | None, role: str, key: dict | None) -> bool:
        if entity is None or key is None:
            return False
        forms = {normal(f) for f in (entity.name, *entity.aliases)}
        return bool(forms & _fillers(key, slot_of(role, entity.type)))

    weights = []
    for gi, group in enumerate(groups):
        kind = MUC_TYPES.get(group[0].type, "")
        for ki, key in enumerate(message.incidents):
            if kind in (key.get("type") or ()):
                hits = sum(holds(entities.get(p.entity), p.role, key) for e in group for p in e.participants)
                weights.append((-hits, gi, ki))
    paired: dict[int, dict] = {}
    used: set[int] = set()
    for _hits, gi, ki in sorted(weights):
        if gi not in paired and ki not in used:
            paired[gi] = message.incidents[ki]
            used.add(ki)
    for rank, group in enumerate(groups):
        key = paired.get(rank)
        rows.incidents.append((incident_features(ctx, group, rank), int(key is not None)))
        for event in group:
            for p in event.participants:
                entity = entities.get(p.entity)
                rows.participants.append((participant_features(ctx, group, entity, p.entity, p.role),
                                          int(holds(entity, p.role, key))))
                rows.owner.append(rank)
    for gi, entity in candidates(ctx, groups):
        key = paired.get(gi)
        role = next((r for r in ("agent", "patient", "instrument") if holds(entity, r, key)), "none")
        rows.candidates.append((candidate_features(ctx, groups[gi], entity), role))
        rows.candidate_owner.append(gi)
    return rows


def key_count(messages: list[Message]) -> int:
    """Key items of the slot F1: one type and every filler of each incident."""
    slots = ("perpetrator_individuals", "perpetrator_orgs", "targets", "victims", "instruments")
    return sum(1 + sum(len(i.get(s) or ()) for s in slots) for m in messages for i in m.incidents)


def _message_model():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True),
                         LogisticRegression(C=4.0, max_iter=2000))


def _dict_model():
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(DictVectorizer(), LogisticRegression(C=0.5, max_iter=2000))


def _fit(make, x, y):
    if not x:
        x, y = [{}], [0]
    if len(set(y)) < 2:  # a tiny set with one label: a constant model
        from sklearn.dummy import DummyClassifier

        model = DummyClassifier(strategy="prior")
        model.fit([[0]] * len(y), y)
        return _Constant(model.classes_, model.predict_proba([[0]])[0])
    model = make()
    model.fit(x, y)
    return model


@dataclass(frozen=True)
class _Constant:
    """A classifier that gives every row the same probabilities (a training set with one label)."""

    classes_: object
    probs: object

    def predict_proba(self, rows):
        import numpy as np

        return np.array([self.probs for _ in rows])


def _fit_all(rows: list[Rows]) -> tuple[object, object, object, object]:
    return (_fit(_message_model, [r.text for r in rows], [r.relevant for r in rows]),
            _fit(_dict_model, [x for r in rows for x, _ in r.incidents], [y for r in rows for _, y in r.incidents]),
            _fit(_dict_model, [x for r in rows for x, _ in r.participants],
                 [y for r in rows for _, y in r.participants]),
            _fit(_dict_model, [x for r in rows for x, _ in r.candidates], [y for r in rows for _, y in r.candidates]))


@dataclass
class _Scored:
    """Out-of-fold predictions for one message."""

    message: float
    incidents: list[float]
    participants: list[float]
    candidates: list[tuple[str, float]]


def _f1(correct: int, responses: int, key: int) -> float:
    precision = correct / responses if responses else 0.0
    recall = correct / key if key else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _counts(rows: list[Rows], scored: list[_Scored], thresholds: tuple[float, ...]) -> tuple[int, int]:
    """Correct items and responses the labels give when the model keeps what reaches ``thresholds``."""
    tm, ti, tp, tc = thresholds
    correct = responses = 0
    for r, s in zip(rows, scored, strict=True):
        if s.message < tm:
            continue
        kept = {gi for gi, p in enumerate(s.incidents) if p >= ti}
        correct += sum(r.incidents[gi][1] for gi in kept)
        responses += len(kept)
        for (_, y), gi, p in zip(r.participants, r.owner, s.participants, strict=True):
            if gi in kept and p >= tp:
                correct += y
                responses += 1
        for (_, y), gi, (role, p) in zip(r.candidates, r.candidate_owner, s.candidates, strict=True):
            if gi in kept and p >= tc:
                correct += int(role == y)
                responses += 1
    return correct, responses


def choose(rows: list[Rows], folds: int, key: int) -> tuple[float, ...]:
    """Thresholds maximising the labels' slot F1 on out-of-fold predictions: the message, incident and
    participant thresholds together, then the candidates'."""
    scored: list[_Scored | None] = [None] * len(rows)
    for fold in range(folds):
        m, inc, par, cand = _fit_all([r for i, r in enumerate(rows) if i % folds != fold])
        test = [i for i in range(len(rows)) if i % folds == fold]
        for i, p in zip(test, positive(m, [rows[i].text for i in test]), strict=True):
            r = rows[i]
            scored[i] = _Scored(p, positive(inc, [x for x, _ in r.incidents]),
                                positive(par, [x for x, _ in r.participants]),
                                proposed(cand, [x for x, _ in r.candidates]))
    done = [s for s in scored if s is not None]
    best, best_f1 = (0.5, 0.5, 0.5, 1.0), -1.0
    for tm in _GRID:
        for ti in _GRID:
            for tp in _GRID:
                f1 = _f1(*_counts(rows, done, (tm, ti, tp, 1.01)), key)
                if f1 > best_f1 + 1e-9:
                    best, best_f1 = (tm, ti, tp, 1.01), f1
    for tc in (*_GRID, 0.65, 0.7, 0.8, 0.9, 1.01):
        f1 = _f1(*_counts(rows, done, (*best[:3], tc)), key)
        if f1 > best_f1 + 1e-9:
            best, best_f1 = (*best[:3], tc), f1
    print(f"train: thresholds {best} (out-of-fold slot F1 of the labels {100 * best_f1:.2f})", file=sys.stderr)
    return best


def learn(rows: list[Rows], key: int, folds: int = 5, version: str = "") -> IncidentModel:
    """The model fitted on every message, with thresholds chosen on out-of-fold predictions."""
    thresholds = choose(rows, folds, key) if len(rows) >= 2 * folds else (0.5, 0.5, 0.5, 0.5)
    message, incident, participant, candidate = _fit_all(rows)
    return IncidentModel(message, incident, participant, thresholds, candidate, version)


def train(messages: list[Message], folds: int = 5) -> IncidentModel:
    rows = [examples(*read) for read in read_by_rules(messages)]
    return learn(rows, key_count(messages), folds, training_hash(messages))


def training_hash(messages: list[Message]) -> str:
    """A hash of the training messages and of the code that reads and learns them (this package, the word
    lists it reads, and the entities and timexes stages it runs first)."""
    digest = hashlib.sha256()
    for m in messages:
        digest.update(m.document.text.encode())
        digest.update(json.dumps(m.incidents, sort_keys=True).encode())
    here = Path(__file__).parent
    extract = here.parents[1]
    code = [*here.glob("*.py"), *here.parent.glob("*.py"), *(extract / "entities").rglob("*.py"),
            *(extract / "timexes").rglob("*.py")]
    for path in sorted(code):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="folder of PREFIX.jsonl and PREFIX.gold.json")
    ap.add_argument("--prefix", default="muc4-train", help="file name prefix (default muc4-train)")
    ap.add_argument("--out", type=Path, default=None, help=f"model file (default {default_out()})")
    ap.add_argument("--folds", type=int, default=5, help="folds for choosing thresholds (default 5)")
    args = ap.parse_args(argv)
    started = time.monotonic()
    os.environ.pop("ANNALYST_INCIDENT_MODEL", None)  # the rules alone are what is learned from
    messages = read_messages(args.data, args.prefix)
    model = train(messages, args.folds)
    out = args.out or default_out()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "wb") as stream:
        pickle.dump(model, stream)
    tmp.replace(out)
    print(f"train: {len(messages)} messages, model {out} ({time.monotonic() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
