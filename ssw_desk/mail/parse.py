"""Parse RFC 5322 / MIME bytes into a :class:`ParsedMail`, or quarantine them.

Structure rules:

* ``multipart/alternative``: the text/plain alternative is preferred when it has text, else the
  HTML one is converted. Attachments of every alternative are kept (inline images of an HTML
  alternative inside ``multipart/related``).
* ``multipart/related``: the root part (``start`` parameter, else the first) is the body; the
  other parts are inline resources.
* ``message/rfc822`` (and ``message/global``): a forwarded message. Its body goes to
  ``forwarded_texts``, its attachments to ``attachments``; the part itself is not an attachment.
* A text part with a file name or ``Content-Disposition: attachment`` is an attachment; other
  text parts are body text, concatenated in order (Apple Mail interleaves text and images).

Quarantine rules (:class:`MailError` codes):

* ``mail.empty``: no bytes, or only whitespace.
* ``mail.not_email``: binary bytes (NUL) or no RFC 5322 header block (the first line must be a
  header, and ``From`` or two other well-known headers must be present).
* ``mail.truncated``: the file ends inside the header block; or a multipart lacks its closing
  boundary *and* its last part is visibly cut (incomplete or empty base64, a JPEG without its
  end marker, a PNG without IEND); or a single-part base64 body is incomplete. A multipart whose
  closing boundary is missing but whose content is complete is accepted: some clients and
  archivers drop the final ``--boundary--`` line.
* ``mail.undecodable``: a body text part cannot be decoded in any charset; also any
  unexpected failure of the parser on damaged bytes (logged at ERROR with the code location).
* ``mail.no_body``: no readable text, no forwarded text and no attachments.
"""

from __future__ import annotations

import logging
import re
import traceback
from dataclasses import dataclass, field, replace
from email import errors as email_errors
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

from ssw_desk.mail.decode import (
    UndecodableError,
    data_cut,
    decode_bytes,
    looks_binary,
    sniff_html_charset,
)
from ssw_desk.mail.headers import (
    decode_header_value,
    get_raw,
    header_params,
    message_ids,
    parse_date,
    parse_sender,
)
from ssw_desk.mail.html import cid_references, html_to_text, remove_html_quotes
from ssw_desk.mail.model import MailAttachment, MailError, ParsedMail
from ssw_desk.mail.msg import OLE_MAGIC, parse_msg
from ssw_desk.mail.quoting import strip_quoted
from ssw_desk.mail.repair import cleaned, unfold_boundaries
from ssw_desk.mail.smime import SIGNATURE_TYPES, is_opaque_signed, opaque_content

__all__ = ["parse_eml", "parse_mail"]

log = logging.getLogger(__name__)

_HEADER_LINE = re.compile(rb"^[\x21-\x39\x3b-\x7e]+[ \t]*:")
_KNOWN_HEADERS = frozenset(
    {
        b"from",
        b"to",
        b"cc",
        b"subject",
        b"date",
        b"message-id",
        b"received",
        b"mime-version",
        b"content-type",
        b"return-path",
        b"delivered-to",
        b"reply-to",
        b"sender",
        b"x-mailer",
        b"user-agent",
        b"in-reply-to",
        b"references",
    }
)
_LINE_END = re.compile(rb"\r\n|\r|\n")
_MAX_DEPTH = 20  # nested forwards beyond this are treated as opaque attachments


class _Segment:
    """One body text part: its text, and its HTML source when it was HTML (then converted
    only when asked: the HTML twin of a plain-text part is never read as text)."""

    def __init__(self, text: str | None, html: str | None = None) -> None:
        self._text = text
        self.html = html

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = html_to_text(self.html or "")
        return self._text


@dataclass
class _Collected:
    segments: list[_Segment] = field(default_factory=list)
    attachments: list[MailAttachment] = field(default_factory=list)
    forwarded: list[str] = field(default_factory=list)
    html_sources: list[str] = field(default_factory=list)
    signed: bool = False


def _check_is_email(raw: bytes) -> None:
    """Raise ``mail.not_email`` or ``mail.truncated`` when the header block is wrong or cut."""
    head = raw[:65536]
    if head.count(b"\x00") > len(head) // 8:  # binary data, not text with a stray NUL
        raise MailError("mail.not_email", "binary data")
    lines = raw.replace(b"\x00", b"").splitlines()
    if not lines or not _HEADER_LINE.match(lines[0]):
        raise MailError("mail.not_email", "no header block")
    names: set[bytes] = set()
    ended = False
    for line in lines:
        if not line.strip():
            ended = True
            break
        if line[:1] in (b" ", b"\t"):
            continue
        if not _HEADER_LINE.match(line):
            ended = True  # body without the blank separator line: the parser copes
            break
        names.add(line.split(b":", 1)[0].strip().lower())
    known = names & _KNOWN_HEADERS
    if not known:
        raise MailError("mail.not_email", "no mail headers")
    if not ended:
        raise MailError("mail.truncated", "ends inside the header block")


def _content_type(part: Message) -> tuple[str, dict[str, str]]:
    ctype, params = header_params(get_raw(part, "content-type"))
    if "/" not in ctype:
        ctype = part.get_default_type()
    return ctype, params


def _payload_bytes(part: Message) -> bytes:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _base64_text(part: Message) -> str | None:
    """The raw base64 text of a leaf part (whitespace removed), or None if not base64."""
    cte = (get_raw(part, "content-transfer-encoding") or "").strip().lower()
    if cte != "base64":
        return None
    payload = part.get_payload()
    return re.sub(r"\s+", "", payload) if isinstance(payload, str) else ""


def _looks_cut(part: Message, data: bytes | None = None) -> bool:
    """True when a leaf part's content is visibly incomplete (``data``: its decoded bytes,
    when the caller has them already)."""
    if _base64_cut(part):
        return True
    return data_cut(_payload_bytes(part) if data is None else data)


def _base64_cut(part: Message) -> bool:
    """A base64 part that is empty or not a whole number of 4-character groups."""
    cte = (get_raw(part, "content-transfer-encoding") or "").strip().lower()
    if cte != "base64":
        return False
    payload = part.get_payload()
    if not isinstance(payload, str):
        return True
    size = len(payload) - sum(payload.count(c) for c in " \t\r\n")
    return size == 0 or size % 4 != 0


def _check_truncated(msg: Message) -> None:
    parts = list(msg.walk())
    leaves = [p for p in parts if not p.is_multipart()]
    if not leaves:
        return
    if not msg.is_multipart():
        b64 = _base64_text(msg)
        if b64 is not None and b64 and len(b64) % 4:
            raise MailError("mail.truncated", "incomplete base64 body")
        return
    unclosed = any(
        isinstance(d, email_errors.CloseBoundaryNotFoundDefect) for p in parts for d in p.defects
    )
    last = leaves[-1]
    if unclosed and _looks_cut(last):
        ctype, params = _content_type(last)
        if _is_body_text(last, ctype, params) or len(leaves) == 1:
            raise MailError("mail.truncated", "missing closing boundary and cut text")
        # a cut attachment is kept and reported on the attachment (file.truncated)


def _text_of(part: Message, ctype: str, params: dict[str, str]) -> _Segment:
    """Decode a body text part. Raises UndecodableError."""
    data = _payload_bytes(part)
    if ctype == "text/html":
        charset = params.get("charset") or sniff_html_charset(data)
        html = decode_bytes(data, charset)
        return _Segment(None, html)
    return _Segment(decode_bytes(data, params.get("charset")).rstrip())


def _attachment(part: Message, ctype: str, params: dict[str, str]) -> MailAttachment:
    disposition, dparams = header_params(get_raw(part, "content-disposition"))
    filename = dparams.get("filename") or params.get("name") or None
    content_id = (get_raw(part, "content-id") or "").strip().strip("<>").strip() or None
    data = _payload_bytes(part)
    return MailAttachment(
        filename=filename,
        content_type=ctype,
        data=data,
        inline=disposition == "inline",
        content_id=content_id,
        truncated=_looks_cut(part, data),
    )


def _is_body_text(part: Message, ctype: str, params: dict[str, str]) -> bool:
    if ctype not in ("text/plain", "text/html"):
        return False
    disposition, dparams = header_params(get_raw(part, "content-disposition"))
    return disposition != "attachment" and "filename" not in dparams and "name" not in params


def _walk_alternative(children: list[Message], acc: _Collected, depth: int, strict: bool) -> None:
    collected = []
    for child in children:
        sub = _Collected()
        _walk(child, sub, depth, strict)
        collected.append(sub)
        acc.attachments.extend(sub.attachments)
        acc.html_sources.extend(sub.html_sources)
    with_plain = [
        c for c in collected if any(s.html is None and s.text.strip() for s in c.segments)
    ]
    with_text = (c for c in reversed(collected) if any(s.text.strip() for s in c.segments))
    chosen = with_plain[0] if with_plain else next(with_text, None)
    if chosen is not None:
        acc.segments.extend(chosen.segments)
        acc.forwarded.extend(chosen.forwarded)


def _walk_related(
    part: Message, children: list[Message], acc: _Collected, depth: int, strict: bool
) -> None:
    _, params = _content_type(part)
    start = params.get("start", "").strip("<> ")
    root = next(
        (c for c in children if (get_raw(c, "content-id") or "").strip("<> ") == start and start),
        children[0],
    )
    for child in children:
        if child is root:
            _walk(child, acc, depth, strict)
        else:
            _walk(child, acc, depth, strict, resource=True)


def _walk(part: Message, acc: _Collected, depth: int, strict: bool, resource: bool = False) -> None:
    ctype, params = _content_type(part)
    payload = part.get_payload()
    if ctype in ("message/rfc822", "message/global") and depth < _MAX_DEPTH:
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, Message):
            sub = _collect(inner, depth + 1, strict=False)
            acc.forwarded.append(_body_text(sub))
            acc.forwarded.extend(sub.forwarded)
            acc.attachments.extend(sub.attachments)
            acc.html_sources.extend(sub.html_sources)
            return
    if part.is_multipart() and isinstance(payload, list):
        children = [c for c in payload if isinstance(c, Message)]
        if not children:
            return
        if ctype == "multipart/signed":
            # the content is the first part; the signature is noted, not an attachment
            acc.signed = True
            for child in children:
                if _content_type(child)[0] not in SIGNATURE_TYPES:
                    _walk(child, acc, depth, strict)
            return
        if ctype == "multipart/alternative":
            _walk_alternative(children, acc, depth, strict)
        elif ctype == "multipart/related":
            _walk_related(part, children, acc, depth, strict)
        else:
            for child in children:
                _walk(child, acc, depth, strict)
        return
    if _opaque_signed(part, acc, ctype, params, depth, strict):
        return
    if not resource and _is_body_text(part, ctype, params):
        try:
            segment = _text_of(part, ctype, params)
        except UndecodableError as exc:
            # Keep what can be read (each bad byte becomes one replacement mark), unless the
            # part is not text at all.
            segment = _Segment(_lossy(_payload_bytes(part), params.get("charset")))
            if strict and looks_binary(segment.text.replace("\ufffd", "\x01")):
                raise MailError("mail.undecodable", f"{ctype} part") from exc
        acc.segments.append(segment)
        if segment.html is not None:
            acc.html_sources.append(segment.html)
        return
    acc.attachments.append(_attachment(part, ctype, params))


def _opaque_signed(
    part: Message, acc: _Collected, ctype: str, params: dict[str, str], depth: int, strict: bool
) -> bool:
    """Reads the content of an opaque-signed part (``smime.p7m``); False when it is none."""
    filename = header_params(get_raw(part, "content-disposition"))[1].get("filename")
    if depth >= _MAX_DEPTH or not is_opaque_signed(ctype, params, filename or params.get("name")):
        return False
    content = opaque_content(_payload_bytes(part))
    if content is None:
        return False
    acc.signed = True
    _walk(BytesParser(policy=compat32).parsebytes(content), acc, depth + 1, strict)
    return True


def _lossy(data: bytes, charset: str | None) -> str:
    try:
        text = data.decode(charset or "utf-8", errors="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
    return text.replace("\x00", "").replace("\r\n", "\n")


def _collect(msg: Message, depth: int, strict: bool) -> _Collected:
    acc = _Collected()
    _walk(msg, acc, depth, strict)
    return acc


def _body_text(acc: _Collected) -> str:
    return "\n\n".join(s.text.strip("\n") for s in acc.segments if s.text.strip()).rstrip()


def _new_text(acc: _Collected, body_text: str) -> str:
    parts = []
    for segment in acc.segments:
        if segment.html is not None:
            text = html_to_text(remove_html_quotes(segment.html)) or segment.text
        else:
            text = segment.text
        if text.strip():
            parts.append(strip_quoted(text).strip("\n"))
    new_text = "\n\n".join(p for p in parts if p.strip()).rstrip()
    return new_text if new_text.strip() else body_text


def _mark_inline(acc: _Collected) -> tuple[MailAttachment, ...]:
    referenced: set[str] = set()
    for html in acc.html_sources:
        referenced |= cid_references(html)
    result = []
    for att in acc.attachments:
        is_ref = att.content_id is not None and att.content_id.lower() in referenced
        result.append(att if att.inline or not is_ref else _replace_inline(att))
    return tuple(result)


def _replace_inline(att: MailAttachment) -> MailAttachment:
    return replace(att, inline=True)


def parse_eml(raw: bytes) -> ParsedMail:
    """Parse RFC 5322 bytes (see the module docstring for the rules).

    Raises:
        MailError: With one of the quarantine codes.
    """
    raw = raw.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n\x00")
    if raw.startswith(b"From "):  # an mbox envelope line left on a single saved message
        parts = _LINE_END.split(raw, 1)
        raw = parts[-1] if len(parts) == 2 else b""
    _check_is_email(raw)
    msg = BytesParser(policy=compat32).parsebytes(unfold_boundaries(raw))
    _check_truncated(msg)
    acc = _collect(msg, depth=0, strict=True)
    body_text = _body_text(acc)
    attachments = _mark_inline(acc)
    forwarded = tuple(t for t in acc.forwarded if t.strip())
    if not body_text.strip() and not attachments and not forwarded:
        raise MailError("mail.no_body")
    sender, sender_name = parse_sender(get_raw(msg, "from"))
    ids = message_ids(get_raw(msg, "message-id"))
    reply_ids = message_ids(get_raw(msg, "in-reply-to"))
    log.debug("parsed eml: %d attachments, %d forwarded", len(attachments), len(forwarded))
    return ParsedMail(
        message_id=ids[0] if ids else None,
        in_reply_to=reply_ids[0] if reply_ids else None,
        references=message_ids(get_raw(msg, "references")),
        subject=decode_header_value(get_raw(msg, "subject")),
        sender=sender,
        sender_name=sender_name,
        date=parse_date(get_raw(msg, "date")),
        body_text=body_text,
        new_text=_new_text(acc, body_text),
        attachments=attachments,
        forwarded_texts=forwarded,
        source_format="eml",
        signed=acc.signed,
    )


def parse_mail(raw: bytes, *, source_format: str = "eml") -> ParsedMail:
    """Parse one message, e-mail bytes or an Outlook .msg file.

    The format is taken from the OLE2 magic number when present, so a mislabelled .msg is
    still read; ``source_format='msg'`` on bytes that are not OLE2 gives
    ``mail.msg_unreadable``.

    Args:
        raw: The message bytes.
        source_format: ``eml`` or ``msg`` (as found by :func:`iter_sources`).

    Returns:
        The parsed message.

    Raises:
        MailError: ``mail.empty``, ``mail.not_email``, ``mail.truncated``, ``mail.undecodable``,
            ``mail.no_body`` or ``mail.msg_unreadable``.
    """
    if not raw.strip():
        raise MailError("mail.empty")
    if source_format == "msg" or raw.startswith(OLE_MAGIC):
        return cleaned(parse_msg(raw))
    try:
        return cleaned(parse_eml(raw))
    except MailError:
        raise
    except Exception as exc:
        # A damaged message must not stop a whole import; the log names the place, never the
        # exception text (it can quote header bytes).
        where = traceback.extract_tb(exc.__traceback__)[-1]
        log.error("unexpected %s at %s:%s", type(exc).__name__, where.filename, where.lineno)
        raise MailError("mail.undecodable", f"unexpected {type(exc).__name__}") from exc
