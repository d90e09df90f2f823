"""Personal values sealed in their columns, and the keyed indexes that keep them searchable.

A sealed value is stored as text ``ssw1:<key id>:<base64>``:

* ``SealedText`` / ``SealedDate`` / ``SealedJSON``: AES-256-GCM with the desk key and a random
  nonce, the column's name as associated data (a value copied into another column does not
  open). Equal values give different ciphertexts; such columns are never compared in SQL.
* ``SealedExact``: AES-SIV (deterministic) for the exam number, which is looked up by equality
  (the roster's primary key, a request's other requests): ``col == value`` and ``col.in_()``
  keep working because the bound value is sealed the same way. Equal numbers show as equal
  ciphertexts, nothing more (the same as a blind index).

Indexes (no key, no meaning): :func:`blind` is a keyed HMAC of a normalised value (the sender
address), :func:`name_tokens` the keyed HMAC tokens of a name's words and their 2- and
3-letter pieces, so "part of a name" is a set of token lookups. Every key is derived from the
desk key, so ``ssw-desk key rotate`` re-seals the values and recomputes the indexes
(:mod:`ssw_desk.storage.sealing`).

Values written before this scheme (plain text, ISO dates, JSON) are read as they are until
the start-up conversion seals them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import unicodedata
from datetime import date
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, AESSIV
from sqlalchemy import Integer, Text, literal
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator

from ssw_desk.errors import DeskError
from ssw_desk.storage.crypto import BlobKey, desk_key

PREFIX = "ssw1:"


@lru_cache(maxsize=8)
def _subkey(key: bytes, purpose: bytes, size: int) -> bytes:
    return hmac.new(key, b"ssw-desk " + purpose, hashlib.sha512).digest()[:size]


def seal(value: str, column: str, key: BlobKey, *, exact: bool = False) -> str:
    """The stored form of ``value`` (text) in ``column``, sealed with ``key``."""
    data = value.encode()
    if exact:
        sealed = AESSIV(_subkey(key.key, b"siv", 64)).encrypt(data, [column.encode()])
    else:
        nonce = os.urandom(12)
        sealed = nonce + AESGCM(key.key).encrypt(nonce, data, column.encode())
    return f"{PREFIX}{key.key_id}:{base64.b64encode(sealed).decode()}"


def is_sealed(stored: str) -> bool:
    return stored.startswith(PREFIX)


def key_id_of(stored: str) -> str | None:
    return stored[len(PREFIX) : len(PREFIX) + 8] if is_sealed(stored) else None


def unseal(stored: str, column: str, keys: list[BlobKey], *, exact: bool = False) -> str:
    """The text sealed in ``stored`` (returned unchanged when it is not sealed).

    Raises:
        DeskError: ``storage.key_mismatch`` (sealed with none of ``keys``) or
            ``storage.sealed_damaged`` (the value does not open: altered or moved).
    """
    if not is_sealed(stored):
        return stored
    key_id = key_id_of(stored)
    key = next((k for k in keys if k.key_id == key_id), None)
    if key is None:
        raise DeskError("storage.key_mismatch", f"value sealed with {key_id}")
    raw = base64.b64decode(stored[len(PREFIX) + 9 :])
    try:
        if exact:
            plain = AESSIV(_subkey(key.key, b"siv", 64)).decrypt(raw, [column.encode()])
        else:
            plain = AESGCM(key.key).decrypt(raw[:12], raw[12:], column.encode())
    except InvalidTag as exc:
        raise DeskError("storage.sealed_damaged", column) from exc
    return plain.decode()


# -- the kinds of sealed columns: Python value <-> text -------------------------------------


def to_text(kind: str, value: Any) -> str:
    if kind == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return str(value)


def from_text(kind: str, text: str) -> Any:
    if kind == "date":
        return date.fromisoformat(text[:10])
    if kind == "json":
        return json.loads(text)
    return text


class _Sealed(TypeDecorator[Any]):
    impl = Text
    cache_ok = True
    kind = "text"
    exact = False

    def __init__(self, column: str) -> None:
        super().__init__()
        self.column = column

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return seal(to_text(self.kind, value), self.column, desk_key(), exact=self.exact)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, str):  # a legacy JSON/date column read by its driver
            return value
        return from_text(self.kind, unseal(value, self.column, [desk_key()], exact=self.exact))


class SealedText(_Sealed):
    """A text value sealed with AES-GCM (random nonce)."""

    cache_ok = True


class SealedDate(_Sealed):
    """A date sealed with AES-GCM."""

    cache_ok = True

    kind = "date"


class SealedJSON(_Sealed):
    """A JSON value (list or dict) sealed with AES-GCM."""

    cache_ok = True

    kind = "json"


class SealedExact(_Sealed):
    """A text value sealed deterministically (AES-SIV): equality in SQL still works."""

    cache_ok = True

    exact = True


# -- indexes ---------------------------------------------------------------------------------


def blind(value: str, purpose: str, key: BlobKey) -> str:
    """A keyed HMAC (20 hex digits) of ``value``: equal values, equal indexes; no key, no
    meaning."""
    sub = _subkey(key.key, b"index", 32)
    return hmac.new(sub, purpose.encode() + b"\x1f" + value.encode(), "sha256").hexdigest()[:20]


def name_words(text: str) -> list[str]:
    """A name's words: NFKC, upper case, split on spaces and punctuation."""
    text = unicodedata.normalize("NFKC", text).upper()
    cleaned = "".join(ch if ch.isalnum() else " " for ch in text)
    return cleaned.split()


def _pieces(word: str) -> set[str]:
    pieces = {"w" + word}
    for n in (2, 3):
        pieces.update("g" + word[i : i + n] for i in range(len(word) - n + 1))
    # a single CJK or kana character is a meaningful search on its own
    pieces.update("c" + ch for ch in word if ord(ch) >= 0x2E80)
    return pieces


def _token(piece: str, key: BlobKey) -> str:
    sub = _subkey(key.key, b"name", 32)
    return hmac.new(sub, piece.encode(), "sha256").hexdigest()[:10]


def name_tokens(name: str | None, key: BlobKey) -> str | None:
    """The stored token list of a name: `` t1 t2 ... `` (sorted, space-delimited)."""
    if not name:
        return None
    pieces: set[str] = set()
    for word in name_words(name):
        pieces |= _pieces(word)
    return " " + " ".join(sorted(_token(p, key) for p in pieces)) + " "


def search_tokens(word: str, key: BlobKey) -> list[str]:
    """The tokens a name must hold to contain ``word`` (a normalised query word).

    Three letters or more: its 3-letter pieces (order is not checked: a rare false match
    shows one more row, never hides one); two letters: that piece; one CJK character: itself;
    one Latin letter: nothing (too short to search by).
    """
    if len(word) >= 3:
        pieces = {"g" + word[i : i + 3] for i in range(len(word) - 2)}
    elif len(word) == 2:
        pieces = {"g" + word}
    elif ord(word) >= 0x2E80:
        pieces = {"c" + word}
    else:
        return []
    return sorted(_token(p, key) for p in pieces)


def has_token(column: Any, token: str) -> ColumnElement[bool]:
    """``column`` (a token list) holds ``token``: ``instr`` on SQLite, ``strpos`` on
    PostgreSQL (a plain substring search, cheaper than LIKE's pattern matching)."""
    return _Position(column, literal(f" {token} ")) > 0


class _Position(FunctionElement[int]):
    type = Integer()
    inherit_cache = True
    name = "position"


@compiles(_Position, "postgresql")
def _position_pg(element: _Position, compiler: Any, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


@compiles(_Position)
def _position_default(element: _Position, compiler: Any, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"
