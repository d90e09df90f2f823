"""Benchmark the tamper-evident history: what chaining and signing cost per action, and how
long ``audit verify`` takes.

Run: ``python bench/audit.py [--db URL] [--actions N] [--processes P]``. Without ``--db`` a
temporary SQLite file is used; with a PostgreSQL URL a throw-away database on that server.
Each action is one committed transaction that appends one event (what every view or decision
costs on top of its own work): it is timed with the chain and signed head, and compared with
the same insert without them (Core and ORM). With ``--processes`` several processes append at
once (PostgreSQL: they queue on the chain lock).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _append(url: str, data_dir: str, actions: int, mode: str, queue: object) -> None:
    os.environ["SSW_DESK_DATA_DIR"] = data_dir
    from sqlalchemy import insert
    from sqlalchemy.orm import sessionmaker

    from ssw_desk.services.context import Desk, now, record
    from ssw_desk.storage.models import Event

    desk = Desk.open(url)
    plain = sessionmaker(desk.db.engine)
    times = []
    for n in range(actions):
        start = time.perf_counter()
        if mode == "chained":
            with desk.db.begin() as session:
                record(session, desk, "bench.action", n=n)
        elif mode == "orm":  # the same ORM session work, without chain and signed head
            with plain.begin() as session:
                session.add(
                    Event(
                        at=now(),
                        actor=str(desk.actor),
                        action="bench.orm",
                        detail={"n": n},
                        prev_hash="",
                        hash="",
                    )
                )
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


def _run(url: str, data_dir: str, actions: int, processes: int, mode: str) -> list[float]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    workers = [
        ctx.Process(target=_append, args=(url, data_dir, actions, mode, queue))
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
    with tempfile.TemporaryDirectory() as tmp, _database(args.db, Path(tmp)) as url:
        os.environ["SSW_DESK_DATA_DIR"] = tmp
        from ssw_desk.services.audit import verify_history
        from ssw_desk.services.context import Desk

        Desk.open(url).close()  # migrate once
        modes = {"core insert": "core", "ORM insert": "orm", "chained + signed": "chained"}
        figures = {
            name: _run(url, tmp, args.actions, args.processes, m) for name, m in modes.items()
        }
        backend = url.split(":")[0]
        print(f"{args.actions} actions x {args.processes} process(es) on {backend}")
        for name, values in figures.items():
            print(
                f"  {name:17} median {statistics.median(values) * 1000:6.2f} ms, "
                f"p95 {_ms(values, 95):6.2f} ms"
            )
        desk = Desk.open(url)
        start = time.perf_counter()
        check = verify_history(desk)
        took = time.perf_counter() - start
        desk.close()
        # the unchained inserts carry no hashes: verify reports them, which is its job
        print(
            f"  audit verify: {check.events} events in {took:.2f} s "
            f"({check.events / took:,.0f} events/s), {check.heads_checked} signed heads"
        )


@contextmanager
def _database(url: str | None, tmp: Path) -> Iterator[str]:
    """A throw-away database: a SQLite file, or a new database on the given server."""
    if url is None:
        yield f"sqlite:///{tmp / 'bench.sqlite3'}"
        return
    import sqlalchemy as sa

    name = "ssw_bench_" + uuid.uuid4().hex[:10]
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield sa.make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.dispose()


if __name__ == "__main__":
    main()
