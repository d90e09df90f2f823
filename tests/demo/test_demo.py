"""Tests of the generated demo data (no Qt)."""

from __future__ import annotations

import csv
import email
import email.policy
import io
import random

import numpy as np
import pytest
from PIL import Image

from ssw_desk.demo import demo_mails, demo_people, roster_csv
from ssw_desk.demo.cards import card_back, card_front
from ssw_desk.demo.mails import STYLES, VARIANTS, build_request_mail, build_resubmission
from ssw_desk.demo.mime import encode_iso2022jp_ms
from ssw_desk.demo.roster import EN_HEADERS, JA_HEADERS
from ssw_desk.mail.decode import decode_iso2022jp

SEED = 11


@pytest.fixture(scope="module")
def mails() -> list[tuple[str, bytes]]:
    return demo_mails(24, seed=SEED)


def _parse(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)  # type: ignore[return-value]


def _text(msg: email.message.EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    raw = part.get_payload(decode=True)
    assert isinstance(raw, bytes)
    charset = (part.get_content_charset() or "utf-8").lower()
    if charset == "iso-2022-jp":
        return decode_iso2022jp(raw)
    return raw.decode("cp932" if charset == "shift_jis" else charset)


def _red_fraction(image: Image.Image) -> float:
    a = np.asarray(image.convert("RGB")).astype(int)
    red = (a[..., 0] > 180) & (a[..., 1] < 120) & (a[..., 2] < 120)
    return float(red.mean())


def test_every_demo_mail_parses(mails: list[tuple[str, bytes]]) -> None:
    for name, data in mails:
        msg = _parse(data)
        assert msg["From"] and msg["Message-ID"] and msg["Date"], name
        assert msg.get_body(("plain",)) is not None, name


def test_deterministic_for_a_seed(mails: list[tuple[str, bytes]]) -> None:
    again = demo_mails(24, seed=SEED)
    assert [n for n, _ in again] == [n for n, _ in mails]
    assert [d for _, d in again] == [d for _, d in mails]


def test_mix_has_deficiencies_and_resubmissions(mails: list[tuple[str, bytes]]) -> None:
    names = [n for n, _ in mails]
    complete = sum("_complete" in n or "_with_back" in n for n in names)
    replies = [n for n in names if "_reply_" in n]
    assert complete >= 0.3 * len(names)
    assert complete + len(replies) < len(names)  # some deficient originals
    assert replies
    for reply in replies:  # each after its original
        variant = reply.split("_reply_")[1]
        assert any(n.endswith(f"_{variant}") for n in names[: names.index(reply)])


@pytest.mark.parametrize("style", STYLES)
def test_complete_mail_carries_seven_items(style: str) -> None:
    person = demo_people(3, seed=SEED)[0]
    data = build_request_mail(person, style=style, variant="complete", rng=random.Random(5))
    msg = _parse(data)
    text = _text(msg)
    for value in (person.exam.number[-4:], person.family):
        assert value in text.replace("\u3000", " ").upper().translate(
            {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９"}
        ), (style, value)
    lines = [line for line in text.splitlines() if ":" in line or "：" in line]
    assert len(lines) >= 7
    images = [p for p in msg.iter_attachments() if p.get_content_maintype() == "image"]
    assert len(images) >= 2


def test_missing_item_drops_one_line() -> None:
    person = demo_people(3, seed=SEED)[1]
    full = _text(_parse(build_request_mail(person, style="gmail", rng=random.Random(1))))
    short = _text(_parse(build_request_mail(person, style="gmail", variant="missing_item",
                                            rng=random.Random(1))))  # fmt: skip
    count = lambda t: sum(ch in t for ch in "①②③④⑤⑥⑦") or t.count("\n")  # noqa: E731
    assert count(short) < count(full)


def test_iso2022jp_keeps_circled_numbers() -> None:
    data = encode_iso2022jp_ms("①受験番号：ＡＢ１")
    assert data.isascii()
    assert decode_iso2022jp(data) == "①受験番号：ＡＢ１"


def test_heic_no_card_and_reply() -> None:
    person = demo_people(3, seed=SEED)[2]
    heic = _parse(build_request_mail(person, style="iphone", variant="heic", rng=random.Random(2)))
    types = [p.get_content_type() for p in heic.iter_attachments()]
    assert "image/heic" in types
    original = build_request_mail(person, style="gmail", variant="no_card", rng=random.Random(2))
    assert len([p for p in _parse(original).iter_attachments()]) == 1
    reply = _parse(build_resubmission(original, person, variant="no_card", rng=random.Random(3)))
    assert reply["In-Reply-To"] == _parse(original)["Message-ID"]
    assert str(reply["Subject"]).startswith("Re: ")
    assert "\n> " in _text(reply)


def test_all_variants_build() -> None:
    person = demo_people(5, seed=SEED)[3]
    for variant in VARIANTS:
        if variant == "oversize":
            continue  # slow; covered by the size check below with a cached image
        assert _parse(build_request_mail(person, style="outlook", variant=variant,
                                         rng=random.Random(9)))  # fmt: skip


def test_oversize_attachment_is_over_5_mb() -> None:
    person = demo_people(2, seed=SEED)[0]
    msg = _parse(build_request_mail(person, style="gmail", variant="oversize",
                                    rng=random.Random(4)))  # fmt: skip
    sizes = [len(p.get_content()) for p in msg.iter_attachments()]
    assert max(sizes) > 5 * 1024 * 1024


def test_cards_are_landscape_and_watermarked() -> None:
    person = demo_people(1, seed=SEED)[0]
    for card in (card_front(person), card_back(person)):
        w, h = card.size
        assert w >= 856 and abs(w / h - 85.6 / 54) < 0.02
        assert _red_fraction(card) > 0.03


def test_card_photos_in_mail_are_landscape() -> None:
    person = demo_people(1, seed=SEED)[0]
    msg = _parse(build_request_mail(person, style="gmail", variant="with_back",
                                    rng=random.Random(6)))  # fmt: skip
    cards = [p for p in msg.iter_attachments() if p.get_content_maintype() == "image"][:2]
    for part in cards:
        with Image.open(io.BytesIO(part.get_content())) as image:
            assert image.width > image.height >= 900
            assert _red_fraction(image) > 0.01


@pytest.mark.parametrize("japanese", [False, True])
def test_roster_csv_parses(japanese: bool) -> None:
    people = demo_people(30, seed=SEED)
    data = roster_csv(people, japanese=japanese)
    text = data.decode("cp932" if japanese else "utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == (JA_HEADERS if japanese else EN_HEADERS)
    assert len(rows) >= 25
    score, passing = ("得点", "合格点") if japanese else ("score", "passing_score")
    assert all(0 <= int(r[score]) <= 100 and int(r[passing]) > 0 for r in rows)
