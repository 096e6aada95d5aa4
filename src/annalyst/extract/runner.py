"""Running the per-document stage over a stream of documents, in batches.

Documents flow through spaCy's ``nlp.pipe`` in batches and are analysed right
after parsing, so no more than ``batch_size`` parses are alive at once. With
``workers > 1`` each worker process loads the model once and handles whole
batches (parse and extraction both), which parallelises the extraction too,
not only the parse, and sends back only plain records. The same batch
function is what a Dask cluster maps over (see :mod:`.cluster`).

A document whose analysis raises is returned as a :class:`Failure` with its
error; the run goes on.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence

from ..model import DocAnalysis, Document, Failure
from ..nlp import load_model
from . import STAGES, analyse_document, check_chain, cite_analysis
from .pieces import PIECE_CHARS, cut_points, join_pieces, piece_document

Result = DocAnalysis | Failure


def analyse_batch(documents: Sequence[Document], model: str | None = None) -> list[Result]:
    """Parse and analyse one batch of documents; never raises for one bad document.

    A document longer than :data:`~annalyst.extract.pieces.PIECE_CHARS` is analysed in pieces
    whose records are joined back with offsets into the whole text (see :mod:`.pieces`).
    """
    nlp = load_model(model)
    units: list[tuple[int, int, Document]] = []  # (index in batch, piece start, document or piece)
    for i, document in enumerate(documents):
        if len(document.text) > PIECE_CHARS:
            units.extend((i, start, piece_document(document, start, end))
                         for start, end in cut_points(document.text, PIECE_CHARS))
        else:
            units.append((i, 0, document))
    parts: list[list[tuple[int, DocAnalysis]]] = [[] for _ in documents]
    errors: dict[int, Exception] = {}
    texts = (u.text for _, _, u in units)
    longest = max((len(u.text) for _, _, u in units), default=1)
    # a parse needs some kilobytes a character (measured: 200,000 characters at once peak at 0.8 GB with the
    # model), so no more than one piece's worth of characters is parsed at once
    size = max(1, min(len(units), PIECE_CHARS // max(1, longest)))
    for (i, start, unit), parsed in zip(units, nlp.pipe(texts, batch_size=size), strict=True):
        if i in errors:
            continue
        try:
            parts[i].append((start, analyse_document(unit, parsed)))
        except Exception as exc:  # noqa: BLE001 - recorded with its error, the run goes on
            errors[i] = exc
    out: list[Result] = []
    for i, document in enumerate(documents):
        if i in errors:
            exc = errors[i]
            out.append(Failure(document.source, f"{document.source}: analysis failed: "
                                                f"{type(exc).__name__}: {exc}", "extract"))
        elif len(parts[i]) == 1 and parts[i][0][0] == 0 and len(document.text) <= PIECE_CHARS:
            out.append(parts[i][0][1])
        else:
            out.append(cite_analysis(join_pieces(document, parts[i])))  # notes may lie in a later piece
    return out


def in_batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """The documents in lists of ``size`` (the last one shorter), read lazily."""
    it = iter(documents)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _worker_init(model: str | None) -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent stops the pool and says how to resume,
    # so a worker leaves it to the parent rather than print a traceback of its own
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_model(model)


def _worker_batch(args: tuple[list[Document], str | None]) -> list[Result]:
    documents, model = args
    return analyse_batch(documents, model)


def analyse_stream(documents: Iterable[Document], *, workers: int = 1, batch_size: int = 32,
                   model: str | None = None) -> Iterator[Result]:
    """Yield a :class:`DocAnalysis` (or :class:`Failure`) per document, in input order."""
    check_chain(STAGES)
    batches = in_batches(documents, batch_size)
    if workers <= 1:
        for batch in batches:
            yield from analyse_batch(batch, model)
        return
    # Batches are submitted from this (the caller's) thread, a bounded window ahead: ``Pool.imap``
    # would pull the input from its own feeder thread, which runs the caller's generator there
    # (its SQLite checkpoint look-ups fail off their thread) and reads the whole input ahead.
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(workers, initializer=_worker_init, initargs=(model,)) as pool:
        window: deque = deque()
        for batch in batches:
            window.append(pool.apply_async(_worker_batch, ((batch, model),)))
            if len(window) > 2 * workers:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()
