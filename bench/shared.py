"""Ten desks on one PostgreSQL database: decisions per second, decision latency, visibility.

Run: ``python bench/shared.py [--db URL] [--desks 10] [--seconds 60] [--requests 40]``.
Without ``--db`` a fresh database is created on the server of ``SSW_TEST_PG_URL`` and dropped
afterwards. The requests are the demo applicants (real intake of their e-mails).

Each desk is its own OS process with its own change feed (``LISTEN``), doing what a clerk does
in a loop: open a request (read it, claim it), look at it for 50-250 ms, decide on the revision
it saw (approve 45 %, flag 25 %, note 30 %), release it. Figures: decisions per second, p50/p95
decision latency (the service call), conflicts (``request.changed``, ``claim.held``), and the
p50/p95 time from a decision's commit until each other desk's feed reports that request.
Afterwards every request is checked: a status of the lifecycle, pauses matching it, and the
revisions recorded in its history exactly 1..revision (no lost update, none counted twice).
Aims: p95 decision <= 100 ms, p95 visible elsewhere <= 1 s, zero lost or impossible states.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa

from ssw_desk.config import Actor
from ssw_desk.domain import lifecycle
from ssw_desk.errors import DeskError


def _desk_loop(
    url: str, data_dir: str, n: int, ids: list[int], seconds: float, start: Any, out: Any
) -> None:
    os.environ["SSW_DESK_DATA_DIR"] = data_dir
    from ssw_desk.services import claims, decisions
    from ssw_desk.services.context import Desk
    from ssw_desk.services.requests import show_request
    from ssw_desk.storage.feed import ChangeFeed

    desk = Desk.open(url, actor=Actor(f"clerk{n:02d}", f"ws-{n:02d}"))
    # Once per desk process: the first due date imports the holiday calendar (~170 ms of CPU);
    # a desk that runs all day pays it once, before its first decision, not in each one.
    from ssw_desk.domain.business_days import is_business_day

    is_business_day(date.today())
    seen: list[tuple[int, float]] = []
    feed = ChangeFeed(url, lambda rid: seen.append((rid, time.time())), interval=0.5)
    feed.start()
    feed.ready.wait(10)
    start.wait(timeout=300)  # every desk ready: the minute starts for all at once
    until = time.time() + seconds
    rng = random.Random(n)
    done: list[dict[str, Any]] = []
    conflicts: dict[str, int] = defaultdict(int)
    while time.time() < until:
        rid = rng.choice(ids)
        try:
            claims.claim(desk, request_id=rid)
        except DeskError as exc:
            conflicts[exc.code] += 1
            continue
        view = show_request(desk, request_id=rid)
        time.sleep(rng.uniform(0.05, 0.25))
        kind = rng.choices(["approve", "flag", "note"], [45, 25, 30])[0]
        failing = {f["code"]: "checked" for f in view.findings if f["status"] == "fail"}
        start = time.time()
        try:
            if kind == "approve":
                decisions.approve(
                    desk, request_id=rid, overrides=failing, expect_revision=view.revision
                )
            elif kind == "flag":
                decisions.flag_deficiencies(
                    desk, request_id=rid, items=["photo.colour"], expect_revision=view.revision
                )
            else:
                decisions.add_note(
                    desk, request_id=rid, text="checked", expect_revision=view.revision
                )
        except DeskError as exc:
            conflicts[exc.code] += 1
        else:
            done.append({"rid": rid, "start": start, "end": time.time(), "desk": n, "kind": kind})
        try:
            claims.release(desk, request_id=rid)
        except DeskError as exc:
            conflicts["release:" + exc.code] += 1
    time.sleep(1.5)  # let the last notifications arrive
    feed.stop()
    desk.close()
    out.put({"desk": n, "done": done, "seen": seen, "conflicts": dict(conflicts)})


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _max(values: list[float]) -> float:
    return max(values) if values else float("nan")


def _visibility(results: list[dict[str, Any]]) -> list[float]:
    """Seconds from each decision's commit until each other desk's feed reported it."""
    seen = {r["desk"]: sorted(r["seen"], key=lambda s: s[1]) for r in results}
    delays: list[float] = []
    for r in results:
        for d in r["done"]:
            for other, arrivals in seen.items():
                if other == d["desk"]:
                    continue
                first = next(
                    (t for rid, t in arrivals if rid == d["rid"] and t >= d["start"]), None
                )
                if first is not None:
                    delays.append(max(0.0, first - d["end"]))
    return delays


def _check(url: str) -> list[str]:
    """Impossible states and lost updates, request by request."""
    from ssw_desk.storage.db import make_engine

    problems: list[str] = []
    engine = make_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, status, revision, pauses FROM requests")).all()
        events = conn.execute(
            sa.text("SELECT request_id, detail FROM events WHERE request_id IS NOT NULL")
        ).all()
    engine.dispose()
    revisions: dict[int, list[int]] = defaultdict(list)
    for request_id, detail in events:
        rev = (detail or {}).get("revision")
        if isinstance(rev, int):
            revisions[request_id].append(rev)
    for rid, status, revision, pauses in rows:
        if status not in lifecycle.ALL:
            problems.append(f"{rid}: unknown status {status}")
        open_pause = bool(pauses) and pauses[-1][1] is None
        if open_pause != (status == lifecycle.RequestStatus.WAITING_APPLICANT):
            problems.append(f"{rid}: {status} with pauses {pauses}")
        if sorted(revisions[rid]) != list(range(1, revision + 1)):
            problems.append(f"{rid}: revision {revision}, history has {sorted(revisions[rid])}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db")
    parser.add_argument("--desks", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--requests", type=int, default=40)
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
    data_dir = tempfile.mkdtemp(prefix="ssw-bench-")
    os.environ["SSW_DESK_DATA_DIR"] = data_dir
    try:
        from ssw_desk.services.context import Desk
        from ssw_desk.services.demo import make_demo

        desk = Desk.open(url, actor=Actor("setup", "ws-setup"))
        t0 = time.time()
        print(make_demo(desk, count=args.requests), f"({time.time() - t0:.1f} s)")
        with desk.db.read() as session:
            ids = list(
                session.execute(
                    sa.text("SELECT id FROM requests WHERE status NOT IN ('issued', 'rejected')")
                ).scalars()
            )
        desk.close()
        ctx = mp.get_context("spawn")
        out = ctx.Queue()
        start = ctx.Barrier(args.desks)
        procs = [
            ctx.Process(target=_desk_loop, args=(url, data_dir, n, ids, args.seconds, start, out))
            for n in range(args.desks)
        ]
        for p in procs:
            p.start()
        results = [out.get(timeout=args.seconds + 400) for _ in procs]
        for p in procs:
            p.join(30)
        decided = [d for r in results for d in r["done"]]
        latency = [(d["end"] - d["start"]) * 1000 for d in decided]
        if not decided:
            print(f"desks {args.desks}: no decision completed; refusals {results}")
            return 1
        span = max(d["end"] for d in decided) - min(d["start"] for d in decided)
        visible = [v * 1000 for v in _visibility(results)]
        by_kind = {
            kind: [(d["end"] - d["start"]) * 1000 for d in decided if d["kind"] == kind]
            for kind in ("approve", "flag", "note")
        }
        conflicts: dict[str, int] = defaultdict(int)
        for r in results:
            for code, count in r["conflicts"].items():
                conflicts[code] += count
        problems = _check(url)
        print(f"desks {args.desks}, requests {len(ids)}, {span:.0f} s")
        print(f"decisions: {len(decided)} ({len(decided) / span:.1f}/s)")
        print(
            f"decision latency ms: p50 {statistics.median(latency):.1f}"
            f"  p95 {_pct(latency, 0.95):.1f}  max {_max(latency):.1f}"
        )
        for kind, values in by_kind.items():
            p50, p95 = _pct(values, 0.5), _pct(values, 0.95)
            print(f"  {kind:8} n={len(values):5}  p50 {p50:.1f}  p95 {p95:.1f}")
        if args.desks == 1:
            print("visible at another desk: no other desk (--desks 1)")
        print(
            f"visible at another desk ms: p50 {_pct(visible, 0.5):.1f}"
            f"  p95 {_pct(visible, 0.95):.1f}  max {_max(visible):.1f}  ({len(visible)} arrivals)"
        )
        print(f"refusals: {dict(conflicts)}")
        print(f"lost or impossible states: {len(problems)}")
        for line in problems[:20]:
            print("  ", line)
        return 0 if not problems else 1
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
