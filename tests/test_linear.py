"""Reading time grows with the input, never faster: each hostile shape of ``linear_shapes`` at
8 times the size takes at most about 8 times as long, and no shape takes much longer than an
ordinary article of its size. Only ratios of times measured in the same run are compared; a
shape that runs away is stopped at a cap (a multiple of the yardstick's time) and fails.
(``benchmarks/linear.py`` measures the same shapes at 10 KB, 100 KB and 1 MB.)
"""

from __future__ import annotations

import signal
import time

import pytest
from linear_shapes import SHAPES, ordinary

from analysis.errors import IngestError
from analysis.ingest import read_document
from analysis.metrics import document_metrics
from analysis.text import furniture_kind

SIZE = 16_000
GROWTH = 8  # the larger input is this many times the smaller
MAX_GROWTH = 24  # linear work gives about 8 (up to 20 where a fast path ends), quadratic 64
MAX_SLOWDOWN = 60  # against an ordinary article of the same size (one long sentence is ~10)
BUSY = 10  # wall seconds a CPU second may take on a busy machine before a run counts as stuck


class _RanAway(Exception):
    pass


def _stop(signum, frame):
    raise _RanAway


def seconds(work, cap: float, repeat: int = 3) -> float:
    """The best CPU time (of this process: what other processes on the machine do, the other
    test worker's included, does not count) of ``repeat`` runs of ``work()``; inf once a run
    takes longer than ``BUSY * cap`` seconds of wall time (it is stopped then: a wall-time
    timer, as one on CPU time would coarsen the clock measured here to 4 ms ticks)."""
    best = float("inf")
    previous = signal.signal(signal.SIGALRM, _stop)
    try:
        for _ in range(repeat):
            signal.setitimer(signal.ITIMER_REAL, BUSY * cap)
            started = time.process_time()
            try:
                work()
            except _RanAway:
                return float("inf")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            best = min(best, time.process_time() - started)
    finally:
        signal.signal(signal.SIGALRM, previous)
    return best


def reader(tmp_path, name: str, data: bytes):
    """A function reading ``data`` as an article file and extracting its figures."""
    path = tmp_path / name
    path.write_bytes(data)

    def read() -> None:
        try:
            document_metrics(read_document(path)[0])
        except IngestError:
            pass  # skipped is an outcome too: the time is what counts
    return read


@pytest.fixture(scope="module")
def yardstick(tmp_path_factory) -> tuple[float, float]:
    """Seconds for an ordinary article of SIZE and of GROWTH * SIZE bytes."""
    folder = tmp_path_factory.mktemp("yardstick")
    return (seconds(reader(folder, "small.txt", ordinary(SIZE)), 60),
            seconds(reader(folder, "large.txt", ordinary(GROWTH * SIZE)), 60))


@pytest.fixture(autouse=True)
def no_budget(monkeypatch):
    monkeypatch.setenv("ANALYSIS_ARTICLE_BUDGET", "0")  # the time itself is measured


@pytest.mark.parametrize("shape", list(SHAPES))
def test_reading_time_grows_linearly(shape, tmp_path, yardstick):
    small_ordinary, large_ordinary = yardstick
    cap = max(1.0, MAX_SLOWDOWN * large_ordinary)
    small = seconds(reader(tmp_path, "small.txt", SHAPES[shape](SIZE)), cap)
    assert small <= max(MAX_SLOWDOWN * small_ordinary, 0.01), (
        f"{shape}: {small:.3f} s against {small_ordinary:.3f} s for an ordinary article")
    large = seconds(reader(tmp_path, "large.txt", SHAPES[shape](GROWTH * SIZE)), cap, repeat=2)
    assert large <= MAX_GROWTH * max(small, 0.005), (  # a few ms are all fixed costs
        f"{shape}: {small:.4f} s for {SIZE} bytes, {large:.4f} s for {GROWTH} times as many")


@pytest.mark.parametrize("words", ["扫码", "分享 ", "赞", "扫码赞"])
def test_widget_lines_are_judged_in_time_linear_in_their_length(words):
    """A line of widget-like words that is not all widgets (it ends in 好): each word more used to
    double the time (扫码\\S{0,6} can hold the next word, a space can go to either side)."""
    short, long_ = words * 2 + " 好", words * 16 + " 好"
    assert len(long_) <= 60  # the length up to which lines are tried as widgets
    few = seconds(lambda: [furniture_kind(short) for _ in range(200)], 30)
    many = seconds(lambda: [furniture_kind(long_) for _ in range(200)], max(1.0, 200 * few))
    assert many <= MAX_GROWTH * few, (words, few, many)


def test_a_breadcrumb_like_line_is_judged_in_time_linear_in_its_length():
    """Nine crumbs with spaces around each mark (one more than a breadcrumb has): every split of
    the spaces between crumb and mark used to be tried."""
    short, long_ = "ab  >  cd  >  ef x", "  >  ".join(["ab"] * 10) + " x"
    few = seconds(lambda: [furniture_kind(short) for _ in range(200)], 30)
    many = seconds(lambda: [furniture_kind(long_) for _ in range(200)], max(1.0, 200 * few))
    assert many <= MAX_GROWTH * few, (few, many)
