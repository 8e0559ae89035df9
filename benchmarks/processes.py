"""Run a command and watch its whole process tree: wall time, CPU time and peak memory.

Worker pools start their processes from a fork server, which the kernel's ``RUSAGE_CHILDREN``
accounting of the command never sees; so the tree is sampled from /proc instead (Linux; other
systems get the wall time only).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass

PROC = "/proc"


@dataclass
class Run:
    """One finished command; memory in bytes and CPU in seconds are 0 without /proc."""

    seconds: float
    returncode: int
    stdout: str
    tree_peak: int  # largest sum of RSS over the process tree seen at any sample
    parent_peak: int  # peak RSS (VmHWM) of the command's own process
    cpu: float  # CPU seconds of every process of the tree
    parent_cpu: float  # CPU seconds of the command's own process
    stderr: str = ""


class _Tree:
    """A process and its descendants, sampled from /proc. Each process's parent is read once
    and remembered (it does not change), so a sample reads the stat files of the tree only,
    not of every process on the machine: the sampling should not slow what it measures."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.parents: dict[int, int] = {}  # pid -> parent pid, of every process seen

    def _stat(self, pid: int) -> list[bytes] | None:
        try:
            with open(f"{PROC}/{pid}/stat", "rb") as f:
                return f.read().rsplit(b")", 1)[1].split()  # fields[n - 3] is field n, proc(5)
        except OSError:
            return None

    def sample(self) -> tuple[int, int, dict[int, float]]:
        """RSS of the root and all its descendants now, the peak RSS of the root, and the CPU
        seconds of each process of the tree so far."""
        page, tick = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
        alive = {int(name) for name in os.listdir(PROC) if name.isdigit()}
        for pid in self.parents.keys() - alive:  # gone: its number may come back for another
            del self.parents[pid]
        stats: dict[int, list[bytes]] = {}
        for pid in alive - self.parents.keys():
            fields = self._stat(pid)
            if fields is not None:
                self.parents[pid], stats[pid] = int(fields[1]), fields
        children: dict[int, list[int]] = {}
        for pid, parent in self.parents.items():
            children.setdefault(parent, []).append(pid)
        total, cpu, todo = 0, {}, [self.root]
        while todo:
            pid = todo.pop()
            fields = stats.get(pid) or self._stat(pid)
            if fields is not None:
                total += int(fields[21]) * page
                cpu[pid] = (int(fields[11]) + int(fields[12])) / tick
            todo.extend(children.get(pid, ()))
        try:
            with open(f"{PROC}/{self.root}/status") as f:
                hwm = next(int(line.split()[1]) * 1024 for line in f
                           if line.startswith("VmHWM:"))
        except (OSError, StopIteration):
            hwm = 0
        return total, hwm, cpu


def run(cmd: list[str], interval: float = 0.05) -> Run:
    """Run ``cmd`` to completion (progress bars off), sampling its tree every ``interval`` s."""
    env = dict(os.environ, ANALYSIS_PROGRESS="0")
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=env)
    peaks, cpu = [0, 0], {}
    done = threading.Event()

    watched = _Tree(child.pid)

    def sample() -> None:
        while not done.is_set():
            tree, parent, now = watched.sample()
            peaks[0], peaks[1] = max(peaks[0], tree), max(peaks[1], parent)
            for pid, seconds in now.items():  # a process's last sample stands for its total
                cpu[pid] = max(cpu.get(pid, 0.0), seconds)
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    if os.path.exists(f"{PROC}/self/stat"):
        sampler.start()
    out, err = child.communicate()
    seconds = time.perf_counter() - started
    done.set()
    if sampler.is_alive():
        sampler.join()
    if child.returncode not in (0, 3):  # 3: written, with files skipped
        sys.stderr.write(err)
    return Run(seconds, child.returncode, out, peaks[0], peaks[1], sum(cpu.values()),
               cpu.get(child.pid, 0.0), err)
