"""Per-file work over a pool of processes, results in path order so 1 or N processes agree."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")
PROGRESS_MIN_FILES = 300  # fewer files finish before a bar would tell anyone anything
PROGRESS_ENV = "ANALYSIS_PROGRESS"  # "1" forces the bar on, "0" off, whatever the defaults say


def resolve_jobs(jobs: int | None) -> int:
    """The number of worker processes: ``jobs`` if given, else every core."""
    return max(1, jobs if jobs is not None else os.cpu_count() or 1)


def show_progress(progress: bool | None, total: int) -> bool:
    """Whether to draw a bar: as asked, else per $ANALYSIS_PROGRESS, else on long runs on a TTY."""
    if progress is not None:
        return progress
    if os.environ.get(PROGRESS_ENV) in ("0", "1"):
        return os.environ[PROGRESS_ENV] == "1"
    return total >= PROGRESS_MIN_FILES and sys.stderr.isatty()


def _chunksize(total: int, jobs: int) -> int:
    """Files per task: enough to amortise the pickling, few enough to keep every worker busy."""
    return max(1, min(256, total // (jobs * 16)))


def _context() -> multiprocessing.context.BaseContext:
    """Forkserver where it exists (safe with threads in the parent: tqdm, dask), else spawn."""
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


def map_paths(func: Callable[[Path], T], paths: Sequence[Path], jobs: int | None = None,
              progress: bool | None = None, desc: str = "files") -> Iterator[T]:
    """Yield ``func(path)`` for each path, in the order given; with ``jobs`` > 1 in worker
    processes that receive paths (not texts) in chunks, so the parent never holds the texts.

    ``func`` must be importable by name (a module-level function). With one job, or one file,
    it runs in a plain loop in this process.
    """
    jobs = min(resolve_jobs(jobs), len(paths))
    with tqdm(total=len(paths), desc=desc, unit="file", file=sys.stderr, mininterval=0.5,
              disable=not show_progress(progress, len(paths))) as bar:
        if jobs <= 1:
            for path in paths:
                yield func(path)
                bar.update()
            return
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context())
        try:
            for result in pool.map(func, paths, chunksize=_chunksize(len(paths), jobs)):
                yield result
                bar.update()
        finally:  # on an error or an early stop, drop the queued chunks instead of running them
            pool.shutdown(cancel_futures=True)
