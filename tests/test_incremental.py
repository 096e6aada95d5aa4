"""Re-running after some sources changed gives what a clean run of the changed sources gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from annalyst.cli import cli

STORIES = {
    "harbour.txt": "Strike in Valmora\n\nBy Jane Orvik on 3 March 2020\n\nThe dock workers of Valmora went on "
                   "strike on 2 March 2020. “We will not go back until the port authority listens,” said union "
                   "leader Tomas Berg.\nThe Port Authority of Valmora denied that wages had been cut.\n",
    "council.txt": "Council of Pellin meets\n\nBy Ada Krell on 5 March 2020\n\nThe council of Pellin met on "
                   "4 March 2020 to discuss the strike in Valmora. Mayor Ilse Varro said the port authority had "
                   "cut wages.\n",
    "mill.txt": "Mill closes in Drosk\n\nBy Jane Orvik on 9 April 2020\n\nThe Drosk mill closed on 8 April 2020. "
                "Owner Piet Salla blamed the strike in Valmora.\n",
    "ferry.txt": "Ferry resumes\n\nBy Ada Krell on 12 April 2020\n\nThe ferry between Valmora and Pellin resumed "
                 "on 11 April 2020, said Tomas Berg.\n",
}
CHANGED = {
    "council.txt": STORIES["council.txt"].replace("had cut wages", "had never cut wages"),
    "ferry.txt": STORIES["ferry.txt"] + "The port authority of Valmora welcomed the news.\n",
}


def _write(folder: Path, stories: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in stories.items():
        (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.model
def test_incremental_rerun_after_two_files_changed_equals_a_clean_run(tmp_path):
    sources = tmp_path / "sources"
    _write(sources, STORIES)
    runner = CliRunner()
    again, clean = tmp_path / "again", tmp_path / "clean"
    assert runner.invoke(cli, ["analyze", str(sources), "--out", str(again)]).exit_code == 0
    _write(sources, CHANGED)
    result = runner.invoke(cli, ["analyze", str(sources), "--out", str(again)])
    assert result.exit_code == 0, result.output
    assert "reused from an earlier run: 2" in result.output
    assert runner.invoke(cli, ["analyze", str(sources), "--out", str(clean)]).exit_code == 0
    assert (again / "dossier.json").read_bytes() == (clean / "dossier.json").read_bytes()
    import sqlite3

    def rows(out: Path) -> list[tuple]:
        with sqlite3.connect(out / "annalyst.db") as conn:
            return [conn.execute(f"SELECT count(*) FROM {t}").fetchone() for t in ("documents", "claims", "links")]

    assert rows(again) == rows(clean)
