"""``annalyst serve``: loopback unless told otherwise, a clear message for a folder with no store."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from annalyst.cli import cli

pytest.importorskip("fastapi")


def _host_check(app) -> bool:
    from starlette.middleware.trustedhost import TrustedHostMiddleware

    return any(m.cls is TrustedHostMiddleware for m in app.user_middleware)


@pytest.fixture
def calls(monkeypatch):
    import uvicorn

    seen: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.append({"app": app, **kw}))
    return seen


@pytest.fixture
def case(tmp_path):
    from annalyst.model import Document, Dossier
    from annalyst.store.sqlite import SQLiteStore

    with SQLiteStore(tmp_path / "annalyst.db") as store:
        store.save(Dossier(documents=(Document("d1", "a.txt", "Some words.", "1" * 64),)))
    return tmp_path


def test_serve_binds_loopback_by_default(calls, case):
    result = CliRunner().invoke(cli, ["serve", str(case)])
    assert result.exit_code == 0, result.output
    assert calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8000


def test_serve_other_host_only_when_asked(calls, case):
    result = CliRunner().invoke(cli, ["serve", str(case), "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls[0]["host"] == "0.0.0.0" and calls[0]["port"] == 8123
    assert not _host_check(calls[0]["app"])


def test_serve_help_names_the_default_host():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert "127.0.0.1]" in " ".join(result.output.split()).replace("[default: ", "")


def test_serve_without_a_store_says_what_to_run(calls, tmp_path):
    result = CliRunner().invoke(cli, ["serve", str(tmp_path)])
    assert result.exit_code == 1
    assert "no annalyst.db here" in result.output and "annalyst analyze" in result.output
    assert not calls


def test_serve_refuses_a_file_that_is_not_a_store(calls, tmp_path):
    (tmp_path / "annalyst.db").write_text("not a database")
    result = CliRunner().invoke(cli, ["serve", str(tmp_path)])
    assert result.exit_code == 1 and "cannot read the store" in result.output
