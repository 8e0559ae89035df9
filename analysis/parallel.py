"""Per-file work over a pool of processes, results in path order so 1 or N processes agree.

Files go to workers as paths, in chunks whose bounds depend only on the number of files (never
on the number of processes). What a worker does with a chunk, and how the parent settles the
results, is ``analysis.pipeline``'s.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress
from itertools import islice
from pathlib import Path
from typing import TypeVar

from tqdm import tqdm

from analysis.errors import Terminated
from analysis.stopping import exit_with, termination_deferred

T = TypeVar("T")
MAX_CHUNK = 256  # files per task at most: results stream back steadily, little is in flight
# (fewer, larger tasks cost the parent less: 256 rather than 64 saves it a third of its CPU)
CHUNKS_PER_RUN = 32  # at least this many tasks when there are enough files, to balance workers
POOL_MIN_FILES = 64  # with jobs=None, fewer files are read in this process
PROGRESS_MIN_FILES = 300  # fewer files finish before a bar would tell anyone anything
PROGRESS_ENV = "ANALYSIS_PROGRESS"  # "1" forces the bar on, "0" off, whatever the defaults say


def resolve_jobs(jobs: int | None, files: int) -> int:
    """Processes for ``files`` files: ``jobs`` if given, else every core, but only this one for
    fewer than ``POOL_MIN_FILES`` (starting a worker, about a second of imports, costs more)."""
    if jobs is not None:
        return max(1, jobs)
    return (os.cpu_count() or 1) if files >= POOL_MIN_FILES else 1


def show_progress(progress: bool | None, total: int) -> bool:
    """Whether to draw a bar: as asked, else per $ANALYSIS_PROGRESS, else on long runs on a TTY."""
    if progress is not None:
        return progress
    if os.environ.get(PROGRESS_ENV) in ("0", "1"):
        return os.environ[PROGRESS_ENV] == "1"
    return total >= PROGRESS_MIN_FILES and sys.stderr.isatty()


def chunks_of(paths: Sequence[str | Path]) -> list[list[str]]:
    """``paths`` cut in order into tasks (as strings: quick to send to a worker); the cut
    depends on ``len(paths)`` alone."""
    size = max(1, min(MAX_CHUNK, len(paths) // CHUNKS_PER_RUN))
    names = list(map(os.fspath, paths))
    return [names[i:i + size] for i in range(0, len(names), size)]


# What workers import: the fork server imports it once and every worker starts with it loaded.
_WORKER_MODULES = ["analysis.pipeline"]


def _context() -> multiprocessing.context.BaseContext:
    """Forkserver where it exists (safe with threads in the parent: tqdm, dask), else spawn."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_WORKER_MODULES)
    return context


def start_workers_early(path: str | Path | Iterable[str | Path], jobs: int | None) -> None:
    """Start the fork server (which imports what workers need) now, if ``path`` is a folder
    large enough for a pool: it then loads while this process imports and lists the folder,
    and the workers start about half a second sooner."""
    if jobs == 1 or not isinstance(path, (str, os.PathLike)) or not os.path.isdir(path):
        return
    with os.scandir(path) as entries:
        count = sum(1 for _ in islice(entries, POOL_MIN_FILES))
    if count > 1 and resolve_jobs(jobs, count) > 1 \
            and "forkserver" in multiprocessing.get_all_start_methods():  # one file: no pool
        from multiprocessing import forkserver

        _context()  # sets the modules to preload
        forkserver.ensure_running()


def map_chunks(func: Callable[[list[str]], T], paths: Sequence[str | Path], jobs: int | None = None,
               progress: bool | None = None, desc: str = "files") -> Iterator[T]:
    """Yield ``func(chunk)`` for each chunk of ``chunks_of(paths)``, in order; in worker
    processes when ``resolve_jobs`` says more than one, else in a plain loop in this process.

    ``func`` must be importable by name (a module-level function) to reach the workers.
    """
    chunks = chunks_of(paths)
    jobs = min(resolve_jobs(jobs, len(paths)), len(chunks))
    with tqdm(total=len(paths), desc=desc, unit="file", file=sys.stderr, mininterval=0.5,
              disable=not show_progress(progress, len(paths))) as bar:
        if jobs <= 1:
            for chunk in chunks:
                yield func(chunk)
                bar.update(len(chunk))
            return
        # workers end with this process, even when it is killed (SIGKILL leaves no finally)
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(),
                                   initializer=exit_with, initargs=(os.getpid(),))
        try:
            with termination_deferred():  # map starts the workers as it submits the chunks
                results = pool.map(func, chunks)
            for chunk, result in zip(chunks, results):
                yield result
                bar.update(len(chunk))
        except Terminated:
            # SIGTERM may land inside the pool's own code, holding its lock: waiting for the
            # pool could then hang for ever, so its workers are ended first, without waiting
            _kill_workers(pool)
            raise
        finally:  # on an error or an early stop, drop the queued chunks instead of running them
            pool.shutdown(cancel_futures=True)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """End a pool's worker processes at once (the pool keeps them in ``_processes``)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with suppress(OSError, ValueError, AttributeError):
            process.kill()
