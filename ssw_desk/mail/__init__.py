"""Mail intake: raw mail bytes (.eml, mbox, Maildir, Outlook .msg) to parsed messages.

No Qt and no database here. :func:`iter_sources` finds messages on disk, :func:`parse_mail`
turns one into a :class:`ParsedMail` or raises a :class:`MailError` whose code says why it
goes to quarantine. Log messages never contain bodies, names or addresses.
"""

from ssw_desk.mail.model import (
    MAIL_ERROR_CODES,
    MailAttachment,
    MailError,
    MailSource,
    ParsedMail,
)
from ssw_desk.mail.parse import parse_mail
from ssw_desk.mail.quoting import strip_quoted
from ssw_desk.mail.sources import iter_sources

__all__ = [
    "MAIL_ERROR_CODES",
    "MailAttachment",
    "MailError",
    "MailSource",
    "ParsedMail",
    "iter_sources",
    "parse_mail",
    "strip_quoted",
]
