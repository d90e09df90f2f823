"""Screenshots of the dashboard, in Japanese and English, at 1366 x 768 (a usual laptop) and
1920 x 1080 (full HD). The settings and clerks screens: ``bench/screenshot_admin.py``.

Run: ``python bench/screenshot_office.py [--out docs/screenshots]`` (offscreen when there is
no display). Fills a temporary database with 3,000 synthetic requests (``bench/gui.py``'s
generator), a few reports issued this week and clerks reviewing, then grabs each screen as a
window of the given size. Writes ``dashboard-<lang>-<w>x<h>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SIZES = ((1366, 768), (1920, 1080))


def _office_today(desk: object) -> None:
    """Reports issued this week and clerks at work, so every figure has something to show."""
    from sqlalchemy import select

    from ssw_desk.storage.models import Claim, Report, Request

    now = datetime.now(UTC)
    clerks = ["Sato (sato)", "Ito (ito)", "Kato (kato)"]
    with desk.db.begin() as session:  # type: ignore[attr-defined]
        ids = (
            session.execute(
                select(Request.id).where(Request.status == "issued").order_by(Request.id.desc())
            )
            .scalars()
            .all()[:23]
        )
        for n, rid in enumerate(ids):
            session.query(Report).filter(Report.request_id == rid).update(
                {"issued_at": now - timedelta(hours=n * 3), "issued_by": clerks[n % 3]}
            )
        open_ids = (
            session.execute(select(Request.id).where(Request.status == "new").limit(3))
            .scalars()
            .all()
        )
        far = now + timedelta(hours=1)
        for n, rid in enumerate(open_ids):
            session.merge(Claim(request_id=rid, clerk=f"c{n}", display_name=clerks[n],
                                claimed_at=now, heartbeat_at=now, expires_at=far))  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--rows", type=int, default=3000)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="ssw-shots-"))
    os.environ["SSW_DESK_DATA_DIR"] = str(tmp / "data")

    from bench.gui import fill
    from ssw_desk.services.context import Desk

    desk = Desk.open(f"sqlite:///{tmp / 'desk.sqlite3'}")
    fill(desk, args.rows)
    _office_today(desk)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ssw_desk.gui.app import configure_settings
    from ssw_desk.gui.dashboard import DashboardDialog
    from ssw_desk.gui.i18n import Translations
    from ssw_desk.gui.tasks import TaskManager

    configure_settings()
    app = QApplication(sys.argv[:1])
    translations = Translations(app)
    tasks = TaskManager()

    def settle() -> None:
        loop = QEventLoop()
        tasks.idle.connect(loop.quit)
        QTimer.singleShot(3000, loop.quit)
        if tasks.tasks:
            loop.exec()
        tasks.idle.disconnect(loop.quit)
        for _ in range(5):
            app.processEvents()

    for lang in ("ja", "en"):
        translations.install(lang)
        for width, height in SIZES:
            for name, make in (("dashboard", lambda: DashboardDialog(desk, tasks, None)),):
                dialog = make()
                dialog.resize(width, height)
                dialog.show()
                settle()
                path = out / f"{name}-{lang}-{width}x{height}.png"
                dialog.grab().save(str(path))
                print(path)
                dialog.close()
                dialog.deleteLater()
                app.processEvents()
    tasks.wait(5000)
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
