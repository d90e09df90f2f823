"""What one decision costs one desk alone: wall time, the desk's CPU time, statements.

Run: ``python bench/decision_cost.py [--db URL] [--rounds 30]``. Without ``--db`` a fresh
database is created on the server of ``SSW_TEST_PG_URL`` (demo applicants) and dropped
afterwards. Each round shows a request (as the desk does when it opens one), then decides on the
revision it saw: approve (overriding what fails), flag one point, or note. Prints the median wall
and CPU milliseconds and the statements sent per action: the cost that ten desks and the server
share on one machine in ``bench/shared.py``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa

from ssw_desk.config import Actor
from ssw_desk.errors import DeskError


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    admin = None
    url = args.db
    if url is None:
        admin_url = os.environ.get("SSW_TEST_PG_URL")
        if not admin_url:
            print("give --db URL or set SSW_TEST_PG_URL", file=sys.stderr)
            return 2
        name = "ssw_bench_" + uuid.uuid4().hex[:10]
        admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        url = admin_url.rsplit("/", 1)[0] + "/" + name
    os.environ["SSW_DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="ssw-bench-")
    try:
        from ssw_desk.domain.business_days import is_business_day
        from ssw_desk.services import decisions
        from ssw_desk.services.context import Desk
        from ssw_desk.services.demo import make_demo
        from ssw_desk.services.requests import show_request

        desk = Desk.open(url, actor=Actor("bench", "ws-bench"))
        if admin is not None:
            make_demo(desk, count=40)
        with desk.db.read() as session:
            ids = list(
                session.execute(
                    sa.text("SELECT id FROM requests WHERE status NOT IN ('issued', 'rejected')")
                ).scalars()
            )
        is_business_day(date.today())  # the holiday calendar loads once per process
        sent = [0]
        sa.event.listen(
            desk.db.engine, "before_cursor_execute", lambda *_a: sent.__setitem__(0, sent[0] + 1)
        )
        rng = random.Random(1)
        figures: dict[str, list[tuple[float, float, int]]] = {"approve": [], "flag": [], "note": []}
        for n in range(args.rounds * 3):
            kind = ("approve", "flag", "note")[n % 3]
            rid = rng.choice(ids)
            view = show_request(desk, request_id=rid)
            failing = {f["code"]: "checked" for f in view.findings if f["status"] == "fail"}
            call: dict[str, Any] = {"desk": desk, "request_id": rid}
            call["expect_revision"] = view.revision
            sent[0], wall, cpu = 0, time.perf_counter(), time.process_time()
            try:
                if kind == "approve":
                    decisions.approve(**call, overrides=failing)
                elif kind == "flag":
                    decisions.flag_deficiencies(**call, items=["photo.colour"])
                else:
                    decisions.add_note(**call, text="checked")
            except DeskError:
                continue  # e.g. decision.passed: not a decision that was taken
            figures[kind].append(
                ((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, sent[0])
            )
        desk.close()
        for kind, rows in figures.items():
            print(
                f"{kind:8} n={len(rows):3}  wall {statistics.median(r[0] for r in rows):6.1f} ms"
                f"  cpu {statistics.median(r[1] for r in rows):6.1f} ms"
                f"  statements {statistics.median(r[2] for r in rows):.0f}"
            )
        return 0
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
