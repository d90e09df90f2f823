"""Repairs on the way in and out of the parser: what damaged or odd mail needs.

* :func:`unfold_boundaries`: Outlook 2000 folds a long ``boundary="..."`` inside the quotes.
* :func:`cleaned`: every text field of a parsed message without NUL (PostgreSQL text refuses
  it) and without lone surrogates (no encoding accepts them), so it can be stored and printed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ssw_desk.mail.model import ParsedMail

__all__ = ["cleaned", "unfold_boundaries"]


_FOLDED_BOUNDARY = re.compile(rb'(?i)(boundary\s*=\s*")([^"\r\n]*(?:\r?\n[ \t]+[^"\r\n]*)+)"')


def unfold_boundaries(raw: bytes) -> bytes:
    """Outlook 2000 folds long ``boundary="..."`` values inside the quotes while its
    delimiter lines carry the value unbroken: join the pieces when the body agrees.

    Only the places where ``oundary`` occurs are looked at (a regex over a whole message of
    photos costs more than parsing it)."""
    out, done, at = [], 0, raw.find(b"oundary")
    while at > 0:
        m = _FOLDED_BOUNDARY.match(raw, at - 1)
        if m is not None:
            joined = re.sub(rb"\r?\n[ \t]+", b"", m.group(2))
            folded = re.sub(rb"\r?\n", b"", m.group(2))
            if b"--" + folded not in raw and b"--" + joined in raw:
                out += [raw[done : m.start()], m.group(1), joined, b'"']
                done = m.end()
        at = raw.find(b"oundary", max(at + 1, done))
    return b"".join([*out, raw[done:]]) if out else raw


_UNSAFE = re.compile(r"[\x00\ud800-\udfff]")


def _clean(text: str) -> str:
    """No NUL (PostgreSQL text refuses it) and no lone surrogates (no encoding accepts them)."""
    if not _UNSAFE.search(text):
        return text
    return text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8", "replace")


def _clean_opt(text: str | None) -> str | None:
    return None if text is None else _clean(text)


def cleaned(mail: ParsedMail) -> ParsedMail:
    """The message with every text field safe to store and to print."""
    return replace(
        mail,
        message_id=_clean_opt(mail.message_id),
        in_reply_to=_clean_opt(mail.in_reply_to),
        references=tuple(_clean(r) for r in mail.references),
        subject=_clean(mail.subject),
        sender=_clean(mail.sender),
        sender_name=_clean(mail.sender_name),
        body_text=_clean(mail.body_text),
        new_text=_clean(mail.new_text),
        attachments=tuple(
            replace(
                a,
                filename=_clean_opt(a.filename),
                content_type=_clean(a.content_type),
                content_id=_clean_opt(a.content_id),
            )
            for a in mail.attachments
        ),
        forwarded_texts=tuple(_clean(t) for t in mail.forwarded_texts),
    )
