"""The stage chain is checked at start-up, and one failing document never stops a batch."""

from __future__ import annotations

import pytest
from tests.conftest import make_document

from annalyst.errors import PipelineError
from annalyst.extract import STAGES, Stage, check_chain
from annalyst.extract.runner import analyse_stream
from annalyst.model import DocAnalysis, Failure


def test_stages_default_chain_is_valid():
    check_chain(STAGES)


def test_stages_missing_input_names_the_stage():
    broken = [Stage("quotes", ".quotes:extract_quotes", ("parsed", "entities"), "quotes")]
    with pytest.raises(PipelineError, match="'quotes' needs entities"):
        check_chain(broken)


@pytest.mark.model
def test_runner_records_failing_document_and_goes_on(monkeypatch):
    from annalyst.extract import runner

    real = runner.analyse_document

    def flaky(document, parsed):
        if "explode" in document.text:
            raise ValueError("boom")
        return real(document, parsed)

    monkeypatch.setattr(runner, "analyse_document", flaky)
    docs = [make_document("A calm day in Oslo."), make_document("Please explode."),
            make_document("Another day in Rome.")]
    results = list(analyse_stream(docs, batch_size=2))
    assert [type(r) for r in results] == [DocAnalysis, Failure, DocAnalysis]
    assert "boom" in results[1].error and results[1].source == docs[1].source


@pytest.mark.model
def test_stages_failing_extractor_loses_only_its_layer(nlp, monkeypatch):
    from annalyst.extract import analyse_document, quotes

    def broken(ctx):
        raise KeyError("oops")

    monkeypatch.setattr(quotes, "extract_quotes", broken)
    document = make_document("“We will stay,” said Maria Lopez in Lima on 3 May 1999.")
    a = analyse_document(document, nlp(document.text))
    assert a.quotes == ()
    assert any(e.name == "Maria Lopez" for e in a.entities)  # the other layers are kept
    (finding,) = [f for f in a.findings if f.kind == "stage_failed"]
    assert "quotes" in finding.message and "KeyError" in finding.message and document.source in finding.message


def test_stages_duplicate_ids_keep_the_first_and_are_reported(nlp, monkeypatch):
    from annalyst.extract import analyse_document, quotes

    real = quotes.extract_quotes

    def doubled(ctx):
        found = real(ctx)
        return [*found, *found]

    monkeypatch.setattr(quotes, "extract_quotes", doubled)
    document = make_document("“We will stay,” said Maria Lopez in Lima on 3 May 1999.")
    a = analyse_document(document, nlp(document.text))
    assert len(a.quotes) == 1  # the store keys records by id: a duplicate would stop the whole run
    (finding,) = [f for f in a.findings if f.kind == "stage_failed"]
    assert "same id twice" in finding.message and document.source in finding.message
