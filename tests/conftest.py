"""Shared fixtures. Tests that need the spaCy model use the ``nlp`` or ``analyse_text`` fixtures
and are marked ``model`` automatically. ``store_target`` runs a test on a SQLite file and on a new
PostgreSQL database (``postgres_url``) of a throwaway server started once per session by
``scripts/postgres`` (skipped, saying why, where PostgreSQL cannot start; a failure when CI=true)."""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

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


# -- PostgreSQL: a throwaway server started by scripts/postgres, one fresh database per test

_POSTGRES_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "postgres"


def _postgres_unavailable(reason: str) -> None:
    """On CI a PostgreSQL that cannot start fails the run; elsewhere its tests are skipped, saying why."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is required on CI: {reason}")
    pytest.skip(f"no PostgreSQL for the store tests: {reason}")


@pytest.fixture(scope="session")
def postgres_server():
    """``postgresql://postgres@127.0.0.1:PORT/annalyst`` of a server living for the test session."""
    if os.environ.get("CI") != "true":
        pytest.importorskip("sqlalchemy", reason="pip install 'annalyst[postgres]' for the PostgreSQL store tests")
        pytest.importorskip("psycopg", reason="pip install 'annalyst[postgres]' for the PostgreSQL store tests")
    found = shutil.which("initdb") or glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if not found and os.environ.get("CI") != "true":  # only CI lets the script install the package
        _postgres_unavailable("initdb not found (apt-get install postgresql, or run scripts/postgres start DIR once "
                              "as root, which installs it)")
    folder = tempfile.mkdtemp(prefix="annalyst-pg-")  # not under pytest's tmp: the postgres user must reach it
    try:
        done = subprocess.run([str(_POSTGRES_SCRIPT), "start", folder], check=False, capture_output=True, text=True,
                              timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        _postgres_unavailable(f"scripts/postgres start failed: {exc}")
    if done.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        _postgres_unavailable(f"scripts/postgres start failed: {done.stderr.strip()[-2000:]}")
    yield done.stdout.strip().splitlines()[-1]
    subprocess.run([str(_POSTGRES_SCRIPT), "stop", folder], check=False, capture_output=True, timeout=120)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server):
    """A new, empty database on the session's server, dropped after the test."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:16]}"
    base = postgres_server.rsplit("/", 1)[0]
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{base}/{name}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request, tmp_path):
    """Where ``open_store`` makes a new store: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return tmp_path / "annalyst.db"
    return request.getfixturevalue("postgres_url")
