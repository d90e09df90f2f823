"""Build Outlook .msg files (MS-OXMSG) for tests, on top of the compound-file writer.

A Unicode .msg as Outlook saves it: ``IPM.Note``, PtypString properties in UTF-16-LE streams
``__substg1.0_PPPPTTTT``, fixed-size values inline in ``__properties_version1.0``, recipients in
``__recip_version1.0_#N``, attachments in ``__attach_version1.0_#N`` and an embedded message
(attach method 5) in the attachment's ``__substg1.0_3701000D`` storage.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .cfb import Storage, write_cfb

__all__ = ["MsgAttachment", "build_msg"]

PT_INT32 = 0x0003
PT_BOOL = 0x000B
PT_STRING = 0x001F
PT_TIME = 0x0040
PT_BINARY = 0x0102

Value = str | bytes | int | bool | datetime


@dataclass
class MsgAttachment:
    """An attachment of a test .msg: a file by value, or an embedded message."""

    filename: str = "file.bin"
    data: bytes = b""
    mime_type: str | None = None
    content_id: str | None = None
    embedded: dict[str, object] | None = field(default=None)  # kwargs for build_msg


def _property_type(value: Value) -> int:
    if isinstance(value, bool):
        return PT_BOOL
    if isinstance(value, int):
        return PT_INT32
    if isinstance(value, str):
        return PT_STRING
    if isinstance(value, datetime):
        return PT_TIME
    return PT_BINARY


def _storage_for(props: dict[int, Value], header: bytes) -> Storage:
    storage = Storage()
    records = [header]
    for pid, value in sorted(props.items()):
        ptyp = _property_type(value)
        tag = struct.pack("<HH", ptyp, pid)
        if isinstance(value, (str, bytes)):
            data = value.encode("utf-16-le") if isinstance(value, str) else value
            storage.streams[f"__substg1.0_{pid:04X}{ptyp:04X}"] = data
            size = len(data) + 2 if isinstance(value, str) else len(data)
            records.append(tag + struct.pack("<IIi", 6, size, 0))
        elif isinstance(value, datetime):
            ticks = int((value - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10**7)
            records.append(tag + struct.pack("<IQ", 6, ticks))
        else:
            records.append(tag + struct.pack("<IQ", 6, int(value)))
    storage.streams["__properties_version1.0"] = b"".join(records)
    return storage


def _message_storage(
    *,
    subject: str,
    sender_name: str,
    sender_email: str,
    body: str | None,
    html: bytes | None,
    codepage: int,
    sent: datetime | None,
    transport_headers: str | None,
    message_id: str | None,
    attachments: list[MsgAttachment],
    embedded: bool,
) -> Storage:
    props: dict[int, Value] = {
        0x001A: "IPM.Note",
        0x0037: subject,
        0x0C1A: sender_name,
        0x0C1F: sender_email,
        0x0C1E: "SMTP",
        0x5D01: sender_email,
        0x0042: sender_name,
        0x340D: 0x00040000,  # store supports Unicode
        0x3FDE: codepage,
    }
    if body is not None:
        props[0x1000] = body
    if html is not None:
        props[0x1013] = html
    if sent is not None:
        props[0x0039] = sent
    if transport_headers is not None:
        props[0x007D] = transport_headers
    if message_id is not None:
        props[0x1035] = message_id
    header = struct.pack("<8xIIII", 1, len(attachments), 1, len(attachments))
    storage = _storage_for(props, header if embedded else header + b"\0" * 8)
    recipient = _storage_for(
        {0x3001: "SSW Secretariat", 0x3003: "desk@example.jp", 0x0C15: 1}, b"\0" * 8
    )
    storage.storages["__recip_version1.0_#00000000"] = recipient
    for number, att in enumerate(attachments):
        storage.storages[f"__attach_version1.0_#{number:08X}"] = _attachment_storage(att, number)
    if not embedded:
        storage.storages["__nameid_version1.0"] = Storage(
            streams={
                "__substg1.0_00020102": b"",
                "__substg1.0_00030102": b"",
                "__substg1.0_00040102": b"",
            }
        )
    return storage


def _attachment_storage(att: MsgAttachment, number: int) -> Storage:
    if att.embedded is not None:
        props: dict[int, Value] = {0x3705: 5, 0x0E21: number, 0x3001: att.filename}
        storage = _storage_for(props, b"\0" * 8)
        inner = dict(att.embedded)
        storage.storages["__substg1.0_3701000D"] = _message_storage(
            **_defaults(inner), embedded=True
        )
        return storage
    props = {
        0x3705: 1,
        0x0E21: number,
        0x3707: att.filename,
        0x3704: att.filename[:12],
        0x3701: att.data,
    }
    if att.mime_type:
        props[0x370E] = att.mime_type
    if att.content_id:
        props[0x3712] = att.content_id
    return _storage_for(props, b"\0" * 8)


def _defaults(kwargs: dict[str, object]) -> dict[str, object]:
    values: dict[str, object] = {
        "subject": "",
        "sender_name": "",
        "sender_email": "",
        "body": None,
        "html": None,
        "codepage": 65001,
        "sent": None,
        "transport_headers": None,
        "message_id": None,
        "attachments": [],
    }
    values.update(kwargs)
    return values


def build_msg(**kwargs: object) -> bytes:
    """Build a .msg file.

    Args:
        **kwargs: ``subject``, ``sender_name``, ``sender_email``, ``body`` (plain text),
            ``html`` (bytes in ``codepage``), ``codepage`` (PidTagInternetCodepage, default
            65001), ``sent`` (datetime), ``transport_headers`` (RFC 5322 header block),
            ``message_id``, ``attachments`` (list of :class:`MsgAttachment`).

    Returns:
        The bytes of the compound file.
    """
    return write_cfb(_message_storage(**_defaults(kwargs), embedded=False))  # type: ignore[arg-type]
