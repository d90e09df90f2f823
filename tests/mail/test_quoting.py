"""new_text: reply history removed, in English, Japanese and client HTML."""

from __future__ import annotations

import pytest

from ssw_desk.mail import parse_mail, strip_quoted

from .builders import REQUEST_BODY_JA, gmail_message, html_only_message, message

NEW = "①受験番号：2311000124 に訂正します。"


@pytest.mark.parametrize(
    "history",
    [
        # Gmail (English), wrapped over two lines
        "On Sun, May 12, 2024 at 10:00 AM SSW Secretariat <\ndesk@example.jp> wrote:\n> old\n",
        # Thunderbird
        "On 2024/05/12 10:00, SSW Secretariat wrote:\n> old\n",
        # Outlook plain text
        "-----Original Message-----\nFrom: SSW Secretariat\nSent: Sunday, May 12, 2024\nold\n",
        # Outlook 2016+ without the separator line
        "________________________________\nFrom: SSW Secretariat <desk@example.jp>\n"
        "Sent: Sunday, May 12, 2024 10:00 AM\nTo: An\nSubject: RE: request\n\nold\n",
        "From: SSW Secretariat <desk@example.jp>\nDate: Sun, 12 May 2024\nSubject: x\n\nold\n",
        # Gmail (Japanese UI)
        "2024年5月12日(日) 10:00 SSW事務局 <desk@example.jp>:\n\n> 旧本文\n",
        # Apple Mail (Japanese)
        "2024/05/12 10:00、SSW事務局 <desk@example.jp>のメール:\n\n> 旧本文\n",
        "2024/05/12 10:00、SSW事務局 <desk@example.jp> のメッセージ:\n> 旧本文\n",
        # Thunderbird (Japanese)
        "SSW事務局 さんは書きました:\n> 旧本文\n",
        # Outlook (Japanese)
        "-----元のメッセージ-----\n差出人: SSW事務局\n送信日時: 2024年5月12日 10:00\n旧本文\n",
        "差出人: SSW事務局 <desk@example.jp>\n送信日時: 2024年5月12日 10:00\n宛先: An\n件名: RE:\n",
        # Gmail (Vietnamese UI)
        "Vào CN, 12 thg 5, 2024 vào lúc 10:00 SSW <desk@example.jp> đã viết:\n> cũ\n",
    ],
)
def test_attributions_and_blocks_are_cut(history: str) -> None:
    assert strip_quoted(f"{NEW}\n\n{history}") == NEW


def test_interleaved_quote_lines_are_dropped() -> None:
    text = "> ①受験番号が違います\n①受験番号：2311000124\n> ②受験日は？\n②受験日：2024年5月12日"
    assert strip_quoted(text) == "①受験番号：2311000124\n②受験日：2024年5月12日"


def test_nothing_left_keeps_the_body() -> None:
    only_quote = "> ①受験番号：2311000123\n> ②受験日：2024年5月12日"
    assert strip_quoted(only_quote) == only_quote


def test_forwarded_block_is_content_not_history() -> None:
    text = (
        "Please process.\n\n---------- Forwarded message ---------\n"
        "From: Nguyen <an@example.com>\nDate: Sun, 12 May 2024\nSubject: request\n\n"
        + REQUEST_BODY_JA
    )
    assert strip_quoted(text) == text.rstrip()


def test_request_body_is_not_mistaken_for_history() -> None:
    assert strip_quoted(REQUEST_BODY_JA) == REQUEST_BODY_JA.rstrip()


def test_gmail_html_reply_uses_gmail_quote() -> None:
    html = (
        f'<div dir="ltr">{NEW}</div><br><div class="gmail_quote"><div dir="ltr" '
        'class="gmail_attr">On Sun, May 12, 2024 at 10:00 AM Desk &lt;desk@example.jp&gt; '
        'wrote:<br></div><blockquote class="gmail_quote">old request</blockquote></div>'
    )
    mail = parse_mail(gmail_message(text="", html=html, in_reply_to="desk-1@example.jp"))
    assert "old request" in mail.body_text
    assert mail.new_text == NEW
    assert mail.in_reply_to == "desk-1@example.jp"


def test_plain_alternative_reply() -> None:
    text = f"{NEW}\n\nOn Sun, May 12, 2024 at 10:00 AM Desk <desk@example.jp> wrote:\n> old\n"
    mail = parse_mail(gmail_message(text=text))
    assert mail.new_text == NEW
    assert mail.body_text.endswith("> old")


@pytest.mark.parametrize(
    "html",
    [
        f'<div>{NEW}</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">'
        "<b>From:</b> Desk<br><b>Sent:</b> Sunday</div><div>old request</div>",
        f'<p>{NEW}</p><blockquote type="cite">old request</blockquote>',
        f'<p>{NEW}</p><div class="moz-cite-prefix">On 2024/05/12 Desk wrote:</div>'
        "<blockquote>old request</blockquote>",
        f"<div class=WordSection1><p>{NEW}</p><div style='border:none;border-top:solid'>"
        "<p><b>From:</b> Desk<br><b>Sent:</b> Sunday, May 12</p></div><p>old request</p></div>",
    ],
)
def test_html_replies_from_outlook_apple_thunderbird(html: str) -> None:
    mail = parse_mail(html_only_message(html))
    assert mail.new_text == NEW
    assert "old request" in mail.body_text


def test_forward_without_comment_keeps_body() -> None:
    raw = message(
        [
            ("From", "a@example.com"),
            ("Subject", "Fwd: request"),
            ("Content-Type", "text/plain; charset=utf-8"),
        ],
        "> " + REQUEST_BODY_JA.replace("\n", "\n> "),
    )
    mail = parse_mail(raw)
    assert mail.new_text == mail.body_text
