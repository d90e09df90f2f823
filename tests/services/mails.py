"""Request e-mails as a mail client sends them, for the intake tests."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from tests.images import card_photo, face_photo

JA_BODY = """事務局御中

スコアレポートの発行をお願いします。

①受験(じゅけん)番号：{exam_number}
②受験(じゅけん)日：{exam_date}
③受験(じゅけん)した試験(しけん)区分：機械金属加工区分
④氏名(しめい)：{name}
⑤国籍(こくせき)：ベトナム
⑥生年月日：1995年3月14日
⑦性別(せいべつ)：男

よろしくお願いいたします。
"""


def request_mail(
    *,
    exam_number: str = "M2301000123",
    exam_date: str = "2024年5月12日",
    name: str = "NGUYEN VAN AN",
    sender: str = "an.nguyen@example.com",
    subject: str = "スコアレポート発行申請",
    when: datetime | None = None,
    body: str | None = None,
    attach_card: bool = True,
    attach_face: bool = True,
    message_id: str | None = None,
    in_reply_to: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Nguyen Van An <{sender}>"
    msg["To"] = "sswm-seizou-exam@jaim-skill.or.jp"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when or datetime(2026, 11, 2, 9, 30, tzinfo=UTC))
    msg["Message-ID"] = message_id or make_msgid(domain="example.com")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(
        body
        if body is not None
        else JA_BODY.format(exam_number=exam_number, exam_date=exam_date, name=name)
    )
    if attach_card:
        msg.add_attachment(
            card_photo(), maintype="image", subtype="jpeg", filename="在留カード表.jpg"
        )
    if attach_face:
        msg.add_attachment(face_photo(), maintype="image", subtype="jpeg", filename="face.jpg")
    return bytes(msg)


ROSTER_CSV = """exam_number,exam_date,category,name,nationality,date_of_birth,sex,score,\
passing_score,max_score,result
M2301000123,2024-05-12,機械金属加工区分,NGUYEN VAN AN,Vietnam,1995-03-14,M,52,60,100,fail
M2301000999,2024-05-12,機械金属加工区分,TRAN THI BICH,Vietnam,1998-07-01,F,75,60,100,pass
"""
