"""Quality gate: the scorer's floors on the gold-annotated example corpus (like trafilatura's eval_gate).

A floor is raised when quality improves and never lowered silently: each one
comes from an issue, and the git history shows every change.

The gold files are in the checkout (``examples/seeds.gold.json``, ``bench/heldout*/gold.json``) and the
figures come from ``annalyst.evaluate`` (what ``annalyst eval`` prints), so the gate runs on any machine.
``tests/evaluate/test_parity.py`` checks those figures against the reference scorer in ``shared/eval/``
when it is there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annalyst.evaluate import evaluate, parse_threshold

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "examples" / "seeds.gold.json"

FLOORS = [
    # issue 2: documents and entities
    "documents.accuracy=1.0",
    "entities.strict_f1=0.85",
    "entities.recall=0.92",
    # issue 3: dates
    "timexes.span_f1=0.95",
    "timexes.value_f1=0.90",
    "timexes.hard_resolved=0.75",
    # issue 4: quotes
    "quotes.f1=0.97",
    "quotes.speaker_accuracy=0.94",
    # issue 5: events, claims, cross-source links
    "events.recall=0.75",
    "events.cross_doc_merged=1.0",
    "claims.recall=0.8",
    "claims.stance_and_holder_recall=0.65",
    "links.contradictions_found=1.0",
    "links.same_event_found=1.0",
]
CEILINGS = [
    "links.false_contradictions=0",  # a contradiction claimed between sources that agree
]


@pytest.fixture(scope="module")
def seeds_dossier(tmp_path_factory) -> Path:
    from annalyst.pipeline import analyse

    out = tmp_path_factory.mktemp("seeds")
    analyse([ROOT / "examples" / "seeds"], out)
    return out / "dossier.json"


def _gate(dossier: Path, gold: Path, floors: list[str]) -> None:
    report = evaluate(dossier, gold)
    print(report.render_text())
    # failures() counts a broken contract too (spans off their document's text)
    failed = report.failures([parse_threshold(f) for f in floors], [parse_threshold(c) for c in CEILINGS])
    assert not failed, "\n".join(failed)
    assert report.figure("contract", "bad_spans") == 0


@pytest.mark.model
@pytest.mark.slow
def test_quality_gate_seeds_meet_floors(seeds_dossier):
    _gate(seeds_dossier, GOLD, FLOORS)


# Held-out sets (bench/heldout*): invented texts written after the seeds, each first scored blind. Once
# their failures were fixed by general rules, their figures became regression floors like the seeds' own,
# a little under the scores reached so that a fair trade-off elsewhere can still land.
HELDOUT_FLOORS = {
    "heldout": ["documents.accuracy=1.0", "entities.strict_f1=0.95", "timexes.value_f1=0.95",
                "timexes.hard_resolved=0.95", "quotes.speaker_accuracy=0.95", "events.recall=0.85",
                "events.cross_doc_merged=1.0", "claims.stance_and_holder_recall=0.8",
                "links.contradictions_found=1.0"],
    "heldout2": ["documents.accuracy=1.0", "entities.strict_f1=0.95", "timexes.value_f1=0.9",
                 "timexes.hard_resolved=0.95", "quotes.speaker_accuracy=0.95", "events.recall=0.9",
                 "events.cross_doc_merged=0.75", "claims.stance_and_holder_recall=0.85",
                 "links.contradictions_found=1.0"],
    "heldout3": ["documents.accuracy=1.0", "entities.strict_f1=0.95", "timexes.value_f1=0.95",
                 "timexes.hard_resolved=0.9", "quotes.speaker_accuracy=0.95", "events.recall=0.6",
                 "claims.stance_and_holder_recall=0.75"],
    # blind when first scored: entities 0.738, timexes value 0.941 (hard 12/21), speakers 9/12,
    # events recall 0.591, claims stance+holder 0.269, contradictions 0/8
    "heldout4": ["documents.accuracy=1.0", "entities.strict_f1=0.9", "timexes.value_f1=0.95",
                 "timexes.hard_resolved=0.95", "quotes.speaker_accuracy=0.9", "events.recall=0.65",
                 "claims.stance_and_holder_recall=0.55"],
}


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_quality_gate_heldout_sets_meet_floors(name, tmp_path):
    from annalyst.pipeline import analyse

    bench = ROOT / "bench" / name
    analyse([bench / "corpus"], tmp_path)
    _gate(tmp_path / "dossier.json", bench / "gold.json", HELDOUT_FLOORS[name])
