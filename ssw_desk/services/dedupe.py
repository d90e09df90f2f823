"""When two inputs are the same message, and text that every database column accepts.

A message is a duplicate of a stored one only when it is the *same message*: the same raw
bytes, or the same Message-ID **and** the same decoded content. The content digest covers what
the sender wrote (body text, whitespace ignored, and the bytes of every attachment), never
what transport adds (Received, Return-Path, Delivered-To, DKIM ...), so one mail fetched twice
or saved once as ``.eml`` and once as ``.msg`` is one message, while a different message that
reuses a Message-ID is imported (and marked, see ``Message.message_id_reused``).
"""

from __future__ import annotations

import hashlib
import re
import traceback
import unicodedata

from ssw_desk.mail import ParsedMail

_SPACE = re.compile(r"\s+")


def content_sha(mail: ParsedMail) -> str:
    """SHA-256 of the decoded content: body text without whitespace, attachment bytes.

    Without a Message-ID the sender and subject count as content too (two people may send
    the same short text and the same file).
    """
    h = hashlib.sha256()
    text = unicodedata.normalize("NFC", mail.body_text or "".join(mail.forwarded_texts))
    h.update(_SPACE.sub("", text).encode("utf-8", "replace"))
    for sha in sorted(a.sha256 for a in mail.attachments):
        h.update(b"\0" + sha.encode())
    if not mail.message_id:
        h.update(b"\0" + mail.sender.encode("utf-8", "replace"))
        h.update(b"\0" + _SPACE.sub("", mail.subject).encode("utf-8", "replace"))
    return h.hexdigest()


def dedupe_key(mail: ParsedMail, content: str) -> str:
    """The unique key of a parsed incoming message (fixed length, whatever the id's)."""
    ident = (mail.message_id or "").encode("utf-8", "replace")
    return "mc:" + hashlib.sha256(ident + b"\0" + content.encode()).hexdigest()


def quarantine_key(raw_sha: str) -> str:
    return "sha256:" + raw_sha


_UNSAFE = re.compile(r"[\x00\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text any database stores: no NUL (PostgreSQL refuses it), no lone surrogates."""
    if not _UNSAFE.search(text):
        return text
    return text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8", "replace")


def safe_trace(exc: BaseException) -> str:
    """Where an exception happened, without its message (which can quote personal values,
    database errors quote the row): the type and the frames as file:line in function."""
    frames = traceback.extract_tb(exc.__traceback__)[-12:]
    lines = [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
    return f"{type(exc).__name__}\n" + "\n".join(lines)
