"""Seeded mutants of real messages for the fuzz tests: the damage real mail suffers.

Operations: truncation, byte flips, header deletion and duplication, corrupt base64, wrong
charset labels, NUL bytes, deep nesting. ``realworld_folder()`` finds ``shared/mail/realworld``
beside the clone; tests that need it fail under CI (``CI`` set) and skip, saying so, elsewhere.
"""

from __future__ import annotations

import base64
import os
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def realworld_folder() -> Path:
    """The real-mail corpus folder; fails (CI) or skips (elsewhere) when it is absent."""
    for base in ROOT.parents:
        folder = base / "shared" / "mail" / "realworld" / "mail"
        if folder.is_dir():
            return folder
    reason = f"real-mail corpus not found beside {ROOT} (shared/mail/realworld/mail)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def _truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(1, max(2, len(raw)))]


def _flip(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 20)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def _header_lines(raw: bytes) -> tuple[list[bytes], bytes]:
    end = raw.find(b"\r\n\r\n")
    sep = b"\r\n"
    if end < 0:
        end, sep = raw.find(b"\n\n"), b"\n"
    if end < 0:
        return raw.split(b"\n"), b""
    return raw[:end].split(sep), raw[end:]


def _delete_header(rng: random.Random, raw: bytes) -> bytes:
    lines, rest = _header_lines(raw)
    if len(lines) > 1:
        del lines[rng.randrange(len(lines))]
    return b"\n".join(lines) + rest


def _duplicate_header(rng: random.Random, raw: bytes) -> bytes:
    lines, rest = _header_lines(raw)
    if lines:
        line = lines[rng.randrange(len(lines))]
        lines.insert(rng.randrange(len(lines) + 1), line)
    return b"\n".join(lines) + rest


def _corrupt_base64(rng: random.Random, raw: bytes) -> bytes:
    blocks = list(re.finditer(rb"(?m)^[A-Za-z0-9+/]{60,}={0,2}\r?$", raw))
    if not blocks:
        return _flip(rng, raw)
    data = bytearray(raw)
    for _ in range(rng.randint(1, 5)):
        m = rng.choice(blocks)
        pos = rng.randrange(m.start(), m.end())
        data[pos] = rng.choice(b"!*-_.~\x00\xff=")
    return bytes(data)


def _wrong_charset(rng: random.Random, raw: bytes) -> bytes:
    label = rng.choice([b"iso-2022-jp", b"shift_jis", b"utf-8", b"x-unknown", b"euc-jp", b"koi8-r"])
    out, n = re.subn(rb'(?i)charset="?[\w\-]+"?', b"charset=" + label, raw, count=3)
    return (
        out
        if n
        else raw.replace(b"\n\n", b"\nContent-Type: text/plain; charset=" + label + b"\n\n", 1)
    )


def _nul(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        data.insert(rng.randrange(len(data) + 1), 0)
    return bytes(data)


def _nest(rng: random.Random, raw: bytes) -> bytes:
    """The message forwarded inside itself, dozens of levels deep."""
    inner = raw
    for level in range(rng.randint(20, 60)):
        inner = (
            b"From: fwd@example.com\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\n'
            b"Content-Type: message/rfc822\r\n\r\n"
            % (level, level)
            + inner
            + b"\r\n--n%d--\r\n" % level
        )
    return inner


def _bad_encoded_words(rng: random.Random, raw: bytes) -> bytes:
    junk = base64.b64encode(rng.randbytes(12)).decode()
    return raw.replace(b"Subject:", f"Subject: =?x-bogus?B?{junk}?= =?utf-8?Q?=E3=81?=".encode(), 1)


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "truncate": _truncate,
    "flip": _flip,
    "delete_header": _delete_header,
    "duplicate_header": _duplicate_header,
    "corrupt_base64": _corrupt_base64,
    "wrong_charset": _wrong_charset,
    "nul": _nul,
    "nest": _nest,
    "bad_encoded_words": _bad_encoded_words,
}


def mutants(folder: Path, count: int, seed: int) -> list[tuple[str, bytes]]:
    """``count`` seeded mutants (name, bytes) of the files in ``folder`` (at most 2 MB each)."""
    rng = random.Random(seed)
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.stat().st_size < 2_000_000)
    out = []
    names = sorted(MUTATIONS)
    for index in range(count):
        path = rng.choice(files)
        raw = path.read_bytes()
        op = names[index % len(names)]
        out.append((f"{index:03d}-{op}-{path.name[:40]}", MUTATIONS[op](rng, raw)))
    return out
