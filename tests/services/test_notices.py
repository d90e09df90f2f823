"""Notice e-mails and the deficiency catalogue: real messages, bilingual, editable texts."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from ssw_desk.domain.deficiencies import (
    DEFAULT_CATALOGUE,
    INELIGIBLE_REASONS,
    catalogue_from_overrides,
    catalogue_to_overrides,
    checklist,
    suggested_rejection,
)
from ssw_desk.domain.model import FIELD_NAMES
from ssw_desk.services.notices import (
    NoticeSettings,
    build_notice_eml,
    copy_text,
    get_catalogue,
    save_catalogue,
)
from ssw_desk.services.settings import REGISTRY, default_catalogue

#: The standard texts with the default settings' numbers and dates in place.
FILLED = default_catalogue()

#: Every finding code the desk produces that an applicant can correct.
FIXABLE_CODES = (
    *(f"fields.{name}" for name in FIELD_NAMES),
    "request.one_exam",
    "request.duplicate",
    "roster.found",
    *(
        f"roster.{name}"
        for name in ("exam_date", "category", "name", "nationality", "date_of_birth", "sex")
    ),
    "attachments.residence_card_front",
    "attachments.residence_card_back",
    "attachments.face_photo",
    "file.format",
    "file.size",
    "photo.face_count",
    "photo.centred",
    "photo.head_size",
    "photo.colour",
    "photo.background",
    "photo.eyes_visible",
    "photo.head_covering",
    "photo.sharpness",
    "photo.resolution",
    "photo.shoulders",
    "photo.pose",
    "photo.age",
)

NOW = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)


def _parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _notice(**changes: object) -> bytes:
    args: dict[str, object] = {
        "request_reference": "SR-2026-00012",
        "to_addr": "applicant@example.com",
        "from_addr": "sswm-seizou-exam@jaim-skill.or.jp",
        "in_reply_to": "abc@mail.example.com",
        "references": ["root@mail.example.com"],
        "items": [
            (FILLED.entries[c].ja, FILLED.entries[c].en) for c in ("photo.head_size", "file.size")
        ],
        "kind": "deficiency",
        "now": NOW,
    }
    args.update(changes)
    return build_notice_eml(**args)  # type: ignore[arg-type]


def test_catalogue_covers_every_fixable_finding_in_both_languages() -> None:
    for code in FIXABLE_CODES:
        entry = DEFAULT_CATALOGUE.item(code)
        assert entry is not None, code
        assert entry.ja.endswith("。"), code
        assert entry.en.endswith("."), code
    assert DEFAULT_CATALOGUE.item("other") is not None
    # Eligibility is answered by a rejection, never by a correction.
    assert DEFAULT_CATALOGUE.item("eligibility.not_passed") is None


def test_catalogue_quotes_the_published_rules() -> None:
    head = FILLED.entries["photo.head_size"]
    assert "50～69%" in head.ja
    assert "50-69 %" in head.en
    size = FILLED.entries["attachments.face_photo"]
    assert "JPG、GIF、PNG" in size.ja
    assert "5MB未満" in size.ja
    assert "JPG, GIF or PNG file under 5 MB" in size.en


def test_ineligibility_texts_exist_and_point_to_the_vendor() -> None:
    for reason in INELIGIBLE_REASONS:
        assert DEFAULT_CATALOGUE.ineligible(reason) is not None, reason
    vendor = FILLED.ineligible("test_vendor")
    assert vendor is not None
    assert "プロメトリック" in vendor.ja
    assert "マイページ" in vendor.ja
    assert "Prometric My Page" in vendor.en
    assert "4 November 2025" in vendor.en


def test_notice_is_a_real_bilingual_message_that_threads() -> None:
    msg = _parse(_notice())
    assert "SR-2026-00012" in msg["Subject"]
    assert msg["To"] == "applicant@example.com"
    assert msg["From"].addresses[0].addr_spec == "sswm-seizou-exam@jaim-skill.or.jp"
    message_id = msg["Message-ID"]
    assert message_id.startswith("<") and message_id.endswith("@jaim-skill.or.jp>")
    assert msg["In-Reply-To"] == "<abc@mail.example.com>"
    assert msg["References"] == "<root@mail.example.com> <abc@mail.example.com>"
    assert msg["Date"].datetime == NOW
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    assert part.get_content_charset() == "utf-8"
    body = part.get_content()
    ja = body.index("画像の縦の長さの50～69%")
    en = body.index("50-69 % of the image height")
    assert ja < en  # Japanese first
    assert "受付番号：SR-2026-00012" in body
    assert "reference: SR-2026-00012" in body
    assert "1. " in body and "2. " in body


def test_notice_uses_crlf_and_seven_bit_transfer() -> None:
    raw = _notice()
    assert b"\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")
    raw.decode("ascii")  # headers encoded, body base64: safe for any mail server


def test_message_id_given_is_used_and_no_reply_headers_without_a_parent() -> None:
    msg = _parse(_notice(message_id="fixed@jaim-skill.or.jp", in_reply_to=None, references=[]))
    assert msg["Message-ID"] == "<fixed@jaim-skill.or.jp>"
    assert msg["In-Reply-To"] is None
    assert msg["References"] is None


def test_ineligible_notice_has_its_own_frame() -> None:
    entry = DEFAULT_CATALOGUE.ineligible("passed")
    assert entry is not None
    msg = _parse(_notice(kind="ineligible", items=[(entry.ja, entry.en)]))
    body = msg.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert "発行することができません" in text
    assert "unable to issue a Score report" in text
    assert "不備のお知らせ" not in msg["Subject"]


def test_settings_change_sender_and_signature() -> None:
    settings, ignored = REGISTRY["notices"].load(
        {"from_addr": "desk@example.org", "signature_en": "The Desk", "bogus": 1, "from_name": 3}
    )
    assert ignored == ["notices.from_name"]  # not text: the default is kept, never a crash
    assert settings.from_addr == "desk@example.org"
    assert settings.from_name == NoticeSettings().from_name
    msg = _parse(_notice(from_addr=settings.from_addr, settings=settings))
    assert msg["Message-ID"].endswith("@example.org>")
    body = msg.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content().rstrip().endswith("The Desk")


def test_copy_text_has_recipient_subject_and_body() -> None:
    text = copy_text(_notice())
    assert text.startswith("To: applicant@example.com\nSubject: ")
    assert "SR-2026-00012" in text.splitlines()[1]
    assert "50～69%" in text
    assert "\r" not in text


def test_admin_edits_reword_add_and_survive_a_round_trip() -> None:
    edited = catalogue_from_overrides(
        {
            "version": 1,
            "entries": {
                "photo.colour": {"ja": "カラー写真をお送りください。", "en": ""},
                "custom.signature": {"ja": "署名をお願いします。", "en": "Please sign."},
                "custom.half": {"ja": "片方だけ。"},
                "bad": "not a mapping",
            },
        }
    )
    colour = edited.item("photo.colour")
    assert colour is not None
    assert colour.ja == "カラー写真をお送りください。"
    assert colour.en == DEFAULT_CATALOGUE.entries["photo.colour"].en  # blank keeps standard
    custom = edited.item("custom.signature")
    assert custom is not None and not custom.standard
    assert edited.item("custom.half") is None  # a free entry needs both languages
    assert edited.item("bad") is None
    stored = catalogue_to_overrides(edited)
    assert set(stored["entries"]) == {"photo.colour", "custom.signature"}
    assert catalogue_from_overrides(stored) == edited


def test_damaged_setting_falls_back_to_the_standard_texts() -> None:
    assert catalogue_from_overrides({"entries": ["x"]}) == DEFAULT_CATALOGUE
    assert catalogue_from_overrides(None) == DEFAULT_CATALOGUE


def test_checklist_ticks_failures_and_suggests_the_rest() -> None:
    findings = [
        {"code": "eligibility.exam_window", "status": "unknown"},
        {"code": "photo.background", "status": "warn"},
        {"code": "file.size", "status": "fail"},
        {"code": "photo.background", "status": "fail"},
        {"code": "fields.sex", "status": "unknown"},
    ]
    items = checklist(findings)
    head = [(i.code, i.checked, i.finding_status) for i in items[:3]]
    assert head == [
        ("photo.background", True, "fail"),
        ("file.size", True, "fail"),
        ("fields.sex", False, "unknown"),
    ]
    assert len(items) == len(DEFAULT_CATALOGUE.items())
    assert not any(i.checked for i in items[3:])


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        ([{"code": "eligibility.not_passed", "status": "fail", "value": "pass"}], "passed"),
        (
            [{"code": "eligibility.exam_window", "status": "fail", "value": "2023-10-31"}],
            "before_window",
        ),
        (
            [{"code": "eligibility.exam_window", "status": "fail", "value": "2025-11-04"}],
            "test_vendor",
        ),
        (
            [{"code": "eligibility.exam_window", "status": "unknown", "value": "2025-07-08"}],
            "undefined_period",
        ),
        ([{"code": "eligibility.exam_window", "status": "unknown", "value": None}], None),
        ([{"code": "file.size", "status": "fail"}], None),
    ],
)
def test_suggested_rejection(findings: list[dict[str, object]], expected: str | None) -> None:
    got = suggested_rejection(
        findings, window_start="2023-11-01", window_end="2025-07-07", vendor_from="2025-11-04"
    )
    assert got == expected


def test_save_catalogue_is_stored_and_recorded(desk: object) -> None:
    from sqlalchemy import select

    from ssw_desk.services.context import Desk
    from ssw_desk.storage.models import Event

    assert isinstance(desk, Desk)
    save_catalogue(
        desk, edits={"photo.pose": {"ja": "正面を向いてください。", "en": "Face forward."}}
    )
    save_catalogue(desk, edits={"other": {"ja": "その他の点です。", "en": ""}})
    catalogue = get_catalogue(desk)
    pose, other = catalogue.item("photo.pose"), catalogue.item("other")
    assert pose is not None and pose.en == "Face forward."
    assert other is not None and other.ja == "その他の点です。"
    with desk.db.begin() as session:
        actions = session.execute(select(Event.action, Event.actor)).all()
    assert actions == [("settings.changed", str(desk.actor))] * 2


def test_catalogue_edited_through_the_command_line(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from ssw_desk.cli import main
    from ssw_desk.services.context import Desk
    from ssw_desk.services.notices import get_catalogue

    exported = tmp_path / "catalogue.json"
    assert main(["--db", sqlite_url, "catalogue", "export", str(exported)]) == 0
    entries = json.loads(exported.read_text(encoding="utf-8"))
    assert {"photo.head_size", "file.format", "other"} <= set(entries)
    assert "{head_min}" in entries["photo.head_size"]["ja"]  # exported as edited, unfilled
    # A text that drops the placeholders of the settings is refused, naming entry and name.
    entries = {
        "photo.head_size": {"ja": "頭の大きさを直してください。", "en": "Fix the head size."}
    }
    exported.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", sqlite_url, "catalogue", "import", str(exported)]) == 2
    err = capsys.readouterr().err
    assert "catalogue.placeholder_missing" in err
    assert "photo.head_size.ja" in err and "{head_max}" in err
    entries = {
        "photo.head_size": {
            "ja": "頭の大きさを{head_min}～{head_max}%に直してください。",
            "en": "Make the head {head_min}-{head_max} % of the height.",
        }
    }
    exported.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", sqlite_url, "catalogue", "import", str(exported)]) == 0
    desk = Desk.open(sqlite_url)
    entry = get_catalogue(desk).entries["photo.head_size"]
    desk.close()
    assert (entry.ja, entry.en) == (
        "頭の大きさを50～69%に直してください。",
        "Make the head 50-69 % of the height.",
    )
    (tmp_path / "bad.json").write_text("[1, 2]", encoding="utf-8")
    assert main(["--db", sqlite_url, "catalogue", "import", str(tmp_path / "bad.json")]) == 2
