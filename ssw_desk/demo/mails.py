"""Request e-mails as real RFC 5322 bytes, in the styles of the clients applicants use.

:func:`build_request_mail` writes one request (seven items, card photos, face photo) in a client
``style`` with an optional deficiency ``variant``; :func:`build_resubmission` writes the reply
that fixes it. Everything is derived from the ``rng`` given, so a seed gives the same bytes.
"""

from __future__ import annotations

import contextvars
import dataclasses
import email
import email.policy
import functools
import random
import string
import unicodedata
from datetime import date, datetime, timedelta, timezone
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

from ssw_desk.demo.body import item_values, request_text
from ssw_desk.demo.cards import card_back, card_front, phone_photo
from ssw_desk.demo.faces import encode_image, face_bytes, face_image
from ssw_desk.demo.mime import (
    attachment,
    body_text,
    encoded_words,
    html_part,
    text_part,
    token,
)
from ssw_desk.demo.people import VENDOR_REPORTS_FROM, Exam, Person, exam_number

__all__ = ["SECRETARIAT", "STYLES", "VARIANTS", "build_request_mail", "build_resubmission"]

#: The secretariat's published address (mail is only ever written to files, never sent).
SECRETARIAT = "sswm-seizou-exam@jaim-skill.or.jp"
#: Client styles.
STYLES = ("gmail", "outlook", "iphone", "thunderbird_jis", "sjis")
#: Variants: complete ones first, then one per typical deficiency.
VARIANTS = (
    "complete", "with_back", "passed", "missing_item", "ambiguous_date", "no_card",
    "grey_face", "small_face", "offcentre_face", "two_faces", "heic", "oversize",
    "after_nov2025", "two_exams",
)  # fmt: skip
_FACE_KIND = {"grey_face": "grey", "small_face": "small", "offcentre_face": "offcentre",
              "two_faces": "two_faces", "oversize": "oversize"}  # fmt: skip
_JST = timezone(timedelta(hours=9))
_LANG = {"gmail": ("en", "ja", "mixed"), "outlook": ("ja", "mixed", "en"),
         "iphone": ("en", "ja", "mixed"), "thunderbird_jis": ("ja",), "sjis": ("ja",)}  # fmt: skip
_SUBJECTS = ("結果通知書の発行依頼", "【結果通知書】発行のお願い", "スコアレポート発行申請",
             "Score report request", "Request for Score report", "Score report")  # fmt: skip


@functools.lru_cache(maxsize=64)
def card_jpeg(person: Person, side: str, pose: int, width: int = 1600) -> bytes:
    """The phone photo of one side of ``person``'s card as JPEG (cached).

    Args:
        person: Whose card.
        side: ``front`` or ``back``.
        pose: Seed of the pose on the table.
        width: Photo width; the height is three quarters of it.

    Returns:
        JPEG bytes.
    """
    card = card_front(person, face_image("ok")) if side == "front" else card_back(person)
    photo = phone_photo(card, random.Random(pose), (width, width * 3 // 4))
    return encode_image(photo, "JPEG", quality=85)


@dataclasses.dataclass
class _File:
    data: bytes
    content_type: str
    filename: str


def _names(style: str, rng: random.Random) -> tuple[str, str, str]:
    """File names for (front, back, face) in the habit of the client."""
    if style == "iphone":
        n = rng.randrange(1000, 9990)
        return f"IMG_{n}.jpeg", f"IMG_{n + 1}.jpeg", f"IMG_{n + 2}.jpeg"
    fronts = ("在留カード表.jpg", "在留カード（表）.JPG", "zairyu_front.jpg", "IMG_2301.JPG",
              "residence card front.jpeg", "card1.jpg", "Scan_20250812.jpg")  # fmt: skip
    backs = ("在留カード裏.jpg", "zairyu_back.jpg", "IMG_2302.JPG", "card2.jpg", "back.jpg")
    faces = ("face.jpg", "顔写真.jpg", "photo.jpg", "IMG_2303.JPG", "証明写真.jpg")
    return rng.choice(fronts), rng.choice(backs), rng.choice(faces)


def _files(person: Person, variant: str, style: str, rng: random.Random, *,
           back: bool) -> list[_File]:  # fmt: skip
    front_name, back_name, face_name = _names(style, rng)
    files = []
    pose = person.key * 7 + rng.randrange(3)
    width = rng.choice((1600, 1600, 1280))
    if variant != "no_card":
        files.append(_File(card_jpeg(person, "front", pose, width), "image/jpeg", front_name))
    if back or variant == "with_back":
        files.append(_File(card_jpeg(person, "back", pose + 1, width), "image/jpeg", back_name))
    kind = _FACE_KIND.get(variant, "large" if rng.random() < 0.25 else "ok")
    if variant == "heic":
        stem = face_name.rsplit(".", 1)[0]
        files.append(_File(face_bytes(kind, "HEIF"), "image/heic", f"{stem}.HEIC"))
    elif face_name.endswith(".jpg") and rng.random() < 0.25:
        files.append(_File(face_bytes(kind, "PNG"), "image/png", "face.png"))
    else:
        files.append(_File(face_bytes(kind, "JPEG"), "image/jpeg", face_name))
    return files


def _second_exam(person: Person, rng: random.Random) -> Exam:
    if len(person.exams) > 1:
        return person.exams[0]
    when = max(person.exam.date - timedelta(days=rng.randrange(90, 200)), date(2023, 11, 5))
    return dataclasses.replace(person.exam, number=exam_number(when, rng.randrange(99999)),
                               date=when)  # fmt: skip


def _content(person: Person, variant: str, lang: str, rng: random.Random) -> str:
    """The plain-text body for ``variant``."""
    english = lang == "en"
    values: list[str | None] = list(
        item_values(person, rng, english=english, ambiguous=variant == "ambiguous_date")
    )
    extra = ""
    if variant == "missing_item":
        values[rng.choice((0, 1, 2, 4, 5, 6))] = None
    elif variant == "two_exams":
        other = _second_exam(person, rng)
        values[0] = f"{other.number} / {values[0]}"
        values[1] = f"{other.date:%Y/%m/%d} / {values[1]}"
        extra = ("I took the exam twice. Please send both Score reports." if english
                 else "2回受験しましたので、2回分の結果通知書をお願いします。")  # fmt: skip
    elif variant == "no_card":
        extra = ("The residence card photo will be sent later." if english
                 else "在留カードの写真は後で送ります。")  # fmt: skip
    return request_text(person, values, rng, lang=lang, extra=extra)


def _cp932_safe(text: str) -> str:
    """Strip accents a Japanese mailer cannot send (``Việt Nam`` -> ``Viet Nam``)."""
    out = []
    for ch in text:
        try:
            ch.encode("cp932")
        except UnicodeEncodeError:
            ch = "".join(c for c in unicodedata.normalize("NFKD", ch) if c.isascii()) or "?"
        out.append(ch)
    return "".join(out)


#: Requests arrive in the weeks before this day; ``demo_mails(anchor=...)`` moves it (the desk's
#: demo uses today, so the queue shows a realistic mix of due and overdue requests).
ANCHOR: contextvars.ContextVar[date] = contextvars.ContextVar(
    "demo_anchor", default=date(2025, 11, 20)
)


def _sent(person: Person, rng: random.Random) -> datetime:
    day = ANCHOR.get() - timedelta(days=rng.randrange(3, 26))
    day = max(day, person.exam.date + timedelta(days=14))
    return datetime(day.year, day.month, day.day, rng.randrange(7, 23), rng.randrange(60),
                    rng.randrange(60), tzinfo=_JST)  # fmt: skip


def _sender(person: Person, style: str, rng: random.Random) -> str:
    if style in ("thunderbird_jis", "sjis") and rng.random() < 0.5:
        # Registered support organisations often write on the worker's behalf.
        charset = "ISO-2022-JP" if style == "thunderbird_jis" else "Shift_JIS"
        name = encoded_words(
            rng.choice(("登録支援機関 見本 山田", "株式会社サンプル 佐藤")), charset
        )
        return f"{name} <shien{rng.randrange(1, 9)}@support.example.jp>"
    return formataddr((person.card_name.title(), person.email))


def _assemble(style: str, text: str, files: list[_File], rng: random.Random) -> Message:
    """Put the body and files together the way ``style`` does."""
    if style == "gmail":
        root = MIMEMultipart("mixed", boundary="0000000000" + token(rng, 18))
        alt = MIMEMultipart("alternative", boundary="0000000000" + token(rng, 18))
        cte = "7bit" if text.isascii() else "base64"
        alt.attach(text_part(text, "UTF-8", cte))
        alt.attach(html_part(text, outlook=False))
        root.attach(alt)
        for i, f in enumerate(files):
            root.attach(
                attachment(
                    f.data,
                    f.content_type,
                    f.filename,
                    naming=rng.choice(("rfc2047", "rfc2231")),
                    content_id=f"f_{token(rng, 8, string.ascii_lowercase)}{i}",
                )
            )
        return root
    if style == "outlook":
        tag = f"TYCPR01MB{rng.randrange(10000, 99999)}{token(rng, 8).upper()}"
        root = MIMEMultipart("mixed", boundary=f"_004_{tag}TYCPR01MB_")
        alt = MIMEMultipart("alternative", boundary=f"_000_{tag}TYCPR01MB_")
        alt.attach(text_part(text, "UTF-8", "quoted-printable"))
        alt.attach(html_part(text, outlook=True))
        root.attach(alt)
        for f in files:
            root.attach(attachment(f.data, f.content_type, f.filename, naming="rfc2047"))
        return root
    if style == "iphone":
        root = MIMEMultipart("mixed", boundary=f"Apple-Mail-{_uuid(rng)}")
        root.attach(text_part(text, "UTF-8", "quoted-printable"))
        for f in files:
            root.attach(attachment(f.data, f.content_type, f.filename, naming="rfc2231",
                                   inline=True))  # fmt: skip
        root.attach(text_part("\n\niPhoneから送信\n", "UTF-8", "quoted-printable"))
        return root
    jis = style == "thunderbird_jis"
    boundary = ("------------" + token(rng, 24, string.ascii_letters + string.digits) if jis
                else f"----_NextPart_{token(rng, 8)}_{token(rng, 8)}")  # fmt: skip
    root = MIMEMultipart("mixed", boundary=boundary)
    root.attach(text_part(text, "ISO-2022-JP", "7bit", flowed=jis) if jis
                else text_part(text, "Shift_JIS", "8bit"))  # fmt: skip
    for f in files:
        root.attach(attachment(f.data, f.content_type, f.filename,
                               naming="rfc2231" if jis else "sjis"))  # fmt: skip
    return root


def _uuid(rng: random.Random) -> str:
    h = token(rng, 32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _headers(msg: Message, style: str, *, sender: str, subject: str, sent: datetime,
             rng: random.Random) -> None:  # fmt: skip
    charset = {"thunderbird_jis": "ISO-2022-JP", "sjis": "Shift_JIS"}.get(style, "UTF-8")
    msg["From"] = sender
    msg["To"] = SECRETARIAT
    msg["Subject"] = encoded_words(subject, charset)
    msg["Date"] = format_datetime(sent)
    domain = {
        "gmail": "mail.gmail.com",
        "outlook": "TYCPR01MB1234.jpnprd01.prod.outlook.com",
        "iphone": "example.jp",
        "thunderbird_jis": "example.jp",
        "sjis": "example.jp",
    }
    msg["Message-ID"] = f"<{_uuid(rng) if style == 'iphone' else token(rng, 24)}@{domain[style]}>"
    if style == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "Ad" + token(rng, 26, string.ascii_letters + string.digits)
        msg["Content-Language"] = "ja-JP"
    elif style == "iphone":
        msg.replace_header("MIME-Version", "1.0 (1.0)")
        msg["X-Mailer"] = f"iPhone Mail ({rng.choice(('21F90', '21G93', '22A3354'))})"
    elif style == "thunderbird_jis":
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = "ja"
    elif style == "sjis":
        msg["X-Mailer"] = "Becky! ver. 2.81.04 [ja]"


def _to_bytes(msg: Message, style: str) -> bytes:
    linesep = "\r\n" if style == "outlook" else "\n"
    return msg.as_bytes(policy=email.policy.compat32.clone(linesep=linesep))


def build_request_mail(person: Person, *, style: str, variant: str = "complete",
                       rng: random.Random, back: bool | None = None) -> bytes:  # fmt: skip
    """Write one request e-mail.

    Args:
        person: The applicant; for ``passed`` give a person whose exam was passed.
        style: One of :data:`STYLES`.
        variant: One of :data:`VARIANTS`.
        rng: Random source (the only one used).
        back: Attach the back of the card; chosen at random (30 %) when None.

    Returns:
        The message bytes (LF line ends, CRLF for Outlook).

    Raises:
        ValueError: On an unknown style or variant.
    """
    if style not in STYLES or variant not in VARIANTS:
        raise ValueError(f"unknown style/variant {style!r}/{variant!r}")
    if variant == "after_nov2025" and person.exam.date < VENDOR_REPORTS_FROM:
        later = VENDOR_REPORTS_FROM + timedelta(days=rng.randrange(60))
        person = dataclasses.replace(
            person, exams=(*person.exams[:-1], dataclasses.replace(person.exam, date=later))
        )
    lang = rng.choice(_LANG[style])
    text = _content(person, variant, lang, rng)
    if style in ("thunderbird_jis", "sjis"):
        text = _cp932_safe(text)
    files = _files(person, variant, style, rng, back=rng.random() < 0.3 if back is None else back)
    msg = _assemble(style, text, files, rng)
    subject = rng.choice(_SUBJECTS)
    if rng.random() < 0.4:
        subject += f"（{person.card_name}）"
    _headers(msg, style, sender=_sender(person, style, rng), subject=subject,
             sent=_sent(person, rng), rng=rng)  # fmt: skip
    return _to_bytes(msg, style)


def _style_of(original: email.message.EmailMessage) -> str:
    agent = f"{original.get('X-Mailer', '')} {original.get('User-Agent', '')}"
    for needle, style in (("iPhone", "iphone"), ("Outlook", "outlook"),
                          ("Thunderbird", "thunderbird_jis"), ("Becky", "sjis")):  # fmt: skip
        if needle in agent:
            return style
    return "gmail"


_FIX_LINES = {
    "missing_item": ("抜けていた項目を記入しました。", "I added the missing item."),
    "ambiguous_date": ("日付を書き直しました。", "I rewrote the dates."),
    "two_exams": ("1回分のみ申請します。", "I apply for one exam only."),
}


def _fix_text(person: Person, variant: str, english: bool, rng: random.Random) -> str:
    if variant in ("missing_item", "ambiguous_date", "two_exams"):
        lines = _FIX_LINES[variant]
        values: list[str | None] = list(item_values(person, rng, english=english))
        if variant == "ambiguous_date":
            values[1] = (
                f"{person.exam.date.year}年{person.exam.date.month}月{person.exam.date.day}日"
            )
            values[5] = f"{person.birth.year}年{person.birth.month}月{person.birth.day}日"
        return request_text(person, values, rng, lang="en" if english else "ja",
                            extra=lines[english])  # fmt: skip
    if english:
        return "Thank you for your e-mail. I attached the corrected file.\n"
    return "ご連絡ありがとうございます。修正したファイルを添付して再送いたします。\n"


def build_resubmission(original: bytes, person: Person, *, variant: str,
                       rng: random.Random) -> bytes:  # fmt: skip
    """Write the applicant's reply that fixes the deficiency of ``variant``.

    Text deficiencies are answered with the corrected items and no files; image deficiencies
    with the corrected file(s) only (the desk must merge them into the open request).

    Args:
        original: Bytes of the request as first sent.
        person: The same applicant.
        variant: The deficiency of the original.
        rng: Random source.

    Returns:
        The reply's bytes, threaded by In-Reply-To/References, quoting the original.
    """
    parsed = email.message_from_bytes(original, policy=email.policy.default)
    style = _style_of(parsed)
    old_body = parsed.get_body(("plain",))
    old_text = body_text(old_body) if old_body is not None else ""
    english = old_text.isascii() or rng.random() < 0.3
    sent = parsed["Date"].datetime + timedelta(days=rng.randrange(3, 15), hours=rng.randrange(9))
    # never later than the anchor day (the demo's "today"), always after the original
    latest = datetime.combine(ANCHOR.get(), datetime.min.time(), tzinfo=_JST) + timedelta(hours=9)
    sent = max(min(sent, latest), parsed["Date"].datetime + timedelta(hours=2))
    quoted = "\n".join(f"> {line}".rstrip() for line in old_text.splitlines())
    when = parsed["Date"].datetime
    if english:
        header = f"On {format_datetime(when)}, {parsed['From']} wrote:"
    else:
        header = f"{when:%Y年%m月%d日 %H:%M} {parsed['From']}:"
    text = f"{_fix_text(person, variant, english, rng)}\n{header}\n{quoted}\n"
    if style in ("thunderbird_jis", "sjis"):
        text = _cp932_safe(text)
    files: list[_File] = []
    if variant == "no_card":
        files = [_File(card_jpeg(person, "front", person.key * 7, 1600), "image/jpeg",
                       "zairyu_front.jpg")]  # fmt: skip
    elif variant in _FACE_KIND or variant == "heic":
        files = [_File(face_bytes("ok", "JPEG"), "image/jpeg", "face_new.jpg")]
    msg = _assemble(style, text, files, rng)
    old_subject = str(parsed["Subject"] or "")
    _headers(msg, style, sender=str(parsed["From"]), subject=f"Re: {old_subject}", sent=sent,
             rng=rng)  # fmt: skip
    msg["In-Reply-To"] = parsed["Message-ID"]
    msg["References"] = parsed["Message-ID"]
    return _to_bytes(msg, style)
