"""Start-up with 100,000 requests: the frozen bundle and the source install, side by side.

Run: ``python bench/startup.py [--bundle build-out/dist/ssw-desk] [--rows 100000] [--runs 3]``.
Each run starts a new process (``ssw-desk --smoke-test`` on a prepared SQLite database, with
``SSW_DESK_STARTUP_PROBE=1``) and times it from ``exec`` to the moment the main window has
painted itself with the queue loaded (the probe line the desk prints then), and to the process
exit (the smoke test also opens the first request and closes). The first run of each kind is
reported apart: after a build or install its files may not be in the OS file cache yet; the
page cache of this shared machine is not dropped (that needs the whole machine), so a true
cold boot is slower. Target: <= 3 s for the frozen desk to a painted window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TARGET_S = 3.0


def prepare(path: Path, rows: int) -> None:
    """A SQLite database with ``rows`` requests (bench/gui.py's generator), kept for reuse."""
    from gui import fill  # bench/gui.py

    from ssw_desk.services.context import Desk

    desk = Desk.open(f"sqlite:///{path}")
    try:
        fill(desk, rows)
    finally:
        desk.close()


def one_start(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from exec to the painted window, and to the exit."""
    start = time.time()
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    end = time.time()
    painted = None
    for line in proc.stdout.splitlines():
        if line.startswith("startup probe: painted "):
            painted = float(line.rsplit(" ", 1)[1])
    if proc.returncode != 0 or painted is None:
        raise SystemExit(f"{command[0]} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return painted - start, end - start


def measure(name: str, command: list[str], env: dict[str, str], runs: int) -> None:
    first = one_start(command, env)
    rest = [one_start(command, env) for _ in range(runs)]
    painted = statistics.median(r[0] for r in rest)
    total = statistics.median(r[1] for r in rest)
    verdict = "" if name != "frozen" else ("  (target <= 3 s: met)" if painted <= TARGET_S
                                           else "  (target <= 3 s: MISSED)")  # fmt: skip
    print(
        f"{name:7} first start: painted {first[0]:.2f} s, exit {first[1]:.2f} s; "
        f"median of {runs}: painted {painted:.2f} s, exit {total:.2f} s{verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", default=str(ROOT / "build-out" / "dist" / "ssw-desk"))
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", help="SQLite file to create or reuse")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="ssw-startup-"))
    db = Path(args.db) if args.db else work / "startup.sqlite3"
    env = dict(os.environ, SSW_DESK_DATA_DIR=str(work / "data"), SSW_DESK_STARTUP_PROBE="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not db.exists():
        t = time.perf_counter()
        os.environ["SSW_DESK_DATA_DIR"] = env["SSW_DESK_DATA_DIR"]
        prepare(db, args.rows)
        print(f"prepared {args.rows:,} requests in {time.perf_counter() - t:.0f} s")
    url = f"sqlite:///{db}"
    source = [sys.executable, "-m", "ssw_desk", "--db", url, "--smoke-test"]
    measure("source", source, dict(env, PYTHONPATH=str(ROOT)), args.runs)
    frozen = Path(args.bundle) / ("ssw-desk.exe" if os.name == "nt" else "ssw-desk")
    if frozen.exists():
        measure("frozen", [str(frozen), "--db", url, "--smoke-test"], env, args.runs)
    else:
        print(f"frozen: no bundle at {frozen} (bash scripts/build-bundle.sh): NOT measured")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
