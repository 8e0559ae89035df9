"""Parallel extraction gives the table of one process: same rows, same order, same problems."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from hostile import write_tiny_articles
from synthetic import generate_corpus

from analysis import cli, frames, pipeline
from analysis.metrics import extract_metrics
from analysis.parallel import POOL_MIN_FILES, chunks_of, map_chunks, resolve_jobs, show_progress
from analysis.pipeline import read_documents

ARTICLES = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Generated articles, two bad files (one sorting first, one in the middle) and a copy of
    an article under a later name."""
    folder = tmp_path_factory.mktemp("corpus")
    paths = generate_corpus(folder, ARTICLES, seed=11)
    (folder / "000000_aaaa_empty.txt").write_bytes(b"")
    (folder / "000020_zzzz_binary.txt").write_bytes(bytes(range(256)) * 8)
    shutil.copy(paths[3], folder / "000030_copy_of_3.txt")
    return folder


@pytest.fixture(scope="module")
def one_process(corpus):
    """The table and problems of a plain loop in this process."""
    problems = []
    return pipeline.load_metrics(corpus, problems=problems, jobs=1), problems


def test_chunks_keep_the_order_and_do_not_depend_on_the_jobs(tmp_path):
    paths = [tmp_path / f"{i:03d}.txt" for i in range(200)]
    chunks = chunks_of(paths)
    assert [p for chunk in chunks for p in chunk] == list(map(str, paths)) and len(chunks) == 34
    for jobs in (1, 3):
        assert list(map_chunks(list, paths, jobs=jobs)) == chunks


def test_small_inputs_stay_in_this_process_unless_jobs_are_given():
    assert resolve_jobs(None, POOL_MIN_FILES - 1) == 1
    assert resolve_jobs(None, POOL_MIN_FILES) == os.cpu_count()
    assert resolve_jobs(3, 5) == 3 and resolve_jobs(0, 5) == 1


def test_an_error_in_a_worker_reaches_the_caller(tmp_path):
    with pytest.raises(TypeError):
        list(map_chunks(sum, [tmp_path / "a", tmp_path / "b"], jobs=2))


def test_the_progress_bar_is_switchable(monkeypatch):
    monkeypatch.delenv("ANALYSIS_PROGRESS", raising=False)
    assert show_progress(True, 1) and not show_progress(False, 10**6)
    assert not show_progress(None, 5)  # short runs never draw one
    monkeypatch.setenv("ANALYSIS_PROGRESS", "1")
    assert show_progress(None, 5)
    monkeypatch.setenv("ANALYSIS_PROGRESS", "0")
    assert not show_progress(None, 10**6)


def test_one_and_two_processes_give_the_same_table_and_problems(corpus, one_process):
    expected, expected_problems = one_process
    problems = []
    table = pipeline.load_metrics(corpus, problems=problems, jobs=2)
    assert len(expected) > 5 * ARTICLES
    pd.testing.assert_frame_equal(table, expected)
    assert problems == expected_problems
    assert [p.path.rsplit("/", 1)[1] for p in problems if p.skipped] == [
        "000000_aaaa_empty.txt", "000020_zzzz_binary.txt", "000030_copy_of_3.txt"]


def test_the_same_table_as_ingest_then_extract(corpus, one_process):
    expected, expected_problems = one_process
    problems = []
    pd.testing.assert_frame_equal(extract_metrics(read_documents(corpus, problems=problems)),
                                  expected)
    assert problems == expected_problems


def test_the_command_line_extracts_with_jobs(corpus, one_process, tmp_path):
    out = tmp_path / "metrics.parquet"
    assert cli.main(["extract", str(corpus), "--out", str(out), "--jobs", "2"]) == cli.EXIT_PARTIAL
    expected = frames.write_table(one_process[0], tmp_path / "expected.parquet")
    pd.testing.assert_frame_equal(pd.read_parquet(out), pd.read_parquet(expected))


@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_tables_written_as_they_come_make_the_file_of_the_whole_table(corpus, one_process,
                                                                      tmp_path, monkeypatch,
                                                                      suffix):
    """write_tables (the command line's streaming write, here in row groups of 50 rows) gives
    the file write_table gives for the whole table."""
    monkeypatch.setattr(frames, "ROW_GROUP", 50)
    tables = list(pipeline.metric_tables(corpus, jobs=1))
    assert len(tables) > 2 and sum(t.num_rows for t in tables) > 150
    streamed = frames.write_tables(tables, tmp_path / f"streamed{suffix}")
    whole = frames.write_table(one_process[0], tmp_path / f"whole{suffix}")
    if suffix == ".csv":
        assert streamed.read_bytes() == whole.read_bytes()
    else:
        import pyarrow.parquet as pq

        assert pq.ParquetFile(streamed).metadata.num_row_groups > 2
        pd.testing.assert_frame_equal(pd.read_parquet(streamed), pd.read_parquet(whole))


# --- a run that is killed (issue 18, item 15) ---------------------------------------------------

def _session(leader: int) -> list[str]:
    """The live processes of session ``leader`` (the killed run, its fork server and workers)."""
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()
            command = Path(f"/proc/{name}/cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if int(stat[3]) == leader and stat[0] != "Z":
            found.append(f"{name} {command[:80].decode(errors='replace')}")
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_a_killed_extract_leaves_no_process_and_no_temporary_file(tmp_path, sig):
    """Killing `extract --jobs 2` left the fork server and its workers running for ever and a
    temporary file beside the output: the workers end with the run, SIGTERM removes the file
    at once, and after SIGKILL the next run removes it."""
    write_tiny_articles(tmp_path / "tiny", 5000)  # a few seconds of work, even on a fast machine
    out = tmp_path / "out" / "metrics.csv"
    env = dict(os.environ, ANALYSIS_PROGRESS="0")
    command = [sys.executable, "-m", "analysis", "extract"]
    with open(tmp_path / "stderr.txt", "w") as stderr:
        run = subprocess.Popen([*command, str(tmp_path / "tiny"), "--out", str(out), "--jobs", "2"],
                               env=env, stderr=stderr, start_new_session=True,
                               cwd=Path(__file__).parents[1])
        deadline = time.monotonic() + 60
        while len(_session(run.pid)) < 4 and time.monotonic() < deadline:  # run, server, 2 workers
            time.sleep(0.02)
        assert run.poll() is None and len(_session(run.pid)) >= 4, _session(run.pid)
        run.send_signal(sig)
        code = run.wait(timeout=60)
    deadline = time.monotonic() + 15
    while _session(run.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _session(run.pid) == []
    assert code == (143 if sig == signal.SIGTERM else -signal.SIGKILL)
    left = sorted(p.name for p in out.parent.iterdir())
    if sig == signal.SIGTERM:
        assert left == [], left
        assert (tmp_path / "stderr.txt").read_text().splitlines()[-1].startswith(
            "error: extract terminated by signal 15")
        return
    assert len(left) == 1 and left[0].startswith(".metrics.csv.") and left[0].endswith(".tmp")
    one = tmp_path / "one"
    one.mkdir()
    (one / "a.txt").write_text("佛山市第一人民医院现有床位1000张。\n", "utf-8")
    subprocess.run([*command, str(one), "--out", str(out)], env=env, check=True,
                   capture_output=True, cwd=Path(__file__).parents[1], timeout=120)
    assert sorted(p.name for p in out.parent.iterdir()) == ["metrics.csv"]
