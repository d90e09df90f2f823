"""The README screenshots: the desk reviewing a demo request, in Japanese and in English.

Run: ``python bench/screenshot.py [--out docs/screenshots]`` (offscreen when there is no
display; ``xvfb-run -s "-screen 0 1920x1080x24" python bench/screenshot.py`` gives the same
picture with the X11 platform). Builds its own demo database (40 applicants, and three files
that end in quarantine) in a temporary folder, opens the real main window at 1400 x 860,
chooses a request whose face photo has its measured geometry (the overlay) and that has a
finding to show, and writes ``review-ja.png`` and ``review-en.png`` (PNG, reduced below 400 KB
when needed).

``--screens 1366x768,1920x1080`` also shoots the window as it opens on those screens (first
start: the window fills 90 % of the screen): ``desk-<screen>-<lang>.png`` (queue and review),
``checks-<screen>-<lang>.png`` (the Checks tab) and ``quarantine-<screen>-<lang>.png``.
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


def save_png(widget: Any, path: Path) -> Path:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(device, "PNG")
    device.close()
    path.write_bytes(shrink(bytes(data.data())))
    return path


def settle(app: Any) -> None:
    for _ in range(5):  # the last repaints (fit to view, fonts, delayed layouts)
        app.processEvents()
        time.sleep(0.05)


def shoot_screen(
    app: Any, desk: Desk, lang: str, request_id: int, out: Path, screen: tuple[int, int]
) -> list[Path]:
    """The window as it first opens on a screen this size: desk, Checks tab, quarantine."""
    from PySide6.QtCore import QSettings

    from ssw_desk.gui.app import _japanese_font
    from ssw_desk.gui.i18n import Translations
    from ssw_desk.gui.main_window import MainWindow

    QSettings().clear()  # a first start: no saved layout
    translations = Translations(app)
    translations.install(lang)
    _japanese_font(app)
    window = MainWindow(desk, translations)
    window.resize(int(screen[0] * 0.9), int(screen[1] * 0.9))
    window.split_default()
    window.show()
    window.queue.load()
    loaded: list[object] = []
    window.request_loaded.connect(loaded.append)
    assert window.queue.select_id(request_id), request_id
    wait_for(app, lambda: bool(loaded) and not window.tasks.tasks)
    settle(app)
    tag = f"{screen[0]}-{lang}"
    paths = [save_png(window, out / f"desk-{tag}.png")]
    window.review.tabs.setCurrentWidget(window.review.tabs.checks)
    settle(app)
    paths.append(save_png(window, out / f"checks-{tag}.png"))
    dialog = window.show_quarantine()
    wait_for(app, lambda: dialog.isVisible())
    dialog.select_row(0)
    dialog.view_raw()
    wait_for(app, lambda: bool(dialog.raw.toPlainText()) and not window.tasks.tasks)
    settle(app)
    paths.append(save_png(dialog, out / f"quarantine-{tag}.png"))
    dialog.close()
    window.close()
    window.deleteLater()
    app.processEvents()
    translations.remove()
    return paths


def add_quarantine(desk: Desk, folder: Path) -> None:
    """Three files the intake cannot understand (no personal data): they end in quarantine."""
    from ssw_desk.services.intake import import_paths

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.eml").write_bytes(b"")
    (folder / "scan-0012.eml").write_bytes(b"%PDF-1.4 not an e-mail\n")
    (folder / "cut-off.eml").write_bytes(
        b"From: someone@example.com\r\nSubject: Score report\r\nContent-Type: multipart/mixed;"
        b' boundary="x"\r\n\r\n--x\r\nContent-Type: image/jpeg\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSk"
    )
    import_paths(desk, paths=[folder])


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
    parser.add_argument(
        "--screens", default="", help="also shoot at these screen sizes, e.g. 1366x768,1920x1080"
    )
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    tmp = Path(tempfile.mkdtemp(prefix="ssw-shots-"))
    os.environ["SSW_DESK_DATA_DIR"] = str(tmp / "data")
    desk = Desk.open(f"sqlite:///{tmp / 'demo.sqlite3'}")
    from ssw_desk.services.demo import make_demo

    print(make_demo(desk, count=args.count))
    add_quarantine(desk, tmp / "bad")
    request_id = choose_request(desk)

    from PySide6.QtWidgets import QApplication

    from ssw_desk.gui.app import configure_settings

    configure_settings()
    app = QApplication(sys.argv[:1])
    for lang in ("ja", "en"):
        path = shoot(app, desk, lang, request_id, out)
        print(f"{path}: {path.stat().st_size // 1024} KB (request {request_id})")
    for screen in filter(None, args.screens.split(",")):
        width, height = (int(v) for v in screen.lower().split("x"))
        for lang in ("ja", "en"):
            for path in shoot_screen(app, desk, lang, request_id, out, (width, height)):
                print(f"{path}: {path.stat().st_size // 1024} KB")
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
