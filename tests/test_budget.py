"""The per-article time budget: how it is set, how it stops work, and that a run goes on
without the article that ran out of time (reading it, or extracting its figures, in one
process or in a worker's chunk)."""

from __future__ import annotations

import time

import pytest

from analysis import budget, errors, ingest, metrics
from analysis.errors import AnalysisError
from analysis.metrics import extract_metrics
from analysis.pipeline import load_metrics, read_documents

HANG = "无尽循环"  # articles holding this word make the patched code below loop forever
GOOD = "深圳市人民医院现有床位500张。\n"
SLOW = f"{HANG}：珠海市人民医院现有床位800张，共有医生300名。\n"


@pytest.mark.parametrize("setting, size, seconds", [
    (None, 0, 10.0),
    (None, 2_000_000, 30.0),  # 10 s + 10 s per MB
    ("5", 1_000_000, 15.0),
    ("5,1", 3_000_000, 8.0),
    (" 2.5 , 0 ", 9_000_000, 2.5),
    ("0", 1_000_000, None),  # off
    ("0,5", 1_000_000, None),
])
def test_the_budget_grows_with_the_article(monkeypatch, setting, size, seconds):
    if setting is None:
        monkeypatch.delenv(budget.BUDGET_ENV, raising=False)
    else:
        monkeypatch.setenv(budget.BUDGET_ENV, setting)
    assert budget.seconds_for(size) == seconds


@pytest.mark.parametrize("setting", ["ten", "-1", "1,2,3", "1,,2", "1,x"])
def test_a_bad_setting_is_one_line_naming_the_variable(monkeypatch, setting):
    monkeypatch.setenv(budget.BUDGET_ENV, setting)
    with pytest.raises(AnalysisError, match=rf"^\${budget.BUDGET_ENV}=.*expected SECONDS"):
        budget.seconds_for(1000)


def _spin() -> None:
    while True:
        pass


def test_limit_stops_work_that_runs_past_the_budget(monkeypatch):
    monkeypatch.setenv(budget.BUDGET_ENV, "0.2,0")
    started = time.perf_counter()
    with pytest.raises(errors.OutOfTime, match=r"time budget \(0\.2 s for 0\.0 MB\)"), \
            budget.limit(100):
        _spin()
    assert time.perf_counter() - started < 5
    with budget.limit(100):
        pass  # work within the budget: nothing happens, and no timer is left running
    time.sleep(0.3)


def test_limited_raises_in_the_generator_never_in_its_consumer(monkeypatch):
    monkeypatch.setenv(budget.BUDGET_ENV, "0.2,0")
    got = []
    items = budget.limited(iter(range(10)), 100)
    with pytest.raises(errors.OutOfTime):
        for item in items:
            got.append(item)
            time.sleep(0.3)  # the consumer's own time: the budget runs out here, silently
    assert got == [0]  # the next item was refused


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A good article and one whose reading or extraction never ends, with a 1 s budget (the
    good one is read first without one: the first article pays for the lazy imports)."""
    (tmp_path / "a_good.txt").write_text(GOOD, "utf-8")
    extract_metrics(read_documents(tmp_path))
    (tmp_path / "b_slow.txt").write_text(SLOW, "utf-8")
    monkeypatch.setenv(budget.BUDGET_ENV, "1,0")
    return tmp_path


def test_an_article_that_takes_too_long_to_read_is_skipped(folder, monkeypatch):
    def hanging(text, notes):
        if HANG in text:
            _spin()
    monkeypatch.setattr(ingest, "_READERS", (hanging, *ingest._READERS))
    problems = []
    documents = read_documents(folder, problems)
    assert [d.doc_id for d in documents] == ["a_good"]
    (problem,) = problems
    assert problem.path.endswith("b_slow.txt") and problem.skipped
    assert str(problem).startswith(f"{folder / 'b_slow.txt'}: reading took longer than its "
                                   "time budget (1 s")


@pytest.fixture
def hanging_extraction(monkeypatch):
    """Extraction of an article holding HANG yields its first figure, then never ends."""
    real = metrics.iter_numbers

    def numbers(text):
        for index, number in enumerate(real(text)):
            if index == 1 and HANG in text:
                _spin()
            yield number
    monkeypatch.setattr(metrics, "iter_numbers", numbers)


@pytest.mark.parametrize("how", ["one process", "worker chunks"])
def test_an_article_whose_figures_take_too_long_gives_none(folder, hanging_extraction, how):
    problems = []
    if how == "one process":
        table = extract_metrics(read_documents(folder), problems)
    else:
        table = load_metrics(folder, problems, jobs=1)
    assert table[["doc_id", "metric", "value"]].values.tolist() == [["a_good", "beds", 500.0]]
    (problem,) = problems
    assert problem.path.endswith("b_slow.txt") and problem.skipped
    assert "extracting figures took longer than its time budget (1 s" in str(problem)
