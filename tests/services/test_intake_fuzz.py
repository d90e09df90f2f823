"""Seeded fuzz: damaged copies of real messages never crash an import, in either mode, and
every input is accounted for (imported, duplicate or quarantined, and listed when not
imported)."""

from __future__ import annotations

import pytest

from ssw_desk.mail import MailSource
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import import_sources
from tests.mail.mutants import mutants, realworld_folder

COUNT = 200


@pytest.mark.parametrize("mode", ["0", "2"])
def test_mutants_of_real_mail_import_without_a_crash(
    mode: str, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ssw_desk.config import Actor

    sources = [MailSource(name, raw, "eml") for name, raw in mutants(realworld_folder(), COUNT, 12)]
    monkeypatch.setenv("SSW_DESK_IMPORT_WORKERS", mode)
    desk = Desk.open(sqlite_url, actor=Actor("clerk-test", "ws-1"))
    try:
        result = import_sources(desk, sources=sources)
    finally:
        desk.close()
    assert result.failed == 0
    assert result.inputs == COUNT
    assert result.imported + result.duplicates + result.quarantined == COUNT
    assert len(result.not_imported) == result.duplicates + result.quarantined
    assert result.reasons.get("intake.internal_error", 0) == 0, result.reasons
