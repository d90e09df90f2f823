"""Every quarantine code, and the near misses that must not be quarantined."""

from __future__ import annotations

import contextlib

import pytest

from ssw_desk.mail import MAIL_ERROR_CODES, MailError, parse_mail

from .builders import b64_lines, gmail_message, jpeg_bytes, message, multipart, part, png_bytes

HEADERS = [("From", "a@example.com"), ("Subject", "s"), ("MIME-Version", "1.0")]


def _code(raw: bytes, source_format: str = "eml") -> str:
    with pytest.raises(MailError) as info:
        parse_mail(raw, source_format=source_format)
    assert info.value.code in MAIL_ERROR_CODES
    return info.value.code


@pytest.mark.parametrize("raw", [b"", b"\r\n\r\n  \n"])
def test_empty(raw: bytes) -> None:
    assert _code(raw) == "mail.empty"


@pytest.mark.parametrize(
    "raw",
    [
        b"# SSW Desk\n\nThis folder holds exported mail.\n",  # README.txt
        png_bytes(),  # a photo dropped in the folder
        b"PK\x03\x04\x14\x00\x00\x00" + b"\x00" * 100,  # a zip
        b"Note: bring the card\n\nthanks\n",  # header-shaped but not mail
        "受験番号：123\n".encode(),
    ],
)
def test_not_email(raw: bytes) -> None:
    assert _code(raw) == "mail.not_email"


def test_truncated_headers_only() -> None:
    assert _code(b"From: a@example.com\r\nSubject: request\r\nContent-Type: text/pl") == (
        "mail.truncated"
    )


def _cut_attachment_message(cut: int) -> bytes:
    header, body = multipart(
        "mixed",
        [
            part([("Content-Type", "text/plain")], "Request attached"),
            part(
                [
                    ("Content-Type", "image/jpeg"),
                    ("Content-Transfer-Encoding", "base64"),
                    ("Content-Disposition", 'attachment; filename="card.jpg"'),
                ],
                b64_lines(jpeg_bytes(4000)),
            ),
        ],
        "cutb",
    )
    return message([*HEADERS, header], body)[:cut]


def _cut_card(raw: bytes) -> bool:
    """A message cut inside its attachment is read; the attachment says it is cut."""
    mail = parse_mail(raw)
    assert mail.body_text == "Request attached"
    (card,) = mail.attachments
    return card.truncated


def test_truncated_missing_boundary_and_incomplete_base64() -> None:
    full = _cut_attachment_message(10**6)
    assert _cut_card(full[: len(full) - 200])
    assert not _cut_card(full)


def test_truncated_missing_boundary_and_jpeg_without_end_marker() -> None:
    full = _cut_attachment_message(10**6)
    # cut on a base64 quantum boundary: the base64 itself looks complete
    body_start = full.index(b"/9j/")
    end = full.index(b"\r\n--cutb--")
    encoded = full[body_start:end].replace(b"\r\n", b"")
    keep = (len(encoded) // 2) // 76 * 76
    lines = b"\r\n".join(encoded[i : i + 76] for i in range(0, keep, 76))
    assert _cut_card(full[:body_start] + lines + b"\r\n")


def test_truncated_last_part_headers_only() -> None:
    full = _cut_attachment_message(10**6)
    cut = full.index(b"/9j/")
    assert _cut_card(full[:cut])


def test_truncated_single_part_base64() -> None:
    raw = message(
        [
            *HEADERS,
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "base64"),
        ],
        b64_lines("受験番号：2311000123 ".encode() * 20),
    )
    assert _code(raw[:-7]) == "mail.truncated"


def test_undecodable_text_body() -> None:
    raw = message(
        [
            *HEADERS,
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "base64"),
        ],
        b64_lines(bytes(range(256)) * 8),
    )
    assert _code(raw) == "mail.undecodable"


def test_no_body() -> None:
    assert _code(message([*HEADERS, ("Content-Type", "text/plain")], "\r\n  \r\n")) == (
        "mail.no_body"
    )
    assert _code(message(HEADERS, "")) == "mail.no_body"
    assert _code(gmail_message(text="", html="<div><br></div>")) == "mail.no_body"


def test_attachments_without_text_are_not_no_body() -> None:
    header, body = multipart(
        "mixed",
        [
            part(
                [("Content-Type", "image/png"), ("Content-Transfer-Encoding", "base64")],
                b64_lines(png_bytes()),
            )
        ],
        "x",
    )
    mail = parse_mail(message([*HEADERS, header], body))
    assert (mail.body_text, mail.new_text, len(mail.attachments)) == ("", "", 1)


def test_msg_flag_on_non_ole_bytes_is_msg_unreadable() -> None:
    assert _code(b"From: a@example.com\r\n\r\nbody", source_format="msg") == ("mail.msg_unreadable")


def test_error_has_code_and_detail_without_personal_data() -> None:
    with pytest.raises(MailError) as info:
        parse_mail(b"Note: x\n\nsecret name NGUYEN")
    assert info.value.code == "mail.not_email"
    assert "NGUYEN" not in str(info.value) and "NGUYEN" not in info.value.detail


def test_unknown_code_is_rejected() -> None:
    with pytest.raises(ValueError):
        MailError("mail.whatever")


def test_damaged_bytes_give_parsed_mail_or_mail_error(caplog: pytest.LogCaptureFixture) -> None:
    """Seeded damage (cuts, flipped bytes) never escapes as another exception or an ERROR log."""
    import random

    from .builders import MsgAttachment, build_msg, japanese_mailer_message, thunderbird_message

    samples = [
        japanese_mailer_message(),
        gmail_message(text="a", attachments=[("x.jpg", "image/jpeg", jpeg_bytes())]),
        thunderbird_message(text="t", attachments=[("在留.jpg", "image/jpeg", jpeg_bytes())]),
        build_msg(subject="s", body="b" * 3000, attachments=[MsgAttachment("a", b"x" * 9000)]),
    ]
    rng = random.Random(7)
    for sample in samples:
        for _ in range(60):
            damaged = bytearray(sample)
            if rng.random() < 0.4:
                damaged = damaged[: rng.randrange(len(damaged))]
            else:
                for _ in range(rng.randint(1, 30)):
                    damaged[rng.randrange(len(damaged))] = rng.randrange(256)
            with contextlib.suppress(MailError):
                parse_mail(bytes(damaged))
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
