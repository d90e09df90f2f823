"""No input crashes an import, in either mode; nothing is dropped without a listed reason."""

from __future__ import annotations

import json
import logging
import os
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from sqlalchemy import select

from ssw_desk.cli import main
from ssw_desk.mail import MailSource
from ssw_desk.services import intake
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import import_paths, import_sources
from ssw_desk.services.requests import show_request
from ssw_desk.storage.blobs import get_blob
from ssw_desk.storage.models import Message, Request
from tests.mail.msgbuild import MsgAttachment, build_msg
from tests.services.mails import request_mail

MODES = ["0", "2"]  # in-process, pooled


def filler(n: int) -> list[MailSource]:
    """Plain requests that bring an import over the pool threshold."""
    return [
        MailSource(f"fill{i}.eml", request_mail(exam_number=f"M23010{i:05d}"), "eml")
        for i in range(n)
    ]


def run(desk: Desk, sources: list[MailSource], mode: str, mp: pytest.MonkeyPatch) -> object:
    mp.setenv("SSW_DESK_IMPORT_WORKERS", mode)
    padded = sources + (filler(8) if mode != "0" else [])
    result = import_sources(desk, sources=padded)
    assert result.inputs == len(padded)
    return result


@pytest.mark.parametrize("mode", MODES)
def test_non_ascii_bytes_in_message_ids(
    desk: Desk, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = request_mail(message_id="<cafe@example.com>").replace(b"<cafe@", b"<caf\xe9@", 1)
    raw = raw.replace(b"Subject:", b"In-Reply-To: <\x93\x81\xff@x.example>\nSubject:", 1)
    sjis = request_mail(message_id="<sjis@example.com>")
    sjis = sjis.replace(b"<sjis@", b"<" + "受付".encode("cp932") + b"@", 1)
    result = run(
        desk, [MailSource("a.eml", raw, "eml"), MailSource("b.eml", sjis, "eml")], mode, monkeypatch
    )
    assert result.quarantined == 0  # type: ignore[attr-defined]
    with desk.db.read() as session:
        ids = {m.origin: m.message_id for m in session.scalars(select(Message))}
    assert ids["a.eml"] == "caf\xe9@example.com"
    assert ids["b.eml"] is not None and ids["b.eml"].endswith("@example.com")


@pytest.mark.parametrize("mode", MODES)
def test_file_names_that_are_not_utf8(
    desk: Desk, tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSW_DESK_IMPORT_WORKERS", mode)
    folder = tmp_path / "inbox"
    folder.mkdir()
    name = "申請.eml".encode("cp932")  # a Windows zip unpacked on Linux
    with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
        fh.write(request_mail())
    with open(os.path.join(os.fsencode(folder), b"bad\xff.eml"), "wb") as fh:
        fh.write(b"not a mail at all")
    for i in range(8 if mode != "0" else 0):
        (folder / f"f{i}.eml").write_bytes(request_mail(exam_number=f"M23010{i:05d}"))
    result = import_paths(desk, paths=[os.fsencode(folder)])
    assert result.inputs == 2 + (8 if mode != "0" else 0)
    assert result.quarantined == 1
    origins = {o.origin for o in result.not_imported}
    assert origins == {str(folder / "bad\\xff.eml")}
    with desk.db.read() as session:
        stored = {m.origin for m in session.scalars(select(Message))}
    assert str(folder / "申請.eml") in stored


@pytest.mark.parametrize("mode", MODES)
def test_an_internal_error_quarantines_that_file_only(
    desk: Desk, mode: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A failure while storing (here a database error quoting the row) keeps the bytes, logs
    no personal value, and the import goes on."""
    bad = request_mail(name="TRAN SECRET NAME", sender="secret@example.org")
    real_store = intake.store

    def store(desk: Desk, source: MailSource, *args: object, **kwargs: object) -> object:
        if source.raw == bad:
            raise RuntimeError("INSERT failed for TRAN SECRET NAME secret@example.org 1995")
        return real_store(desk, source, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(intake, "store", store)
    caplog.set_level(logging.DEBUG)
    sources = [MailSource("bad.eml", bad, "eml"), MailSource("good.eml", request_mail(), "eml")]
    result = run(desk, sources, mode, monkeypatch)
    assert result.reasons == {"intake.internal_error": 1}  # type: ignore[attr-defined]
    assert "SECRET" not in caplog.text and "secret@" not in caplog.text
    assert "RuntimeError" in caplog.text
    with desk.db.read() as session:
        held = session.scalars(select(Message).where(Message.status == "quarantined")).one()
        assert held.origin == "bad.eml"
        assert get_blob(session, held.raw_sha256) == bad


def test_long_message_ids_and_names_are_stored_whole(desk: Desk) -> None:
    long_id = "x" * 1500 + "@example.com"
    name = "NGUYEN " + "VAN " * 80 + "AN"
    raw = request_mail(message_id="<LONG>", name=name).replace(b"LONG", long_id.encode(), 1)
    reply = request_mail(in_reply_to="<LONG>", name=name).replace(b"LONG", long_id.encode())
    result = import_sources(
        desk, sources=[MailSource("long.eml", raw, "eml"), MailSource("re.eml", reply, "eml")]
    )
    assert (result.imported, result.quarantined) == (2, 0)
    assert len(result.requests) == 1  # the reply found its request through the long id
    with desk.db.read() as session:
        message = session.scalars(select(Message).order_by(Message.id)).first()
        assert message is not None and message.message_id == long_id
        request = session.scalars(select(Request)).one()
        assert request.name is not None and len(request.name) > 300


def test_duplicates_need_the_same_id_and_the_same_content(desk: Desk) -> None:
    first = request_mail(message_id="<same@example.com>")
    fetched_again = b"Received: from mx2.example.net by mx.example.com\r\n" + first
    other = request_mail(message_id="<same@example.com>", exam_number="M2301000999")
    result = import_sources(
        desk,
        sources=[
            MailSource("1.eml", first, "eml"),
            MailSource("2.eml", fetched_again, "eml"),
            MailSource("3.eml", other, "eml"),
            MailSource("4.eml", first, "eml"),
        ],
    )
    assert (result.imported, result.duplicates) == (2, 2)
    assert result.reused_message_ids == 1
    assert [(o.origin, o.reason) for o in result.not_imported] == [
        ("2.eml", "duplicate.same_message"),
        ("4.eml", "duplicate.same_bytes"),
    ]
    with desk.db.read() as session:
        flags = [m.message_id_reused for m in session.scalars(select(Message).order_by(Message.id))]
    assert flags == [False, True]


def test_the_same_mail_as_eml_and_as_msg_is_one_message(desk: Desk) -> None:
    body = "受験番号：M2301000123\n氏名：NGUYEN VAN AN\n"
    photo = request_mail()[-4000:]  # any bytes: the attachment content is compared
    eml = (
        b"From: a@example.com\r\nSubject: req\r\nMessage-ID: <one@example.com>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
        b"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + body.replace("\n", "\r\n").encode() + b"\r\n"
        b"--XX\r\nContent-Type: application/octet-stream; name=a.bin\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + __import__("base64").encodebytes(photo)
        + b"--XX--\r\n"
    )
    msg = build_msg(
        subject="req",
        sender_email="a@example.com",
        body=body,
        message_id="<one@example.com>",
        attachments=[
            MsgAttachment(filename="a.bin", data=photo, mime_type="application/octet-stream")
        ],
    )
    result = import_sources(
        desk, sources=[MailSource("a.eml", eml, "eml"), MailSource("a.msg", msg, "msg")]
    )
    assert (result.imported, result.duplicates) == (1, 1), result.as_dict()


def test_cr_only_mbox_is_read_message_by_message(desk: Desk, tmp_path: Path) -> None:
    one = request_mail(exam_number="M2301000001").replace(b"\n", b"\r")
    two = request_mail(exam_number="M2301000002").replace(b"\n", b"\r")
    box = tmp_path / "mac.mbox"
    box.write_bytes(
        b"From a@example.com Mon Jan 1 00:00:00 2024\r"
        + one
        + b"\rFrom b@example.com Mon Jan 1 00:00:00 2024\r"
        + two
    )
    result = import_paths(desk, paths=[box])
    assert (result.imported, result.quarantined, result.duplicates) == (2, 0, 0)
    single = tmp_path / "mac.eml"
    single.write_bytes(
        b"From x@example.com Mon Jan 1 00:00:00 2024\r"
        + request_mail(exam_number="M2301000003").replace(b"\n", b"\r")
    )
    assert import_paths(desk, paths=[single]).imported == 1


def test_cli_lists_every_input_not_imported(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = tmp_path / "a.eml"
    a.write_bytes(request_mail())
    b = tmp_path / "b.eml"
    b.write_bytes(a.read_bytes())
    c = tmp_path / "c.txt"
    c.write_bytes(b"hello")
    assert main(["--db", sqlite_url, "import", str(a), str(b), str(c), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["inputs"] == 3
    assert [(x["origin"], x["outcome"], x["reason"]) for x in out["not_imported"]] == [
        (str(b), "duplicate", "duplicate.same_bytes"),
        (str(c), "quarantined", "mail.not_email"),
    ]


def test_a_cut_attachment_is_imported_with_a_truncation_finding(desk: Desk) -> None:
    cut = request_mail()[:1500]  # inside the card image; the closing boundary is lost
    result = import_sources(desk, sources=[MailSource("cut.eml", cut, "eml")])
    assert result.imported == 1
    view = show_request(desk, request_id=result.requests[0])
    found = {(f["code"], f["status"]) for f in view.findings}
    assert ("file.truncated", "fail") in found


def test_a_pdf_card_is_the_card_in_a_wrong_format(desk: Desk) -> None:
    raw = request_mail(attach_card=False)
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" * 80
    msg = message_from_bytes(raw, policy=default)
    assert isinstance(msg, EmailMessage)
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="在留カード.pdf")
    result = import_sources(desk, sources=[MailSource("pdf.eml", bytes(msg), "eml")])
    view = show_request(desk, request_id=result.requests[0])
    found = {(f["code"], f["status"]) for f in view.findings}
    assert ("file.format", "fail") in found
    assert ("attachments.residence_card_front", "fail") not in found
