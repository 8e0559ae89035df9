"""analysis.stopping: SIGTERM as an exception, and held back while workers start."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from analysis.errors import Terminated
from analysis.stopping import terminate_cleanly, termination_deferred, termination_received


def _sigterm_self() -> None:
    """Send this process SIGTERM and give Python the moment it takes to run the handler."""
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(0.05)


def test_a_sigterm_raises_terminated_and_the_previous_handler_comes_back():
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Terminated, match="signal 15"), terminate_cleanly():
        _sigterm_self()
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_deferred_sigterm_is_raised_when_the_block_ends_not_inside_it():
    """Starting a worker cut off half-way left a process the pool did not know, which then
    printed a traceback as the run ended (CI, test_parallel's SIGTERM case, 1 run in 12)."""
    reached = []
    with pytest.raises(Terminated), terminate_cleanly():
        with termination_deferred():
            _sigterm_self()
            reached.append("the rest of the block")
        reached.append("after the block")
    assert reached == ["the rest of the block"]


def test_deferral_nests_and_the_signal_waits_for_the_outermost_block():
    reached = []
    with pytest.raises(Terminated), terminate_cleanly(), termination_deferred():
        with termination_deferred():
            _sigterm_self()
        reached.append("outer block")
    assert reached == ["outer block"]


def test_a_signal_reaching_another_thread_is_deferred_too():
    """Python runs handlers in the main thread whichever thread the signal reached, so a
    signal mask on the main thread alone would not hold it back: the deferral is in the handler."""
    reached = []
    with pytest.raises(Terminated), terminate_cleanly(), termination_deferred():
        other = threading.Thread(target=_sigterm_self)
        other.start()
        other.join()
        time.sleep(0.05)
        reached.append("block")
    assert reached == ["block"]


def test_no_signal_no_exception_and_nothing_left_pending():
    with terminate_cleanly(), termination_deferred():
        pass
    with pytest.raises(Terminated), terminate_cleanly():  # a later signal still raises at once
        _sigterm_self()


def test_a_sigterm_a_library_turns_into_its_own_error_is_still_a_stop():
    """DuckDB runs Python inside a query and turns the ``Terminated`` raised there into
    "RuntimeError: Query interrupted" (test_refresh's SIGTERM-mid-render case, under load)."""
    with terminate_cleanly():
        assert termination_received() is None
        try:
            try:
                _sigterm_self()
            except Terminated as exc:
                raise RuntimeError("Query interrupted") from exc
        except RuntimeError:
            stop = termination_received()
    assert isinstance(stop, Terminated) and "signal 15" in str(stop)
    with terminate_cleanly():  # the next block starts with no stop
        assert termination_received() is None
