"""Taking over another clerk's review from the review panel, with a stated reason.

Alice opens a request (she claims it); Bob's panel shows 「aliceさんが確認中」 with a take-over
button. The button asks the reason in a dialog and claims on a worker (no write on the GUI
thread). Anyone may take over an expired claim; only a supervisor a live one: on PostgreSQL a
plain clerk's attempt is refused, shown as the sentence of its code, and a supervisor's passes.
In both interface languages, on SQLite and on PostgreSQL with real logins.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssw_desk import messages
from ssw_desk.gui.i18n import Translations
from ssw_desk.gui.main_window import MainWindow
from ssw_desk.gui.review.take_over import TakeOverDialog
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import import_paths
from ssw_desk.services.requests import show_request
from ssw_desk.services.roster import import_roster
from tests.conftest import clerk_desks
from tests.services.mails import ROSTER_CSV, request_mail

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

BUTTON = {"en": "Take over…", "ja": "引き継ぐ…"}
REVIEWING = {"en": "{0} is reviewing", "ja": "{0}さんが確認中"}
DONE = {"en": "You are now reviewing this request.", "ja": "この申請の確認を引き継ぎました。"}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(params=["ja", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translations = Translations(qapp)
    assert translations.install(request.param)
    yield str(request.param)
    translations.install("en")


@pytest.fixture
def office(url: str, tmp_path: Path) -> Iterator[tuple[dict[str, Desk], int]]:
    owner = Desk.open(url)
    import_roster(owner, data=ROSTER_CSV.encode())
    path = tmp_path / "request.eml"
    path.write_bytes(request_mail())
    request_id = import_paths(owner, paths=[path]).requests[0]
    owner.close()
    names = ("alice", "bob", "carol")
    desks = dict(zip(names, clerk_desks(url, *names, roles={"carol": "supervisor"}), strict=True))
    yield desks, request_id
    for desk in desks.values():
        desk.close()


def _window(qtbot: QtBot, desk: Desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    window.queue.load()
    return window


def _open(qtbot: QtBot, window: MainWindow) -> None:
    window.queue.select_row(0)
    qtbot.waitUntil(lambda: window.review.request() is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not window.review.is_busy(), timeout=10_000)


def _gui_thread_writes(desk: Desk) -> tuple[list[str], Any]:
    writes: list[str] = []
    main = threading.main_thread()

    def on_begin(conn: Any) -> None:
        if threading.current_thread() is main and not conn.get_execution_options().get(
            "ssw_read_only"
        ):
            writes.append("".join(traceback.format_stack(limit=30)))

    sa.event.listen(desk.db.engine, "begin", on_begin)
    return writes, on_begin


def _take_over(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, reason: str
) -> list[str]:
    """Clicks the header's button, gives ``reason`` in the dialog; returns the panel's
    refusals (empty when it was taken over)."""
    seen: dict[str, Any] = {}

    def answer(dialog: TakeOverDialog) -> int:
        assert not dialog.take_button.isEnabled()  # no reason, no take-over
        dialog.edit.setPlainText(reason)
        assert dialog.take_button.isEnabled()
        seen["who_may"] = dialog.who_may.text()
        return TakeOverDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TakeOverDialog, "exec", answer)
    failed: list[str] = []
    window.review.failed.connect(failed.append)
    done: list[str] = []
    window.review.decided.connect(lambda _rid, action: done.append(action))
    window.review.header.take_over.click()
    qtbot.waitUntil(lambda: bool(failed or done), timeout=10_000)
    qtbot.waitUntil(lambda: not window.review.is_busy(), timeout=10_000)
    return failed


def _claim_of(desk: Desk, request_id: int) -> str | None:
    claim = show_request(desk, request_id=request_id).claim
    return None if claim is None else str(claim["clerk"])


def test_an_expired_claim_is_taken_over_by_any_clerk(
    qtbot: QtBot,
    office: tuple[dict[str, Desk], int],
    lang: str,
    monkeypatch: pytest.MonkeyPatch,
    url: str,
) -> None:
    desks, request_id = office
    alice, bob = desks["alice"], desks["bob"]
    win_a, win_b = _window(qtbot, alice), _window(qtbot, bob)
    try:
        _open(qtbot, win_a)
        _open(qtbot, win_b)
        header = win_b.review.header
        assert header.claim.text() == REVIEWING[lang].format(alice.actor.user)
        assert header.take_over.isVisibleTo(win_b) and header.take_over.text() == BUTTON[lang]
        assert not win_a.review.header.take_over.isVisibleTo(win_a)  # her own claim
        # Alice's desk stops beating: her claim expires (as the owner would see it).
        owner = sa.create_engine(url)
        with owner.begin() as conn:
            conn.execute(
                sa.text("UPDATE claims SET expires_at = :t WHERE request_id = :r"),
                {"t": "2000-01-01 00:00:00+00:00", "r": request_id},
            )
        owner.dispose()
        writes, listener = _gui_thread_writes(bob)
        failed = _take_over(qtbot, win_b, monkeypatch, "Alice went home ill")
        sa.event.remove(bob.db.engine, "begin", listener)
        assert failed == []
        assert writes == [], writes[0]
        assert _claim_of(bob, request_id) == bob.actor.user
        qtbot.waitUntil(lambda: win_b.review.bar.status.text() == DONE[lang], timeout=5_000)
        assert not header.take_over.isVisibleTo(win_b)  # the claim is Bob's own now
        taken = [e for e in show_request(bob, request_id=request_id).history]
        detail = next(e.detail for e in taken if e.action == "claim.taken_over")
        assert detail["reason"] == "Alice went home ill" and detail["live"] is False
        assert detail["previous"] == alice.actor.user
    finally:
        win_a.tasks.shutdown(10_000)
        win_b.tasks.shutdown(10_000)


def test_a_live_claim_needs_a_supervisor_on_postgres(
    qtbot: QtBot,
    office: tuple[dict[str, Desk], int],
    lang: str,
    monkeypatch: pytest.MonkeyPatch,
    url: str,
) -> None:
    """PostgreSQL: a plain clerk is refused (the sentence of the code, nothing written), a
    supervisor takes over. SQLite (one workstation, no roles): the clerk takes over."""
    desks, request_id = office
    alice, bob, carol = desks["alice"], desks["bob"], desks["carol"]
    win_a, win_b, win_c = (_window(qtbot, d) for d in (alice, bob, carol))
    try:
        _open(qtbot, win_a)
        _open(qtbot, win_b)
        failed = _take_over(qtbot, win_b, monkeypatch, "I would like to finish it")
        if url.startswith("sqlite"):
            assert failed == [] and _claim_of(bob, request_id) == bob.actor.user
            return
        assert failed == [messages.text("role.not_permitted", lang)]
        assert win_b.review.bar.status.text() == messages.text("role.not_permitted", lang)
        assert _claim_of(bob, request_id) == alice.actor.user  # nothing written
        _open(qtbot, win_c)
        writes, listener = _gui_thread_writes(carol)
        assert _take_over(qtbot, win_c, monkeypatch, "Alice is in a meeting all day") == []
        sa.event.remove(carol.db.engine, "begin", listener)
        assert writes == [], writes[0]
        assert _claim_of(carol, request_id) == carol.actor.user
        detail = next(
            e.detail
            for e in show_request(carol, request_id=request_id).history
            if e.action == "claim.taken_over"
        )
        assert detail["live"] is True and detail["previous"] == alice.actor.user
    finally:
        for win in (win_a, win_b, win_c):
            win.tasks.shutdown(10_000)
