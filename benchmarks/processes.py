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


def _tree(root: int) -> tuple[int, int, dict[int, float]]:
    """RSS of ``root`` and all its descendants now, the peak RSS of ``root``, and the CPU
    seconds of each process of the tree so far."""
    page, tick = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, tuple[int, float]] = {}
    for entry in os.scandir(PROC):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"{PROC}/{entry.name}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()  # fields[n - 3] is field n, proc(5)
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(fields[1]), []).append(pid)
        stats[pid] = int(fields[21]) * page, (int(fields[11]) + int(fields[12])) / tick
    total, cpu, todo = 0, {}, [root]
    while todo:
        pid = todo.pop()
        rss, cpu[pid] = stats.get(pid, (0, 0.0))
        total += rss
        todo.extend(children.get(pid, ()))
    try:
        with open(f"{PROC}/{root}/status") as f:
            hwm = next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        hwm = stats.get(root, (0, 0.0))[0]
    return total, hwm, cpu


def run(cmd: list[str], interval: float = 0.05) -> Run:
    """Run ``cmd`` to completion (progress bars off), sampling its tree every ``interval`` s."""
    env = dict(os.environ, ANALYSIS_PROGRESS="0")
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=env)
    peaks, cpu = [0, 0], {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            tree, parent, now = _tree(child.pid)
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
               cpu.get(child.pid, 0.0))
