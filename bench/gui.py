"""The desk window with 100,000 requests: start-up, filter, search, sort, choosing a request.

Run: ``QT_QPA_PLATFORM=offscreen python bench/gui.py [--rows 100000] [--db PATH]``.
The rows are bulk-inserted with SQLAlchemy Core (one message and version each, so the review
panel has something to show; no attachments) into a temporary SQLite file, which is kept with
``--db`` for reuse. Targets: filter and search <= 100 ms, request shown <= 150 ms p95, the
dashboard's first paint and its refresh <= 300 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from ssw_desk.domain.business_days import add_business_days
from ssw_desk.services.context import Desk
from ssw_desk.storage.crypto import desk_key
from ssw_desk.storage.models import Blob, Claim, Counter, Message, Report, Request, Version
from ssw_desk.storage.sealed import name_tokens
from ssw_desk.storage.sealing import sender_index

FAMILY = ["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "SANTOS", "REYES", "WIJAYA", "SARI",
          "KHAN", "WANG", "LI", "ZHANG", "AUNG", "THAPA"]  # fmt: skip
GIVEN = ["VAN AN", "THI BINH", "MINH", "HOA", "JOSE", "MARIA", "BUDI", "DEWI", "WEI", "HUONG",
         "KYAW", "RAM", "THANH", "LAN", "RIZAL", "AHMAD", "SITI", "QUANG", "LINH"]  # fmt: skip
CATEGORIES = ["machining_metal", "electrical_electronic", "metal_surface"]
STATUSES = (["issued"] * 70 + ["new"] * 9 + ["resubmitted"] * 3 + ["waiting_applicant"] * 6
            + ["approved"] * 5 + ["rejected"] * 7)  # fmt: skip


def fill(desk: Desk, rows: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    start = datetime(2023, 11, 6, tzinfo=UTC)
    span = (datetime.now(UTC) - start).total_seconds()
    due_memo: dict[date, date] = {}
    per_year: dict[int, int] = {}
    requests, blobs, messages, versions, reports = [], [], [], [], []
    clerks = ["Sato (sato)", "Ito (ito)", "Kato (kato)", "Abe (abe)"]
    key = desk_key()
    for i in range(1, rows + 1):
        received = start + timedelta(seconds=span * i / rows + rnd.random() * 60)
        day = received.date()
        if day not in due_memo:
            due_memo[day] = add_business_days(day, 10)
        year = received.year
        per_year[year] = per_year.get(year, 0) + 1
        status = rnd.choice(STATUSES)
        if i > rows * 0.97:  # the recent ones are the open ones
            status = rnd.choice(["new", "new", "resubmitted", "waiting_applicant", "approved"])
        name = f"{rnd.choice(FAMILY)} {rnd.choice(GIVEN)}"
        sha = f"{i:064x}"
        requests.append(
            {
                "id": i,
                "reference": f"SR-{year}-{per_year[year]:05d}",
                "status": status,
                "received_at": received,
                "due_date": None if status == "waiting_applicant" else due_memo[day],
                "paused_since": None,
                "pauses": [],
                "sender": f"applicant{i}@example.com",
                "subject": "スコアレポート発行申請",
                "exam_number": f"{rnd.choice(['MM', 'EE', 'MS'])}{year % 100}A{i:05d}",
                "exam_date": day - timedelta(days=rnd.randint(20, 200)),
                "category": rnd.choice(CATEGORIES),
                "name": name,
                "nationality": "VN",
                "date_of_birth": date(1990 + i % 15, 1 + i % 12, 1 + i % 28),
                "sex": "M" if i % 2 else "F",
                "findings": [],
                "fail_count": rnd.choice([0, 0, 0, 1, 2]),
                "warn_count": rnd.choice([0, 0, 1]),
                "version_count": rnd.choice([1, 1, 1, 2]),
                "overrides": {},
                "updated_at": received,
                # Core inserts skip the ORM events that keep the keyed indexes
                "name_tokens": name_tokens(name, key),
                "sender_index": sender_index(f"applicant{i}@example.com", key),
                "sealed_with": key.label,
            }
        )
        if status == "issued":
            issued = received + timedelta(days=rnd.randint(1, 12))
            reports.append(
                {
                    "serial": f"SSW-{year}-{i:06d}", "year": year, "number": i,
                    "request_id": i, "issued_at": issued, "issued_by": rnd.choice(clerks),
                    "code": "bench", "status": "valid",
                }
            )  # fmt: skip
        raw = f"Subject: request {i}\r\n\r\n受験番号 ...\r\n".encode()
        blobs.append(
            {
                "sha256": sha,
                "size": len(raw),
                "encryption": "none",
                "data": raw,
                "created_at": received,
            }
        )
        messages.append(
            {
                "id": i, "dedupe_key": f"sha256:{sha}", "message_id": f"<r{i}@example.com>",
                "raw_sha256": sha, "direction": "in", "source_format": "eml", "origin": "",
                "status": "parsed", "received_at": received, "sender": f"applicant{i}@example.com",
                "subject": "スコアレポート発行申請", "references": [], "request_id": i,
                "imported_at": received, "imported_by": "bench", "sealed_with": key.label,
            }
        )  # fmt: skip
        versions.append(
            {
                "request_id": i, "number": 1, "message_pk": i, "fields": {},
                "body_text": "受験(じゅけん)番号：...\n氏名(しめい)：" + name,
                "findings": [], "created_at": received, "sealed_with": key.label,
            }
        )  # fmt: skip
    with desk.db.begin() as session:
        for table, data in ((Blob, blobs), (Request, requests), (Message, messages),
                            (Version, versions), (Report, reports)):  # fmt: skip
            for n in range(0, len(data), 5000):
                session.execute(insert(table), data[n : n + 5000])
        session.execute(
            insert(Counter),
            [{"name": "request", "year": y, "last": n} for y, n in per_year.items()],
        )
    with desk.db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def timed(fn: Callable[[], object], app: object) -> float:
    t0 = time.perf_counter()
    fn()
    app.processEvents()  # type: ignore[attr-defined]  # the repaint that fetches a page
    return time.perf_counter() - t0


def bench_dashboard(desk: Desk, window: object, app: object, rounds: int = 10) -> None:
    """The dashboard: first paint (dialog built, figures read, chart drawn) and a refresh
    after a change arrives through the change hub's signal."""
    from PySide6.QtCore import QEventLoop, QTimer

    from ssw_desk.gui.dashboard import DashboardDialog

    with desk.db.begin() as session:  # a few clerks at work, so the per-clerk table fills
        open_ids = [r.id for r in session.query(Request.id).filter(Request.status == "new")][:3]
        far = datetime.now(UTC) + timedelta(hours=2)
        for n, rid in enumerate(open_ids):
            session.merge(Claim(request_id=rid, clerk=f"c{n}", display_name=f"Clerk {n}",
                                claimed_at=far, heartbeat_at=far, expires_at=far))  # fmt: skip

    def wait_for(dialog: DashboardDialog) -> None:
        loop = QEventLoop()
        task = dialog.view._loading
        if task is not None:
            task.finished.connect(loop.quit)
            QTimer.singleShot(10_000, loop.quit)
            loop.exec()
        dialog.view.repaint()
        app.processEvents()  # type: ignore[attr-defined]

    first: list[float] = []
    refresh: list[float] = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        dialog = DashboardDialog(desk, window.tasks, None)  # type: ignore[attr-defined]
        dialog.resize(1366, 768)
        dialog.show()
        wait_for(dialog)
        first.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        dialog.view._on_changes(frozenset({1}))  # what the change hub's signal calls
        wait_for(dialog)
        refresh.append(time.perf_counter() - t0)
        dialog.close()
        dialog.deleteLater()
        app.processEvents()  # type: ignore[attr-defined]
    f = dialog.view.figures
    assert f is not None
    print(
        f"dashboard: open {f.open}, due soon {f.due_soon}, overdue {f.overdue}, waiting "
        f"{f.waiting}, issued this week {f.issued_this_week}, clerks {len(f.clerks)}"
    )
    for name, values in (("first paint", first), ("refresh", refresh)):
        print(f"dashboard {name:11} n={len(values)} median {ms(statistics.median(values))}  "
              f"max {ms(max(values))}  (aim <= 300 ms)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db", help="SQLite file to create or reuse")
    parser.add_argument("--picks", type=int, default=60)
    parser.add_argument(
        "--with-images", type=int, default=30, help="demo requests with real photos to add"
    )
    parser.add_argument("--screenshot", help="save the window to this PNG")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="ssw-bench-"))
    os.environ["SSW_DESK_DATA_DIR"] = str(tmp / "data")
    db_path = Path(args.db) if args.db else tmp / "bench.sqlite3"
    fresh = not db_path.exists()
    desk = Desk.open(f"sqlite:///{db_path}")
    if fresh:
        t0 = time.perf_counter()
        fill(desk, args.rows)
        print(f"filled {args.rows} requests in {time.perf_counter() - t0:.1f} s ({db_path})")
        if args.with_images:
            from ssw_desk.services.demo import make_demo

            print(make_demo(desk, count=args.with_images))

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from ssw_desk.gui.app import configure_settings
    from ssw_desk.gui.i18n import Translations
    from ssw_desk.gui.queue_model import COLUMNS

    configure_settings()
    t_start = time.perf_counter()
    app = QApplication(sys.argv[:1])
    translations = Translations(app)
    translations.install("ja")
    from ssw_desk.gui.main_window import MainWindow

    window = MainWindow(desk, translations)
    window.resize(1600, 900)
    window.show()
    window.queue.load()
    app.processEvents()
    first_window = time.perf_counter() - t_start
    queue = window.queue
    total = queue.model.rowCount()
    print(f"rows in the queue: {total}; review panel: {type(window.review).__name__}")
    print(f"first window (QApplication, translations, window, queue loaded, painted): "
          f"{ms(first_window)}")  # fmt: skip

    results: dict[str, list[float]] = {"filter": [], "search": [], "sort": [], "jump": []}
    for status in [*queue._statuses[1:], None]:
        results["filter"].append(timed(partial(queue.set_status, status), app))
    for text in ["NGUYEN", "tran thi", "MM24A0123", "ｍｍ２４－ａ", "SR-2024-01234", "zzzz", ""]:
        queue.search.setText(text)
        results["search"].append(timed(queue.apply_filter, app))
    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            results["sort"].append(timed(partial(queue.table.sortByColumn, column, order), app))
    for row in (total // 2, total - 1, 12_345 % max(total, 1), 0):
        results["jump"].append(timed(partial(queue.table.scrollTo, queue.model.index(row, 0)), app))
    print("filter per tab (ms):", [round(v * 1000) for v in results["filter"]])
    print("search per text (ms):", [round(v * 1000) for v in results["search"]])
    for name, values in results.items():
        print(f"{name:7} n={len(values):2}  median {ms(statistics.median(values))}  "
              f"max {ms(max(values))}")  # fmt: skip

    # Choosing a request: selection -> show_request on a worker -> review panel filled.
    rnd = random.Random(3)
    picks: list[float] = []
    for _ in range(args.picks):
        row = rnd.randrange(total)
        loop = QEventLoop()
        window.request_loaded.connect(loop.quit)
        QTimer.singleShot(5000, loop.quit)
        t0 = time.perf_counter()
        queue.select_row(row)
        loop.exec()
        app.processEvents()
        picks.append(time.perf_counter() - t0)
        window.request_loaded.disconnect(loop.quit)
    picks.sort()
    if picks:
        p95 = picks[max(int(len(picks) * 0.95) - 1, 0)]
        print(
            f"choose request -> review panel filled: n={len(picks)} "
            f"median {ms(statistics.median(picks))}  p95 {ms(p95)}  max {ms(picks[-1])}"
        )
    # Requests with real photos: selection -> request shown -> every image decoded and drawn
    # with its overlay (the pixmap cache is emptied first: the worst case, nothing seen yet).
    from sqlalchemy import select

    from ssw_desk.gui.review import ReviewPanel
    from ssw_desk.storage.models import Attachment, Version

    with desk.db.read() as session:
        with_images = list(
            session.execute(
                select(Version.request_id).join(Attachment).distinct().order_by(Version.request_id)
            ).scalars()
        )
    panel = window.review
    photo_picks: list[float] = []
    if isinstance(panel, ReviewPanel):
        queue.set_status(None)
        queue.search.setText("")
        queue.apply_filter()
        app.processEvents()
        ids = queue.model._ids
        for request_id in with_images:
            if request_id not in ids:
                continue
            row = ids.index(request_id)
            panel.images.cache.clear()
            loop = QEventLoop()
            panel.images.images_shown.connect(loop.quit)
            QTimer.singleShot(5000, loop.quit)
            t0 = time.perf_counter()
            queue.select_row(row)
            loop.exec()
            app.processEvents()
            photo_picks.append(time.perf_counter() - t0)
            panel.images.images_shown.disconnect(loop.quit)
    photo_picks.sort()
    if photo_picks:
        p95 = photo_picks[max(int(len(photo_picks) * 0.95) - 1, 0)]
        print(
            f"choose request -> photos, overlay and checks shown (cold cache): "
            f"n={len(photo_picks)} median {ms(statistics.median(photo_picks))}  "
            f"p95 {ms(p95)}  max {ms(photo_picks[-1])}"
        )
    bench_dashboard(desk, window, app)
    if args.screenshot:
        window.grab().save(args.screenshot)
        print(f"screenshot: {args.screenshot}")
    window.close()
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
