"""The README screenshots: the desk reviewing a demo request, in Japanese and in English.

Run: ``python bench/screenshot.py [--out docs/screenshots]`` (offscreen when there is no
display; ``xvfb-run -s "-screen 0 1600x1000x24" python bench/screenshot.py`` gives the same
picture with the X11 platform). Builds its own demo database (40 applicants) in a temporary
folder, opens the real main window at 1400 x 860, chooses a request whose face photo has its
measured geometry (the overlay) and that has a finding to show, and writes
``review-ja.png`` and ``review-en.png`` (PNG, reduced below 400 KB when needed).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ssw_desk.services.context import Desk

MAX_BYTES = 400 * 1024
SIZE = (1400, 860)


def choose_request(desk: Desk) -> int:
    """A request worth showing: face photo with geometry, a finding, ideally resubmitted."""
    from ssw_desk.services.queue import queue_ids
    from ssw_desk.services.requests import show_request

    best: tuple[tuple[int, ...], int] | None = None
    for request_id in queue_ids(desk):
        view = show_request(desk, request_id=request_id)
        faces = [a for a in view.attachments if a.role == "face_photo"]
        report = faces[0].photo_report if faces else None
        if not report or not (report.get("geometry") or {}).get("width"):
            continue
        open_codes = [str(f.get("code")) for f in view.findings if f.get("status") != "pass"]
        if "photo.face_count" in open_codes:
            continue  # the overlay would have no face to draw
        in_items = [c for c in open_codes if c.startswith(("fields.", "roster."))]
        score = (
            int(bool(in_items)),  # a red row in the Items tab, seen at once
            int(view.status == "resubmitted"),
            int(bool(open_codes)),
            len(view.attachments),
            -len(open_codes),  # one or two findings read better than five
        )
        if best is None or score > best[0]:
            best = (score, request_id)
    if best is None:
        raise SystemExit("no demo request has a face photo with geometry")
    return best[1]


def shrink(png: bytes) -> bytes:
    """The PNG as small as Pillow makes it; quantised to 256 colours when still too big."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    if out.tell() > MAX_BYTES:
        out = io.BytesIO()
        image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            out, "PNG", optimize=True
        )
    return out.getvalue()


def wait_for(app: Any, done: Any, timeout: float = 20.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if done():
            return True
        time.sleep(0.01)
    return False


def shoot(app: Any, desk: Desk, lang: str, request_id: int, out: Path) -> Path:
    from ssw_desk.gui.app import _japanese_font
    from ssw_desk.gui.i18n import Translations
    from ssw_desk.gui.main_window import MainWindow

    translations = Translations(app)
    translations.install(lang)
    _japanese_font(app)
    window = MainWindow(desk, translations)
    window.resize(*SIZE)
    window.split_default()
    window.show()
    window.queue.load()
    loaded: list[object] = []
    window.request_loaded.connect(loaded.append)
    row = window.queue.model.row_of(request_id)
    assert row is not None, request_id
    window.queue.select_row(row)
    panes = getattr(window.review, "images", None)

    def ready() -> bool:
        if not loaded or window.tasks.tasks:
            return False
        return panes is None or all(
            p.view.has_image() or p.message.isVisible() for p in panes.panes.values()
        )

    if not wait_for(app, ready):
        print(f"{lang}: the request did not finish loading; the picture may be incomplete")
    for _ in range(5):  # the last repaints (fit to view, fonts)
        app.processEvents()
        time.sleep(0.05)
    path = out / f"review-{lang}.png"
    buffer = window.grab()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    buffer.save(device, "PNG")
    device.close()
    path.write_bytes(shrink(bytes(data.data())))
    window.close()  # saves the layout into the temporary data folder, waits for tasks
    window.deleteLater()
    app.processEvents()
    translations.remove()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="docs/screenshots", help="folder for the PNGs")
    parser.add_argument("--count", type=int, default=40, help="demo applicants")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    tmp = Path(tempfile.mkdtemp(prefix="ssw-shots-"))
    os.environ["SSW_DESK_DATA_DIR"] = str(tmp / "data")
    desk = Desk.open(f"sqlite:///{tmp / 'demo.sqlite3'}")
    from ssw_desk.services.demo import make_demo

    print(make_demo(desk, count=args.count))
    request_id = choose_request(desk)

    from PySide6.QtWidgets import QApplication

    from ssw_desk.gui.app import configure_settings

    configure_settings()
    app = QApplication(sys.argv[:1])
    for lang in ("ja", "en"):
        path = shoot(app, desk, lang, request_id, out)
        print(f"{path}: {path.stat().st_size // 1024} KB (request {request_id})")
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
