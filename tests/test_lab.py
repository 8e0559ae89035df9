"""``make lab``: its command line, and JupyterLab started the same way answering on its port (as
root too: the script adds --allow-root)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
JUPYTER = Path(sys.executable).with_name("jupyter")
STARTUP = 120  # seconds JupyterLab may take to answer on a busy machine


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_make_lab_passes_the_port_to_the_script():
    dry = subprocess.run(["make", "-n", "lab", "LAB_PORT=8765"], cwd=ROOT, capture_output=True,
                         text=True, timeout=60, check=True)
    assert "LAB_PORT='8765' bash scripts/lab.sh" in dry.stdout


@pytest.mark.slow
@pytest.mark.skipif(not JUPYTER.is_file(), reason="jupyter is not installed beside python")
def test_lab_answers_on_its_port_and_says_the_url(tmp_path):
    port = _free_port()
    env = {**os.environ, "LAB_PORT": str(port), "JUPYTER_RUNTIME_DIR": str(tmp_path / "rt"),
           "JUPYTER_CONFIG_DIR": str(tmp_path / "config")}
    log = tmp_path / "lab.log"
    with open(log, "w") as out:
        lab = subprocess.Popen(["bash", str(ROOT / "scripts" / "lab.sh"), str(JUPYTER)],
                               stdout=out, stderr=subprocess.STDOUT, env=env,
                               start_new_session=True)
    try:
        deadline, answer = time.monotonic() + STARTUP, None
        while time.monotonic() < deadline and lab.poll() is None and answer is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api", timeout=5) as r:
                    answer = json.loads(r.read())
            except OSError:
                time.sleep(1)
        text = log.read_text()
        assert answer is not None and "version" in answer, f"no answer on {port}: {text[-800:]}"
        assert f"http://127.0.0.1:{port}/lab/tree/explore.ipynb" in text
    finally:
        if lab.poll() is None:
            os.killpg(lab.pid, signal.SIGTERM)
            try:
                lab.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(lab.pid, signal.SIGKILL)
                lab.wait()
