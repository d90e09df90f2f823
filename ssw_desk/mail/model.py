"""The parsed form of one e-mail, and the error that quarantines one."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from ssw_desk.errors import DeskError

__all__ = ["MAIL_ERROR_CODES", "MailAttachment", "MailError", "MailSource", "ParsedMail"]

#: Every code a :class:`MailError` can carry.
MAIL_ERROR_CODES: tuple[str, ...] = (
    "mail.not_email",
    "mail.truncated",
    "mail.undecodable",
    "mail.no_body",
    "mail.empty",
    "mail.msg_unreadable",
)


class MailError(DeskError):
    """A message that cannot be imported and goes to quarantine.

    Attributes:
        code: One of :data:`MAIL_ERROR_CODES`.
        detail: Technical context for logs; never personal data.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        if code not in MAIL_ERROR_CODES:
            raise ValueError(f"unknown mail error code {code!r}")
        super().__init__(code, detail)


@dataclass(frozen=True)
class MailAttachment:
    """One attached file or inline image.

    Attributes:
        filename: Decoded file name, or None when the client gave none.
        content_type: Declared MIME type, lower case, without parameters.
        data: The decoded payload.
        inline: Content-Disposition inline, or referenced by ``cid:`` from the HTML body.
        content_id: Content-ID without ``<>``, or None.
        truncated: The file is visibly cut short (incomplete base64, an image without its
            end marker): kept as it is and reported as ``file.truncated``.
    """

    filename: str | None
    content_type: str
    data: bytes
    inline: bool
    content_id: str | None
    truncated: bool = False

    @cached_property
    def sha256(self) -> str:
        """SHA-256 of ``data`` (hex), computed once: intake needs it for the duplicate check,
        the stored blob and the attachment row."""
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class ParsedMail:
    """The readable content of one e-mail.

    Attributes:
        message_id: Message-ID without ``<>``.
        in_reply_to: First id of In-Reply-To without ``<>``.
        references: The ids of References without ``<>``, oldest first.
        subject: Decoded subject.
        sender: Bare From address in lower case ('' if none).
        sender_name: Decoded display name of the sender ('' if none).
        date: Timezone-aware Date (UTC when no zone was given); None if absent or unparseable.
        body_text: The whole readable text: text/plain preferred, else HTML converted.
        new_text: ``body_text`` without quoted reply history (see :func:`strip_quoted`).
        attachments: Attachments and inline images, including those of forwarded messages.
        forwarded_texts: Body texts of attached ``message/rfc822`` parts (and embedded .msg).
        source_format: ``eml`` or ``msg``.
        signed: The message was S/MIME-signed (the signed content is what was read).
    """

    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    sender: str
    sender_name: str
    date: datetime | None
    body_text: str
    new_text: str
    attachments: tuple[MailAttachment, ...]
    forwarded_texts: tuple[str, ...]
    source_format: str
    signed: bool = False


@dataclass(frozen=True)
class MailSource:
    """One message as found on disk, before parsing.

    Attributes:
        origin: Human-readable place: a path, ``path.mbox#12`` (1-based) or a Maildir file.
        raw: The bytes exactly as stored (an mbox message without its ``From`` line);
            ``b''`` when the file could not be read.
        source_format: ``eml`` or ``msg``.
    """

    origin: str
    raw: bytes
    source_format: str
