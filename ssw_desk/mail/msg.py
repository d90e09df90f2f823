"""Outlook ``.msg`` files (OLE2 compound files holding MAPI properties), via python-oxmsg.

Read: subject, sender (transport ``From`` header, else the SMTP address properties, because
``PidTagSenderEmailAddress`` is an X.500 DN for Exchange senders), date, plain body (else the
HTML body converted), attachments stored by value (with Content-ID), embedded messages (their
body goes to ``forwarded_texts``, their attachments to ``attachments``), and Message-ID /
In-Reply-To / References from the transport headers or the matching MAPI properties.

Not read: RTF-only bodies (``PidTagRtfCompressed`` without a plain or HTML body; rare since
Outlook 2003) and attachments stored by reference (no bytes in the file). Both are skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC
from email.message import Message as EmailMessage
from typing import TypeVar

from oxmsg import Message
from oxmsg.attachment import Attachment
from oxmsg.domain import constants as c
from oxmsg.domain.encodings import encoding_from_codepage
from oxmsg.properties import Properties
from oxmsg.util import lazyproperty

from ssw_desk.mail.decode import UndecodableError, data_cut, decode_bytes, sniff_html_charset
from ssw_desk.mail.headers import message_ids, parse_date, parse_sender
from ssw_desk.mail.html import cid_references, html_to_text, remove_html_quotes
from ssw_desk.mail.model import MailAttachment, MailError, ParsedMail
from ssw_desk.mail.quoting import strip_quoted
from ssw_desk.mail.smime import is_opaque_signed, opaque_content

__all__ = ["OLE_MAGIC", "parse_msg"]

log = logging.getLogger(__name__)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_ATTACH_BY_VALUE = 1
_ATTACH_EMBEDDED_MSG = 5
_PID_SENT_REPRESENTING_SMTP = 0x5D02
_EMBEDDED_STORAGE = "__substg1.0_3701000D"
_MAX_DEPTH = 10

T = TypeVar("T")


class _EmbeddedMessage(Message):
    """A message attached to a message: its property header is 24 bytes, not 32."""

    @lazyproperty
    def _properties(self) -> Properties:
        return Properties(self._storage, properties_header_offset=24)


def _safe(getter: Callable[[], T]) -> T | None:
    """A property value, or None when the property is damaged or in an unknown code page."""
    try:
        return getter()
    except Exception:  # oxmsg raises bare ValueError/KeyError/UnicodeError/struct.error
        return None


_PT_STRING8 = 0x001E
_PID_MESSAGE_CODEPAGE = 0x3FFD
_PID_INTERNET_CPID = 0x3FDE
# Python's "shift_jis" lacks the NEC and IBM characters Windows writes (①, ㈱, 髙).
_WINDOWS_CODEC = {"shift_jis": "cp932", "euc_jp": "euc_jp", "iso2022_jp": "iso-2022-jp"}


def _string8(msg: Message, pid: int) -> str:
    """A non-Unicode (PtypString8) property read in the message's Windows code page, when
    python-oxmsg's own reading failed (it decodes code page 932 as strict Shift_JIS)."""
    props = msg.properties
    data = _safe(lambda: props._storage.property_stream_bytes(pid, _PT_STRING8))
    if not data:
        return ""
    label = None
    for cpid in (_PID_MESSAGE_CODEPAGE, _PID_INTERNET_CPID):
        page = _safe(lambda cpid=cpid: props.int_prop_value(cpid))  # type: ignore[misc]
        if page:
            name = _safe(lambda page=page: encoding_from_codepage(page))  # type: ignore[misc]
            label = _WINDOWS_CODEC.get(name or "", name)
            break
    try:
        return decode_bytes(data.rstrip(b"\x00"), label)
    except UndecodableError:
        return data.rstrip(b"\x00").decode(label or "cp1252", errors="replace")


def _html_body(msg: Message) -> str | None:
    props = msg.properties
    data = _safe(lambda: props.binary_prop_value(c.PID_HTML))
    if data:
        codepage = _safe(lambda: props.int_prop_value(c.PID_INTERNET_CODEPAGE))
        charset = _safe(lambda: encoding_from_codepage(codepage)) if codepage else None
        try:
            return decode_bytes(data, charset or sniff_html_charset(data))
        except UndecodableError:
            return None
    return _safe(lambda: props.str_prop_value(c.PID_BODY_HTML))


def _sender(msg: Message, headers: EmailMessage) -> tuple[str, str]:
    if headers.get("from"):
        return parse_sender(str(headers["from"]))
    props = msg.properties
    name = _safe(lambda: props.str_prop_value(c.PID_SENDER_NAME)) or _safe(
        lambda: props.str_prop_value(c.PID_SENT_REPRESENTING_NAME)
    )
    for pid in (
        c.PID_SENDER_SMTP_ADDRESS,
        _PID_SENT_REPRESENTING_SMTP,
        c.PID_SENDER_EMAIL_ADDRESS,
        c.PID_SENT_REPRESENTING_EMAIL_ADDRESS,
    ):
        address = _safe(lambda pid=pid: props.str_prop_value(pid))  # type: ignore[misc]
        if address and "@" in address:
            return address.strip().lower(), (name or "").strip()
    return "", (name or "").strip()


def _attachment(att: Attachment, referenced: set[str]) -> MailAttachment | None:
    props = att.properties
    data = _safe(lambda: props.binary_prop_value(c.PID_ATTACH_DATA_BINARY))
    if data is None:
        return None
    filename = (
        _safe(lambda: props.str_prop_value(c.PID_ATTACH_LONG_FILENAME))
        or _safe(lambda: props.str_prop_value(c.PID_ATTACH_FILENAME))
        or _safe(lambda: props.str_prop_value(c.PID_DISPLAY_NAME))
    )
    mime = _safe(lambda: props.str_prop_value(c.PID_ATTACH_MIME_TAG)) or "application/octet-stream"
    cid = (_safe(lambda: props.str_prop_value(c.PID_ATTACH_CONTENT_ID)) or "").strip("<> ")
    hidden = bool(_safe(lambda: props.int_prop_value(c.PID_ATTACHMENT_HIDDEN)))
    return MailAttachment(
        filename=filename or None,
        content_type=mime.strip().lower(),
        data=data,
        inline=bool(cid) and (cid.lower() in referenced or hidden),
        content_id=cid or None,
        truncated=data_cut(data),
    )


def _embedded(att: Attachment) -> Message | None:
    storage = att._storage
    for sub in getattr(storage, "storages", ()):
        if sub.name == _EMBEDDED_STORAGE:
            return _EmbeddedMessage(sub)
    return None


def _read(msg: Message, depth: int) -> tuple[str, str | None, list[MailAttachment], list[str]]:
    """Plain text, HTML, attachments and forwarded texts of one (possibly embedded) message."""
    plain = _safe(lambda: msg.body) or _string8(msg, c.PID_BODY)
    html = _html_body(msg)
    referenced = cid_references(html) if html else set()
    attachments: list[MailAttachment] = []
    forwarded: list[str] = []
    for att in _safe(lambda: msg.attachments) or ():
        method = _safe(lambda att=att: att.properties.int_prop_value(c.PID_ATTACH_METHOD))  # type: ignore[misc]
        inner = _embedded(att) if method == _ATTACH_EMBEDDED_MSG else None
        if inner is not None and depth < _MAX_DEPTH:
            text, inner_html, inner_atts, inner_fwd = _read(inner, depth + 1)
            forwarded.append(text or (html_to_text(inner_html) if inner_html else ""))
            forwarded.extend(inner_fwd)
            attachments.extend(inner_atts)
        elif method in (None, _ATTACH_BY_VALUE) or inner is None:
            converted = _attachment(att, referenced)
            if converted is not None:
                attachments.append(converted)
    return plain.replace("\r\n", "\n").rstrip(), html, attachments, forwarded


def parse_msg(raw: bytes) -> ParsedMail:
    """Parse an Outlook .msg file.

    Args:
        raw: The bytes of the file.

    Returns:
        The parsed message with ``source_format='msg'``.

    Raises:
        MailError: ``mail.msg_unreadable`` when the compound file cannot be read (truncated,
            corrupt, not OLE2); ``mail.no_body`` when it holds neither text nor attachments.
    """
    try:
        msg = Message.load(raw)
        headers = msg._message_headers
        plain, html, attachments, forwarded = _read(msg, depth=0)
    except Exception as exc:  # olefile and oxmsg raise many unrelated types on damaged files
        raise MailError("mail.msg_unreadable", type(exc).__name__) from exc
    body_text = plain if plain.strip() else (html_to_text(html) if html else "")
    if plain.strip():
        new_text = strip_quoted(plain)
    elif html:
        new_text = strip_quoted(html_to_text(remove_html_quotes(html))) or body_text
    else:
        new_text = ""
    forwarded_texts = tuple(t for t in forwarded if t.strip())
    if not body_text.strip() and not attachments and not forwarded_texts:
        raise MailError("mail.no_body")
    props = msg.properties
    ids = message_ids(headers.get("message-id")) or message_ids(
        _safe(lambda: props.str_prop_value(c.PID_INTERNET_MESSAGE_ID))
    )
    reply = message_ids(headers.get("in-reply-to")) or message_ids(
        _safe(lambda: props.str_prop_value(c.PID_IN_REPLY_TO_ID))
    )
    refs = message_ids(headers.get("references")) or message_ids(
        _safe(lambda: props.str_prop_value(c.PID_INTERNET_REFERENCES))
    )
    date = parse_date(headers.get("date")) or _safe(lambda: msg.sent_date)
    sender, sender_name = _sender(msg, headers)
    log.debug("parsed msg: %d attachments", len(attachments))
    parsed = ParsedMail(
        message_id=ids[0] if ids else None,
        in_reply_to=reply[0] if reply else None,
        references=refs,
        subject=_safe(lambda: msg.subject) or _string8(msg, c.PID_SUBJECT),
        sender=sender,
        sender_name=sender_name,
        date=date.replace(tzinfo=UTC) if date is not None and date.tzinfo is None else date,
        body_text=body_text,
        new_text=new_text if new_text.strip() else body_text,
        attachments=tuple(attachments),
        forwarded_texts=forwarded_texts,
        source_format="msg",
    )
    return _with_signed_content(parsed)


def _with_signed_content(parsed: ParsedMail) -> ParsedMail:
    """An S/MIME .msg keeps the whole signed MIME entity as one attachment
    (``multipart/signed`` or ``smime.p7m``): its content is the message's real content."""
    from ssw_desk.mail.parse import parse_eml  # parse imports this module

    for att in parsed.attachments:
        kind = att.content_type
        if kind != "multipart/signed" and not is_opaque_signed(kind, {}, att.filename):
            continue
        data = att.data
        if kind != "multipart/signed":
            data = opaque_content(att.data) or b""
        try:
            inner = parse_eml(b"MIME-Version: 1.0\r\n" + data)
        except MailError:
            continue
        others = tuple(a for a in parsed.attachments if a is not att)
        body = parsed.body_text if parsed.body_text.strip() else inner.body_text
        return replace(
            parsed,
            body_text=body,
            new_text=parsed.new_text if parsed.body_text.strip() else inner.new_text,
            attachments=inner.attachments + others,
            forwarded_texts=parsed.forwarded_texts + inner.forwarded_texts,
            signed=True,
        )
    return parsed
