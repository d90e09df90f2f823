"""Demo data: generated request e-mails imported through the real intake, plus a roster.

Everything is fictitious: people are generated, cards are drawn in code and marked SAMPLE, the
face is NASA's public-domain astronaut portrait (see ``resources/demo/SOURCE.md``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from ssw_desk.demo import DEFAULT_SEED, demo_mails, demo_people
from ssw_desk.demo.roster import roster_csv
from ssw_desk.mail import MailSource
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import import_sources
from ssw_desk.services.roster import import_roster
from ssw_desk.storage.models import Request


def make_demo(
    desk: Desk, *, count: int = 40, seed: int = DEFAULT_SEED, today: date | None = None
) -> str:
    """Fills the database with ``count`` demo applicants' e-mails and the roster.

    The e-mails arrive in the weeks before ``today``. Running it twice on one day adds nothing
    the second time (the messages are the same, so they are recognised as duplicates). Returns a
    one-line summary.
    """
    roster = import_roster(desk, data=roster_csv(demo_people(count, seed)))
    sources = [
        MailSource(origin=f"demo:{name}", raw=raw, source_format=_format(raw))
        for name, raw in demo_mails(count, seed, anchor=today or date.today())
    ]
    result = import_sources(desk, sources=sources)
    with desk.db.begin() as session:
        total = session.execute(select(func.count()).select_from(Request)).scalar_one()
    return (
        f"demo: {result.imported} e-mails imported, {result.duplicates} already there, "
        f"{result.quarantined} quarantined; roster {roster.rows} rows; {total} requests in all"
    )


def _format(raw: bytes) -> str:
    return "msg" if raw.startswith(b"\xd0\xcf\x11\xe0") else "eml"
