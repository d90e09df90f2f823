"""A minimal writer of OLE2 compound files (MS-CFB, version 3) for test fixtures.

Neither olefile nor python-oxmsg can create a compound file, so the Outlook .msg fixtures are
written with this: 512-byte sectors, streams under 4096 bytes in the mini stream (as the
format requires), directory siblings in a balanced binary tree ordered by (length, upper-case
name), all nodes black. Enough for olefile/python-oxmsg, which is all the tests need.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

__all__ = ["Storage", "write_cfb"]

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREESECT = 0xFFFFFFFF
ENDOFCHAIN = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF


@dataclass
class Storage:
    """A folder of the compound file: named streams and sub-storages."""

    streams: dict[str, bytes] = field(default_factory=dict)
    storages: dict[str, Storage] = field(default_factory=dict)


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM
    start: int = ENDOFCHAIN
    size: int = 0


def _flatten(root: Storage) -> list[_Entry]:
    entries = [_Entry("Root Entry", 5)]

    def add(storage: Storage, parent: int) -> None:
        for name, data in storage.streams.items():
            entries.append(_Entry(name, 2, data=data, size=len(data)))
            entries[parent].children.append(len(entries) - 1)
        for name, sub in storage.storages.items():
            entries.append(_Entry(name, 1))
            index = len(entries) - 1
            entries[parent].children.append(index)
            add(sub, index)

    add(root, 0)
    return entries


def _link_tree(entries: list[_Entry]) -> None:
    def build(ids: list[int]) -> int:
        if not ids:
            return NOSTREAM
        mid = len(ids) // 2
        node = entries[ids[mid]]
        node.left = build(ids[:mid])
        node.right = build(ids[mid + 1 :])
        return ids[mid]

    for entry in entries:
        ordered = sorted(
            entry.children, key=lambda i: (len(entries[i].name), entries[i].name.upper())
        )
        entry.child = build(ordered)


def _chain(fat: list[int], start: int, count: int) -> None:
    for i in range(count):
        fat[start + i] = start + i + 1 if i < count - 1 else ENDOFCHAIN


def _sectors(length: int, size: int = SECTOR) -> int:
    return (length + size - 1) // size


def write_cfb(root: Storage) -> bytes:
    """Serialise ``root`` as a compound file."""
    entries = _flatten(root)
    _link_tree(entries)
    mini_stream = bytearray()
    minifat: list[int] = []
    big: list[_Entry] = []
    for entry in entries:
        if entry.kind != 2 or not entry.data:
            continue
        if len(entry.data) < CUTOFF:
            entry.start = len(minifat)
            count = _sectors(len(entry.data), MINI)
            minifat.extend(range(entry.start + 1, entry.start + count))
            minifat.append(ENDOFCHAIN)
            mini_stream += entry.data.ljust(count * MINI, b"\0")
        else:
            big.append(entry)
    sector_data: list[bytes] = []
    fat_plan: list[tuple[int, int]] = []  # (start, count) chains

    def place(data: bytes) -> int:
        start = len(sector_data)
        count = max(1, _sectors(len(data)))
        padded = data.ljust(count * SECTOR, b"\0")
        sector_data.extend(padded[i * SECTOR : (i + 1) * SECTOR] for i in range(count))
        fat_plan.append((start, count))
        return start

    for entry in big:
        entry.start = place(entry.data)
    root_entry = entries[0]
    if mini_stream:
        root_entry.start = place(bytes(mini_stream))
        root_entry.size = len(mini_stream)
    minifat_start = place(struct.pack(f"<{len(minifat)}I", *minifat)) if minifat else ENDOFCHAIN
    minifat_count = _sectors(len(minifat) * 4) if minifat else 0
    directory = b"".join(_dir_entry(e) for e in entries)
    directory += _empty_dir_entry() * (-len(entries) % (SECTOR // 128))
    dir_start = place(directory)
    n_fat = 1
    while (len(sector_data) + n_fat) > n_fat * (SECTOR // 4):
        n_fat += 1
    fat = [FREESECT] * (n_fat * SECTOR // 4)
    for start, count in fat_plan:
        _chain(fat, start, count)
    fat_start = len(sector_data)
    for i in range(n_fat):
        fat[fat_start + i] = FATSECT
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    difat = [fat_start + i for i in range(n_fat)] + [FREESECT] * (109 - n_fat)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"\0" * 16,
        0x003E,
        0x0003,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        n_fat,
        dir_start,
        0,
        CUTOFF,
        minifat_start,
        minifat_count,
        ENDOFCHAIN,
        0,
    ) + struct.pack("<109I", *difat)
    return header + b"".join(sector_data) + fat_bytes


def _dir_entry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le") + b"\0\0"
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name,
        len(name),
        entry.kind,
        1,  # black
        entry.left,
        entry.right,
        entry.child,
        b"\0" * 16,
        0,
        0,
        0,
        entry.start if entry.kind != 1 else 0,
        entry.size,
    )


def _empty_dir_entry() -> bytes:
    return struct.pack(
        "<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM, b"\0" * 16, 0, 0, 0, 0, 0
    )
