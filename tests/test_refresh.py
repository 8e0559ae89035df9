"""Scheduled refresh: up to date without a kernel, rebuilds only what changed, builds aside and
swaps, keeps the previous reports on failure, serialises concurrent runs, survives a kill.

One real build (three reports: the overview and two regions from two seeds) is made per module
and copied for each test; the tests that only check what would be rebuilt use a fake renderer.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import datetime
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import build, cli, manifest, outputs, refresh, render, whats_new
from analysis.errors import LockedError, ReportError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ZHUHAI, SHENZHEN, SHENZHEN_2 = ("000_2daad9167e9ceef8.txt", "002_b28a8df92fb246f6.txt",
                                "003_3f0559ab395d32d5.txt")
BASE = (ZHUHAI, SHENZHEN)
REPORTS = ("overview", "region-shenzhen", "region-zhuhai")
NOT_REPORTS = ("refresh.log", "failed")  # what a failed refresh may add to the folder

# Runs the command line in a subprocess, with test-only switches: another notebooks folder,
# and a SIGKILL of itself right before the swap.
DRIVER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from analysis import build, cli, refresh
    if os.environ.get("TEST_NOTEBOOKS"):
        refresh.DEFAULT_NOTEBOOKS = Path(os.environ["TEST_NOTEBOOKS"])
    if os.environ.get("TEST_KILL_BEFORE_SWAP"):
        build._before_swap = lambda stage: os.kill(os.getpid(), signal.SIGKILL)
    sys.exit(cli.main(sys.argv[1:]))
""")


# --- helpers -----------------------------------------------------------------------------------

def _seeds(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy2(SEEDS / name, folder / name)
    return folder


def _snapshot(folder: Path, skip: tuple[str, ...] = NOT_REPORTS) -> dict[str, str]:
    """Every file under ``folder`` (but ``skip`` at the top) by relative path -> sha256."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and p.relative_to(folder).parts[0] not in skip}


def _stamps(folder: Path, names: list[str]) -> dict[str, tuple[int, str]]:
    return {n: ((folder / n).stat().st_mtime_ns,
                hashlib.sha256((folder / n).read_bytes()).hexdigest()) for n in names}


def _report_files(*names: str) -> list[str]:
    return [f"{n}{s}" for n in names for s in (".html", ".pdf")]


def _log(out: Path) -> list[str]:
    return (out / outputs.LOG).read_text(encoding="utf-8").splitlines()


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.glob(f".{out.name}.*")
                  if p.name != outputs.lock_path(out).name)


def _assert_valid(out: Path) -> None:
    """A complete reports folder: every indexed report has its HTML and PDF, the data tables,
    the outputs the manifest recorded untouched, nothing half-built left beside it."""
    entries = render.read_entries(out)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert entries
    for entry in entries:
        assert f'href="{entry["name"]}.html"' in index
        assert (out / f"{entry['name']}.html").stat().st_size > 0
        assert (out / f"{entry['name']}.pdf").read_bytes()[:5] == b"%PDF-"
    assert (out / "data" / "metrics.csv").is_file() and (out / whats_new.PAGE).is_file()
    recorded = manifest.load(out)["outputs"]
    assert manifest.changed_outputs(out, recorded) == []
    assert _leftovers(out) == []


def _run(args: list[str], env: dict[str, str] | None = None,
         **kwargs: object) -> subprocess.Popen:
    # Not run from the repository: ``-c`` puts the working folder first on sys.path.
    return subprocess.Popen([sys.executable, "-c", DRIVER, *args], cwd=Path(args[-1]).parent,
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def _notebooks(folder: Path, edit: str | None = None, cell: str = "") -> Path:
    """A copy of the report notebooks; ``edit`` (a stem) gets ``cell`` added after its first
    code cell (markdown when it does not look like code)."""
    shutil.copytree(render.NOTEBOOKS, folder, ignore=shutil.ignore_patterns("kernel-ipc-*"))
    if edit:
        notebook = nbformat.read(folder / f"{edit}.ipynb", as_version=4)
        new = (nbformat.v4.new_code_cell(cell) if "(" in cell or "=" in cell
               else nbformat.v4.new_markdown_cell(cell))
        new.id = "added-by-test"
        notebook.cells.insert(3, new)
        nbformat.write(notebook, folder / f"{edit}.ipynb")
    return folder


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> tuple[Path, Path]:
    """Seeds (a Zhuhai and a Shenzhen article) and their reports built by a first refresh."""
    root = tmp_path_factory.mktemp("baseline")
    seeds = _seeds(root / "seeds", *BASE)
    out = root / "reports"
    result = refresh.refresh(seeds, out)
    assert not result.up_to_date and sorted(result.rebuilt) == list(REPORTS)
    return seeds, out


@pytest.fixture
def built(baseline, tmp_path) -> tuple[Path, Path]:
    """A copy of the baseline reports (timestamps kept) next to the shared seeds."""
    seeds, source = baseline
    out = tmp_path / "reports"
    shutil.copytree(source, out)
    return seeds, out


# --- inputs (fast) -----------------------------------------------------------------------------

def test_notebooks_folder_is_the_same_everywhere():
    assert manifest.NOTEBOOKS == refresh.DEFAULT_NOTEBOOKS == render.NOTEBOOKS


# --- the lock and crash leftovers (fast) ----------------------------------------------------------

def test_a_second_refresh_fails_at_once_naming_the_holder_or_waits(tmp_path, fake_render):
    seeds, out = _seeds(tmp_path / "seeds", ZHUHAI), tmp_path / "reports"
    with outputs.locked(out):
        started = time.monotonic()
        with pytest.raises(LockedError, match=rf"another refresh is running \(pid {os.getpid()}, "
                                              r"since \d{4}-\d\d-\d\dT"):
            refresh.refresh(seeds, out)
        assert time.monotonic() - started < 1
        with pytest.raises(LockedError, match="waited 1s"):
            refresh.refresh(seeds, out, wait=1)
        assert time.monotonic() - started >= 1
    assert _log(out)[-1].split()[1] == "locked" and not (out / "index.html").exists()

    holder = outputs.locked(out)
    holder.__enter__()
    threading.Timer(0.5, holder.__exit__, (None, None, None)).start()
    result = refresh.refresh(seeds, out, wait=30)  # waits for the holder, then builds
    assert result.rebuilt == ["overview", "region-zhuhai"] == fake_render


def test_a_bad_wait_setting_is_a_one_line_error(tmp_path, fake_render, monkeypatch, capsys):
    seeds, out = _seeds(tmp_path / "seeds", ZHUHAI), tmp_path / "reports"
    monkeypatch.setenv(refresh.WAIT_ENV, "soon")
    assert cli.main(["refresh", str(seeds), "--out", str(out)]) == cli.EXIT_FAILED
    assert "not a number of seconds" in capsys.readouterr().err


def test_an_interrupted_swap_is_put_back_and_stale_folders_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(outputs, "SWAP_GRACE_SECONDS", -1)
    out = tmp_path / "reports"
    aside = tmp_path / ".reports.old-1234abcd"  # killed between the two renames of a swap
    aside.mkdir()
    (aside / "index.html").write_text("old", encoding="utf-8")
    stage = tmp_path / ".reports.building-xyz"
    stage.mkdir()
    (tmp_path / ".reports.refresh-stage").write_text(json.dumps({"stage": str(stage)}))
    other = tmp_path / ".reports.building-fresh"  # someone else's build in progress: kept
    other.mkdir()
    done = outputs.clean_stale(out)
    assert (out / "index.html").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".reports.building-fresh", "reports"]
    assert any("restored" in d for d in done) and any(stage.name in d for d in done)


# --- what would be rebuilt (fake renderer: fast) -------------------------------------------------

def test_a_region_without_articles_is_dropped_and_tampered_outputs_rebuilt(built, tmp_path,
                                                                        fake_render):
    _, out = built
    seeds = _seeds(tmp_path / "seeds", SHENZHEN)  # the Zhuhai article is gone
    (out / "region-shenzhen.pdf").unlink()
    result = refresh.refresh(seeds, out)
    assert fake_render == ["overview", "region-shenzhen"]
    assert result.removed == ["region-zhuhai"] and not (out / "region-zhuhai.html").exists()
    assert not (out / "region-zhuhai.pdf").exists()
    assert [e["name"] for e in render.read_entries(out)] == ["overview", "region-shenzhen"]
    assert "region-zhuhai" not in (out / "index.html").read_text(encoding="utf-8")
    page = (out / whats_new.PAGE).read_text(encoding="utf-8")
    assert ZHUHAI[:-4] in page and "移除的文章 Removed articles" in page
    assert refresh.refresh(seeds, out).up_to_date


def test_a_library_change_rebuilds_every_report(built, tmp_path, fake_render, monkeypatch):
    seeds, out = built
    extra = tmp_path / "extra.py"
    extra.write_text("x = 1\n", encoding="utf-8")
    files = manifest.library_files()
    monkeypatch.setattr(manifest, "library_files", lambda: [*files, extra])
    assert refresh.refresh(seeds, out).changed == ["library"]  # the extra file is new
    assert sorted(fake_render) == list(REPORTS)
    fake_render.clear()
    assert refresh.refresh(seeds, out).up_to_date and fake_render == []
    extra.write_text("x = 2\n", encoding="utf-8")
    assert refresh.refresh(seeds, out).rebuilt == list(REPORTS)


@pytest.mark.parametrize("edited, rebuilt", [
    ("metrics.py", ()), ("pipeline.py", ()), ("numbers.py", ()),  # through the rows only
    ("refresh.py", ()), ("outputs.py", ()),  # whether to build, not what is built
    ("charts.py", REPORTS), ("chart_plan.py", REPORTS), ("headlines.py", REPORTS),
    ("report.py", REPORTS), ("build.py", REPORTS), ("whats_new.py", REPORTS),
    ("templates/report.css", REPORTS), ("templates/whats_new.html.j2", REPORTS)])
def test_only_presentation_code_is_in_the_key(built, tmp_path, fake_render, monkeypatch,
                                              edited, rebuilt):
    """Extraction code reaches a report through its rows (the rows here do not change); the
    code and templates that draw the reports rebuild every report."""
    seeds, out = built
    package = tmp_path / "analysis"
    shutil.copytree(manifest.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(manifest, "PACKAGE", package)
    assert refresh.refresh(seeds, out).up_to_date  # the same files: the same key
    with open(package / edited, "a", encoding="utf-8") as f:
        f.write("\n/* edited */\n" if edited.endswith(".css") else "\n# edited\n")
    result = refresh.refresh(seeds, out)
    assert sorted(fake_render) == list(rebuilt)
    assert result.up_to_date == (not rebuilt)


def test_editing_a_benchmark_or_a_test_helper_rebuilds_nothing(built, tmp_path, fake_render,
                                                             monkeypatch):
    """The key is the package's presentation code: the benchmarks and the corpus generator
    beside the package (here copies, laid out as in the repository) are not part of it."""
    seeds, out = built
    root = tmp_path / "repository"
    shutil.copytree(manifest.PACKAGE, root / "analysis",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "benchmarks", root / "benchmarks",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (root / "tests").mkdir()
    shutil.copy2(ROOT / "tests" / "synthetic.py", root / "tests" / "synthetic.py")
    monkeypatch.setattr(manifest, "PACKAGE", root / "analysis")
    assert refresh.refresh(seeds, out).up_to_date
    for edited in [*sorted((root / "benchmarks").glob("*.py")), root / "tests" / "synthetic.py"]:
        with open(edited, "a", encoding="utf-8") as f:
            f.write("\n# edited\n")
    assert refresh.refresh(seeds, out).up_to_date and fake_render == []
    with open(root / "analysis" / "charts.py", "a", encoding="utf-8") as f:
        f.write("\n# edited\n")  # the same copy does see a chart edit
    assert refresh.refresh(seeds, out).changed == ["library"]
    assert sorted(fake_render) == list(REPORTS)


@pytest.mark.parametrize("notebook, rebuilt", [
    ("overview", ["overview"]), ("drilldown", ["region-shenzhen", "region-zhuhai"])])
def test_editing_a_notebook_rebuilds_the_reports_made_with_it(built, tmp_path, fake_render,
                                                             notebook, rebuilt):
    seeds, out = built
    notebooks = _notebooks(tmp_path / "notebooks", notebook, "## 新段落 Added by a test")
    result = refresh.refresh(seeds, out, notebooks_dir=notebooks)
    assert result.changed == [f"notebooks {notebook}"] and sorted(fake_render) == rebuilt
    assert sorted(result.kept) == sorted(set(REPORTS) - set(rebuilt))


def test_extra_reports_in_the_index_are_kept_and_refreshed(built, tmp_path, fake_render):
    seeds, out = built
    entries = render.read_entries(out)
    extra = build.drilldown_spec("深圳", "beds")
    entries = render.merge_entries(entries, [extra], datetime.now().astimezone())
    (out / "reports.json").write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    result = refresh.refresh(seeds, out)  # reports.json changed: look again
    assert fake_render == [extra.name] and result.removed == []
    assert extra.name in [e["name"] for e in render.read_entries(out)]


def test_a_full_make_report_leaves_nothing_for_the_next_refresh(tmp_path, fake_render):
    """make report of every report records the manifest a refresh would: the refresh after it
    renders nothing. A build of one drill-down or of a period records none of its own."""
    seeds = _seeds(tmp_path / "seeds", *BASE)
    out = tmp_path / "reports"
    built = build.build_reports(seeds, out)
    assert sorted(built.reports) == list(REPORTS) and sorted(fake_render) == list(REPORTS)
    before = _snapshot(out)
    result = refresh.refresh(seeds, out)
    assert result.up_to_date and sorted(result.kept) == list(REPORTS)
    assert sorted(fake_render) == list(REPORTS)  # nothing rendered again
    assert _snapshot(out) == before
    shutil.copy2(SEEDS / SHENZHEN_2, seeds / SHENZHEN_2)  # and a new article is still seen
    assert sorted(refresh.refresh(seeds, out).rebuilt) == ["overview", "region-shenzhen"]

    dated = tmp_path / "dated"
    build.build_reports(seeds, dated, since="2020-01-01")
    assert not (dated / manifest.MANIFEST).exists()
    assert not refresh.refresh(seeds, dated).up_to_date


def test_force_rebuilds_everything(built, fake_render):
    seeds, out = built
    result = refresh.refresh(seeds, out, force=True)
    assert result.changed == ["forced"] and sorted(fake_render) == list(REPORTS)


# --- real builds ---------------------------------------------------------------------------------

@pytest.mark.slow
def test_no_change_starts_no_kernel(built, monkeypatch, capsys):
    seeds, out = built
    before = _snapshot(out, skip=(*NOT_REPORTS, manifest.MANIFEST))
    recorded = {k: v for k, v in manifest.load(out).items() if k != "cache"}

    def forbidden(*args, **kwargs):
        raise AssertionError("a report was rendered")

    import papermill
    monkeypatch.setattr(render, "render_report", forbidden)
    monkeypatch.setattr(render, "execute_notebook", forbidden)
    monkeypatch.setattr(papermill, "execute_notebook", forbidden)
    result = refresh.refresh(seeds, out)
    assert result.up_to_date and str(result).startswith("up to date")
    assert sorted(result.kept) == list(REPORTS)
    assert cli.main(["refresh", str(seeds), "--out", str(out)]) == cli.EXIT_OK
    assert "up to date" in capsys.readouterr().err
    assert _snapshot(out, skip=(*NOT_REPORTS, manifest.MANIFEST)) == before
    assert {k: v for k, v in manifest.load(out).items() if k != "cache"} == recorded  # only
    # the stat cache may be rewritten (entries too fresh to trust at the first build)
    assert [line.split()[1] for line in _log(out)[-2:]] == ["up-to-date", "up-to-date"]


@pytest.mark.slow
def test_no_change_imports_no_pandas_or_papermill_and_takes_under_a_second(built):
    seeds, out = built
    code = textwrap.dedent("""
        import json, sys, time
        started = time.perf_counter()
        from analysis.refresh import refresh
        result = refresh(sys.argv[1], sys.argv[2])
        heavy = [m for m in ("pandas", "papermill", "matplotlib", "nbformat", "jupyter_client",
                             "analysis.report", "analysis.render") if m in sys.modules]
        print(json.dumps({"result": str(result), "heavy": heavy,
                          "seconds": time.perf_counter() - started}))
    """)
    done = subprocess.run([sys.executable, "-c", code, str(seeds), str(out)], cwd=out.parent,
                          capture_output=True, text=True, check=True, timeout=60)
    found = json.loads(done.stdout)
    assert found["result"].startswith("up to date") and found["heavy"] == []
    assert found["seconds"] < 1.0


@pytest.mark.slow
def test_adding_an_article_rebuilds_its_region_and_the_overview(built, tmp_path):
    _, out = built
    seeds = _seeds(tmp_path / "seeds", *BASE, SHENZHEN_2)
    zhuhai = _stamps(out, _report_files("region-zhuhai"))
    result = refresh.refresh(seeds, out)
    assert sorted(result.rebuilt) == ["overview", "region-shenzhen"]
    assert result.kept == ["region-zhuhai"] and result.new_articles == 1
    assert _stamps(out, _report_files("region-zhuhai")) == zhuhai  # not touched

    doc_id = SHENZHEN_2[:-4]
    metrics = pd.read_csv(out / "data" / "metrics.csv", dtype=str)
    added = metrics[metrics["doc_id"] == doc_id]
    assert len(added) == result.new_figures > 0
    quote = html.escape(added["quote"].iloc[0])
    for name in ("overview.html", "region-shenzhen.html", whats_new.PAGE):
        assert quote in (out / name).read_text(encoding="utf-8"), name
    assert quote not in (out / "region-zhuhai.html").read_text(encoding="utf-8")
    page = (out / whats_new.PAGE).read_text(encoding="utf-8")
    assert doc_id in page and f"新数字 New or changed figures ({len(added)})" in page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "1 篇新文章" in index and f'href="{whats_new.PAGE}"' in index
    render.check_self_contained(index)
    _assert_valid(out)
    assert refresh.refresh(seeds, out).up_to_date
    line = _log(out)[-2]
    assert " ok " in line and "rebuilt=overview,region-shenzhen" in line and "+1" in line


@pytest.mark.slow
def test_editing_one_notebook_rebuilds_only_its_reports(built, tmp_path):
    seeds, out = built
    notebooks = _notebooks(tmp_path / "notebooks", "overview", "## 测试段落 Added by a test")
    regions = _report_files("region-shenzhen", "region-zhuhai")
    before = _stamps(out, regions)
    result = refresh.refresh(seeds, out, notebooks_dir=notebooks)
    assert result.rebuilt == ["overview"] and result.changed == ["notebooks overview"]
    assert _stamps(out, regions) == before
    assert "测试段落 Added by a test" in (out / "overview.html").read_text(encoding="utf-8")
    assert refresh.refresh(seeds, out, notebooks_dir=notebooks).up_to_date
    _assert_valid(out)


@pytest.mark.slow
def test_a_failing_notebook_keeps_the_previous_reports_and_exits_non_zero(built, tmp_path,
                                                                       monkeypatch, capsys):
    seeds, out = built
    notebooks = _notebooks(tmp_path / "notebooks", "drilldown", "ratio = 1 / 0  # broken")
    before = _snapshot(out)
    log_lines = len(_log(out))
    monkeypatch.setattr(refresh, "DEFAULT_NOTEBOOKS", notebooks)
    assert cli.main(["refresh", str(seeds), "--out", str(out)]) == cli.EXIT_FAILED
    error = capsys.readouterr().err
    assert "drilldown.ipynb" in error and "ZeroDivisionError" in error
    assert "previous reports kept" in error and len(error.strip().splitlines()) == 1
    assert _snapshot(out) == before  # byte for byte, but the log and failed/
    assert set(_snapshot(out, skip=())) - set(before) <= {
        "refresh.log", "failed/region-shenzhen.ipynb", "failed/region-zhuhai.ipynb"}
    assert _leftovers(out) == []
    (line,) = _log(out)[log_lines:]
    assert line.split()[1] == "failed" and "ZeroDivisionError" in line
    with pytest.raises(ReportError, match="ZeroDivisionError"):
        refresh.refresh(seeds, out, notebooks_dir=notebooks)  # still failing: still kept
    assert _snapshot(out) == before
    monkeypatch.undo()
    assert refresh.refresh(seeds, out).up_to_date  # the manifest was not touched


@pytest.mark.slow
def test_two_concurrent_refreshes_end_with_one_valid_set(built, tmp_path):
    seeds, out = built
    notebooks = _notebooks(tmp_path / "notebooks", "overview", "## 并发 Concurrent")
    env = {"TEST_NOTEBOOKS": str(notebooks)}
    args = ["refresh", str(seeds), "--out", str(out)]
    runs = [_run(args, env), _run(args, env), _run(args, {**env, refresh.WAIT_ENV: "300"})]
    outcomes = [(p.wait(timeout=600), *p.communicate()) for p in runs]
    errors = [err for _, _, err in outcomes]
    assert sum("refreshed" in e for e in errors) == 1, errors
    for code, _, err in outcomes:
        assert (code == 0 and ("refreshed" in err or "up to date" in err)) or (
            code == 1 and "another refresh is running (pid " in err), err
    assert "up to date" in errors[2] or "refreshed" in errors[2]  # the waiting one never fails
    assert any("another refresh is running" in e or "up to date" in e for e in errors)
    _assert_valid(out)
    assert "并发 Concurrent" in (out / "overview.html").read_text(encoding="utf-8")
    assert refresh.refresh(seeds, out, notebooks_dir=notebooks).up_to_date
    assert sum(" ok " in line for line in _log(out)) == 2  # the baseline's and this one


@pytest.mark.slow
def test_a_refresh_killed_before_the_swap_leaves_valid_reports(built, tmp_path):
    _, out = built
    seeds = _seeds(tmp_path / "seeds", *BASE)
    before = _snapshot(out, skip=())
    run = _run(["refresh", str(seeds), "--out", str(out)], {"TEST_KILL_BEFORE_SWAP": "1"})
    code = run.wait(timeout=300)
    assert code == -signal.SIGKILL, run.communicate()
    assert _snapshot(out, skip=()) == before  # the old set, log included
    assert len(list(out.parent.glob(".reports.building-*"))) == 1  # the new set, aside
    assert outputs.lock_path(out).read_text().split()[0] == str(run.pid)  # a dead holder

    result = refresh.refresh(seeds, out)
    assert result.changed == ["seeds folder"] and result.rebuilt == []
    _assert_valid(out)
    assert "removed stale .reports.building-" in _log(out)[-1]


@pytest.mark.slow
def test_a_refresh_killed_mid_render_leaves_valid_reports_and_the_next_completes(built,
                                                                                 tmp_path):
    seeds, out = built
    notebooks = _notebooks(tmp_path / "notebooks", "overview", "## 重建 Rebuilt after a kill")
    before = _snapshot(out, skip=())
    run = _run(["refresh", str(seeds), "--out", str(out)], {"TEST_NOTEBOOKS": str(notebooks)},
               start_new_session=True)
    deadline = time.monotonic() + 120
    while not list(out.parent.glob(".reports.building-*/data/metrics.parquet")):
        assert run.poll() is None and time.monotonic() < deadline, run.communicate()
        time.sleep(0.1)
    time.sleep(2)  # the kernel is starting or running the notebook
    os.killpg(run.pid, signal.SIGKILL)
    assert run.wait(timeout=60) == -signal.SIGKILL
    assert _snapshot(out, skip=()) == before

    result = refresh.refresh(seeds, out, notebooks_dir=notebooks)
    assert result.rebuilt == ["overview"]
    assert "重建 Rebuilt after a kill" in (out / "overview.html").read_text(encoding="utf-8")
    _assert_valid(out)


@pytest.mark.slow
def test_sigterm_mid_render_unwinds_and_keeps_the_previous_reports(built, tmp_path):
    """What systemd does on stop or timeout: the refresh removes its stage and logs why."""
    seeds, out = built
    notebooks = _notebooks(tmp_path / "notebooks", "overview", "## 停止 Stopped")
    before = _snapshot(out, skip=("refresh.log",))
    run = _run(["refresh", str(seeds), "--out", str(out)], {"TEST_NOTEBOOKS": str(notebooks)})
    deadline = time.monotonic() + 120
    while not list(out.parent.glob(".reports.building-*/data/metrics.parquet")):
        assert run.poll() is None and time.monotonic() < deadline, run.communicate()
        time.sleep(0.1)
    time.sleep(1)
    run.send_signal(signal.SIGTERM)
    assert run.wait(timeout=120) == 128 + signal.SIGTERM, run.communicate()
    assert _snapshot(out, skip=("refresh.log",)) == before
    assert _leftovers(out) == []  # the refresh removed its own stage
    assert _log(out)[-1].split()[1] == "terminated"


# --- operations, round two (issue 18): disk full, kills, the log, the lock's holder ---------------

def _dead_pid() -> int:
    """The pid of a process that has ended."""
    return int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True).stdout)


@pytest.mark.parametrize("command", ["report", "refresh"])
def test_a_full_disk_is_one_line_naming_the_step_and_the_file(tmp_path, fake_render, monkeypatch,
                                                              capsys, command):
    """`report` said `error: : No space left on device`; refresh printed a list of tuples."""
    import errno

    seeds, out = _seeds(tmp_path / "seeds", ZHUHAI), tmp_path / "reports"

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", full)
    assert cli.main([command, str(seeds), "--out", str(out)]) == cli.EXIT_FAILED
    error = capsys.readouterr().err.splitlines()[-1]
    assert re.fullmatch(
        rf"error: writing the data tables: {tmp_path}/\.reports\.building-\d+-\w+/data/"
        r"documents\.parquet: cannot write \(No space left on device\); previous reports kept",
        error), error
    monkeypatch.undo()
    monkeypatch.setattr(render, "render_report", fake_render_report)
    assert refresh.refresh(seeds, out).rebuilt  # a first build

    def copy_fails(source, target, **kwargs):
        why = "[Errno 28] No space left on device"
        raise shutil.Error([(f"{source}/{n}", f"{target}/{n}", why)
                            for n in ("index.html", "overview.pdf", "reports.json")])

    monkeypatch.setattr(shutil, "copytree", copy_fails)
    before = _snapshot(out)
    args = [command, str(seeds), "--out", str(out)] + (["--force"] if command == "refresh" else [])
    assert cli.main(args) == cli.EXIT_FAILED
    error = capsys.readouterr().err.splitlines()[-1]
    assert re.fullmatch(
        rf"error: copying {out} into \.reports\.building-\d+-\w+: {tmp_path}/\.reports\.building-"
        r"\d+-\w+/index\.html: \[Errno 28\] No space left on device \(and 2 more file\(s\)\); "
        r"previous reports kept", error), error
    assert _snapshot(out) == before and _leftovers(out) == []


def fake_render_report(spec, folder, seeds_dir, data_dir=None, failed_dir=None, notebooks=None):
    """A stand-in for ``render.render_report``: a placeholder page and PDF."""
    (folder / f"{spec.name}.html").write_text(f"<p>fake {spec.name}</p>", encoding="utf-8")
    (folder / f"{spec.name}.pdf").write_bytes(b"%PDF-fake")
    return folder / f"{spec.name}.html", folder / f"{spec.name}.pdf"


@pytest.mark.parametrize("command", ["report", "refresh"])
def test_a_stage_left_by_a_dead_build_is_removed_at_once_by_the_next(tmp_path, fake_render,
                                                                     command):
    """A killed `report` left its staging folder for 24 hours."""
    seeds, out = _seeds(tmp_path / "seeds", ZHUHAI), tmp_path / "reports"
    dead = tmp_path / f".reports.building-{_dead_pid()}-abcd1234"
    dead.mkdir()
    (dead / "overview.html").write_text("half built", encoding="utf-8")
    running = tmp_path / f".reports.building-{os.getppid()}-abcd1234"  # a live process's
    running.mkdir()
    if command == "report":
        build.build_reports(seeds, out)
    else:
        refresh.refresh(seeds, out)
    assert not dead.exists() and running.exists()


SLOW_RENDER = textwrap.dedent("""
    import os, sys, time
    from analysis import cli, render
    def slow(spec, folder, *args, **kwargs):
        (folder / f"{spec.name}.html").write_text("half")
        sys.stdout.write("rendering\\n")  # one write: two workers printed "renderingrendering"
        sys.stdout.flush()
        time.sleep(120)
    render.render_report = slow
    sys.exit(cli.main(sys.argv[1:]))
""")


def test_sigterm_stops_a_report_cleanly(tmp_path):
    """`report` had no SIGTERM handler: killed, it left its staging folder."""
    seeds, out = _seeds(tmp_path / "seeds", ZHUHAI), tmp_path / "reports"
    run = subprocess.Popen([sys.executable, "-c", SLOW_RENDER, "report", str(seeds), "--out",
                            str(out)], cwd=tmp_path, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    assert run.stdout.readline() == "rendering\n", run.communicate()
    run.send_signal(signal.SIGTERM)
    assert run.wait(timeout=60) == 128 + signal.SIGTERM
    assert run.communicate()[1].splitlines()[-1].startswith("error: report terminated by signal 15")
    assert not out.exists() and _leftovers(out) == []


def test_the_log_survives_a_full_report(tmp_path, fake_render):
    """A full `report` dropped refresh.log: the run history was lost."""
    seeds, out = _seeds(tmp_path / "seeds", ZHUHAI), tmp_path / "reports"
    refresh.refresh(seeds, out)
    refresh.refresh(seeds, out)
    history = _log(out)
    assert [line.split()[1] for line in history] == ["ok", "up-to-date"]
    build.build_reports(seeds, out)
    assert _log(out) == history


def test_a_refresh_during_a_report_names_the_report_and_since_when(tmp_path, monkeypatch):
    """It said "another refresh is running" while a `report` built."""
    seeds, out = _seeds(tmp_path / "seeds", ZHUHAI), tmp_path / "reports"
    rendering, finish = threading.Event(), threading.Event()

    def held(spec, folder, *args, **kwargs):
        rendering.set()
        finish.wait(30)
        return fake_render_report(spec, folder, *args, **kwargs)

    monkeypatch.setattr(render, "render_report", held)
    builder = threading.Thread(target=build.build_reports, args=(seeds, out))
    builder.start()
    try:
        assert rendering.wait(60)
        with pytest.raises(LockedError, match=rf"^another report build is running \(pid "
                                              rf"{os.getpid()}, since \d{{4}}-\d\d-\d\dT[\d:]+"
                                              rf"[+-]\d\d:\d\d\) on {out}"):
            refresh.refresh(seeds, out)
    finally:
        finish.set()
        builder.join()
