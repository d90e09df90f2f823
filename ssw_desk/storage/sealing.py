"""Keeping sealed rows whole: their indexes on every write, their conversion and re-sealing.

* ORM writes: before a request is inserted or updated its keyed indexes (``name_tokens``,
  ``sender_index``) are recomputed from the plain values, and every row with sealed columns
  records the key it is sealed with (``sealed_with``).
* :func:`reseal`: rewrites, in committed batches, every row of every sealed table whose
  ``sealed_with`` is a given label (a key rotation) or None (rows written before sealing, or
  by bulk Core inserts): each sealed column is opened with whichever key it names (a plain
  legacy value is taken as it is) and sealed again with the new key, the indexes recomputed,
  ``sealed_with`` set -- one UPDATE per row, so a killed run resumes where it stopped.
* :func:`seal_unsealed`: at every start, after the desk key check: converts what is left
  unsealed, then makes SQLite drop the old plaintext from its free pages and WAL.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, Table, Text, event, literal, select, type_coerce, update
from sqlalchemy.orm import Mapper
from sqlalchemy.sql.elements import ColumnElement

from ssw_desk.storage.crypto import BlobKey, desk_key
from ssw_desk.storage.models import Attachment, Message, Request, RosterEntry, Version
from ssw_desk.storage.sealed import (
    _Sealed,
    blind,
    from_text,
    name_tokens,
    seal,
    unseal,
)

log = logging.getLogger(__name__)

#: Every table with sealed columns (the order of conversion and rotation).
SEALED_MODELS: tuple[Any, ...] = (Request, Message, Version, Attachment, RosterEntry)


def sender_index(sender: str | None, key: BlobKey) -> str | None:
    return blind(sender.strip().lower(), "sender", key) if sender else None


def _request_indexes(_mapper: Mapper[Any], _conn: Any, target: Request) -> None:
    key = desk_key()
    target.name_tokens = name_tokens(target.name, key)
    target.sender_index = sender_index(target.sender, key)
    target.sealed_with = key.label


def _stamp(_mapper: Mapper[Any], _conn: Any, target: Any) -> None:
    target.sealed_with = desk_key().label


event.listen(Request, "before_insert", _request_indexes)
event.listen(Request, "before_update", _request_indexes)
for _model in SEALED_MODELS[1:]:
    event.listen(_model, "before_insert", _stamp)
    event.listen(_model, "before_update", _stamp)


def _sealed_columns(table: Table) -> list[Any]:
    return [c for c in table.columns if isinstance(c.type, _Sealed)]


def _indexes(table: Table, plain: dict[str, Any], key: BlobKey) -> dict[str, Any]:
    if table.name != "requests":
        return {}
    return {
        "name_tokens": name_tokens(plain.get("name"), key),
        "sender_index": sender_index(plain.get("sender"), key),
    }


def _reseal_batch(
    session: Any, model: Any, old_label: str | None, keys: list[BlobKey], new: BlobKey, batch: int
) -> int:
    table: Table = model.__table__
    sealed = _sealed_columns(table)
    pk = list(table.primary_key.columns)
    raw_pk = [type_coerce(c, Text) if isinstance(c.type, _Sealed) else c for c in pk]
    raw = [type_coerce(c, Text).label(c.name) for c in sealed]
    where = table.c.sealed_with.is_(None) if old_label is None else table.c.sealed_with == old_label
    rows = session.execute(
        select(*[p.label("pk_" + c.name) for p, c in zip(raw_pk, pk, strict=True)], *raw)
        .where(where)
        .limit(batch)
    ).all()
    for row in rows:
        values: dict[str, Any] = {}
        plain: dict[str, Any] = {}
        for col in sealed:
            stored = getattr(row, col.name)
            if stored is None:
                continue
            text = unseal(stored, col.type.column, keys, exact=col.type.exact)
            plain[col.name] = from_text(col.type.kind, text)
            values[col.name] = literal(
                seal(text, col.type.column, new, exact=col.type.exact), Text()
            )
        values.update(_indexes(table, plain, new))
        values["sealed_with"] = new.label
        match: list[ColumnElement[bool]] = []
        for p, c in zip(raw_pk, pk, strict=True):
            current = getattr(row, "pk_" + c.name)
            match.append(
                p == (literal(current, Text()) if isinstance(c.type, _Sealed) else current)
            )
        session.execute(update(table).where(*match, where).values(values))
    return len(rows)


def reseal(
    sessions: Callable[[], Any],
    *,
    old_label: str | None,
    keys: list[BlobKey],
    new: BlobKey,
    batch: int = 200,
    after_batch: Callable[[int], None] | None = None,
) -> int:
    """Re-seal every row sealed with ``old_label`` (None: unsealed rows) under ``new``.

    Args:
        sessions: A context-manager factory giving a session in a transaction.
        old_label: The rows to convert: their ``sealed_with``.
        keys: The keys the stored values may be sealed with.
        new: The key to seal with (and derive the indexes from).
        batch: Rows per committed transaction.
        after_batch: Called with the running count after each commit (tests kill here).

    Returns:
        The rows rewritten.
    """
    done = 0
    for model in SEALED_MODELS:
        while True:
            with sessions() as session:
                count = _reseal_batch(session, model, old_label, keys, new, batch)
            done += count
            if count and after_batch is not None:
                after_batch(done)
            if count < batch:
                break
    return done


def scrub_free_space(engine: Engine) -> None:
    """Make SQLite forget removed values: checkpoint and truncate the WAL, then VACUUM (the
    file is rebuilt; ``secure_delete`` already zeroes freed cells). PostgreSQL: nothing here
    (dead row versions are not in a dump; autovacuum reclaims them)."""
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()  # outside SQLAlchemy's BEGIN: VACUUM needs no transaction
    try:
        cursor = raw.cursor()
        for statement in (
            "PRAGMA wal_checkpoint(TRUNCATE)",
            "VACUUM",
            "PRAGMA wal_checkpoint(TRUNCATE)",
        ):
            cursor.execute(statement)
            cursor.fetchall()
        cursor.close()
    finally:
        raw.close()


def seal_unsealed(sessions: Callable[[], Any], engine: Engine, key: BlobKey) -> int:
    """Seal what is still unsealed (rows from before sealing, bulk inserts). Returns the
    count; when it converted anything, SQLite's free pages and WAL are scrubbed."""
    done = reseal(sessions, old_label=None, keys=[key], new=key)
    if done:
        log.info("sealed %d rows written before sealing", done)
        scrub_free_space(engine)
    return done
