"""Benchmark the tamper-evident history: what chaining and signing cost per action, and how
long ``audit verify`` takes.

Run: ``python bench/audit.py [--db URL] [--actions N] [--processes P]``. Without ``--db`` a
temporary SQLite file is used. Each action is one committed transaction that appends one event
(what every view or decision costs on top of its own work): it is timed with the chain and
signed head, and compared with the same insert without them. With ``--processes`` several
processes append at once (PostgreSQL: they queue on the chain lock).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import tempfile
import time
from pathlib import Path


def _append(url: str, data_dir: str, actions: int, chained: bool, queue: object) -> None:
    os.environ["SSW_DESK_DATA_DIR"] = data_dir
    from sqlalchemy import insert

    from ssw_desk.services.context import Desk, now, record
    from ssw_desk.storage.models import Event

    desk = Desk.open(url)
    times = []
    for n in range(actions):
        start = time.perf_counter()
        if chained:
            with desk.db.begin() as session:
                record(session, desk, "bench.action", n=n)
        else:
            with desk.db.engine.begin() as conn:  # the bare insert, no chain, no head
                conn.execute(
                    insert(Event).values(
                        at=now(),
                        actor=str(desk.actor),
                        action="bench.bare",
                        detail={"n": n},
                        prev_hash="",
                        hash="",
                    )
                )
        times.append(time.perf_counter() - start)
    desk.close()
    queue.put(times)  # type: ignore[attr-defined]


def _run(url: str, data_dir: str, actions: int, processes: int, chained: bool) -> list[float]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    workers = [
        ctx.Process(target=_append, args=(url, data_dir, actions, chained, queue))
        for _ in range(processes)
    ]
    for w in workers:
        w.start()
    times = [t for _ in workers for t in queue.get(timeout=600)]
    for w in workers:
        w.join()
    return times


def _ms(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db")
    parser.add_argument("--actions", type=int, default=500)
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        os.environ["SSW_DESK_DATA_DIR"] = tmp
        from ssw_desk.services.audit import verify_history
        from ssw_desk.services.context import Desk

        Desk.open(url).close()  # migrate once
        bare = _run(url, tmp, args.actions, args.processes, chained=False)
        chained = _run(url, tmp, args.actions, args.processes, chained=True)
        print(f"{len(chained)} actions by {args.processes} process(es) on {url.split(':')[0]}")
        for name, values in (("bare insert", bare), ("chained + signed", chained)):
            print(
                f"  {name:17} median {statistics.median(values) * 1000:6.2f} ms, "
                f"p95 {_ms(values, 95):6.2f} ms"
            )
        desk = Desk.open(url)
        start = time.perf_counter()
        check = verify_history(desk)
        took = time.perf_counter() - start
        desk.close()
        # the bare inserts carry no hashes: verify reports them, which is the point of it
        print(
            f"  audit verify: {check.events} events in {took:.2f} s "
            f"({check.events / took:,.0f} events/s), {check.heads_checked} signed heads"
        )


if __name__ == "__main__":
    main()
