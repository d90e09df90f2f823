"""Screenshots: the review panel's "Sent e-mail" tab, and the first-run dialog in Japanese.

Run: ``python bench/screenshot_mail.py [--out docs/screenshots]`` (offscreen when there is no
display). Builds a demo database in a temporary folder and starts a real SMTP server
(aiosmtpd, STARTTLS, on 127.0.0.1; a test extra) for it: a deficiency notice goes out
("sent", with the server's answer), then, with the server stopped, the rejection notice of the
same request waits ("waiting", with the reason). The main window (1366 x 768) shows that
request with the "Sent e-mail" tab open: ``review-mail-ja.png``. The first-run dialog, in
Japanese, with the office database chosen and the answer of a closed port on 127.0.0.1:
``first-run-ja.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from screenshot import shrink, wait_for  # noqa: E402

from ssw_desk.services.context import Desk  # noqa: E402

SIZE = (1366, 768)


def _png(widget: Any) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(device, "PNG")
    device.close()
    return shrink(bytes(data.data()))


def mail_for_one_request(desk: Desk, folder: Path) -> int:
    """A request with a sent deficiency notice and a rejection notice still waiting."""
    from ssw_desk.mailbox.send import send_outbox
    from ssw_desk.services import decisions
    from ssw_desk.services.mail_settings import set_mailbox
    from ssw_desk.services.queue import queue_ids
    from tests.mailbox.conftest import FROM, SMTP_PASSWORD, SMTP_USER, Smtp
    from tests.mailbox.servers import make_cert

    cert, key = make_cert(folder)
    server = Smtp(int(os.environ.get("SSW_SHOT_SMTP_PORT", "14431")), cert, key)
    server.start()
    os.environ["SSW_DESK_SMTP_PASSWORD"] = SMTP_PASSWORD
    set_mailbox(
        desk,
        smtp=f"smtp+starttls://{SMTP_USER}@127.0.0.1:{server.port}",
        from_addr=FROM,
        ca_file=str(cert),
        server_keeps_sent=True,
    )
    request_id = queue_ids(desk)[0]
    decisions.flag_deficiencies(desk, request_id=request_id, items=["photo.head_size"])
    print("first notice:", send_outbox(desk))
    server.stop()
    reason = "before_window"  # the exam was taken before the period this procedure covers
    decisions.reject(desk, request_id=request_id, reason=reason)
    print("second notice (server down):", send_outbox(desk))
    return request_id


def shoot_review(app: Any, desk: Desk, request_id: int, out: Path) -> Path:
    from ssw_desk.gui.app import _japanese_font
    from ssw_desk.gui.i18n import Translations
    from ssw_desk.gui.main_window import MainWindow

    translations = Translations(app)
    translations.install("ja")
    _japanese_font(app)
    window = MainWindow(desk, translations)
    window.resize(*SIZE)
    window.split_default()
    window.show()
    window.queue.load()
    loaded: list[object] = []
    window.request_loaded.connect(loaded.append)
    window.queue.set_status(None)  # "all": the rejected request stays listed
    wait_for(app, lambda: window.queue.model.row_of(request_id) is not None)
    row = window.queue.model.row_of(request_id)
    if row is None:
        raise SystemExit(f"request {request_id} is not in the queue view")
    window.queue.select_row(row)
    wait_for(app, lambda: bool(loaded) and not window.tasks.tasks)
    panel = window.review
    panel.tabs.setCurrentWidget(panel.sent_mail)
    panel.splitter.setSizes([250, 500])
    panel.sent_mail.table.selectRow(len(panel.sent_mail.rows) - 1)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.05)
    path = out / "review-mail-ja.png"
    path.write_bytes(_png(window))
    window.close()
    window.deleteLater()
    app.processEvents()
    translations.remove()
    return path


def shoot_first_run(app: Any, out: Path) -> Path:
    import socket

    from ssw_desk.gui.first_run import FirstRunDialog
    from ssw_desk.gui.i18n import Translations

    translations = Translations(app)
    translations.install("ja")
    dialog = FirstRunDialog()
    dialog.resize(620, dialog.sizeHint().height())
    dialog.office.setChecked(True)
    with socket.socket() as s:  # a port nobody listens on: the real "unreachable" answer
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(closed)
    dialog.login.setText("yamada")
    dialog.password.setText("secret")
    dialog.key_file.setText("/media/usb/office-desk.key")
    dialog.show()
    dialog.test_connection()
    for _ in range(5):
        app.processEvents()
        time.sleep(0.05)
    path = out / "first-run-ja.png"
    path.write_bytes(_png(dialog))
    dialog.close()
    translations.remove()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="docs/screenshots", help="folder for the PNGs")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="ssw-shots-mail-"))
    os.environ["SSW_DESK_DATA_DIR"] = str(tmp / "data")
    desk = Desk.open(f"sqlite:///{tmp / 'demo.sqlite3'}")
    from ssw_desk.services.demo import make_demo

    print(make_demo(desk, count=8))
    request_id = mail_for_one_request(desk, tmp)

    from PySide6.QtWidgets import QApplication

    from ssw_desk.gui.app import configure_settings

    configure_settings()
    app = QApplication(sys.argv[:1])
    for path in (shoot_review(app, desk, request_id, out), shoot_first_run(app, out)):
        print(f"{path}: {path.stat().st_size // 1024} KB")
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
