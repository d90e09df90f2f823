"""Bounce and automatic-reply recognition on real e-mails the desk did not write.

The 760 messages of ``shared/mail/realworld`` (test fixtures of public mail libraries) hold
real delivery status notifications of many mail systems and no automatic reply: every bounce
must be recognised and nothing else taken for one, since a message taken for a notification
does not reach the intake.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ssw_desk.mailbox.notify import classify

ROOT = Path(__file__).resolve().parents[2]


def _corpus() -> Path:
    for base in (ROOT.parent, ROOT.parent.parent):
        folder = base / "shared" / "mail" / "realworld" / "mail"
        if folder.is_dir():
            return folder
    reason = "shared/mail/realworld not found beside the repository"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


#: Real bounces whose file names do not say so.
OTHER_BOUNCES = {
    "cpython__Lib__test__test_email__data__msg_05.txt",
    "cpython__Lib__test__test_email__data__msg_16.txt",
    "cpython__Lib__test__test_email__data__msg_25.txt",
    "cpython__Lib__test__test_email__data__msg_43.txt",
    "enmime__testdata__mail__multipart-wo-boundary.raw",
    "mikel__spec__fixtures__emails__mime_emails__raw_email_with_mimepart_without_content_type.eml",
    "mime4j__core__src__test__resources__mimetools-testmsgs__badbound.msg",
    "spamscope__tests__mails__mail_malformed_2",
}
#: Named "bounce" but a forwarded message.
NOT_BOUNCES = {"jpmobile__spec__unit__email-fixtures__bounce_with_utf8_part.eml"}


def test_real_bounces_are_recognised_and_nothing_else() -> None:
    folder = _corpus()
    files = sorted(p for p in folder.iterdir() if p.is_file())
    assert len(files) >= 700
    found = {p.name: classify(p.read_bytes()) for p in files}
    bounces = {name for name, note in found.items() if note and note.kind == "bounce"}
    named = {
        n
        for n in found
        if any(word in n for word in ("bounce", "delivery-status", "multipart_report"))
    }
    expected = (named - NOT_BOUNCES) | OTHER_BOUNCES
    assert bounces == expected, (sorted(expected - bounces), sorted(bounces - expected))
    assert not any(note and note.kind == "auto_reply" for note in found.values())
    assert not (NOT_BOUNCES & bounces)
    # A bounce names the returned message when the report carries it.
    gmail = found["flanker__tests__fixtures__messages__bounce__gmail-invalid-address.eml"]
    assert gmail is not None and gmail.refers_to
