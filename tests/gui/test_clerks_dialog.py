"""The clerks screen, through the real clerks service on a worker, in both languages.

On PostgreSQL the logins are real (the password-checking server of ``tests/storage/scram.py``):
an admin's login adds a clerk (a made initial password that really signs in), changes the
role (the database then reports the new role for that login), disables and enables it (the
login is refused, then accepted). A clerk's login is refused each action by the database, and
the screen shows the sentence of ``auth.not_allowed``. On SQLite the screen lists the names
and says that roles do not apply. No write transaction begins on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from ssw_desk import messages
from ssw_desk.config import Actor
from ssw_desk.domain.roles import Role
from ssw_desk.errors import DeskError
from ssw_desk.gui.admin import ClerksDialog
from ssw_desk.gui.admin.clerks import InitialPasswordDialog
from ssw_desk.gui.i18n import Translations
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services.clerks import add_clerk, list_clerks, my_role
from ssw_desk.services.context import Desk
from tests.storage.scram import ScramDatabase, scram_db

__all__ = ["scram_db"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LANGS = ["ja", "en"]


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translations = Translations(qapp)
    assert translations.install(request.param)
    yield request.param
    translations.install("en")


def _watch_main_thread_writes(desk: Desk) -> list[str]:
    writes: list[str] = []
    main = threading.main_thread()

    def on_begin(conn: Any) -> None:
        if threading.current_thread() is main and not conn.get_execution_options().get(
            "ssw_read_only"
        ):
            writes.append("write transaction on the GUI thread")

    event.listen(desk.db.engine, "begin", on_begin)
    return writes


def _open(qtbot: QtBot, desk: Desk) -> ClerksDialog:
    tasks = TaskManager()
    dialog = ClerksDialog(desk, tasks)
    tasks.setParent(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.shown is not None and dialog.isEnabled(), timeout=10_000)
    return dialog


def _settle(qtbot: QtBot, dialog: ClerksDialog, action: Any) -> None:
    with qtbot.waitSignal(dialog.settled, timeout=15_000):
        action()
    qtbot.waitUntil(dialog.isEnabled, timeout=10_000)


def _reload(qtbot: QtBot, dialog: ClerksDialog) -> None:
    """Waits for the list read after an action."""
    qtbot.waitUntil(lambda: dialog.isEnabled() and not dialog._busy, timeout=10_000)


def _cell(dialog: ClerksDialog, login: str, column: int) -> str:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).text() == login:
            return dialog.table.item(row, column).text()
    raise AssertionError(f"{login} not listed")


@pytest.mark.parametrize("language", LANGS, indirect=True)
def test_on_one_workstation_the_screen_says_roles_do_not_apply(
    qtbot: QtBot, sqlite_url: str, language: str
) -> None:
    desk = Desk.open(sqlite_url, actor=Actor("sato", "ws-1"))
    try:
        add_clerk(desk, login="sato", role="clerk", display_name="Sato Hanako")
        writes = _watch_main_thread_writes(desk)
        dialog = _open(qtbot, desk)
        assert dialog.table.rowCount() == 1
        assert _cell(dialog, "sato", 1) == "Sato Hanako"
        assert dialog.sqlite_note.isVisibleTo(dialog)
        assert dialog.sqlite_note.text() == messages.text("clerks.one_workstation", language)
        for hidden in (dialog.add_button, dialog.role_button, dialog.disable_button,
                       dialog.enable_button, dialog.password_edit):  # fmt: skip
            assert not hidden.isVisibleTo(dialog)
        assert dialog.table.isColumnHidden(2)  # no role column
        # the last action recorded by this user is their last-seen time
        assert _cell(dialog, "sato", 4) != ""
        assert writes == []
    finally:
        desk.close()


class Office:
    """The database owner, an admin login and a clerk login on the password-checking server."""

    def __init__(self, db: ScramDatabase) -> None:
        self.db = db
        owner = Desk.open(db.owner_url, actor=Actor("owner", "ws-owner"))
        try:
            self.admin = db.login_name("admin")
            self.clerk = db.login_name("clerk")
            add_clerk(owner, login=self.admin, role="admin", password="admin-pw-1")
            add_clerk(owner, login=self.clerk, role="clerk", display_name="Kato",
                      password="clerk-pw-2")  # fmt: skip
        finally:
            owner.close()

    def desk(self, login: str, password: str) -> Desk:
        return Desk.open(self.db.url_for(login, password), actor=Actor("ignored", "ws-gui"))

    def signs_in(self, login: str, password: str) -> bool:
        engine = sa.create_engine(self.db.url_for(login, password))
        try:
            with engine.connect() as conn:
                return conn.execute(sa.text("SELECT current_user")).scalar() == login
        except sa.exc.OperationalError:
            return False
        finally:
            engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("language", LANGS, indirect=True)
def test_an_admin_adds_changes_disables_and_enables_a_clerk(
    qtbot: QtBot, scram_db: ScramDatabase, language: str
) -> None:
    office = Office(scram_db)
    desk = office.desk(office.admin, "admin-pw-1")
    try:
        writes = _watch_main_thread_writes(desk)
        dialog = _open(qtbot, desk)
        assert not dialog.sqlite_note.isVisibleTo(dialog)
        assert _cell(dialog, office.clerk, 1) == "Kato"
        assert _cell(dialog, office.clerk, 2) == {"ja": "担当者", "en": "Clerk"}[language]

        new = scram_db.login_name("new")
        dialog.login_edit.setText(new)
        dialog.display_edit.setText("Suzuki")
        dialog.new_role.setCurrentIndex(0)  # clerk
        _settle(qtbot, dialog, dialog.add_button.click)
        _reload(qtbot, dialog)
        shown = dialog.password_dialog
        assert isinstance(shown, InitialPasswordDialog) and shown.isVisible()
        password = shown.password.text()
        assert len(password) >= 20 and shown.password.isReadOnly()
        assert new in shown.text.text()
        shown.reject()
        assert shown.password.text() == ""  # not kept once handed over
        assert office.signs_in(new, password)
        assert _cell(dialog, new, 3) == {"ja": "有効", "en": "Enabled"}[language]
        assert dialog.message.text() == {"ja": f"担当者 {new} を追加しました。",
                                         "en": f"Clerk {new} added."}[language]  # fmt: skip

        assert dialog.choose(new)
        dialog.chosen_role.setCurrentIndex(1)  # supervisor
        _settle(qtbot, dialog, dialog.role_button.click)
        _reload(qtbot, dialog)
        assert _cell(dialog, new, 2) == {"ja": "監督者", "en": "Supervisor"}[language]
        promoted = office.desk(new, password)
        try:
            assert my_role(promoted) is Role.SUPERVISOR  # the database says so
        finally:
            promoted.close()

        assert dialog.choose(new)
        _settle(qtbot, dialog, dialog.disable_button.click)
        _reload(qtbot, dialog)
        assert _cell(dialog, new, 3) == {"ja": "無効", "en": "Disabled"}[language]
        assert not office.signs_in(new, password)
        assert dialog.choose(new)
        assert dialog.enable_button.isEnabled() and not dialog.disable_button.isEnabled()
        _settle(qtbot, dialog, dialog.enable_button.click)
        _reload(qtbot, dialog)
        assert office.signs_in(new, password)

        # the admin's own login: refused with its sentence, the role unchanged
        assert dialog.choose(office.admin)
        _settle(qtbot, dialog, dialog.disable_button.click)
        assert dialog.message.text() == messages.text("clerks.own_login", language)
        assert office.signs_in(office.admin, "admin-pw-1")
        assert writes == []
    finally:
        desk.close()


@pytest.mark.postgres
@pytest.mark.parametrize("language", LANGS, indirect=True)
def test_a_clerks_login_is_refused_by_the_database_in_words(
    qtbot: QtBot, scram_db: ScramDatabase, language: str
) -> None:
    office = Office(scram_db)
    desk = office.desk(office.clerk, "clerk-pw-2")
    try:
        writes = _watch_main_thread_writes(desk)
        dialog = _open(qtbot, desk)
        refused = messages.text("auth.not_allowed", language)

        dialog.login_edit.setText(scram_db.login_name("intruder"))
        dialog.new_role.setCurrentIndex(2)  # admin
        _settle(qtbot, dialog, dialog.add_button.click)
        assert dialog.message.text() == refused
        assert dialog.password_dialog is None

        assert dialog.choose(office.admin)
        dialog.chosen_role.setCurrentIndex(0)
        _settle(qtbot, dialog, dialog.role_button.click)
        assert dialog.message.text() == refused
        _settle(qtbot, dialog, dialog.disable_button.click)
        assert dialog.message.text() == refused

        owner = Desk.open(scram_db.owner_url, actor=Actor("owner", "ws-owner"))
        try:
            listed = {c.login: c for c in list_clerks(owner)}
        finally:
            owner.close()
        assert set(listed) == {office.admin, office.clerk}  # nobody added
        assert listed[office.admin].role == "admin" and listed[office.admin].active
        assert office.signs_in(office.admin, "admin-pw-1")
        assert writes == []
        with pytest.raises(DeskError) as err:  # the same refusal without the screen
            add_clerk(desk, login=scram_db.login_name("x"), role="clerk", password="pw-x")
        assert err.value.code == "auth.not_allowed"
        assert writes  # (the watcher sees a write begun on this thread)
    finally:
        desk.close()


@pytest.mark.postgres
@pytest.mark.parametrize(("first", "then"), [("ja", "en"), ("en", "ja")])
def test_every_string_of_the_clerks_screen_follows_a_language_switch(
    qtbot: QtBot, qapp: QApplication, pg_url: str, first: str, then: str
) -> None:
    """On PostgreSQL every action is on screen: the walk judges them all (labels, buttons,
    placeholders, tooltips, role and state words, the initial-password dialog and a refusal
    line) before and after the switch."""
    from tests.gui.language_walk import leftovers

    desk = Desk.open(pg_url, actor=Actor("owner", "ws-1"))
    translations = Translations(qapp)
    try:
        add_clerk(desk, login="sato_walk", role="supervisor", display_name="佐藤", password="pw")
        translations.install(first)
        dialog = _open(qtbot, desk)
        assert dialog.choose("sato_walk")
        dialog.login_edit.setText("Not A Login")
        _settle(qtbot, dialog, dialog.add_button.click)  # refused: clerks.bad_name
        assert dialog.message.text() == messages.text("clerks.bad_name", first)
        shown = InitialPasswordDialog("sato_walk", "made-for-the-walk", dialog)
        shown.show()
        assert leftovers(first, dialog) == []
        translations.install(then)
        qapp.processEvents()
        assert dialog.message.text() == messages.text("clerks.bad_name", then)
        left = leftovers(then, dialog)
        assert left == [], "\n".join(left)
        assert _cell(dialog, "sato_walk", 2) == {"ja": "監督者", "en": "Supervisor"}[then]
        shown.close()
        dialog.close()
    finally:
        translations.install("en")
        desk.close()
        engine = sa.create_engine(pg_url)
        with engine.begin() as conn:  # the login belongs to the cluster, not the database
            conn.execute(sa.text("DROP OWNED BY sato_walk"))
            conn.execute(sa.text("DROP ROLE IF EXISTS sato_walk"))
        engine.dispose()
