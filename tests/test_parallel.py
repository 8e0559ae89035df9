"""Parallel extraction gives the table of one process: same rows, same order, same problems."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from analysis import cli, frames
from analysis.corpus import DUPLICATE_EVERY, generate_corpus
from analysis.ingest import read_documents
from analysis.metrics import extract_metrics
from analysis.parallel import map_paths, show_progress

ARTICLES = DUPLICATE_EVERY + 3  # so the corpus holds a duplicate


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Generated articles plus two bad files, one sorting first and one in the middle."""
    folder = tmp_path_factory.mktemp("corpus")
    generate_corpus(folder, ARTICLES, seed=11)
    (folder / "000000_aaaa_empty.txt").write_bytes(b"")
    (folder / "000050_zzzz_binary.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def test_map_paths_keeps_the_order_of_the_paths(tmp_path):
    paths = []
    for i in range(60):
        paths.append(tmp_path / f"{i:02d}.txt")
        paths[-1].write_bytes(b"x" * ((i * 37) % 101))
    expected = [p.stat().st_size for p in paths]
    assert list(map_paths(os.path.getsize, paths, jobs=1)) == expected
    assert list(map_paths(os.path.getsize, paths, jobs=3)) == expected


def test_an_error_in_a_worker_reaches_the_caller(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(map_paths(os.path.getsize, [tmp_path / "missing-1", tmp_path / "missing-2"], jobs=2))


def test_the_progress_bar_is_switchable(monkeypatch):
    monkeypatch.delenv("ANALYSIS_PROGRESS", raising=False)
    assert show_progress(True, 1) and not show_progress(False, 10**6)
    assert not show_progress(None, 5)  # short runs never draw one
    monkeypatch.setenv("ANALYSIS_PROGRESS", "1")
    assert show_progress(None, 5)
    monkeypatch.setenv("ANALYSIS_PROGRESS", "0")
    assert not show_progress(None, 10**6)


def test_one_and_two_processes_give_the_same_table_and_problems(corpus):
    one, two = [], []
    by_one = frames.load_metrics(corpus, problems=one, jobs=1)
    by_two = frames.load_metrics(corpus, problems=two, jobs=2)
    assert len(by_one) > 10 * ARTICLES
    pd.testing.assert_frame_equal(by_one, by_two)
    assert one == two
    assert sum(p.skipped for p in one) == 3  # two bad files and the duplicate


def test_the_same_table_as_ingest_then_extract(corpus):
    parallel_problems, serial_problems = [], []
    parallel = frames.load_metrics(corpus, problems=parallel_problems, jobs=2)
    serial = extract_metrics(read_documents(corpus, problems=serial_problems))
    pd.testing.assert_frame_equal(parallel, serial)
    assert parallel_problems == serial_problems


def test_the_command_line_extracts_with_jobs(corpus, tmp_path):
    out = tmp_path / "metrics.parquet"
    assert cli.main(["extract", str(corpus), "--out", str(out), "--jobs", "2"]) == cli.EXIT_PARTIAL
    expected = frames.load_metrics(corpus, jobs=1)
    frames.write_table(expected, tmp_path / "expected.parquet")
    pd.testing.assert_frame_equal(pd.read_parquet(out), pd.read_parquet(tmp_path / "expected.parquet"))
