"""Screenshot: Bob's review panel while Alice reviews the request, and the take-over dialog.

Run: ``python bench/screenshot_take_over.py [--out DIR]`` (offscreen without a display). Two
desks on one new SQLite file in a temporary folder; writes ``take-over-<lang>.png`` (Bob's
window: 「aliceさんが確認中」 and the take-over button) and ``take-over-dialog-<lang>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=".")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="ssw-takeover-"))
    os.environ["SSW_DESK_DATA_DIR"] = str(folder)

    from PySide6.QtWidgets import QApplication

    from ssw_desk.config import Actor
    from ssw_desk.gui.i18n import Translations
    from ssw_desk.gui.main_window import MainWindow
    from ssw_desk.gui.review.take_over import TakeOverDialog, claim_expired
    from ssw_desk.services.context import Desk
    from ssw_desk.services.demo import make_demo

    app = QApplication.instance() or QApplication(sys.argv)
    url = f"sqlite:///{folder / 'shared.sqlite3'}"
    owner = Desk.open(url, actor=Actor("owner", "ws-0"))
    make_demo(owner, count=6)
    owner.close()
    alice = Desk.open(url, actor=Actor("alice", "ws-1"))
    bob = Desk.open(url, actor=Actor("bob", "ws-2"))
    translations = Translations(app)
    for lang in ("ja", "en"):
        translations.install(lang)
        windows = []
        for desk in (alice, bob):
            window = MainWindow(desk)
            window.resize(1400, 860)
            window.show()
            window.queue.load()
            window.queue.select_row(0)
            while window.review.request() is None or window.review.is_busy():
                app.processEvents()
            windows.append(window)
        for _ in range(50):
            app.processEvents()
        bob_window = windows[1]
        bob_window.grab().save(str(out / f"take-over-{lang}.png"))
        view = bob_window.review.request()
        assert view is not None and view.claim is not None
        dialog = TakeOverDialog(
            view.reference, view.claim["display_name"], expired=claim_expired(view.claim)
        )
        dialog.edit.setPlainText(
            "alice is in a meeting all afternoon" if lang == "en" else "本日午後は会議のため"
        )
        dialog.show()
        for _ in range(20):
            app.processEvents()
        dialog.grab().save(str(out / f"take-over-dialog-{lang}.png"))
        dialog.close()
        for window in windows:
            window.tasks.shutdown(10_000)
            window.close()
    alice.close()
    bob.close()
    print("written to", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
