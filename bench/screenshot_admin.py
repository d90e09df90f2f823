"""Screenshots of the clerks and settings screens as they open over the running desk, in
Japanese and English, at 1366 x 768 and 1920 x 1080.

Run: ``python bench/screenshot_admin.py --pg postgresql+psycopg://postgres@127.0.0.1:PORT/postgres
[--out docs/screenshots]`` (offscreen when there is no display). With ``--pg`` a throw-away
database on that server (trust authentication: the clerks' logins sign in without a password)
holds four clerks, each of whom opened a request (their last-seen time), and one disabled; the
main window is opened at the screen size, the screen opened from Office ▸ Administration, and
the picture is the window with the dialog where it opened. Without ``--pg`` the clerks screen
is the one-workstation (SQLite) one. Writes ``clerks-<lang>-<w>x<h>.png`` and
``settings-<lang>-<w>x<h>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SIZES = ((1366, 768), (1920, 1080))
CLERKS = (("sato", "佐藤 花子", "supervisor"), ("ito", "伊藤 健", "clerk"),
          ("kato", "加藤 美咲", "clerk"), ("abe", "阿部 翔", "admin"))  # fmt: skip


def _office(pg: str, tag: str) -> tuple[str, list[str]]:
    """A database with four clerks who each opened a request and a fifth, disabled."""
    import sqlalchemy as sa

    from bench.gui import fill
    from ssw_desk.config import Actor
    from ssw_desk.services.clerks import add_clerk, disable_clerk
    from ssw_desk.services.context import Desk
    from ssw_desk.services.requests import show_request

    name = f"ssw_shots_{tag}"
    admin = sa.create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    url = sa.make_url(pg).set(database=name)
    owner = Desk.open(url.render_as_string(hide_password=False), actor=Actor("owner", "ws"))
    fill(owner, 200)
    logins = []
    for n, (who, display, role) in enumerate(CLERKS):
        login = f"{who}_{tag}"
        add_clerk(owner, login=login, role=role, display_name=display, password="pw")
        logins.append(login)
        desk = Desk.open(url.set(username=login).render_as_string(hide_password=False))
        show_request(desk, request_id=10 + n)
        desk.close()
    gone = f"mori_{tag}"
    add_clerk(owner, login=gone, role="clerk", display_name="森 一郎", password="pw")
    disable_clerk(owner, login=gone)
    owner.close()
    return url.set(username=f"abe_{tag}").render_as_string(hide_password=False), [*logins, gone]


def _drop(pg: str, tag: str, logins: list[str]) -> None:
    import sqlalchemy as sa

    admin = sa.create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "ssw_shots_{tag}" WITH (FORCE)')
        for login in logins:
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
    admin.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--pg", default=os.environ.get("SSW_TEST_PG_URL", ""))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="ssw-shots-"))
    os.environ["SSW_DESK_DATA_DIR"] = str(tmp / "data")
    tag = uuid.uuid4().hex[:8]
    logins: list[str] = []
    if args.pg:
        url, logins = _office(args.pg, tag)
    else:
        from bench.gui import fill
        from ssw_desk.services.context import Desk

        url = f"sqlite:///{tmp / 'desk.sqlite3'}"
        from ssw_desk.services.clerks import add_clerk

        first = Desk.open(url)
        fill(first, 200)
        add_clerk(first, login=first.actor.user, role="clerk", display_name="佐藤 花子")
        add_clerk(first, login="ito", role="clerk", display_name="伊藤 健")
        first.close()
    try:
        return _shoot(url, out)
    finally:
        if args.pg:
            _drop(args.pg, tag, logins)


def _shoot(url: str, out: Path) -> int:
    from PySide6.QtCore import QEventLoop, QPoint, QTimer
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication

    from ssw_desk.gui.app import configure_settings
    from ssw_desk.gui.i18n import Translations
    from ssw_desk.gui.main_window import MainWindow
    from ssw_desk.services.context import Desk

    configure_settings()
    app = QApplication(sys.argv[:1])
    translations = Translations(app)
    desk = Desk.open(url)

    def settle(window: MainWindow) -> None:
        for _ in range(3):
            loop = QEventLoop()
            window.tasks.idle.connect(loop.quit)
            QTimer.singleShot(3000, loop.quit)
            if window.tasks.tasks:
                loop.exec()
            window.tasks.idle.disconnect(loop.quit)
            for _ in range(5):
                app.processEvents()

    for lang in ("ja", "en"):
        translations.install(lang)
        for width, height in SIZES:
            window = MainWindow(desk, translations)
            window.resize(width, height)
            window.show()
            window.queue.load()
            settle(window)
            menu = window.office_menu
            for name, action in (("clerks", menu.act_clerks), ("settings", menu.act_settings)):
                action.trigger()
                settle(window)
                dialog = menu.dialogs[name]
                if name == "clerks" and dialog.shown.views:  # type: ignore[attr-defined]
                    dialog.choose(dialog.shown.views[0].login)  # type: ignore[attr-defined]
                else:
                    dialog.choose("intake.max_file_mb")  # type: ignore[attr-defined]
                app.processEvents()
                picture = window.grab()
                painter = QPainter(picture)
                bar = 28  # a plain title bar, as a window manager would draw one
                at = QPoint((width - dialog.width()) // 2, (height - dialog.height() + bar) // 2)
                painter.fillRect(at.x(), at.y() - bar, dialog.width(), bar, QColor("#d7dde5"))
                painter.drawText(at.x() + 10, at.y() - 9, dialog.windowTitle())
                painter.drawPixmap(at, dialog.grab())
                painter.setPen(QColor("#5b6472"))
                painter.drawRect(at.x() - 1, at.y() - bar - 1, dialog.width() + 1,
                                 dialog.height() + bar + 1)  # fmt: skip
                painter.end()
                path = out / f"{name}-{lang}-{width}x{height}.png"
                picture.save(str(path))
                print(path)
                dialog.close()
                app.processEvents()
            window.close()
            window.deleteLater()
            app.processEvents()
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
