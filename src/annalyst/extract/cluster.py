"""Running the per-document stage on a Dask cluster (``annalyst analyze --cluster``).

Two forms of address:

* ``tcp://HOST:8786`` (or any address ``dask.distributed.Client`` takes): an
  existing scheduler, started by hand (``dask scheduler`` and ``dask worker``),
  by a batch system (dask-jobqueue on SLURM or PBS) or by a cloud service;
* ``local:N``: a ``LocalCluster`` of N worker processes of one thread each, on
  127.0.0.1, without a dashboard, started for the run and closed after it.

Each task is one batch of documents through :func:`.runner.analyse_batch`, the
function ``--workers`` runs too, so a cluster extracts exactly what a local run
does. A worker process loads the model once: :func:`annalyst.nlp.load_model`
keeps it in a module-level cache that lives as long as the process. Batches are
submitted from the caller's thread at most a fixed number ahead (twice the
cluster's threads) and their results handed back in input order, so memory on
both sides holds a bounded number of documents however long the input.

A worker that dies (killed, out of memory, its node lost) loses only the batch
it was running: the scheduler runs that batch again on another worker, up to
``distributed.scheduler.allowed-failures`` times; a batch that raises is retried
``RETRIES`` times. Only the per-document stage runs on the cluster: the
cross-document stage runs afterwards in the calling process (see
``docs/performance.md`` for how far that goes).
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..errors import ClusterError
from ..model import DocAnalysis, Document, Failure
from . import STAGES, check_chain
from .runner import analyse_batch, in_batches

log = logging.getLogger(__name__)

Result = DocAnalysis | Failure
BatchFunction = Callable[[Sequence[Document], str | None], list[Result]]

RETRIES = 2  # a batch whose task raises (not one of its documents: those come back as Failure) runs again
CONNECT_SECONDS = 10.0  # how long to try to reach a scheduler before saying it cannot be reached
FORMS = "tcp://HOST:8786 (an existing Dask scheduler) or local:N (N worker processes on this machine)"
_LOCAL = re.compile(r"local:(\d+)")
_REMOTE = re.compile(r"([a-z][a-z0-9+]*://)?[^\s:/]+:\d+/?|[a-z][a-z0-9+]*://\S+")

_model_lock = threading.Lock()  # one batch at a time per worker process, whatever its thread count


def check_address(address: str) -> str:
    """Return ``address`` if it has one of the two forms, else raise :class:`ClusterError` naming them."""
    local = _LOCAL.fullmatch(address)
    if local and int(local.group(1)) >= 1:
        return address
    if not local and not address.startswith("local") and _REMOTE.fullmatch(address):
        return address
    raise ClusterError(f"--cluster {address!r}: not a cluster address; use {FORMS}")


@contextlib.contextmanager
def connect(address: Any, *, timeout: float = CONNECT_SECONDS) -> Iterator[Any]:
    """A ``distributed.Client`` on ``address`` (``local:N`` starts and afterwards stops a LocalCluster).

    ``address`` may also be a ``Client`` the caller already holds: it is used as it is, and left open.
    """
    if not isinstance(address, str):
        yield address
        return
    check_address(address)
    try:
        import distributed  # noqa: F401 - only to say how to install it
    except ImportError as exc:
        raise ClusterError(f"--cluster {address}: Dask is not installed; "
                           "run pip install 'annalyst[dask]'") from exc
    # Dask sets its own loggers to INFO; here they say only what the caller's logging lets through
    dask_log = logging.getLogger("distributed")
    level = dask_log.level
    dask_log.setLevel(max(logging.getLogger().getEffectiveLevel(), logging.INFO))
    try:
        with _client(address, timeout) as client:
            yield client
    finally:
        dask_log.setLevel(level)


@contextlib.contextmanager
def _local_config() -> Iterator[None]:
    """Dask settings for the workers of ``local:N`` (their nannies keep them for restarts too).

    Two of Dask's defaults cost a CPU-bound task like ours about a sixth of its time each
    (measured on 40 FRUS records: 8.6 s of CPU in a plain process, 12.0 s in a default Dask
    worker, 10.2 s without the profiler): the statistical profiler, which samples the task's
    thread every 10 ms, and ``MALLOC_TRIM_THRESHOLD_``, which makes glibc hand memory back to
    the system on nearly every free. ``--workers`` runs without either.
    """
    import dask

    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
    environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    with warnings.catch_warnings(), dask.config.set({"distributed.worker.profile.enabled": False,
                                                     "distributed.nanny.pre-spawn-environ": environ}):
        # the scheduler's small HTTP server (no dashboard) tries port 8787 first, then any free one
        warnings.filterwarnings("ignore", message="Port .* is already in use", category=UserWarning)
        yield


@contextlib.contextmanager
def _client(address: str, timeout: float) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    local = _LOCAL.fullmatch(address)
    if local:
        with _local_config():
            cluster = LocalCluster(n_workers=int(local.group(1)), threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
        try:
            with Client(cluster, set_as_default=False) as client:
                yield client
        finally:
            # a worker still freeing its memory after 4 s is killed, which its nanny reports as a warning
            nanny_log = logging.getLogger("distributed.nanny")
            level = nanny_log.level
            nanny_log.setLevel(logging.ERROR)
            try:
                cluster.close()
            finally:
                nanny_log.setLevel(level)
        return
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({exc}): is `dask scheduler` "
                           "running there, with its port open to this machine? Or use --cluster local:N") from exc
    with client:
        yield client


def _run_batch(documents: Sequence[Document], model: str | None,
               function: BatchFunction = analyse_batch) -> list[Result]:
    """One task: a batch through the per-document stage, in a worker process."""
    with _model_lock:
        return function(documents, model)


def _threads(client: Any) -> int:
    return sum(client.nthreads().values())


def analyse_on_cluster(documents: Iterable[Document], address: Any, *, batch_size: int = 32,
                       model: str | None = None, function: BatchFunction = analyse_batch,
                       timeout: float = CONNECT_SECONDS) -> Iterator[Result]:
    """Yield a :class:`DocAnalysis` (or :class:`Failure`) per document, in input order, every batch
    analysed on the cluster at ``address`` (as :func:`.runner.analyse_stream` does locally).

    ``address`` is ``tcp://HOST:8786``, ``local:N`` or a ``distributed.Client`` already open.

    ``function`` is the batch function the tasks run (default: :func:`.runner.analyse_batch`); it
    must be importable, or picklable by value, on the workers.
    """
    check_chain(STAGES)
    batches = in_batches(documents, batch_size)
    with connect(address, timeout=timeout) as client:
        from distributed import KilledWorker
        from distributed.client import FutureCancelledError

        errors = (KilledWorker, (FutureCancelledError, OSError))  # OSError: the connection to the scheduler
        where = address if isinstance(address, str) else client.scheduler.address
        threads = _threads(client)
        if any(n > 1 for n in client.nthreads().values()):
            log.warning("%s: workers with several threads run one batch at a time each; start them with "
                        "`dask worker --nthreads 1 --nworkers N` to use every core", where)
        window: deque = deque()  # (first document, future), oldest first
        for n, batch in enumerate(batches):
            if n % 50 == 49:  # a cluster can grow (dask-jobqueue, adaptive) or shrink while it runs
                threads = _threads(client)
            window.append((batch[0].source, client.submit(_run_batch, batch, model, function,
                                                          pure=False, retries=RETRIES)))
            while len(window) > max(4, 2 * threads):
                yield from _result(window.popleft(), where, errors)
        while window:
            yield from _result(window.popleft(), where, errors)


def _result(item: tuple[str, Any], address: str, errors: tuple[Any, Any]) -> list[Result]:
    source, future = item
    killed, lost = errors
    try:
        return future.result()
    except killed as exc:
        raise ClusterError(f"{address}: the batch starting with {source} killed a worker each time it ran "
                           f"({exc}); analyse that document alone to see why (too long for a worker's "
                           "memory?)") from exc
    except lost as exc:
        raise ClusterError(f"{address}: lost the cluster while the batch starting with {source} ran "
                           f"({type(exc).__name__}: {exc}); annalyst analyze keeps every batch finished "
                           "before: run the same command again to resume") from exc
    finally:
        future.release()
