"""Personal data stays in the encrypted store: not in logs, not in stray files."""

from __future__ import annotations

import logging
from pathlib import Path

from ssw_desk.cli import main
from tests.services.mails import request_mail

PERSONAL = ("NGUYEN", "M2301000123", "an.nguyen@example.com", "1995")


def test_import_and_show_leave_no_personal_values_in_logs_or_files(
    sqlite_url: str, tmp_path: Path, data_folder: Path, capsys: object
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.eml").write_bytes(request_mail())
    (inbox / "broken.eml").write_bytes(request_mail()[:1200])
    logging.getLogger().setLevel(logging.DEBUG)
    try:
        assert main(["--db", sqlite_url, "import", str(inbox)]) == 0
        assert main(["--db", sqlite_url, "requests", "show", "1"]) == 0
    finally:
        logging.getLogger().setLevel(logging.WARNING)
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_ssw_desk", False):
                handler.close()
                logging.getLogger().removeHandler(handler)
    log = (data_folder / "ssw_desk.log").read_text(encoding="utf-8")
    assert log  # the log was written (so the check below means something)
    for value in PERSONAL:
        assert value not in log
    # Nothing but the key, the log and the history's signed heads (ids and hashes only) in the
    # data folder (the database is elsewhere here), and the images are stored only encrypted.
    names = sorted(p.name for p in data_folder.iterdir())
    assert names == ["audit-heads.jsonl", "audit-signing.key", "desk.key", "ssw_desk.log"]
    for value in PERSONAL:
        assert value not in (data_folder / "audit-heads.jsonl").read_text(encoding="utf-8")
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    raw = database.read_bytes() + b"".join(
        p.read_bytes() for p in database.parent.glob(database.name + "-*")
    )
    assert b"\xff\xd8\xff" not in raw  # no JPEG stored in clear
