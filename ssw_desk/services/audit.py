"""``audit verify``: the history's hash chain against the heads this workstation signed."""

from __future__ import annotations

from sqlalchemy import select

from ssw_desk.services.context import Desk
from ssw_desk.storage.audit import ChainCheck, check_chain, public_key_hex
from ssw_desk.storage.models import Event


def verify_history(desk: Desk) -> ChainCheck:
    """Recomputes every event's hash and link and compares the signed chain heads.

    Detects an edited, deleted or inserted event, also when the whole chain was recomputed
    afterwards (the signed heads no longer match). Events written after this workstation's last
    signed head are covered by the chain only (and by the heads other workstations signed).
    """
    with desk.db.read() as session:
        table = Event.__table__
        # Plain rows (no ORM objects): the chain check reads the same attribute names.
        rows = session.execute(select(table).order_by(table.c.id).execution_options(yield_per=5000))
        try:
            return check_chain(rows, desk.db.witness.heads(), str(desk.actor))
        finally:
            rows.close()


def witness_key(desk: Desk) -> str:
    """This workstation's head-signing public key (hex), for support and cross-checks."""
    return public_key_hex(desk.db.witness)
