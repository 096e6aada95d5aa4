"""bench/links_sample.py: the sample of links a person reads is the same for the same dossier and seed."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("annalyst_links_sample", ROOT / "bench" / "links_sample.py")
links_sample = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = links_sample
_spec.loader.exec_module(links_sample)

DOSSIER = {
    "documents": [{"id": "d1", "source": "a.txt", "title": "Cable from Varn"}, {"id": "d2", "source": "b.txt"}],
    "entities": [{"id": "E1", "name": "Ilse Varn"}],
    "claims": [{"id": f"c{n}", "doc": "d1" if n % 2 else "d2", "start": n, "end": n + 5, "text": f"claim {n}",
                "holder": "E1", "stance": "asserts"} for n in range(80)],
    "links": [{"id": f"L{n}", "kind": "agrees" if n % 3 else "contradicts", "a": f"c{n}", "b": f"c{n + 1}",
               "score": 0.8, "explanation": "both concern the treaty"} for n in range(79)],
}


def test_links_sample_is_reproducible_and_bounded():
    first = links_sample.sample_links(DOSSIER, "agrees", 10, seed=7)
    assert [x["id"] for x in first] == [x["id"] for x in links_sample.sample_links(DOSSIER, "agrees", 10, seed=7)]
    assert len(first) == 10 and all(x["kind"] == "agrees" for x in first)
    assert [x["id"] for x in first] != [x["id"] for x in links_sample.sample_links(DOSSIER, "agrees", 10, seed=8)]
    assert len(links_sample.sample_links(DOSSIER, "contradicts", 500, seed=7)) == 27  # all, when fewer


def test_links_sample_prints_both_claims_in_their_words(tmp_path):
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(DOSSIER), encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "links_sample.py"), str(path), "--n", "2"],
                         capture_output=True, text=True, check=True).stdout
    assert "== contradicts: 2 of 27" in out and "== agrees: 2 of 52" in out
    assert "Ilse Varn asserts: “claim" in out and "Cable from Varn" in out and "why: both concern" in out
