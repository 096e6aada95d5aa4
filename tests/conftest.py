"""Shared fixtures. Tests that need the spaCy model use the ``nlp`` or ``analyse_text`` fixtures
and are marked ``model`` automatically."""

from __future__ import annotations

import hashlib

import pytest

from annalyst.model import DocAnalysis, Document


def pytest_collection_modifyitems(items):
    for item in items:
        if {"nlp", "analyse_text", "analyse_texts"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session")
def nlp():
    from annalyst.nlp import load_model

    return load_model()


def make_document(text: str, *, doc_id: str | None = None, published: str | None = None,
                  title: str | None = None, author: str | None = None, source: str | None = None) -> Document:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc_id = doc_id or "d" + sha[:12]
    return Document(id=doc_id, source=source or f"{doc_id}.txt", text=text, sha256=sha, title=title,
                    author=author, published=published)


@pytest.fixture
def analyse_text(nlp):
    """``analyse_text(text, published=None, **doc_fields) -> DocAnalysis``: run every per-document stage."""
    from annalyst.extract import analyse_document

    def run(text: str, **fields) -> DocAnalysis:
        document = make_document(text, **fields)
        return analyse_document(document, nlp(document.text))

    return run


@pytest.fixture
def analyse_texts(nlp):
    """``analyse_texts([text, ...] or [(text, fields), ...]) -> Dossier``: per-document stages, then resolution."""
    from annalyst.extract import analyse_document
    from annalyst.resolve import resolve

    def run(items) -> object:
        analyses = []
        for n, item in enumerate(items):
            text, fields = (item, {}) if isinstance(item, str) else item
            fields.setdefault("doc_id", f"doc{n}")
            document = make_document(text, **fields)
            analyses.append(analyse_document(document, nlp(document.text)))
        return resolve(analyses)

    return run
