"""Import worker processes end when the importing process is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="needs /proc to find child processes (Linux)"
)

PARENT = """
import sys
from ssw_desk.config import Actor
from ssw_desk.demo import demo_mails
from ssw_desk.mail import MailSource
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import import_sources

desk = Desk.open(sys.argv[1], actor=Actor("clerk-test", "ws-1"))
mails = [MailSource(n, raw, "eml") for n, raw in demo_mails(40)]
print("started", flush=True)
import_sources(desk, sources=mails)
"""


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_die_with_a_killed_import(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "SSW_DESK_IMPORT_WORKERS": "2", "PYTHONPATH": str(root)}
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, f"sqlite:///{tmp_path / 'desk.sqlite3'}"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=root,
    )
    try:
        assert parent.stdout is not None and parent.stdout.readline().strip() == b"started"
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while time.monotonic() < deadline and len(workers) < 2:
            workers = {p for p in children(parent.pid) if "spawn_main" in _cmdline(p)}
            time.sleep(0.1)
        assert len(workers) == 2, "the import did not start its two workers"
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(alive(p) for p in workers):
            time.sleep(0.1)
        assert not any(alive(p) for p in workers)
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if parent.stdout is not None:
            parent.stdout.close()


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""
