"""Scheduled refresh: rebuild only the reports whose inputs changed, atomically, one at a time.

``refresh(seeds_dir, out_dir)`` (``make refresh``, ``python -m analysis refresh``):

1. takes an exclusive lock, ``.<out>.refresh.lock`` beside the reports folder (``fcntl.flock``:
   the kernel drops it when its process dies, so a killed refresh leaves no stale lock). A
   second refresh fails at once with ``LockedError`` naming the holder ("another report build is
   running (pid N, since T)"), or waits up to ``wait`` seconds (``ANALYSIS_REFRESH_WAIT`` for
   the command line);
2. cleans up after a build that was killed: its staging folder, a reports folder left aside
   by an interrupted swap (put back when the reports folder is missing);
3. fingerprints the inputs (``analysis.manifest``: article bytes through a stat cache,
   notebooks, library files, package versions, the seeds folder) and compares them and the
   output files with the manifest. When nothing changed it logs and returns "up to date"
   having imported neither pandas nor papermill and started no kernel;
4. otherwise ingests and extracts (no kernel), computes each report's key (its notebook,
   the library, its parameters and the rows of the documents and metrics tables it selects),
   and in a copy of the reports folder beside it (``render.staged``) rewrites the data tables,
   re-renders only the reports whose key changed, drops the drill-downs of regions that no
   longer have articles, rewrites the index and ``whats-new.html``; the copy is then swapped
   in. A failure raises ``ReportError`` and leaves the previous reports as they were (the
   executed notebook of a failed cell is kept in ``failed/``, as ``make report`` does);
5. appends one line to ``refresh.log`` in the reports folder, whatever the outcome.

Reports in the index that the plan does not make (a drill-down added by ``make report
REGION=… METRIC=…``) are kept and refreshed like the others.
"""

from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis import manifest, outputs
from analysis.errors import AnalysisError, LockedError, ReportError, Terminated, os_error_text
from analysis.problems import Problem
from analysis.stopping import EXIT_TERMINATED, alive, terminate_cleanly

if TYPE_CHECKING:  # only for annotations: importing them costs seconds
    import pandas as pd

    from analysis.render import ReportSpec

LOG = outputs.LOG
WHATS_NEW = "whats-new.html"
FAILED = "failed"
WAIT_ENV = "ANALYSIS_REFRESH_WAIT"
DEFAULT_NOTEBOOKS = manifest.NOTEBOOKS
POLL_SECONDS = 0.2
STALE_STAGE_SECONDS = 24 * 3600  # a staging folder this old is stale whatever its name says
SWAP_GRACE_SECONDS = 10  # a folder moved aside by a swap older than this is left from a crash
NOT_OUTPUTS = (manifest.MANIFEST, LOG, FAILED, ".gitkeep")
KEYED_PARAMETERS = ("region", "metric", "since", "until")  # what ``report.select`` filters on

# Called with the staging folder just before it is swapped in (tests simulate a crash here).
_before_swap: Callable[[Path], None] | None = None


@dataclass
class RefreshResult:
    """What a refresh found and did; ``str()`` is the one line the command line prints."""

    out_dir: Path
    up_to_date: bool
    changed: list[str] = field(default_factory=list)
    rebuilt: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    articles: int = 0
    figures: int = 0
    new_articles: int = 0
    new_figures: int = 0
    skipped: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        skipped = f"; {self.skipped} file(s) skipped" if self.skipped else ""
        if self.up_to_date:
            return f"up to date: {len(self.kept)} report(s) in {self.out_dir}{skipped}"
        removed = f", removed {', '.join(self.removed)}" if self.removed else ""
        return (f"refreshed {self.out_dir}: rebuilt {len(self.rebuilt)} report(s)"
                f" ({', '.join(self.rebuilt) or 'none'}), kept {len(self.kept)}{removed};"
                f" {self.new_articles} new article(s), {self.new_figures} new figure(s)"
                f" ({'; '.join(self.changed)}){skipped}")


# --- the lock and what a killed refresh leaves ---------------------------------------------------

def lock_path(out_dir: Path) -> Path:
    """The lock file: beside the reports folder, which is renamed by every swap."""
    return out_dir.parent / f".{out_dir.name}.refresh.lock"


def _stage_marker(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.refresh-stage"


HOLDERS = {"refresh": "refresh", "report": "report build"}


@contextmanager
def locked(out_dir: Path, wait: float = 0.0, holder: str = "refresh") -> Iterator[Path]:
    """Hold the refresh lock of ``out_dir`` for the block (as ``holder``: "refresh" or
    "report"); raise ``LockedError`` naming what holds it, its pid and since when, when it is
    not free within ``wait`` seconds."""
    path = lock_path(out_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise
            if time.monotonic() >= deadline:
                raise LockedError(_lock_message(os.pread(fd, 200, 0), out_dir, path, wait))
            time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        os.pwrite(fd, f"{os.getpid()} {stamp} {holder}\n".encode(), 0)
        yield path
    finally:
        os.close(fd)  # releases the lock


def _lock_message(content: bytes, out_dir: Path, path: Path, wait: float) -> str:
    """Who holds the lock, from what it wrote into the lock file ("PID TIME HOLDER")."""
    pid, since, holder = (content.decode("ascii", "replace").split() + ["?", "?", ""])[:3]
    what = HOLDERS.get(holder, "build")  # a lock taken by an older version names no holder
    waited = f" (waited {wait:.0f}s)" if wait > 0 else ""
    return (f"another {what} is running (pid {pid}, since {since}) on {out_dir}{waited};"
            f" lock {path}")


def clean_stale(out_dir: Path) -> list[str]:
    """Remove what a killed build left beside ``out_dir`` (call with the lock held): the staging
    folder a refresh recorded, staging folders of processes that are gone (their pid is in the
    name) or a day old, folders moved aside by a swap (put back first if the reports folder
    itself is missing). Returns what was done, for the log."""
    done: list[str] = []
    parent, name = out_dir.parent, out_dir.name
    marker = _stage_marker(out_dir)
    with suppress(OSError, ValueError):
        stage = json.loads(marker.read_text(encoding="utf-8")).get("stage")
        stage = Path(stage) if stage else None
        if (stage and stage.parent == parent
                and stage.name.startswith(f".{name}{outputs.STAGE_INFIX}") and stage.exists()):
            shutil.rmtree(stage, ignore_errors=True)
            done.append(f"removed stale {stage.name}")
    marker.unlink(missing_ok=True)
    now = time.time()
    aside = sorted(parent.glob(f".{name}.old-*"), key=lambda p: p.stat().st_ctime)
    aside = [p for p in aside if now - p.stat().st_ctime > SWAP_GRACE_SECONDS]
    if aside and not out_dir.exists():
        aside.pop().rename(out_dir)  # killed between the two renames of a swap
        done.append(f"restored {name} from an interrupted swap")
    for old in aside:
        shutil.rmtree(old, ignore_errors=True)
        done.append(f"removed stale {old.name}")
    prefix = f".{name}{outputs.STAGE_INFIX}"
    for stage in parent.glob(f"{prefix}*"):
        pid = stage.name[len(prefix):].partition("-")[0]
        with suppress(OSError):
            if (pid.isdigit() and not alive(int(pid))
                    or now - stage.stat().st_mtime > STALE_STAGE_SECONDS):
                shutil.rmtree(stage, ignore_errors=True)
                done.append(f"removed stale {stage.name}")
    return done


# --- the log -----------------------------------------------------------------------------------

def _log_value(value: object) -> str:
    if isinstance(value, (list, tuple)):
        value = ",".join(map(str, value)) or "-"
    text = " ".join(str(value).split()) or "-"
    return json.dumps(text, ensure_ascii=False) if any(c in text for c in ' "=') else text


def append_log(out_dir: Path, outcome: str, started: float, **fields: object) -> None:
    """Append one line to ``out_dir/refresh.log``: ISO time, outcome, ``key=value`` fields
    (values with spaces are JSON-quoted), duration. One ``write`` in append mode."""
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    parts = [stamp, outcome, *(f"{k}={_log_value(v)}" for k, v in fields.items()),
             f"duration={time.perf_counter() - started:.2f}s"]
    outputs.claim(out_dir)
    fd = os.open(out_dir / LOG, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        os.write(fd, (" ".join(parts) + "\n").encode("utf-8"))
    finally:
        os.close(fd)


# --- the refresh -------------------------------------------------------------------------------

def refresh(seeds_dir: str | Path, out_dir: str | Path, force: bool = False,
            problems: list[Problem] | None = None, *, wait: float | None = None,
            notebooks_dir: str | Path | None = None) -> RefreshResult:
    """Bring ``out_dir`` up to date with the articles in ``seeds_dir``: rebuild only what
    changed (everything with ``force``), swap it in atomically, log one line.

    ``wait``: seconds to wait for another refresh of the same folder (default: the
    ``ANALYSIS_REFRESH_WAIT`` environment variable, else 0 = fail at once with LockedError).
    ``notebooks_dir``: the report notebooks (default: the package's ``notebooks/``).
    Raises ``ReportError`` (or another ``AnalysisError``) with a one-line reason when the
    refresh fails; the previous reports are then left as they were.
    """
    started = time.perf_counter()
    seeds_dir, out_dir = Path(seeds_dir).resolve(), Path(out_dir).resolve()
    notebooks_dir = Path(notebooks_dir or DEFAULT_NOTEBOOKS).resolve()
    problems = [] if problems is None else problems
    if wait is None:
        try:
            wait = float(os.environ.get(WAIT_ENV) or 0)
        except ValueError:
            raise AnalysisError(f"{WAIT_ENV}={os.environ[WAIT_ENV]!r}: not a number of seconds"
                                ) from None
    outputs.check_out_dir(seeds_dir, out_dir)
    try:
        with locked(out_dir, wait):
            return _refresh_locked(seeds_dir, out_dir, notebooks_dir, force, problems, started)
    except LockedError as exc:
        with suppress(OSError):
            append_log(out_dir, "locked", started, error=str(exc))
        raise


def _refresh_locked(seeds_dir: Path, out_dir: Path, notebooks_dir: Path, force: bool,
                    problems: list[Problem], started: float) -> RefreshResult:
    """The refresh proper, lock held: check, rebuild when needed, log the outcome."""
    changed: list[str] = []
    try:
        with terminate_cleanly():
            cleaned = clean_stale(out_dir)
            previous = manifest.load(out_dir)
            cache = manifest.StatCache(previous.get("cache"))
            inputs = manifest.fingerprint(seeds_dir, notebooks_dir, cache)
            changed = ([] if previous.get("inputs") == inputs.digest
                       else inputs.changes(previous.get("components")))
            outputs = manifest.changed_outputs(out_dir, previous.get("outputs") or {})
            if outputs:
                changed.append("outputs " + ",".join(outputs[:3])
                               + (f",+{len(outputs) - 3} more" if len(outputs) > 3 else ""))
            if force:
                changed.insert(0, "forced")
            if not changed:
                if cache.changed:
                    manifest.write(out_dir, {**previous, "cache": cache.entries})
                append_log(out_dir, "up-to-date", started, cleaned=cleaned)
                return RefreshResult(out_dir, True, kept=sorted(previous.get("reports", {})),
                                     skipped=int(previous.get("skipped", 0)),
                                     seconds=time.perf_counter() - started)
            result = _rebuild(seeds_dir, out_dir, notebooks_dir, inputs, cache, previous,
                              changed, force, problems, started, cleaned)
            result.seconds = time.perf_counter() - started
            return result
    except AnalysisError as exc:
        _log_failure(out_dir, started, changed, exc)
        raise
    except Terminated as exc:
        _log_failure(out_dir, started, changed, exc, outcome="terminated")
        raise SystemExit(EXIT_TERMINATED) from None
    except KeyboardInterrupt as exc:
        _log_failure(out_dir, started, changed, exc, outcome="interrupted")
        raise
    except Exception as exc:  # a bug or the system (disk full): one line, previous reports kept
        _log_failure(out_dir, started, changed, exc)
        reason = " ".join((os_error_text(exc) if isinstance(exc, OSError) else str(exc)).split())
        reason = reason or type(exc).__name__
        raise ReportError(f"refresh of {out_dir} failed: {type(exc).__name__}: {reason};"
                          " previous reports kept") from exc


def _log_failure(out_dir: Path, started: float, changed: list[str], exc: BaseException,
                 outcome: str = "failed") -> None:
    with suppress(OSError):
        append_log(out_dir, outcome, started, changed=changed,
                   error=f"{type(exc).__name__}: {exc}")


def _rebuild(seeds_dir: Path, out_dir: Path, notebooks_dir: Path, inputs: manifest.Inputs,
             cache: manifest.StatCache, previous: dict, changed: list[str], force: bool,
             problems: list[Problem], started: float, cleaned: list[str]) -> RefreshResult:
    """Ingest and extract, decide which reports to re-render, build the new folder beside
    ``out_dir`` (``render.staged``) and swap it in. Lock held."""
    from analysis import render, report  # lazy: no pandas in a no-op refresh

    documents, metrics = report.load_tables(seeds_dir, problems=problems)
    specs, removed = _plan(documents, render.read_entries(out_dir))
    parts = {s.name: _key_parts(s, documents, metrics, inputs) for s in specs}
    recorded = previous.get("outputs") or {}
    changed_files = set(manifest.changed_outputs(out_dir, recorded))
    reasons = {s.name: _why(s.name, parts[s.name], previous.get("reports", {}).get(s.name),
                            force, changed_files, recorded) for s in specs}
    todo = [s for s in specs if reasons[s.name]]
    news = whats_new(_previous_tables(out_dir), documents, metrics)
    covered = report.select(documents, metrics)
    result = RefreshResult(out_dir, False, changed=changed, rebuilt=[s.name for s in todo],
                           kept=[s.name for s in specs if not reasons[s.name]], removed=removed,
                           articles=len(covered.documents), figures=len(covered.metrics),
                           new_articles=len(news["new_articles"]),
                           new_figures=len(news["new_figures"]),
                           skipped=sum(p.skipped for p in problems))
    built_at = datetime.now().astimezone()
    marker = _stage_marker(out_dir)
    _write_json(marker, {"pid": os.getpid(), "stage": None})
    try:
        with render.staged(out_dir, carry_over=True) as stage:
            with render.step(f"writing beside {out_dir}"):
                _write_json(marker, {"pid": os.getpid(), "stage": str(stage)})
                for name in removed:
                    for suffix in (".html", ".pdf"):
                        (stage / f"{name}{suffix}").unlink(missing_ok=True)
            with render.step("writing the data tables"):
                data_dir = render.write_data(documents, metrics, stage / "data")
                report.write_whats_new(out_dir, documents, metrics, data_dir, news)
            with render.step(f"rendering {len(todo)} report(s) into {stage}"):
                render.render_reports(todo, stage, seeds_dir=seeds_dir, data_dir=data_dir,
                                      failed_dir=out_dir / FAILED, notebooks=notebooks_dir,
                                      progress=logging.getLogger(render.PROGRESS_LOGGER).info)
            with render.step("writing the index, what's new and the manifest"):
                entries = render.merge_entries(
                    [e for e in render.read_entries(stage) if e["name"] not in removed], todo,
                    built_at)
                render.write_index(stage, entries, report.articles_table(covered), built_at,
                                   whats_new=whats_new_fragment(news, result))
                (stage / WHATS_NEW).write_text(
                    whats_new_page(news, result, reasons, previous.get("refreshed_at"), built_at,
                                   changed_values(data_dir)),
                    encoding="utf-8")
                _write_manifest(stage, built_at, inputs, cache, parts, result.skipped)
                append_log(stage, "ok", started, changed=changed, rebuilt=result.rebuilt,
                           kept=len(result.kept), removed=removed,
                           new_articles=result.new_articles, new_figures=result.new_figures,
                           skipped=result.skipped, cleaned=cleaned)
            if _before_swap is not None:
                _before_swap(stage)
    finally:  # after a swap or a failure the stage is gone; only a killed refresh leaves one
        marker.unlink(missing_ok=True)
    return result


def _write_manifest(stage: Path, built_at: datetime, inputs: manifest.Inputs,
                    cache: manifest.StatCache, parts: dict[str, dict[str, str]],
                    skipped: int) -> None:
    """The manifest of a finished build, written last into its folder: the inputs, each
    report's key parts, and the stats of every output file."""
    manifest.write(stage, {
        "refreshed_at": built_at.isoformat(timespec="seconds"),
        "inputs": inputs.digest, "components": asdict(inputs),
        "reports": {name: {"key": manifest.digest_json(p), "parts": p}
                    for name, p in parts.items()},
        "outputs": manifest.output_stats(stage, exclude=NOT_OUTPUTS),
        "skipped": skipped, "cache": cache.entries,
    })


def record_build(stage: Path, inputs: manifest.Inputs, cache: manifest.StatCache,
                 documents: pd.DataFrame, metrics: pd.DataFrame, built_at: datetime,
                 skipped: int) -> None:
    """Write the manifest of a complete build (``make report`` of every report, ``inputs``
    fingerprinted before its articles were read) into its folder, as a refresh would: the next
    refresh then finds the reports up to date instead of rebuilding them all."""
    from analysis import render  # lazy: no pandas in a no-op refresh

    specs, _ = _plan(documents, render.read_entries(stage))
    parts = {s.name: _key_parts(s, documents, metrics, inputs) for s in specs}
    _write_manifest(stage, built_at, inputs, cache, parts, skipped)


def _write_json(path: Path, value: object) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(value), encoding="utf-8")
    os.replace(tmp, path)


def _plan(documents: pd.DataFrame,
          old_entries: list[dict[str, object]]) -> tuple[list[ReportSpec], list[str]]:
    """The reports to keep up to date: ``report.plan_reports`` (the overview and a drill-down
    per region) plus any other report in the index (say a drill-down of one metric built by
    ``make report``); and the planned drill-downs of regions that have no articles any more."""
    from analysis import render, report  # lazy: no pandas in a no-op refresh

    specs = report.plan_reports(documents)
    planned = {s.name for s in specs}
    removed = []
    for entry in old_entries:
        if entry["name"] in planned:
            continue
        spec = render.ReportSpec(str(entry["name"]), str(entry["notebook"]), str(entry["title"]),
                                 dict(entry.get("parameters") or {}))
        region = spec.parameters.get("region")
        planned_kind = region and report.drilldown_spec(str(region), None)
        if planned_kind and (spec.name, spec.notebook, spec.parameters) == (
                planned_kind.name, planned_kind.notebook, planned_kind.parameters):
            removed.append(spec.name)  # a region drill-down the plan no longer makes
        else:
            specs.append(spec)
    return specs, sorted(removed)


def _key_parts(spec: ReportSpec, documents: pd.DataFrame, metrics: pd.DataFrame,
               inputs: manifest.Inputs) -> dict[str, str]:
    """What one report is made from, as digests: its notebook, the library and environment, its
    title and parameters, and the rows of the tables it shows (the article path and text are
    left out: the file digest stands for the text, and the path is not shown)."""
    from analysis import report  # lazy: no pandas in a no-op refresh

    parameters = spec.parameters
    if set(parameters) <= set(KEYED_PARAMETERS):
        selection = report.select(documents, metrics, **parameters)
        docs, figures = selection.documents, selection.metrics
    else:  # a notebook with other parameters: any change to the tables rebuilds it
        docs, figures = documents, metrics
    docs = docs.drop(columns=[c for c in ("path", "text") if c in docs.columns])
    return {
        "notebook": inputs.notebooks.get(spec.notebook, "missing"),
        "library": inputs.library,
        "environment": manifest.digest_json(inputs.environment),
        "spec": manifest.digest_json([spec.name, spec.notebook, spec.title, parameters]),
        "data": manifest.digest_json([docs.to_csv(index=False), figures.to_csv(index=False)]),
    }


def _why(name: str, parts: dict[str, str], before: dict | None, force: bool,
         changed_files: set[str], recorded: dict) -> str:
    """Why a report must be re-rendered ("" when it need not be)."""
    if force:
        return "forced"
    if not before:
        return "new"
    old = before.get("parts") or {}
    differ = [k for k in parts if parts[k] != old.get(k)]
    if differ:
        return ",".join("articles" if k == "data" else k for k in differ)
    files = {f"{name}.html", f"{name}.pdf"}
    if files & changed_files or not files <= set(recorded):
        return "output files changed"
    return ""


def _previous_tables(out_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The documents and metrics tables of the current reports (None before the first build or
    when they cannot be read)."""
    from analysis import report  # lazy: no pandas in a no-op refresh

    data = out_dir / "data"
    if not (data / "documents.parquet").is_file():
        return None
    try:
        return report.load_tables(out_dir, data_dir=data)
    except Exception:  # noqa: BLE001 - a damaged table only makes "what's new" list all
        return None


# --- what's new --------------------------------------------------------------------------------

FIGURE_KEY = ("doc_id", "metric", "value", "value_high", "unit", "quote")


def _figure_keys(metrics: pd.DataFrame) -> list[tuple[str, ...]]:
    """One key per figure: article, metric, value(s), unit and quote. Not the character span:
    an edit above a sentence moves every figure below it without changing them."""
    import pandas as pd

    columns = [metrics[c] for c in FIGURE_KEY]
    return [tuple("" if v is None or (not isinstance(v, str) and pd.isna(v)) else
                  repr(float(v)) if isinstance(v, float) else str(v) for v in row)
            for row in zip(*columns)]


def whats_new(before: tuple[pd.DataFrame, pd.DataFrame] | None, documents: pd.DataFrame,
              metrics: pd.DataFrame) -> dict[str, Any]:
    """New, changed and removed articles (by doc_id and file digest) and new and removed
    figures (by ``FIGURE_KEY``) between the previous tables and these. Before the first build
    every article and figure is new."""
    tables = {"documents": documents, "metrics": metrics}
    if before is None:
        return {**tables, "first": True, "new_articles": documents,
                "changed_articles": documents.iloc[:0], "removed_articles": [],
                "new_figures": metrics, "removed_figures": 0}
    old_docs, old_metrics = before
    old_sha = dict(zip(old_docs["doc_id"], old_docs["sha256"]))
    is_new = ~documents["doc_id"].isin(old_sha)
    is_changed = documents["doc_id"].isin(old_sha) & (
        documents["sha256"] != documents["doc_id"].map(old_sha))
    old_keys = set(_figure_keys(old_metrics))
    new_keys = _figure_keys(metrics)
    fresh = [k not in old_keys for k in new_keys]
    return {**tables, "first": False, "new_articles": documents[is_new.to_numpy()],
            "changed_articles": documents[is_changed.to_numpy()],
            "removed_articles": sorted(set(old_sha) - set(documents["doc_id"])),
            "new_figures": metrics[fresh], "removed_figures": len(old_keys - set(new_keys))}


def _summary_html(news: dict[str, Any], result: RefreshResult) -> str:
    import html

    parts = [f"{len(news['new_articles'])} 篇新文章 new articles",
             f"{len(news['changed_articles'])} 篇修改 changed",
             f"{len(news['removed_articles'])} 篇移除 removed",
             f"{len(news['new_figures'])} 项新数字 new or changed figures",
             f"{news['removed_figures']} 项不再出现 figures gone"]
    rebuilt = ", ".join(result.rebuilt) or "无 none"
    return (f"<p>{html.escape(' · '.join(parts))}</p>"
            f"<p>重新生成 Rebuilt: {html.escape(rebuilt)}</p>")


def whats_new_fragment(news: dict[str, Any], result: RefreshResult) -> str:
    """The "what's new" section for the index page (escaped; links to whats-new.html)."""
    return ('<h2>本次更新 What\'s new</h2>' + _summary_html(news, result)
            + f'<p><a href="{WHATS_NEW}">详情 Details: {WHATS_NEW}</a></p>\n')


def changed_values(data_dir: Path) -> pd.DataFrame:
    """The facts whose value this build found new or changed, from the DuckDB history."""
    from analysis import export  # lazy: no pandas in a no-op refresh

    database = data_dir / export.DATABASE
    return export.query("SELECT metric, entity, previous_value, value, unit, sources "
                        "FROM history_changes ORDER BY metric, entity", database)


def whats_new_page(news: dict[str, Any], result: RefreshResult, reasons: dict[str, str],
                   previous_at: str | None, built_at: datetime,
                   changes: pd.DataFrame | None = None) -> str:
    """``whats-new.html``: what this refresh found new since the last one, self-contained with
    the reports' CSS and Content-Security-Policy; every value escaped."""
    import html

    from analysis import render, report  # lazy: no pandas in a no-op refresh

    css = (render.TEMPLATES / "report.css").read_text(encoding="utf-8")
    when = built_at.strftime("%Y-%m-%d %H:%M %Z")
    since = ("首次生成 first refresh: every article is new" if news["first"] else
             f"上次 previous: {previous_at or '未知 unknown'}")
    body = ["<h1>本次更新 What's new</h1>",
            f'<p class="meta">更新时间 Refreshed: {html.escape(when)} · {html.escape(since)}</p>',
            _summary_html(news, result)]
    if reasons:
        rows = "".join(f'<tr><td><a href="{html.escape(n)}.html">{html.escape(n)}</a></td>'
                       f"<td>{html.escape(r)}</td></tr>" for n, r in reasons.items() if r)
        if rows:
            body.append('<h2>重新生成的报告 Rebuilt reports</h2><div class="table-wrap"><table>'
                        "<thead><tr><th>报告 Report</th><th>原因 Why</th></tr></thead>"
                        f"<tbody>{rows}</tbody></table></div>")
    for title, docs in (("新文章 New articles", news["new_articles"]),
                        ("修改的文章 Changed articles", news["changed_articles"])):
        if len(docs):
            body.append(f"<h2>{html.escape(title)} ({len(docs)})</h2>")
            body.append(report.html_table(report.articles_table(
                report.Selection(docs, news["metrics"]))))
    if news["removed_articles"]:
        body.append("<h2>移除的文章 Removed articles</h2><p>"
                    + html.escape(", ".join(news["removed_articles"])) + "</p>")
    if changes is not None and len(changes):  # from the history in the DuckDB file
        body.append(f"<h2>数值变化 Values new or changed since the last build ({len(changes)})"
                    "</h2>")
        body.append(report.html_table(changes.assign(sources=changes["sources"].map(
            lambda ids: ", ".join(map(str, ids))))))
    figures = news["new_figures"]
    body.append(f"<h2>新数字 New or changed figures ({len(figures)})</h2>")
    if len(figures):
        body.append(report.html_table(report.provenance(
            report.Selection(news["documents"], figures))))
    else:
        body.append('<p class="no-data">没有新数字。No new figures.</p>')
    page = (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{html.escape(render.CSP)}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="referrer" content="no-referrer">\n'
            f"<title>本次更新 · What's new</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n"
            f'<nav class="top"><a href="index.html">← 全部报告 · All reports</a></nav>\n'
            f"<main>\n{''.join(body)}\n</main>\n</body>\n</html>\n")
    render.check_self_contained(page)
    return page


