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
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

#: Separates the Japanese text from the English one.
SEPARATOR = "-" * 60
#: Threads keep at most this many References (the newest ones).
MAX_REFERENCES = 20


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


def build(mail: Outgoing) -> bytes:
    """The complete RFC 5322 message (CRLF line ends, 7-bit transfer encodings)."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = Address(display_name=mail.from_name, addr_spec=mail.from_addr)
    msg["To"] = mail.to_addr
    msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(mail.date)
    msg["Message-ID"] = f"<{mail.message_id}>"
    if mail.in_reply_to:
        msg["In-Reply-To"] = f"<{mail.in_reply_to}>"
    chain = thread_chain(mail.in_reply_to, mail.references)
    if chain:
        msg["References"] = " ".join(f"<{r}>" for r in chain)
    msg["Content-Language"] = "ja, en"
    msg["Auto-Submitted"] = "no"
    msg.set_content(body_text(mail), subtype="plain", charset="utf-8", cte="base64")
    for att in mail.attachments:
        maintype, _, subtype = att.content_type.partition("/")
        msg.add_attachment(
            att.data, maintype=maintype, subtype=subtype or "octet-stream", filename=att.filename
        )
    return msg.as_bytes()


def as_draft(raw: bytes) -> bytes:
    """The message marked as a draft (``X-Unsent: 1``) for saving as ``.eml``."""
    if raw.startswith(b"X-Unsent:"):
        return raw
    return b"X-Unsent: 1\r\n" + raw


def without_draft_mark(raw: bytes) -> bytes:
    return raw.removeprefix(b"X-Unsent: 1\r\n")
