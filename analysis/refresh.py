"""Scheduled refresh: rebuild only the reports whose inputs changed, atomically, one at a time.

``refresh(seeds_dir, out_dir)`` (``make refresh``, ``python -m analysis refresh``):

1. takes an exclusive lock (``analysis.outputs.locked``), ``.<out>.refresh.lock`` beside the reports folder (``fcntl.flock``:
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
4. otherwise (``analysis.build.rebuild``) ingests and extracts, computes each report's key (its notebook,
   the library, its parameters and the rows of the documents and metrics tables it selects),
   and in a copy of the reports folder beside it (``outputs.staged``) rewrites the data tables,
   re-renders only the reports whose key changed, drops the drill-downs of regions that no
   longer have articles, rewrites the index and ``whats-new.html``; the copy is then swapped
   in. A failure raises ``ReportError`` and leaves the previous reports as they were (the
   executed notebook of a failed cell is kept in ``failed/``, as ``make report`` does);
5. appends one line to ``refresh.log`` in the reports folder, whatever the outcome.

This module stays above the build: it imports ``analysis.build`` only once something changed.
Reports in the index that the plan does not make (a drill-down added by ``make report
REGION=… METRIC=…``) are kept and refreshed like the others.
"""

from __future__ import annotations

import os
import time
from contextlib import suppress
from pathlib import Path

from analysis import manifest
from analysis.errors import AnalysisError, LockedError, ReportError, Terminated, os_error_text
from analysis.outputs import RefreshResult, append_log, check_out_dir, clean_stale, locked
from analysis.problems import Problem
from analysis.stopping import EXIT_TERMINATED, terminate_cleanly, termination_received

WAIT_ENV = "ANALYSIS_REFRESH_WAIT"
DEFAULT_NOTEBOOKS = manifest.NOTEBOOKS


# --- the refresh -------------------------------------------------------------------------------

def refresh(seeds_dir: str | Path, out_dir: str | Path, force: bool = False,
            problems: list[Problem] | None = None, *, wait: float | None = None,
            notebooks_dir: str | Path | None = None, jobs: int | None = None) -> RefreshResult:
    """Bring ``out_dir`` up to date with the articles in ``seeds_dir``: rebuild only what
    changed (everything with ``force``), swap it in atomically, log one line.

    ``wait``: seconds to wait for another refresh of the same folder (default: the
    ``ANALYSIS_REFRESH_WAIT`` environment variable, else 0 = fail at once with LockedError).
    ``notebooks_dir``: the report notebooks (default: the package's ``notebooks/``).
    ``jobs``: reports rendered at once (default: the cores).
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
    check_out_dir(seeds_dir, out_dir)
    try:
        with locked(out_dir, wait):
            return _refresh_locked(seeds_dir, out_dir, notebooks_dir, force, problems, started,
                                   jobs)
    except LockedError as exc:
        with suppress(OSError):
            append_log(out_dir, "locked", started, error=str(exc))
        raise


def _refresh_locked(seeds_dir: Path, out_dir: Path, notebooks_dir: Path, force: bool,
                    problems: list[Problem], started: float,
                    jobs: int | None = None) -> RefreshResult:
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
            touched = manifest.changed_outputs(out_dir, previous.get("outputs") or {})
            if touched:
                changed.append("outputs " + ",".join(touched[:3])
                               + (f",+{len(touched) - 3} more" if len(touched) > 3 else ""))
            if force:
                changed.insert(0, "forced")
            if not changed:
                if cache.changed:
                    manifest.write(out_dir, {**previous, "cache": cache.entries})
                append_log(out_dir, "up-to-date", started, cleaned=cleaned)
                return RefreshResult(out_dir, True, kept=sorted(previous.get("reports", {})),
                                     skipped=int(previous.get("skipped", 0)),
                                     seconds=time.perf_counter() - started)
            from analysis import build  # lazy: no pandas in a no-op refresh

            result = build.rebuild(seeds_dir, out_dir, notebooks_dir, inputs, cache, previous,
                                   changed, force, problems, started, cleaned, jobs)
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
        if (stop := termination_received()) is not None:  # a SIGTERM a library re-raised as its own
            _log_failure(out_dir, started, changed, stop, outcome="terminated")
            raise SystemExit(EXIT_TERMINATED) from None
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
