"""Two desk windows on one database: what one clerk does shows at the other without a click.

Alice and Bob each have a window (their own session, their own change hub). Alice opens the
request first (she claims it; Bob's panel says she is reviewing it). While Alice's approval
dialog is open, Bob flags the request: Alice's queue and panel show it by themselves, and
Alice's approval, decided on what she saw before, is refused with the conflict message.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssw_desk.gui.hub import ChangeHub
from ssw_desk.gui.main_window import MainWindow
from ssw_desk.gui.review.decision_dialogs import ApproveDialog
from ssw_desk.services.context import Desk
from ssw_desk.services.decisions import flag_deficiencies
from ssw_desk.services.intake import import_paths
from ssw_desk.services.requests import show_request
from ssw_desk.services.roster import import_roster
from tests.conftest import clerk_desks
from tests.services.mails import ROSTER_CSV, request_mail

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def desks(url: str, tmp_path: Path) -> Iterator[tuple[Desk, Desk, int]]:
    owner = Desk.open(url)
    import_roster(owner, data=ROSTER_CSV.encode())
    path = tmp_path / "request.eml"
    path.write_bytes(request_mail())
    request_id = import_paths(owner, paths=[path]).requests[0]
    owner.close()
    # On PostgreSQL each clerk is a database login of their own (the actor is current_user).
    alice, bob = clerk_desks(url, "alice", "bob")
    yield alice, bob, request_id
    alice.close()
    bob.close()


def _window(qtbot: QtBot, desk: Desk) -> tuple[MainWindow, ChangeHub]:
    hub = ChangeHub(desk.db.url, interval=0.3)
    window = MainWindow(desk, hub=hub)
    qtbot.addWidget(window)
    hub.start()
    assert hub.feed.ready.wait(10)
    window.show()
    window.queue.load()
    return window, hub


def _status_text(window: MainWindow) -> str:
    """The first queue row as the clerk reads it."""
    model = window.queue.model
    return " ".join(str(model.index(0, c).data() or "") for c in range(model.columnCount()))


def test_a_flag_at_one_desk_shows_at_the_other_and_refuses_a_stale_approval(
    qtbot: QtBot, desks: tuple[Desk, Desk, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob, request_id = desks
    win_a, hub_a = _window(qtbot, alice)
    win_b, hub_b = _window(qtbot, bob)
    try:
        win_a.queue.select_row(0)
        qtbot.waitUntil(lambda: win_a.review.request() is not None, timeout=10_000)
        qtbot.waitUntil(lambda: show_request(bob, request_id=request_id).claim is not None)
        # Bob opens it too: he may read it, and sees that Alice is reviewing it.
        win_b.queue.select_row(0)
        qtbot.waitUntil(lambda: win_b.review.request() is not None, timeout=10_000)
        assert "alice" in win_b.review.header.claim.text()
        assert win_a.review.header.claim.text() == ""  # her own claim is not announced to her
        qtbot.waitUntil(lambda: "alice" in _status_text(win_b), timeout=5_000)

        seen = win_a.review.request()
        assert seen is not None and seen.status == "new"

        def approve_while_bob_flags(_dialog: ApproveDialog) -> int:
            flag_deficiencies(
                bob,
                request_id=request_id,
                items=["photo.colour"],
                expect_revision=show_request(bob, request_id=request_id).revision,
            )
            # Without a click: Alice's queue and panel show Bob's flag within about a second.
            qtbot.waitUntil(lambda: "Waiting" in _status_text(win_a), timeout=3_000)
            qtbot.waitUntil(
                lambda: (
                    (v := win_a.review.request()) is not None and v.status == "waiting_applicant"
                ),
                timeout=3_000,
            )
            return ApproveDialog.DialogCode.Accepted.value

        monkeypatch.setattr(ApproveDialog, "exec", approve_while_bob_flags)
        failed: list[str] = []
        win_a.review.failed.connect(failed.append)
        # Alice approves what she saw before Bob's flag: refused, nothing written.
        win_a.review.approve()
        qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
        assert "Another clerk changed this request" in failed[0]
        assert f"request.flagged ({bob.actor})" in failed[0]
        now = show_request(alice, request_id=request_id)
        assert now.status == "waiting_applicant"
        assert "request.approved" not in [e.action for e in now.history]
        qtbot.waitUntil(lambda: "Another clerk" in win_a.review.bar.status.text(), timeout=5_000)
    finally:
        hub_a.stop()
        hub_b.stop()
        win_a.tasks.shutdown(10_000)
        win_b.tasks.shutdown(10_000)
