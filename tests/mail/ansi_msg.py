"""Non-Unicode (ANSI) Outlook .msg files: PtypString8 properties in the message's code page,
as Outlook 2002 and older (and "Outlook 97-2003 format, non-Unicode" saves) write them."""

from __future__ import annotations

import struct

from .cfb import Storage, write_cfb

PT_INT32 = 0x0003
PT_STRING8 = 0x001E


def ansi_msg(*, subject: str, body: str, sender: str, codepage: int = 932) -> bytes:
    """A .msg whose strings are PtypString8 in ``codepage`` (PidTagMessageCodepage)."""
    encoding = f"cp{codepage}"
    strings = {
        0x001A: "IPM.Note",
        0x0037: subject,
        0x0C1A: "送信者",
        0x0C1F: sender,
        0x0C1E: "SMTP",
        0x5D01: sender,
        0x1000: body,
    }
    storage = Storage()
    records = [struct.pack("<8xIIII", 1, 0, 1, 0) + b"\0" * 8]
    numbers = {0x3FFD: codepage, 0x3FDE: codepage, 0x340D: 0}  # not Unicode-capable
    for pid, value in sorted({**strings, **numbers}.items()):
        if isinstance(value, str):
            data = value.replace("\n", "\r\n").encode(encoding) + b"\0"
            storage.streams[f"__substg1.0_{pid:04X}{PT_STRING8:04X}"] = data
            records.append(struct.pack("<HHIIi", PT_STRING8, pid, 6, len(data), 0))
        else:
            records.append(struct.pack("<HHIQ", PT_INT32, pid, 6, value))
    storage.streams["__properties_version1.0"] = b"".join(records)
    storage.storages["__nameid_version1.0"] = Storage(
        streams={f"__substg1.0_000{n}0102": b"" for n in (2, 3, 4)}
    )
    return write_cfb(storage)
