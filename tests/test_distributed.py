"""Extraction on a real Dask cluster gives the single-process table, rows and order included."""

from __future__ import annotations

import sys

import pandas as pd
import pytest
from synthetic import generate_corpus

from analysis import pipeline
from analysis.distributed import npartitions


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    generate_corpus(folder, 50, seed=23)
    (folder / "000020_bad.png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    return folder


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as local:
        yield local


def test_a_local_cluster_gives_the_single_process_table(corpus, cluster):
    from distributed import Client

    expected_problems, problems = [], []
    expected = pipeline.load_metrics(corpus, problems=expected_problems, jobs=1)
    with Client(cluster) as client:
        table = pipeline.load_metrics(corpus, problems=problems, client=client)
    pd.testing.assert_frame_equal(table, expected)
    assert problems == expected_problems and any(p.skipped for p in problems)


def test_a_scheduler_address_connects_for_the_call(corpus, cluster):
    table = pipeline.load_metrics(corpus, client=cluster.scheduler_address)
    pd.testing.assert_frame_equal(table, pipeline.load_metrics(corpus, jobs=1))


def test_partitions_balance_the_workers():
    assert npartitions(50, 50, 2) == 4
    assert npartitions(100_000, 1563, 2) == 391
    assert npartitions(3, 3, 8) == 3
    assert npartitions(0, 0, 2) == 1


def test_without_dask_the_error_says_what_to_install(monkeypatch, corpus):
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"pip install \.\[dask\]"):
        pipeline.load_metrics(corpus, client="tcp://127.0.0.1:1")
