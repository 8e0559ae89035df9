"""One headless Chromium that prints many pages to PDF: started once per build and driven over
the DevTools protocol on a pipe (``--remote-debugging-pipe``: commands go in on the browser's
fd 3, replies and events come out on its fd 4, each one JSON message ended by a NUL byte), one
tab per page, several pages at once from several threads.

It saves a browser start per PDF (about 0.6 CPU seconds each). ``render.html_to_pdf`` falls
back to one Chromium process per PDF when this fails. Standard library only.
"""

from __future__ import annotations

import base64
import fcntl
import itertools
import json
import logging
import os
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from analysis.errors import PrinterError

# A fresh profile and no network services: the same flags as the one-process-per-PDF path.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-extensions",
                  "--disable-crash-reporter")
# What ``--print-to-pdf --no-pdf-header-footer --generate-pdf-document-outline`` asks for:
# the page size and margins of the page's CSS (@page: A4, page numbers), backgrounds, and a
# bookmark outline of the headings.
PRINT_OPTIONS = {"printBackground": True, "preferCSSPageSize": True,
                 "displayHeaderFooter": False, "generateDocumentOutline": True}
START_TIMEOUT = 30.0
CLOSE_TIMEOUT = 5.0
CLOSE_GRACE = 2.0  # after a build: time for Chromium to quit by itself
_READ_SIZE = 1 << 20


class Printer:
    """A headless Chromium kept running; ``print_pdf`` may be called from several threads.
    ``close`` (or the end of a ``with`` block) ends the browser and its process group."""

    def __init__(self, executable: str, start_timeout: float = START_TIMEOUT) -> None:
        self._profile = tempfile.mkdtemp(prefix="gba-chromium-")
        self._ids = itertools.count(1)
        self._changed = threading.Condition()
        self._replies: dict[int, dict] = {}
        self._loaded: set[tuple[str, str]] = set()  # (session, loader) whose page has loaded
        self._ended = False
        self._writing = threading.Lock()
        self._pid: int | None = None
        commands_in, self._commands = os.pipe()
        self._events, events_out = os.pipe()
        try:
            self._pid = self._spawn(executable, commands_in, events_out)
        except OSError as exc:
            os.close(self._commands)
            os.close(self._events)
            shutil.rmtree(self._profile, ignore_errors=True)
            raise PrinterError(f"chromium could not start: {exc}") from exc
        finally:
            os.close(commands_in)
            os.close(events_out)
        threading.Thread(target=self._read, name="chromium-pipe", daemon=True).start()
        try:
            self.call("Browser.getVersion", timeout=start_timeout)
        except PrinterError:
            self.close()
            raise

    def _spawn(self, executable: str, commands_in: int, events_out: int) -> int:
        """Start the browser in its own session with the pipe's ends as its fds 3 and 4."""
        # above 4, so that putting one end on fd 3 cannot overwrite the other
        low_in = _above(commands_in, 4)
        low_out = _above(events_out, 4)
        try:
            null = os.devnull
            actions = [(os.POSIX_SPAWN_OPEN, 0, null, os.O_RDONLY, 0),
                       (os.POSIX_SPAWN_OPEN, 1, null, os.O_WRONLY, 0),
                       (os.POSIX_SPAWN_OPEN, 2, null, os.O_WRONLY, 0),
                       (os.POSIX_SPAWN_DUP2, low_in, 3), (os.POSIX_SPAWN_DUP2, low_out, 4)]
            argv = [executable, *CHROMIUM_FLAGS, f"--user-data-dir={self._profile}",
                    "--remote-debugging-pipe", "about:blank"]
            return os.posix_spawn(executable, argv, os.environ, file_actions=actions,
                                  setsid=True)
        finally:
            os.close(low_in)
            os.close(low_out)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the protocol ---

    def _read(self) -> None:
        """Split what the browser writes into messages and file them: replies by id, the
        loads of pages by session and loader; the end of the pipe wakes every waiter."""
        parts: list[bytes] = []
        try:
            while chunk := os.read(self._events, _READ_SIZE):
                *complete, rest = chunk.split(b"\0")
                for piece in complete:
                    parts.append(piece)
                    self._file(json.loads(b"".join(parts)))
                    parts = []
                parts.append(rest)
        except (OSError, ValueError):
            pass
        os.close(self._events)  # here, not in close(): this thread may be reading it
        with self._changed:
            self._ended = True
            self._changed.notify_all()

    def _file(self, message: dict) -> None:
        with self._changed:
            if "id" in message:
                self._replies[message["id"]] = message
            elif (message.get("method") == "Page.lifecycleEvent"
                  and message["params"].get("name") == "load"):
                self._loaded.add((message.get("sessionId", ""), message["params"]["loaderId"]))
            else:
                return
            self._changed.notify_all()

    def call(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 60.0) -> dict:
        """Send one command and wait for its result; ``PrinterError`` on an error reply, a
        timeout or a browser that has ended."""
        ident = next(self._ids)
        message = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode("utf-8") + b"\0"
        try:
            with self._writing:
                while data:
                    data = data[os.write(self._commands, data):]
        except OSError as exc:
            raise PrinterError(f"chromium stopped reading commands ({method}): {exc}") from None
        with self._changed:
            if not self._changed.wait_for(lambda: ident in self._replies or self._ended,
                                          timeout):
                raise PrinterError(f"chromium did not answer {method} in {timeout:.0f}s")
            reply = self._replies.pop(ident, None)
        if reply is None:
            raise PrinterError(f"chromium ended before answering {method}")
        if "error" in reply:
            raise PrinterError(f"chromium refused {method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    # --- printing ---

    def print_pdf(self, page: Path, pdf: Path, timeout: float) -> Path:
        """Load ``page`` (an HTML file) in a new tab and write its print to ``pdf``."""
        deadline = time.monotonic() + timeout

        def left() -> float:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise PrinterError(f"chromium timed out after {timeout:.0f}s on {page.name}")
            return remaining

        target = self.call("Target.createTarget", {"url": "about:blank"},
                           timeout=left())["targetId"]
        try:
            session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True},
                                timeout=left())["sessionId"]
            self.call("Page.enable", session=session, timeout=left())
            self.call("Page.setLifecycleEventsEnabled", {"enabled": True}, session,
                      timeout=left())
            navigated = self.call("Page.navigate", {"url": page.resolve().as_uri()}, session,
                                  timeout=left())
            if navigated.get("errorText"):
                raise PrinterError(f"chromium could not open {page.name}: "
                                   f"{navigated['errorText']}")
            loaded = (session, navigated["loaderId"])
            with self._changed:
                if not self._changed.wait_for(lambda: loaded in self._loaded or self._ended,
                                              left()):
                    left()  # raises: timed out
                if self._ended:
                    raise PrinterError(f"chromium ended while loading {page.name}")
                self._loaded.discard(loaded)
            printed = self.call("Page.printToPDF", PRINT_OPTIONS, session, timeout=left())
        finally:
            if not self._ended:
                try:
                    self.call("Target.closeTarget", {"targetId": target}, timeout=CLOSE_TIMEOUT)
                except PrinterError:
                    pass
        content = base64.b64decode(printed["data"])
        if content[:5] != b"%PDF-":
            raise PrinterError(f"chromium printed no PDF for {page.name}")
        pdf.write_bytes(content)
        return pdf

    def close(self, grace: float = 0.0) -> None:
        """End the browser: asked to quit and given ``grace`` seconds (so it reaps its helper
        processes), then its whole process group killed; its profile removed. A second call
        does nothing."""
        if self._pid is None:
            return
        pid, self._pid = self._pid, None
        if grace > 0 and not self._ended:
            try:
                self.call("Browser.close", timeout=grace)
                with self._changed:
                    self._changed.wait_for(lambda: self._ended, grace)
            except PrinterError:
                pass
        try:
            os.killpg(pid, signal.SIGKILL)  # renderers and helpers too
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        with self._writing:
            os.close(self._commands)
            self._commands = -1  # a late call fails (EBADF) instead of writing to a reused fd
        shutil.rmtree(self._profile, ignore_errors=True)


def _above(fd: int, lowest: int) -> int:
    """A copy of ``fd`` numbered above ``lowest`` (close-on-exec)."""
    return fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, lowest + 1)


class Shared:
    """The build's one kept Chromium, started for its first PDF and shared by the threads; after
    a failure it is closed and ``print_pdf`` answers False (the caller then prints another way)."""

    def __init__(self, executable: Callable[[], str]) -> None:
        self._executable = executable
        self._printer: Printer | None = None
        self._failed = False
        self._lock = threading.Lock()

    def print_pdf(self, page: Path, pdf: Path, timeout: float) -> bool:
        """Print ``page`` to ``pdf`` in the kept Chromium; False if it is not usable."""
        with self._lock:
            if self._failed:
                return False
            try:
                if self._printer is None:
                    self._printer = Printer(self._executable())
            except PrinterError as exc:
                self._fail(exc)
                return False
            printer = self._printer
        try:
            printer.print_pdf(page, pdf, timeout)
        except PrinterError as exc:
            with self._lock:
                self._fail(exc)
            return False
        return True

    def _fail(self, exc: PrinterError) -> None:
        if not self._failed:
            logging.getLogger(__name__).warning(
                "%s; printing the other PDFs with one Chromium each", exc)
        self._failed = True
        if self._printer is not None:
            self._printer.close()

    def close(self, grace: float = 0.0) -> None:
        """End the kept Chromium, if it was started (``Printer.close``)."""
        with self._lock:
            self._failed = True
            if self._printer is not None:
                self._printer.close(grace)


_active: list[Shared] = []


@contextmanager
def kept(executable: Callable[[], str]) -> Iterator[Shared]:
    """Within the block, ``current()`` is one Chromium for all PDFs (found by ``executable``,
    started on first use); it ends with the block."""
    shared = Shared(executable)
    _active.append(shared)
    try:
        yield shared
    except BaseException:  # a failure or SIGTERM: at once
        _active.remove(shared)
        shared.close()
        raise
    _active.remove(shared)
    shared.close(CLOSE_GRACE)


def current() -> Shared | None:
    """The kept Chromium of the innermost ``kept()`` block, None outside one."""
    return _active[-1] if _active else None
