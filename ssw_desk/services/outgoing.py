"""The one builder of every e-mail the desk sends: notices, rejections, Score report e-mails.

Every outgoing message has the same shape: From the secretariat (display name), To the
applicant, the request reference in the subject, In-Reply-To and References answering the
applicant's last message (so their reply joins the request), a bilingual plain-text body
(Japanese first: ``〜様`` greeting, text, signature; then the English part) and attachments.
The bytes built here are what is sealed in the outbox and sent; a copy saved for a person to
open (a draft ``.eml``) carries ``X-Unsent: 1`` (:func:`as_draft`), so mail programs open it as
a message to send, not as one received.
"""

from __future__ import annotations

import email.policy
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.encoders import encode_base64
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, make_msgid, parseaddr

#: Separates the Japanese text from the English one.
SEPARATOR = "-" * 60
#: Threads keep at most this many References (the newest ones).
MAX_REFERENCES = 20
#: CRLF line ends, lines folded at 78 characters.
_WIRE = email.policy.compat32.clone(linesep="\r\n")


@dataclass(frozen=True)
class OutgoingAttachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Outgoing:
    """What one outgoing message says.

    Attributes:
        from_addr / from_name: The secretariat.
        to_addr / to_name: The applicant; ``to_name`` makes the greeting (``〜様``, ``Dear ...``)
            and may be empty (then a neutral greeting).
        subject: Already carrying the request reference.
        body_ja / body_en: The text of each language part, without greeting or signature.
        signature_ja / signature_en: Closing blocks.
        in_reply_to: Message-ID (without ``<>``) of the applicant's message answered, or None.
        references: That message's References (without ``<>``), oldest first.
        message_id: This message's own Message-ID (without ``<>``).
        date: The Date header (timezone-aware).
    """

    from_addr: str
    from_name: str
    to_addr: str
    to_name: str
    subject: str
    body_ja: str
    body_en: str
    signature_ja: str
    signature_en: str
    message_id: str
    date: datetime
    in_reply_to: str | None = None
    references: Sequence[str] = ()
    attachments: Sequence[OutgoingAttachment] = field(default_factory=tuple)


def new_message_id(from_addr: str) -> str:
    """A fresh Message-ID on the sender's domain, without ``<>`` (as the store keeps ids)."""
    domain = from_addr.rpartition("@")[2] or "localhost"
    return make_msgid(domain=domain).strip("<>")


def greeting(name: str, lang: str) -> str:
    name = " ".join(name.split())
    if lang == "ja":
        return f"{name} 様" if name else "申請者 様"
    return f"Dear {name}," if name else "Dear applicant,"


def body_text(mail: Outgoing) -> str:
    """The bilingual body: a note that English follows, the Japanese part, then the English."""

    def part(lang: str, text: str, signature: str) -> str:
        return f"{greeting(mail.to_name, lang)}\n\n{text.strip()}\n\n{signature.strip()}"

    ja = part("ja", mail.body_ja, mail.signature_ja)
    en = part("en", mail.body_en, mail.signature_en)
    return f"（English follows the Japanese text.）\n\n{ja}\n\n{SEPARATOR}\n\n{en}\n"


def thread_chain(in_reply_to: str | None, references: Sequence[str]) -> list[str]:
    """The References of a reply: the parent's chain, then the parent itself."""
    chain = [r for r in references if r and r != in_reply_to]
    if in_reply_to:
        chain.append(in_reply_to)
    return chain[-MAX_REFERENCES:]


def _header(name: str, value: str) -> Header | str:
    if "\r" in value or "\n" in value:
        raise ValueError(f"{name}: a header value may not contain a line break")
    if value.isascii():
        return value
    # Only the words that need it are encoded: the request reference stays readable in the
    # raw header (mail programs, filters and searches in the mail server's store).
    header = Header(header_name=name)
    for ascii_run, words in itertools.groupby(value.split(" "), key=str.isascii):
        header.append(" ".join(words), "us-ascii" if ascii_run else "utf-8")
    return header


def _address(name: str, value: str) -> str:
    if "\r" in value or "\n" in value:
        raise ValueError(f"{name}: a header value may not contain a line break")
    display, addr = parseaddr(value)
    return formataddr((display, addr or value), charset="utf-8")


def build(mail: Outgoing) -> bytes:
    """The complete RFC 5322 message (CRLF line ends, 7-bit transfer encodings).

    Made with the standard library's ``compat32`` message API: the same message as the
    ``EmailMessage`` API gives, at a twentieth of the cost (that API parses and refolds every
    header in Python; a notice took ~11 ms, inside the clerk's decision).
    """
    body = MIMEText(body_text(mail), "plain", "utf-8")  # base64: 7-bit safe
    msg: Message = body
    if mail.attachments:
        msg = MIMEMultipart("mixed")
        del body["MIME-Version"]  # once, on the whole message
        msg.attach(body)
        for att in mail.attachments:
            maintype, _, subtype = att.content_type.partition("/")
            part = MIMEBase(maintype, subtype or "octet-stream")
            part.set_payload(att.data)
            encode_base64(part)
            name: str | tuple[str, str, str] = (
                att.filename if att.filename.isascii() else ("utf-8", "", att.filename)
            )
            part.add_header("Content-Disposition", "attachment", filename=name)
            msg.attach(part)
    msg["From"] = formataddr((mail.from_name, mail.from_addr), charset="utf-8")
    msg["To"] = _address("To", mail.to_addr)
    # compat32 folds a Header object itself (typeshed types the value as str)
    msg["Subject"] = _header("Subject", mail.subject)  # type: ignore[assignment]
    msg["Date"] = format_datetime(mail.date)
    msg["Message-ID"] = f"<{mail.message_id}>"
    if mail.in_reply_to:
        msg["In-Reply-To"] = f"<{mail.in_reply_to}>"
    chain = thread_chain(mail.in_reply_to, mail.references)
    if chain:
        msg["References"] = " ".join(f"<{r}>" for r in chain)
    msg["Content-Language"] = "ja, en"
    msg["Auto-Submitted"] = "no"
    return msg.as_bytes(policy=_WIRE)


def as_draft(raw: bytes) -> bytes:
    """The message marked as a draft (``X-Unsent: 1``) for saving as ``.eml``."""
    if raw.startswith(b"X-Unsent:"):
        return raw
    return b"X-Unsent: 1\r\n" + raw


def without_draft_mark(raw: bytes) -> bytes:
    return raw.removeprefix(b"X-Unsent: 1\r\n")
