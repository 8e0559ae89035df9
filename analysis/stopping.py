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


@contextmanager
def terminate_cleanly() -> Iterator[None]:
    """Within the block, SIGTERM raises ``Terminated`` in the main thread (elsewhere, a no-op)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        raise Terminated(f"terminated by signal {signum}")

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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
