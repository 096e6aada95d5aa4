"""The per-document stage on a Dask cluster (``--cluster``): same dossier as a local run, a lost
worker costs only its batch, and an address that cannot be reached is a one-line error.

The clusters are real ``LocalCluster``s of worker processes on 127.0.0.1.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import socket
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from click.testing import CliRunner

from annalyst.cli import cli
from annalyst.errors import ClusterError
from annalyst.extract.cluster import analyse_on_cluster, check_address, connect
from annalyst.extract.runner import analyse_stream
from annalyst.pipeline import analyse

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"
MARKER = "Quillmarsh"  # the worker that meets this word dies, once

INVENTED = {
    "harbour.txt": "The dock workers of Ostravel went on strike on 4 May 2011. “We stay out until the harbour "
                   "board listens,” said union leader Mira Kessan. The Harbour Board of Ostravel denied that "
                   "wages had been cut.\n",
    "council.txt": f"On 9 May 2011 the council of {MARKER} voted to close the eastern gate. Councillor Dorn "
                   "Abelwy said the vote was rushed. The mayor, Ilse Varron, said it was not.\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cluster") / "sources"
    shutil.copytree(SEEDS, folder)
    for name, text in INVENTED.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_dossier(corpus, tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("one-process")
    analyse([corpus], out)
    return (out / "dossier.json").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client():
    with connect("local:2") as client:
        yield client


def _documents(corpus: Path):
    from annalyst.ingest import read_sources

    return list(read_sources([corpus]))


@pytest.mark.model
def test_cluster_local_gives_the_same_dossier_as_one_process(corpus, local_dossier, tmp_path):
    out = tmp_path / "cluster"
    result = CliRunner().invoke(cli, ["analyze", str(corpus), "--out", str(out), "--cluster", "local:2",
                                      "--batch-size", "1"])
    assert result.exit_code == 0, result.output
    assert "documents read: 4, failed: 0" in result.output
    assert (out / "dossier.json").read_text(encoding="utf-8") == local_dossier


@pytest.mark.model
def test_cluster_loads_the_model_once_per_worker(corpus, client):
    documents = _documents(corpus)
    results = list(analyse_on_cluster(documents, client, batch_size=1))
    assert [r.document.id for r in results] == [d.id for d in documents]  # input order

    def model_loads() -> int:
        from annalyst.nlp import _load

        return _load.cache_info().misses

    loads = client.run(model_loads)
    assert len(loads) == 2 and max(loads.values()) == 1, loads


def _dies_once(documents, model, *, flag: str):
    """A batch function whose worker process dies the first time it meets the marker word."""
    from annalyst.extract.runner import analyse_batch

    if any(MARKER in d.text for d in documents) and not os.path.exists(flag):
        Path(flag).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return analyse_batch(documents, model)


@pytest.mark.model
def test_cluster_worker_killed_mid_run_loses_only_its_batch(corpus, client, tmp_path):
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this file
    try:
        documents = _documents(corpus)
        flag = tmp_path / "killed-once"
        function = functools.partial(_dies_once, flag=str(flag))
        results = list(analyse_on_cluster(documents, client, batch_size=1, function=function))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert flag.exists()  # a worker did die
    assert results == list(analyse_stream(documents, batch_size=1))


def _always_dies(documents, model):
    from annalyst.extract.runner import analyse_batch

    if any(MARKER in d.text for d in documents):
        os.kill(os.getpid(), signal.SIGKILL)
    return analyse_batch(documents, model)


@pytest.mark.model
def test_cluster_batch_that_kills_every_worker_is_named(corpus):
    import cloudpickle
    import dask

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        with dask.config.set({"distributed.scheduler.allowed-failures": 0}), connect("local:1") as client, \
                pytest.raises(ClusterError) as caught:
            list(analyse_on_cluster(_documents(corpus), client, batch_size=1, function=_always_dies))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert "council.txt" in str(caught.value)  # the batch that held the marker


def _slow(documents, model):
    import time

    time.sleep(60)


@pytest.mark.model
@pytest.mark.filterwarnings("ignore:Port .* is already in use")
def test_cluster_lost_mid_run_says_how_to_resume(corpus):
    import threading

    import cloudpickle
    from distributed import Client, LocalCluster

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    cluster = LocalCluster(n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None)
    try:
        with Client(cluster, set_as_default=False) as client, pytest.raises(ClusterError) as caught:
            threading.Timer(3, cluster.close).start()  # the scheduler goes away while a batch runs
            list(analyse_on_cluster(_documents(corpus), client, function=_slow))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
        cluster.close()
    assert "run the same command again" in str(caught.value), caught.value


def test_cluster_unreachable_address_is_a_one_line_error(corpus):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    with pytest.raises(ClusterError) as caught:
        list(analyse_on_cluster(_documents(corpus), address, timeout=1))
    message = str(caught.value)
    assert address in message and "\n" not in message and "local:N" in message


@pytest.mark.parametrize("address", ["tcp://10.0.0.5:8786", "scheduler.example:8786", "tls://h:8786",
                                     "local:1", "local:16"])
def test_cluster_address_forms_accepted(address):
    assert check_address(address) == address


@pytest.mark.parametrize("address", ["local", "local:0", "local:two", "8786", "scheduler", ""])
def test_cluster_address_malformed_names_both_forms(address):
    with pytest.raises(ClusterError, match="local:N"):
        check_address(address)


def test_cluster_cli_excludes_workers(corpus, tmp_path):
    result = CliRunner().invoke(cli, ["analyze", str(corpus), "--out", str(tmp_path), "--cluster", "local:2",
                                      "--workers", "2"])
    assert result.exit_code == 2 and "exclude each other" in result.output
