"""A run killed with SIGKILL at any moment, then run again, gives the same dossier as a clean run.

The real command runs in a subprocess on a small FRUS sample and is killed at
several moments: while the model loads, after the first batch reached the
checkpoint, during the cross-document stage, and the moment ``dossier.json``
appears (while the store and the report are written). After each kill whatever
is on disk must be whole (``dossier.json`` absent or complete JSON, the store
and the checkpoint open); the same command run again must finish and write a
``dossier.json`` byte for byte equal to a clean run's, and a store holding the
same record. Nothing in a dossier depends on the run (no clock, no output
path), so the files are compared as they are.

The corpus lives outside the project (``shared/corpus/frus``, as in
``test_real_corpus.py``): without it the test is skipped, except in CI.
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ANNALYST_SHARED", ROOT.parent / "shared"))
FRUS = SHARED / "corpus" / "frus" / "frus-2015.jsonl.gz"
RECORDS = 40
BATCH = 8
LIMIT = 600  # seconds for one run, far above what it needs


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    if not FRUS.exists():
        if os.environ.get("CI"):
            pytest.fail(f"FRUS corpus missing under {SHARED}")
        pytest.skip(f"FRUS corpus not found under {SHARED} (set ANNALYST_SHARED)")
    path = tmp_path_factory.mktemp("crash") / "frus-sample.jsonl"
    with gzip.open(FRUS, "rt", encoding="utf-8") as source, path.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(source, RECORDS))
    return path


def _start(sample: Path, out: Path, *more: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen([sys.executable, "-m", "annalyst", "analyze", str(sample), "--out", str(out),
                             "--batch-size", str(BATCH), *more],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _finish(sample: Path, out: Path) -> None:
    run = _start(sample, out)
    _, stderr = run.communicate(timeout=LIMIT)
    assert run.returncode == 0, stderr[-3000:]


def _checkpointed(out: Path) -> int:
    """How many analyses the run has committed to its checkpoint so far (0 before it exists)."""
    path = out / ".checkpoint.db"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1) as conn:
            return conn.execute("SELECT count(*) FROM analyses").fetchone()[0]
    except sqlite3.Error:  # not created yet, or locked by the writer this instant
        return 0


def _kill_when(sample: Path, out: Path, ready) -> bool:
    """Start a run and SIGKILL it as soon as ``ready(out)`` is true; False if it ended first."""
    run = _start(sample, out)
    deadline = time.monotonic() + LIMIT
    while run.poll() is None and not ready(out):
        assert time.monotonic() < deadline, "the run never reached the moment to kill it"
        time.sleep(0.02)
    if run.poll() is None:
        run.send_signal(signal.SIGKILL)
    run.communicate(timeout=60)
    return run.returncode == -signal.SIGKILL


def _resolving(out: Path) -> bool:
    # the first batch is checkpointed by now, every batch once the last document is analysed
    return _checkpointed(out) >= RECORDS


MOMENTS = {  # each a list of kills in a row on the same folder, then a run to the end
    "while loading": [lambda out: True],
    "after the first batch": [lambda out: _checkpointed(out) >= BATCH],
    "in the cross-document stage": [_resolving],
    "as dossier.json appears": [lambda out: (out / "dossier.json").exists()],
    "twice, the second while reusing the first's checkpoint": [
        lambda out: _checkpointed(out) >= BATCH, lambda out: _checkpointed(out) >= 3 * BATCH],
}


def _assert_whole(out: Path) -> None:
    """Whatever a kill left on disk is whole: no half-written dossier, store or checkpoint."""
    dossier = out / "dossier.json"
    if dossier.exists():
        json.loads(dossier.read_text(encoding="utf-8"))
    for name in ("annalyst.db", ".checkpoint.db"):
        if (out / name).exists():
            with sqlite3.connect(out / name) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(_leftovers(out)) <= 2  # at most the temporary file of the write that was cut short


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.glob(".*.tmp"))


@pytest.mark.model
@pytest.mark.slow
def test_crash_safety_killed_runs_resume_to_the_clean_dossier(sample, tmp_path):
    from annalyst.store import open_store

    clean = tmp_path / "clean"
    _finish(sample, clean)
    expected = (clean / "dossier.json").read_bytes()
    with open_store(clean / "annalyst.db") as store:
        expected_store = store.load()
    assert expected_store == json.loads(expected)

    for n, (moment, kills) in enumerate(MOMENTS.items()):
        out = tmp_path / f"killed{n}"
        for ready in kills:
            assert _kill_when(sample, out, ready), f"the run ended before it could be killed {moment}"
            _assert_whole(out)
        for leftover in out.glob(".*.tmp"):  # as if the kill were long ago (a fresh leftover may be a live write's)
            os.utime(leftover, (time.time() - 60, time.time() - 60))
        _finish(sample, out)
        assert not _leftovers(out), f"killed {moment}: the run again left {_leftovers(out)}"
        assert (out / "dossier.json").read_bytes() == expected, f"killed {moment}: the dossier differs"
        with open_store(out / "annalyst.db") as store:
            assert store.load() == expected_store, f"killed {moment}: the store differs"
        assert (out / "report.html").read_bytes() == (clean / "report.html").read_bytes()


@pytest.mark.model
@pytest.mark.slow
def test_crash_safety_sigterm_stops_two_workers_cleanly_and_the_next_run_resumes(sample, tmp_path):
    # a batch system ends a job with SIGTERM: the run stops as on Ctrl-C, says how to resume, and no worker
    # process prints a traceback of its own
    out = tmp_path / "terminated"
    run = _start(sample, out, "--workers", "2")
    deadline = time.monotonic() + LIMIT
    while run.poll() is None and _checkpointed(out) < BATCH:
        assert time.monotonic() < deadline, "the run never checkpointed its first batch"
        time.sleep(0.05)
    assert run.poll() is None, "the run ended before it could be stopped"
    run.send_signal(signal.SIGTERM)
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 130, stderr[-2000:]
    assert "interrupted" in stderr and "run the same command again to resume" in stderr
    assert "Traceback" not in stderr, stderr[-2000:]
    kept = _checkpointed(out)
    assert kept >= BATCH
    again = _start(sample, out, "--workers", "2")
    stdout, stderr = again.communicate(timeout=LIMIT)
    assert again.returncode == 0, stderr[-2000:]
    assert f"reused from an earlier run: {kept}" in stdout


def test_crash_safety_a_write_cut_short_leaves_the_previous_file_and_no_temporary(tmp_path, monkeypatch):
    from annalyst.export import dossier as dossier_module
    from annalyst.export import write_dossier
    from annalyst.model import Document, Dossier
    from annalyst.report import html as report_module
    from annalyst.report import write_report

    old = Dossier(documents=(Document("d1", "a.txt", "Oskar Lindqvar spoke.", "ab" * 32),))
    write_dossier(old, tmp_path / "dossier.json")
    write_report(old, tmp_path / "report.html")
    before = {name: (tmp_path / name).read_bytes() for name in ("dossier.json", "report.html")}
    plain = tmp_path / "plain"
    plain.write_text("x")
    assert {(tmp_path / name).stat().st_mode for name in before} == {plain.stat().st_mode}  # not private
    plain.unlink()

    def cut_short(value, f, **kwargs):
        f.write('{"format": "annalyst.dossier/1", "documents": [')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dossier_module, "_stream", cut_short)  # the dossier is written as a stream
    monkeypatch.setattr(report_module, "page_pieces", lambda d, limits=None: (_ for _ in ()).throw(MemoryError()))
    new = Dossier(documents=())
    with pytest.raises(OSError):
        write_dossier(new, tmp_path / "dossier.json")
    with pytest.raises(MemoryError):
        write_report(new, tmp_path / "report.html")
    assert {name: (tmp_path / name).read_bytes() for name in before} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.json", "report.html"]


def test_crash_safety_a_write_removes_the_temporaries_killed_writes_left_and_nothing_else(tmp_path):
    import fcntl

    from annalyst.export.atomic import write_atomic

    def made(name: str, age: float = 60) -> Path:
        path = tmp_path / name
        path.write_text("half a dossier", encoding="utf-8")
        os.utime(path, (time.time() - age, time.time() - age))
        return path

    stale = [made(".dossier.json.k3j_x9a2.tmp"), made(".dossier.json.Ab12cd34.tmp")]
    live = made(".dossier.json.live0001.tmp")  # a write in progress in another process: it holds the lock
    fresh = made(".dossier.json.fresh001.tmp", age=0)  # just created: its writer may not have locked it yet
    others = [made(".report.html.k3j_x9a2.tmp"), made("dossier.json.k3j_x9a2.tmp"), made(".dossier.json.k3j.tmp"),
              made(".dossier.json.k3j_x9a2.tmp.bak"), made("notes.tmp")]
    holder = os.open(live, os.O_RDONLY)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)
        write_atomic(tmp_path / "dossier.json", lambda f: f.write("{}"))
    finally:
        os.close(holder)
    assert not any(p.exists() for p in stale)
    assert live.exists() and fresh.exists() and all(p.exists() for p in others)
    assert (tmp_path / "dossier.json").read_text(encoding="utf-8") == "{}"
    # the write's own temporary file is gone too, and a later write of the same target removes the rest
    os.utime(fresh, (time.time() - 60, time.time() - 60))
    write_atomic(tmp_path / "dossier.json", lambda f: f.write("[]"))
    assert sorted(p.name for p in tmp_path.glob(".dossier.json.*")) == [".dossier.json.k3j.tmp",
                                                                        ".dossier.json.k3j_x9a2.tmp.bak"]
