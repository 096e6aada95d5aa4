"""Corrections in a case folder: made from the ids a reviewer sees, kept in ``corrections.jsonl``, applied on
every run.

The analysis as the resolver made it is kept beside the corrected one
(``.dossier.uncorrected.json``, written only when the folder has corrections),
so that ``annalyst correct`` applies the whole list again without re-analysing:
an ``accept`` brings back what a ``reject`` removed, and ``--list`` tells which
corrections still find what they name.
"""

from __future__ import annotations

import difflib
import getpass
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from ..errors import CorrectionError
from ..export.atomic import write_atomic
from ..export.dossier import dossier_to_dict, read_dossier
from ..model import ENTITY_TYPES, Dossier, Entity, Finding
from .apply import Outcome, apply_corrections
from .corrections import (
    FILE,
    Correction,
    Target,
    append_corrections,
    parse_span_key,
    read_corrections,
    span_key,
    target_of,
)

BASE = ".dossier.uncorrected.json"
FINDING = "correction_unmatched"
_WARNING = {"partial": "applies only in part", "unmatched": "no longer applies", "invalid": "cannot apply"}


def correct_case(dossier: Dossier, out: str | Path) -> tuple[Dossier, list[Outcome]]:
    """The pipeline's step after resolution: ``dossier`` with ``out/corrections.jsonl`` applied.

    A correction that finds nothing (or only part of what it names) is told in
    the outcome and as a ``correction_unmatched`` finding in the dossier.
    """
    out = Path(out)
    corrections = read_corrections(out)
    base = out / BASE
    if not corrections:
        base.unlink(missing_ok=True)
        return dossier, []
    data = dossier_to_dict(dossier)
    write_atomic(base, lambda f: json.dump(data, f, ensure_ascii=False))
    corrected, outcomes = apply_corrections(dossier, corrections)
    unmatched = tuple(Finding(FINDING, f"correction #{o.correction.n} ({o.correction.describe()}, by "
                                       f"{o.correction.by} at {o.correction.at}) {_WARNING[o.status]}: "
                                       f"{o.note}",
                              refs=(f"{FILE}#{o.correction.n}",))
                      for o in outcomes if o.status in ("partial", "unmatched", "invalid"))
    return replace(corrected, findings=corrected.findings + unmatched), outcomes


def _state(o: Outcome) -> str:
    return {"partial": "apply only in part", "unmatched": "no longer apply", "invalid": "cannot apply"}.get(
        o.status, o.status)


def read_base(out: str | Path) -> Dossier:
    """The analysis of ``out`` before corrections."""
    out = Path(out)
    if (out / BASE).exists():
        return read_dossier(out / BASE)
    if read_corrections(out) and (out / "dossier.json").exists():
        raise CorrectionError(f"{out / BASE}: missing, so the corrections cannot be applied again "
                              "to the analysis as it was made",
                              f"run 'annalyst analyze' into {out} again: it re-applies {out / FILE}")
    return read_dossier(out)


def summary_lines(outcomes: Sequence[Outcome], out: str | Path) -> list[str]:
    """The run summary's lines about corrections: how many apply, and a warning for each that does not."""
    if not outcomes:
        return []
    counts = Counter(_state(o) for o in outcomes)
    lines = [f"corrections: {len(outcomes)} in {Path(out) / FILE}: "
             + ", ".join(f"{n} {state}" for state, n in counts.items())]
    lines += [f"warning: correction #{o.correction.n} ({o.correction.describe()}) {_WARNING[o.status]}: {o.note} "
              f"(see 'annalyst correct {out} --list')"
              for o in outcomes if o.status in ("partial", "unmatched", "invalid")]
    return lines


# --- making a correction from what the reviewer typed -------------------------------------------

def _who(by: str | None) -> str:
    if by:
        return by
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in a container or a service
        return "unknown"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _unknown(what: str, ref: str, known: Sequence[str], out: Path) -> CorrectionError:
    close = difflib.get_close_matches(ref, known, n=3, cutoff=0.6)
    hint = (f"did you mean {' or '.join(repr(x) for x in close)}?" if close
            else f"ids are in {out / 'dossier.json'} and on the report's pages")
    return CorrectionError(f"{out}: no {what} {ref!r} in the analysis", hint)


def _entity(d: Dossier, ref: str, out: Path, earlier: Sequence[Correction] = ()) -> Entity:
    """An entity by its id, or by its name when one entity alone has it."""
    for e in d.entities:
        if e.id == ref:
            return e
    named = [e for e in d.entities if e.name.casefold() == ref.casefold()]
    if len(named) == 1:
        return named[0]
    if named:
        raise CorrectionError(f"{out}: {len(named)} entities are called {ref!r}",
                              f"give one of their ids: {', '.join(e.id for e in named)}")
    merged = next((c for c in reversed(earlier) if c.op == "merge" and any(t.id == ref for t in c.targets[1:])), None)
    if merged is not None:
        raise CorrectionError(f"{out}: no entity {ref!r} in the analysis any more",
                              f"correction #{merged.n} merged it into {merged.targets[0].id}")
    raise _unknown("entity", ref, [e.id for e in d.entities], out)


def _item(d: Dossier, ref: str, out: Path, kinds: Sequence[str]):
    pools = {"entity": d.entities, "quote": d.quotes, "claim": d.claims, "event": d.events, "link": d.links}
    for kind in kinds:
        for x in pools[kind]:
            if x.id == ref:
                return x
    if "event" in kinds:  # an event by the id of one of the mentions merged into it
        for e in d.events:
            if ref in e.mention_ids or ref in e.merged_from:
                return e
    if "entity" not in kinds and any(e.id == ref for e in d.entities):
        raise CorrectionError(f"{out}: {ref!r} is an entity, and entities are not rejected",
                              "merge it into the right one, split it, rename it or retype it (OTHER)")
    what = ", ".join(kinds[:-1]) + f" or {kinds[-1]}"
    raise _unknown(what, ref, [x.id for k in kinds for x in pools[k]], out)


def _mentions(entity: Entity, picks: Sequence[str], out: Path) -> tuple[str, ...]:
    """The entity's mentions that ``picks`` name: ``DOC:START-END``, ``DOC:START``, or words (every mention
    with exactly these words)."""
    chosen: list[str] = []
    for pick in picks:
        span = parse_span_key(pick)
        doc, _, start = pick.rpartition(":")
        found = [m for m in entity.mentions
                 if (span and (m.doc, m.start, m.end) == span)
                 or (not span and start.isdigit() and (m.doc, m.start) == (doc, int(start)))
                 or (not span and m.text == pick)]
        if not found:
            sample = ", ".join(f"{span_key(m.doc, m.start, m.end)} “{m.text}”" for m in entity.mentions[:5])
            raise CorrectionError(f"{out}: {entity.id} has no mention {pick!r}",
                                  f"give DOC:START-END or the exact words of a mention, such as {sample}")
        chosen.extend(span_key(m.doc, m.start, m.end) for m in found)
    return tuple(dict.fromkeys(chosen))


def make_correction(d: Dossier, earlier: Sequence[Correction], out: str | Path, op: str, refs: Sequence[str], *,
                    by: str | None = None, why: str | None = None, name: str | None = None,
                    etype: str | None = None, mentions: Sequence[str] = ()) -> Correction:
    """A correction of the (corrected) analysis ``d`` from the ids or names the reviewer gave; raises
    :class:`CorrectionError` with a hint when one names nothing."""
    out = Path(out)
    targets: list[Target] = []
    undoes = None
    if op == "merge":
        entities = list({e.id: e for e in (_entity(d, r, out, earlier) for r in refs)}.values())
        if len(entities) < 2:
            raise CorrectionError(f"{out}: a merge needs two entities or more, got {len(entities)}",
                                  "name each entity once: annalyst correct DIR merge ID ID...")
        targets = [target_of(e) for e in entities]
    elif op in ("split", "rename", "retype"):
        if len(refs) != 1:
            raise CorrectionError(f"{out}: {op} takes one entity, got {len(refs)}")
        entity = _entity(d, refs[0], out, earlier)
        targets = [target_of(entity)]
        if op == "split":
            mentions = _mentions(entity, mentions, out)
            if not mentions:
                raise CorrectionError(f"{out}: a split needs the mentions to split off",
                                      "give --mention DOC:START-END (or the words of a mention), once each")
            if len(mentions) == len(entity.mentions):
                raise CorrectionError(f"{out}: those are all the mentions of {entity.id}",
                                      "rename or retype it instead, or leave some mentions behind")
        if op == "rename" and not (name and name.strip()):
            raise CorrectionError(f"{out}: rename needs the new name", 'annalyst correct DIR rename ID "New name"')
        if op == "retype" and etype not in ENTITY_TYPES:
            raise CorrectionError(f"{out}: {etype!r} is not an entity type", f"one of {' '.join(ENTITY_TYPES)}")
    elif op in ("reject", "accept"):
        if len(refs) != 1:
            raise CorrectionError(f"{out}: {op} takes one id, got {len(refs)}")
        ref = refs[0]
        rejected = _open_reject(earlier, ref) if op == "accept" else None
        if rejected is not None:
            targets, undoes = list(rejected.targets), rejected.n
        else:
            kinds = ("quote", "claim", "event", "link") + (("entity",) if op == "accept" else ())
            item = _item(d, ref, out, kinds)
            targets = [target_of(item)]
    else:
        raise CorrectionError(f"unknown correction {op!r}", "one of merge split rename retype reject accept")
    return Correction(n=max((c.n for c in earlier), default=0) + 1, op=op, by=_who(by), at=_now(),
                      why=why.strip() if why and why.strip() else None, targets=tuple(targets),
                      name=name.strip() if name and op in ("rename", "split") else None,
                      type=etype if op in ("retype", "split") else None,
                      mentions=tuple(mentions) if op == "split" else (), undoes=undoes)


def _open_reject(earlier: Sequence[Correction], ref: str) -> Correction | None:
    """The last reject of ``ref`` that no accept has undone yet."""
    undone = {c.undoes for c in earlier if c.op == "accept"}
    return next((c for c in reversed(earlier)
                 if c.op == "reject" and c.n not in undone
                 and (c.targets[0].id == ref or ref in c.targets[0].mentions)), None)


def add_correction(out: str | Path, base: Dossier, op: str, refs: Sequence[str], **options) -> Correction:
    """Make a correction against the analysis of ``out`` as corrected so far and append it to
    ``out/corrections.jsonl``; :func:`correct_case` then applies the whole list."""
    earlier = read_corrections(out)
    current, _ = apply_corrections(base, earlier)
    correction = make_correction(current, earlier, out, op, refs, **options)
    append_corrections(out, [correction])
    return correction


def list_corrections(out: str | Path) -> list[Outcome]:
    """Every correction of ``out`` and what it does on the analysis there now."""
    corrections = read_corrections(out)
    if not corrections:
        return []
    return apply_corrections(read_base(out), corrections)[1]

