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
from .learned import IncidentModel, groups_of, incident_features, participant_features, positive

#: the incident classes the rules read, as MUC-4 incident types
MUC_TYPES = {"attack": "ATTACK", "killing": "ATTACK", "bombing": "BOMBING", "arson": "ARSON",
             "kidnapping": "KIDNAPPING", "robbery": "ROBBERY", "strike": "FORCED WORK STOPPAGE"}
#: the key's filler slots each role stands for
ROLE_SLOTS = {"agent": ("perpetrator_individuals", "perpetrator_orgs"), "patient": ("targets", "victims"),
              "instrument": ("instruments",)}
_GRID = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def default_out() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "annalyst" / "incident-model.pkl"


def normal(text: str) -> str:
    """A name as key fillers are compared: case-folded, accents, dots and apostrophes dropped, other
    punctuation a space, articles dropped."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    text = re.sub(r"[.'`]", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(w for w in text.split() if w not in ("a", "an", "the"))


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


def _fillers(incident: dict, slots: tuple[str, ...]) -> set[str]:
    return {normal(alt) for slot in slots for filler in incident.get(slot) or () for alt in filler}


def examples(message: Message, ctx, events: list[Event], described: list[LocalEntity]
             ) -> tuple[list[tuple[dict, int]], list[tuple[dict, int]]]:
    """Labelled incident and participant examples of one message."""
    by_type: dict[str, list[dict]] = {}
    for incident in message.incidents:
        for kind in incident.get("type") or ():
            by_type.setdefault(kind, []).append(incident)
    entities = {e.id: e for e in ctx.entities}
    entities.update({e.id: e for e in described})
    incidents, participants = [], []
    seen: dict[str, int] = {}
    for rank, group in enumerate(groups_of(events)):
        kind = MUC_TYPES.get(group[0].type, "")
        keys = by_type.get(kind, [])
        seen[kind] = seen.get(kind, 0) + 1
        incidents.append((incident_features(ctx, group, rank), int(seen[kind] <= len(keys))))
        for event in group:
            for p in event.participants:
                entity = entities.get(p.entity)
                forms = {normal(f) for f in ((entity.name, *entity.aliases) if entity is not None else ())}
                slots = ROLE_SLOTS.get(p.role, ())
                hit = any(forms & _fillers(key, slots) for key in keys)
                participants.append((participant_features(ctx, group, entity, p.entity, p.role), int(hit)))
    return incidents, participants


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
    model = make()
    if len(set(y)) < 2:  # a tiny set with one label: a constant model
        from sklearn.dummy import DummyClassifier

        model = DummyClassifier(strategy="prior")
    model.fit(x, y)
    return model


@dataclass
class _Rows:
    """What a message contributes, in order: its text and label, its incidents and participants, each
    participant's incident (an index into the message's incidents)."""

    text: str
    relevant: int
    incidents: list[tuple[dict, int]]
    participants: list[tuple[dict, int]]
    owner: list[int]


def _owners(events: list[Event]) -> list[int]:
    return [gi for gi, group in enumerate(groups_of(events)) for event in group for _ in event.participants]


def _choose(rows: list[_Rows], folds: int, key: int) -> tuple[float, float, float]:
    """Thresholds maximising the labels' slot F1 on out-of-fold predictions."""
    import numpy as np

    n = len(rows)
    p_msg = np.zeros(n)
    p_inc: list = [None] * n
    p_par: list = [None] * n
    for fold in range(folds):
        train = [r for i, r in enumerate(rows) if i % folds != fold]
        test = [i for i in range(n) if i % folds == fold]
        m = _fit(_message_model, [r.text for r in train], [r.relevant for r in train])
        inc = _fit(_dict_model, [x for r in train for x, _ in r.incidents] or [{}],
                   [y for r in train for _, y in r.incidents] or [0])
        par = _fit(_dict_model, [x for r in train for x, _ in r.participants] or [{}],
                   [y for r in train for _, y in r.participants] or [0])
        probs = positive(m, [rows[i].text for i in test])
        for i, p in zip(test, probs, strict=True):
            p_msg[i] = p
            p_inc[i] = positive(inc, [x for x, _ in rows[i].incidents])
            p_par[i] = positive(par, [x for x, _ in rows[i].participants])
    best, best_f1 = (0.5, 0.5, 0.5), -1.0
    for tm in _GRID:
        for ti in _GRID:
            for tp in _GRID:
                correct = responses = 0
                for i, r in enumerate(rows):
                    if p_msg[i] < tm:
                        continue
                    kept = {gi for gi, p in enumerate(p_inc[i]) if p >= ti}
                    correct += sum(r.incidents[gi][1] for gi in kept)
                    responses += len(kept)
                    for (_, y), gi, p in zip(r.participants, r.owner, p_par[i], strict=True):
                        if gi in kept and p >= tp:
                            correct += y
                            responses += 1
                precision = correct / responses if responses else 0.0
                recall = correct / key if key else 0.0
                f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
                if f1 > best_f1 + 1e-9:
                    best, best_f1 = (tm, ti, tp), f1
    print(f"train: thresholds {best} (out-of-fold slot F1 of the labels {100 * best_f1:.2f})", file=sys.stderr)
    return best


def train(messages: list[Message], folds: int = 5) -> IncidentModel:
    rows = []
    for message, ctx, events, described in read_by_rules(messages):
        incidents, participants = examples(message, ctx, events, described)
        rows.append(_Rows(message.document.text, int(message.relevant), incidents, participants, _owners(events)))
    thresholds = _choose(rows, folds, key_count(messages)) if len(rows) >= 2 * folds else (0.5, 0.5, 0.5)
    message = _fit(_message_model, [r.text for r in rows], [r.relevant for r in rows])
    incident = _fit(_dict_model, [x for r in rows for x, _ in r.incidents] or [{}],
                    [y for r in rows for _, y in r.incidents] or [0])
    participant = _fit(_dict_model, [x for r in rows for x, _ in r.participants] or [{}],
                       [y for r in rows for _, y in r.participants] or [0])
    return IncidentModel(message, incident, participant, thresholds, version=training_hash(messages))


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
