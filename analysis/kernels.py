"""Notebook kernels kept across reports: within ``reused()``, each thread that renders gets one
python3 kernel, started on its first notebook with the package already imported, and reset
before every notebook (``%reset -f``, matplotlib's settings and figures, the labels' language,
the working folder) so that a report never depends on the one rendered before it.

A kernel start and the imports cost about 2 CPU seconds; a reset costs a few milliseconds.
The parent side needs jupyter_client and papermill (imported when a kernel starts); the kernel
side (``warm_up``, ``fresh_start``) only what the notebooks import anyway.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.errors import ReportError

if TYPE_CHECKING:
    import nbformat

KERNEL = "python3"
# The kernel's own log (its localhost-TCP warning, the interrupt jupyter_client sends before
# every shutdown) is noise on stderr; cell errors are in the notebook.
KERNEL_ARGUMENTS = ("--IPKernelApp.log_level=CRITICAL",)
START_TIMEOUT = 120.0
RESET_TIMEOUT = 60.0
# What every report notebook imports: paid once per kernel instead of once per report.
WARM_UP = "import analysis.kernels as _kernels; _kernels.warm_up(); del _kernels"
FRESH_START = ("import analysis.kernels as _kernels; _kernels.fresh_start({cwd!r})")

_settings: dict[str, object] = {}  # in a kernel: matplotlib's settings before any notebook


def warm_up() -> None:
    """In a kernel, once: import the report modules and note matplotlib's settings."""
    import matplotlib  # (here, not at the top: this runs in the kernel, not in the build)

    import analysis.charts  # lazy: runs in the kernel, which the build never imports into
    import analysis.report  # noqa: F401 - imported for the notebooks that follow

    _settings.update(matplotlib.rcParams.copy())


def fresh_start(cwd: str) -> None:
    """In a kernel, before each notebook: an empty namespace and output history, no figure
    open, matplotlib's settings and the labels' language as in a new kernel, ``cwd`` the
    working folder."""
    import matplotlib
    from IPython import get_ipython

    from analysis import charts  # lazy: runs in the kernel, which the build never imports into

    get_ipython().run_line_magic("reset", "-f")
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")
    with warnings.catch_warnings():  # settings deprecated since are set back silently too
        warnings.simplefilter("ignore")
        matplotlib.rcParams.update(_settings)
    charts.set_language(charts.LANGUAGES[0])
    os.chdir(cwd)


class Kernel:
    """One python3 kernel started in ``cwd``, kept for many notebooks."""

    def __init__(self, cwd: Path, start_timeout: float = START_TIMEOUT) -> None:
        from jupyter_client.manager import KernelManager

        class Manager(KernelManager):
            """Remembers the clients papermill makes (it leaves them open when the kernel is
            not its own), so that they are closed after each notebook."""

            def client(self, **kwargs: object):
                made = super().client(**kwargs)
                clients.append(made)
                return made

        clients: list = []
        self._clients = clients
        self.manager = Manager(kernel_name=KERNEL)
        self.manager.start_kernel(extra_arguments=list(KERNEL_ARGUMENTS), cwd=str(cwd))
        self._start_timeout = start_timeout
        try:
            self.run(WARM_UP, start_timeout)
        except BaseException:
            self.close()
            raise

    def run(self, code: str, timeout: float = RESET_TIMEOUT) -> None:
        """Execute ``code`` in the kernel (not in its history); ``ReportError`` if it raised."""
        client = self.manager.client()
        try:
            client.start_channels()
            client.wait_for_ready(timeout=self._start_timeout)
            reply = client.execute_interactive(code, store_history=False, timeout=timeout,
                                               output_hook=lambda message: None)
        finally:
            self._close_clients()
        if reply["content"]["status"] != "ok":
            content = reply["content"]
            raise ReportError(f"the kernel could not prepare a notebook: "
                              f"{content.get('ename')}: {content.get('evalue')}")

    def execute(self, notebook: Path, parameters: dict[str, object], output: Path,
                **options: object) -> nbformat.NotebookNode:
        """Reset the kernel, then run ``notebook`` in it with papermill (``options`` are
        papermill's)."""
        import papermill

        self.run(FRESH_START.format(cwd=str(notebook.parent)))
        try:
            return papermill.execute_notebook(str(notebook), str(output), parameters=parameters,
                                              kernel_name=KERNEL, km=self.manager, **options)
        finally:
            self._close_clients()

    def _close_clients(self) -> None:
        while self._clients:
            self._clients.pop().stop_channels()

    def close(self, at_once: bool = False) -> None:
        """End the kernel process. ``at_once`` (SIGTERM, while another thread may still be
        using the kernel): its process group is killed and jupyter_client left alone (closing
        its sockets under a thread that uses them hung the exit for good)."""
        if at_once:
            process = getattr(self.manager.provisioner, "process", None)
            if process is not None:
                try:
                    os.killpg(process.pid, signal.SIGKILL)  # the kernel has its own session
                except ProcessLookupError:
                    pass
                process.wait()
            return
        self._close_clients()
        if self.manager.has_kernel:
            self.manager.shutdown_kernel(now=True)


class Kernels:
    """The kernels of one ``reused()`` block: one per thread, started on first use."""

    def __init__(self, cwd: Path) -> None:
        self._cwd = cwd
        self._by_thread: dict[int, Kernel] = {}
        self._lock = threading.Lock()
        self._closed = False

    def for_this_thread(self) -> Kernel:
        """This thread's kernel, started now if it has none."""
        ident = threading.get_ident()
        with self._lock:
            if self._closed:
                raise ReportError("the build's kernels were already closed")
            kernel = self._by_thread.get(ident)
        if kernel is None:
            kernel = Kernel(self._cwd)
            with self._lock:
                self._by_thread[ident] = kernel
        return kernel

    def discard(self) -> None:
        """End this thread's kernel (after a failure that may have left it in a bad state);
        the next notebook of the thread starts a new one."""
        with self._lock:
            kernel = self._by_thread.pop(threading.get_ident(), None)
        if kernel is not None:
            kernel.close()

    def close(self, at_once: bool = False) -> None:
        """End every kernel (``Kernel.close``)."""
        with self._lock:
            self._closed = True
            kernels, self._by_thread = list(self._by_thread.values()), {}
        for kernel in kernels:
            with suppress(Exception):  # a kernel already gone is what we want
                kernel.close(at_once)


_active: list[Kernels] = []


@contextmanager
def reused(cwd: Path) -> Iterator[Kernels]:
    """Within the block, ``current()`` gives each thread its own kept kernel (started in
    ``cwd``); every kernel ends with the block (at once when it ends by an exception)."""
    kernels = Kernels(cwd)
    _active.append(kernels)
    try:
        yield kernels
    except BaseException:  # SIGTERM or a failure: threads may still be using the kernels
        _active.remove(kernels)
        kernels.close(at_once=True)
        raise
    _active.remove(kernels)
    kernels.close()


def current() -> Kernels | None:
    """The kernels of the innermost ``reused()`` block, None outside one."""
    return _active[-1] if _active else None
