"""The quarantine: a message stopped by a since-fixed fault imports on retry; a bad one stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from ssw_desk import cli
from ssw_desk.errors import DeskError
from ssw_desk.services import analysis
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import import_paths
from ssw_desk.services.quarantine import (
    list_quarantine,
    quarantined_raw,
    raw_as_text,
    retry_quarantined,
)
from ssw_desk.services.requests import show_request
from ssw_desk.storage.models import Event, Message
from tests.services.mails import request_mail


def _without_message_id(raw: bytes) -> bytes:
    lines = raw.split(b"\n")
    return b"\n".join(line for line in lines if not line.lower().startswith(b"message-id:"))


def _quarantine_by_a_fault(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, raw: bytes
) -> int:
    """Imports a good request while the analysis has a bug: it lands in quarantine."""

    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("a bug fixed by the next update")

    path = tmp_path / "request.eml"
    path.write_bytes(raw)
    with monkeypatch.context() as patch:
        patch.setattr(analysis, "analyse", broken)
        result = import_paths(desk, paths=[path])
    assert result.quarantined == 1
    (item,) = list_quarantine(desk)
    assert item.reason == "intake.internal_error"
    # A second import of the same bytes is a duplicate: only a retry can bring it in.
    assert import_paths(desk, paths=[path]).duplicates == 1
    return item.id


@pytest.mark.parametrize("message_id", [True, False], ids=["message-id", "bytes-only"])
def test_a_message_quarantined_by_a_fixed_fault_imports_on_retry(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_id: bool
) -> None:
    raw = request_mail() if message_id else _without_message_id(request_mail())
    quarantined = _quarantine_by_a_fault(desk, tmp_path, monkeypatch, raw)
    result = retry_quarantined(desk, [quarantined])
    assert list(result.imported) == [quarantined] and not result.quarantined
    view = show_request(desk, request_id=result.imported[quarantined])
    assert view.fields["name"] == "NGUYEN VAN AN" and len(view.attachments) == 2
    assert list_quarantine(desk) == []
    with desk.db.read() as session:
        kept = session.get(Message, quarantined)
        assert kept is not None and kept.status == "retried"  # kept, resolved
        actions = session.execute(select(Event.action)).scalars().all()
    assert "mail.retried" in actions
    # A second retry finds nothing to do; importing the file again is a duplicate.
    assert retry_quarantined(desk, [quarantined]).not_found == [quarantined]
    path = tmp_path / "request.eml"
    assert import_paths(desk, paths=[path]).duplicates == 1


def test_a_bad_message_stays_quarantined_with_its_reason(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "empty.eml"
    path.write_bytes(b"")
    import_paths(desk, paths=[path])
    (item,) = list_quarantine(desk, lang="ja")
    assert item.reason == "mail.empty" and "空" in item.advice
    result = retry_quarantined(desk, [item.id])
    assert result.quarantined == {item.id: "mail.empty"}
    assert [i.id for i in list_quarantine(desk)] == [item.id]


def test_raw_bytes_are_read_as_plain_text_and_the_read_is_logged(
    desk: Desk, tmp_path: Path
) -> None:
    path = tmp_path / "odd.eml"
    path.write_bytes(b"<b>not</b> an e-mail \xff\xfe at all")
    import_paths(desk, paths=[path])
    (item,) = list_quarantine(desk)
    raw = quarantined_raw(desk, item.id, purpose="export")
    assert raw == path.read_bytes()
    assert raw_as_text(raw).startswith("<b>not</b> an e-mail")
    with desk.db.read() as session:
        event = session.execute(select(Event).where(Event.action == "mail.raw_read")).scalar_one()
    assert event.detail == {"message_pk": item.id, "purpose": "export"}
    with pytest.raises(DeskError) as caught:
        quarantined_raw(desk, 999_999)
    assert caught.value.code == "quarantine.not_found"


def test_the_command_line_retries_all_and_exports(
    desk: Desk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    quarantined = _quarantine_by_a_fault(desk, tmp_path, monkeypatch, request_mail())
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    import_paths(desk, paths=[empty])
    url = str(desk.db.url)
    out = tmp_path / "raw.eml"
    assert cli.main(["--db", url, "quarantine", "export", str(quarantined), str(out)]) == 0
    assert out.read_bytes() == (tmp_path / "request.eml").read_bytes()
    capsys.readouterr()
    # The empty file stays: exit status 1, and the message says why.
    assert cli.main(["--db", url, "quarantine", "retry", "--all", "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert list(result["imported"]) == [str(quarantined)]
    assert list(result["quarantined"].values()) == ["mail.empty"]
    assert cli.main(["--db", url, "quarantine", "retry"]) == 2
