"""A time budget per article: work on one article that runs past it is stopped and the article
skipped with a one-line message, so that no input can hang a run (a scheduled refresh above all).

An article of N megabytes gets ``BASE + PER_MB * N`` seconds for reading and as many again for
extracting its figures: 10 s + 10 s per MB by default, some twenty times what an ordinary
article takes on a busy machine. ``$ANALYSIS_ARTICLE_BUDGET`` sets it: ``SECONDS`` or
``SECONDS,PER_MB``; ``0`` turns the budget off. The clock is a SIGALRM timer, which stops
Python code and the regex engine alike; where there is none (Windows, a thread other than the
main one, as under dask) the work runs without a budget.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from analysis.errors import AnalysisError, OutOfTime

BUDGET_ENV = "ANALYSIS_ARTICLE_BUDGET"
BASE, PER_MB = 10.0, 10.0
_MB = 1_000_000
_disabled = False


def disable() -> None:
    """Run without a budget in this process from now on (benchmarks time the work itself)."""
    global _disabled
    _disabled = True


def seconds_for(size: int) -> float | None:
    """The budget of an article of ``size`` characters or bytes; None when there is none.
    Raises AnalysisError naming $ANALYSIS_ARTICLE_BUDGET when it is not one or two numbers."""
    setting = os.environ.get(BUDGET_ENV, "").strip()
    base, per_mb = BASE, PER_MB
    if setting:
        try:
            numbers = [float(part) for part in setting.split(",")]
        except ValueError:
            numbers = []
        if len(numbers) not in (1, 2) or min(numbers) < 0:
            raise AnalysisError(f"${BUDGET_ENV}={setting!r}: expected SECONDS or SECONDS,PER_MB")
        base, per_mb = numbers[0], numbers[1] if len(numbers) == 2 else PER_MB
        if base == 0:
            return None
    return None if _disabled else base + per_mb * size / _MB


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class _Clock:
    """The running budget: whether its work is on the stack now, and whether it ran out while
    it was not (then the work stops when it next runs)."""

    def __init__(self, seconds: float, size: int) -> None:
        self.seconds, self.size = seconds, size
        self.active = True
        self.expired = False

    def out_of_time(self) -> OutOfTime:
        return OutOfTime(f"took longer than its time budget ({self.seconds:.3g} s for "
                         f"{self.size / _MB:.1f} MB)")

    def on_alarm(self, signum: int, frame: object) -> None:
        if self.active:
            self.active = False
            raise self.out_of_time()
        self.expired = True


@contextmanager
def _clock(size: int) -> Iterator[_Clock | None]:
    """A started budget for an article of ``size`` (None when there is none), stopped on exit."""
    seconds = seconds_for(size)
    if seconds is None or not _can_time():
        yield None
        return
    clock = _Clock(seconds, size)
    previous = signal.signal(signal.SIGALRM, clock.on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield clock
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def limit(size: int) -> Iterator[None]:
    """Run the body under the budget of an article of ``size``; raises OutOfTime from it when
    the budget runs out."""
    with _clock(size) as clock:
        yield
        if clock is not None:
            clock.active = False


def limited(items: Iterable, size: int) -> Iterator:
    """The items of ``items`` (a generator doing one article's work), made under the budget of an
    article of ``size``; raises OutOfTime from the generator, never from its consumer (the time
    between items counts, but the clock stops only in the generator)."""
    with _clock(size) as clock:
        if clock is None:
            yield from items
            return
        iterator = iter(items)
        while True:
            clock.active = True
            if clock.expired:
                raise clock.out_of_time()
            try:
                item = next(iterator)
            except StopIteration:
                return
            finally:
                clock.active = False
            yield item
