"""Parity: ``annalyst.evaluate`` gives the reference scorer's figures (``shared/eval/score.py``), live.

The reference scorer lives outside the project, in ``shared/`` beside the checkout (``ANNALYST_SHARED``
overrides the place); without it these tests are skipped, and the quality gate still runs on the
library alone. Each set is analysed, then scored both ways, and every figure of every layer must be equal.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.evaluate.tiny_case import dossier, gold

from annalyst.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("ANNALYST_SHARED", ROOT.parent / "shared"))
SCORER = SHARED / "eval" / "score.py"

needs_scorer = pytest.mark.skipif(not SCORER.exists(),
                                  reason=f"reference scorer not found at {SCORER} (set ANNALYST_SHARED)")


def _reference(dossier_path: Path, gold_path: Path) -> dict:
    run = subprocess.run([sys.executable, str(SCORER), str(dossier_path), str(gold_path), "--json"],
                         capture_output=True, text=True, check=False)
    assert run.stdout, run.stderr
    return json.JSONDecoder().raw_decode(run.stdout)[0]  # a broken contract adds a line after the JSON


def _assert_same_figures(dossier_path: Path, gold_path: Path) -> dict:
    reference = _reference(dossier_path, gold_path)
    ours = evaluate(dossier_path, gold_path).to_dict()
    # the reference lists a problem each time it meets it and keeps 20; ours lists each once
    ref_problems, our_problems = reference.pop("problems"), ours.pop("problems")
    assert set(ref_problems) <= set(our_problems)
    if len(ref_problems) < 20:
        assert set(ref_problems) == set(our_problems)
    assert list(ours) == list(reference)
    for layer in reference:
        assert ours[layer] == reference[layer], layer
        assert list(ours[layer]) == list(reference[layer]), layer  # the same figures, in the same order
    return ours


def _variants():
    """The tiny case, and changed copies that move one figure each (as in test_match.py)."""
    yield "as is", dossier(), gold()
    d = dossier()
    d["timexes"][0]["value"] = "1893-03-04"
    d["quotes"][0]["speaker"] = "e2"
    d["events"][0]["mentions"].pop()
    yield "wrong values", d, gold()
    d = dossier()
    d["entities"][1]["type"] = "GPE"
    d["entities"][0]["aliases"].append("Orvain Council")
    d["quotes"][0]["start"] += 1
    d["documents"][1]["source"] = "/elsewhere/gamma.txt"
    yield "types, merges, broken span, missing document", d, gold()
    g = gold()
    g["timexes"][1]["optional"] = True
    g["links"][0]["kind"] = "agrees"
    g["quotes"][0]["exact"] = True
    g["entities"].append({"name": "Harbour Guard", "types": ["ORG"], "aliases": ["Harbour Guard"],
                          "files": ["alpha.txt"], "optional": True})
    g["claims"][0]["overlaps"] = "words that are not there"
    d = dossier()
    d["entities"].append({"id": "e5", "name": "the Harbour Guard", "type": "ORG", "aliases": [],
                          "mentions": [{"doc": "dA", "start": 0, "end": 2, "text": "On"}]})
    yield "optional gold, agreement, exact quote, region not found", d, g


@needs_scorer
@pytest.mark.parametrize("name", [v[0] for v in _variants()])
def test_parity_tiny_case(name, tmp_path):
    _, d, g = next(v for v in _variants() if v[0] == name)
    (tmp_path / "dossier.json").write_text(json.dumps(d), encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps(g), encoding="utf-8")
    _assert_same_figures(tmp_path / "dossier.json", tmp_path / "gold.json")


@needs_scorer
def test_parity_seeds_gold_in_the_checkout_is_the_shared_one():
    shared = SHARED / "gold" / "seeds.gold.json"
    if not shared.exists():
        pytest.skip(f"no {shared}")
    assert (ROOT / "examples" / "seeds.gold.json").read_bytes() == shared.read_bytes(), (
        f"examples/seeds.gold.json differs from {shared}: copy the new annotations into the checkout")


SETS = {  # name -> (corpus, gold)
    "seeds": (ROOT / "examples" / "seeds", ROOT / "examples" / "seeds.gold.json"),
    "frus-samu": (SHARED / "dev" / "frus-samu" / "corpus", SHARED / "dev" / "frus-samu" / "gold.json"),
    **{p.name: (p / "corpus", p / "gold.json") for p in sorted((ROOT / "bench").glob("heldout*"))},
}


@needs_scorer
@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SETS))
def test_parity_analysed_sets(name, tmp_path):
    from annalyst.pipeline import analyse

    corpus, gold_path = SETS[name]
    if not corpus.exists() or not gold_path.exists():
        pytest.skip(f"{name}: {corpus} or {gold_path} not found")
    analyse([corpus], tmp_path)
    ours = _assert_same_figures(tmp_path / "dossier.json", gold_path)
    print(name, json.dumps(ours))
