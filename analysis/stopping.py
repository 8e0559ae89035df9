"""Stopping cleanly: a SIGTERM (systemd stopping the job, a scheduler's timeout) turned into an
exception that unwinds through every ``finally`` (staging folders and temporary files removed,
workers stopped) before the process exits 143; and worker processes that end with the process
that started them, even one killed with SIGKILL.

Standard library only.
"""

from __future__ import annotations

import os
import select
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from analysis.errors import Terminated

EXIT_TERMINATED = 128 + signal.SIGTERM
PARENT_POLL_SECONDS = 1.0  # where a process cannot be waited for (no pidfd), how often to look


class _Deferral:
    """Whether SIGTERM is held back now (a depth: blocks nest) and the signal that came meanwhile."""
    depth = 0
    pending: int | None = None
    received: int | None = None  # a SIGTERM raised as ``Terminated`` in the current block, if one was


@contextmanager
def terminate_cleanly() -> Iterator[None]:
    """Within the block, SIGTERM raises ``Terminated`` in the main thread (elsewhere, a no-op)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        if _Deferral.depth:
            _Deferral.pending = signum
            return
        _Deferral.received = signum
        raise Terminated(f"terminated by signal {signum}")

    _Deferral.received = None  # a stop of an earlier block (tests run several) is no stop of this
    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def termination_deferred() -> Iterator[None]:
    """Within the block, a SIGTERM caught by ``terminate_cleanly`` waits, and is raised as the
    block ends. Around starting workers: a worker whose start is cut off half-way is not yet
    known to the pool, so it could not be stopped and would print a traceback as the run ends;
    started whole, it is stopped with the others. (A signal mask would not do: Python runs its
    handlers in the main thread whichever thread the signal reached.)"""
    _Deferral.depth += 1
    try:
        yield
    finally:
        _Deferral.depth -= 1
        if not _Deferral.depth and _Deferral.pending is not None:
            signum, _Deferral.pending = _Deferral.pending, None
            _Deferral.received = signum
            raise Terminated(f"terminated by signal {signum}")


def termination_received() -> Terminated | None:
    """The stop a SIGTERM raised in the current ``terminate_cleanly`` block, if one did: a library that runs Python inside
    its own call may turn ``Terminated`` into an error of its own (DuckDB: "Query interrupted"),
    and the run is still being stopped."""
    signum = _Deferral.received
    return None if signum is None else Terminated(f"terminated by signal {signum}")


def exit_with(pid: int) -> None:
    """End this process as soon as process ``pid`` ends (a worker's initializer: its parent is
    the fork server, so a parent-death signal would not fire when the main process dies). A
    daemon thread waits on a pidfd where Linux has them, else looks every second."""
    def watch() -> None:
        try:
            fd = os.pidfd_open(pid)
        except (AttributeError, OSError):  # not Linux 5.3+, or already gone
            fd = None
        if fd is not None:
            select.select([fd], [], [])  # readable when the process has ended
        else:
            while alive(pid):
                threading.Event().wait(PARENT_POLL_SECONDS)
        os._exit(EXIT_TERMINATED)

    threading.Thread(target=watch, name=f"exit-with-{pid}", daemon=True).start()


def alive(pid: int) -> bool:
    """Whether process ``pid`` exists (a pid reused by another process counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's (a reused pid)
        return True
    return True
