"""Real declassified documents end to end: the first records of the FRUS corpus run without a failure.

The hand-written tests cover each rule; this one feeds the pipeline real
archival text (telegrams, memoranda, notes with odd quotation marks and
headers) and checks what must hold whatever the text: no document or
extractor fails, every record id is unique (the store's keys), and every span
is the text it claims to cover. A duplicate quote id found this way once
stopped a whole run at the store.

The corpus lives outside the project (``shared/corpus/frus``, as the scorer
does; ``ANNALYST_SHARED`` overrides the place). Without it the test is skipped
on a user's machine, but fails in CI, where it must be.
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ANNALYST_SHARED", ROOT.parent / "shared"))
FRUS = SHARED / "corpus" / "frus" / "frus-2015.jsonl.gz"
RECORDS = 120


@pytest.mark.model
@pytest.mark.slow
def test_real_corpus_frus_sample_runs_clean(tmp_path):
    if not FRUS.exists():
        if os.environ.get("CI"):
            pytest.fail(f"FRUS corpus missing under {SHARED}")
        pytest.skip(f"FRUS corpus not found under {SHARED} (set ANNALYST_SHARED)")
    from annalyst.pipeline import analyse

    sample = tmp_path / "frus-sample.jsonl"
    with gzip.open(FRUS, "rt", encoding="utf-8") as source, sample.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(source, RECORDS))
    dossier, summary = analyse([sample], tmp_path / "out")

    assert summary.documents == RECORDS
    assert summary.failed == 0, summary.failures
    assert not summary.partial, summary.partial
    texts = {d.id: d.text for d in dossier.documents}
    for kind in ("entities", "timexes", "events", "quotes", "claims", "links"):
        ids = [r.id for r in getattr(dossier, kind)]
        assert len(ids) == len(set(ids)), f"duplicate {kind} ids"
    for record in (*dossier.timexes, *dossier.quotes, *dossier.claims):
        assert texts[record.doc][record.start:record.end] == record.text
    written = json.loads((tmp_path / "out" / "dossier.json").read_text(encoding="utf-8"))
    assert len(written["documents"]) == RECORDS


def test_real_corpus_tei_volume_gives_each_document_its_title_and_date():
    volume = SHARED / "corpus" / "frus-tei" / "frus1917-72PubDip.xml"
    if not volume.exists():
        if os.environ.get("CI"):
            pytest.fail(f"FRUS TEI volume missing under {SHARED}")
        pytest.skip(f"FRUS TEI volume not found under {SHARED} (set ANNALYST_SHARED)")
    from annalyst.ingest.sources import read_sources

    documents = list(read_sources([volume]))
    assert len(documents) == 44  # one per div[@type="document"]
    assert all(d.title for d in documents)
    dated = [d for d in documents if d.published]
    assert len(dated) > 30  # editorial notes have no dateline; the documents do
    assert all(len(d.published) >= 4 and d.published[:4].isdigit() for d in dated)
    assert all(d.source.startswith(str(volume)) and "#" in d.source for d in documents)  # FILE#ID, as the contract says
