"""The first run: this workstation works alone, or joins the office database.

Shown by ``ssw-desk`` when nothing says which database to open (no ``--db``, no
``SSW_DESK_DB``, no saved set-up), and by ``ssw-desk setup`` when an admin changes it later.
*Alone* keeps SQLite in the user data folder. *Office* takes the PostgreSQL address and the
clerk's own login, tests the connection (:mod:`ssw_desk.gui.first_run_check`), and imports the
desk key file an admin gives (a new key only for the very first workstation of an office).
The choice is saved in ``desk.json`` in the user config folder
(:func:`ssw_desk.config.save_config`), without the password: that goes to the OS key store
(:mod:`ssw_desk.office_password`); an empty password field keeps the stored one, or leaves it
to libpq (``.pgpass``). The sentences of the problems are in :mod:`ssw_desk.messages`.
Every failure is a sentence with what to do; nothing is saved until all checks pass.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from ssw_desk import messages, office_password
from ssw_desk.config import ALONE, OFFICE, DeskConfig, load_config, save_config
from ssw_desk.errors import DeskError
from ssw_desk.gui import first_run_check as checks
from ssw_desk.gui.files import in_documents
from ssw_desk.gui.i18n import gui_lang

log = logging.getLogger(__name__)


def problem_text(code: str) -> str:
    """The sentence (with what to do) for a first-run problem code, in the interface language."""
    known = code if code in checks.SETUP_CODES else "setup.failed"
    return messages.text(known, gui_lang())


class FirstRunDialog(QDialog):
    """Chooses alone or office; :attr:`result_config` holds the saved choice once accepted.

    Args:
        initial: The current set-up to edit (an admin changing it), or None at the first run.
    """

    def __init__(self, initial: DeskConfig | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SSW Desk: set up this workstation"))
        self.result_config: DeskConfig | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Does this workstation work alone, or with the office database?"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.alone = QRadioButton(self.tr("Alone: the requests stay on this computer"))
        self.office = QRadioButton(self.tr("Office database: shared with the other desks"))
        group = QButtonGroup(self)
        group.addButton(self.alone)
        group.addButton(self.office)
        layout.addWidget(self.alone)
        layout.addWidget(self.office)

        self.office_box = QGroupBox(self.tr("Office database (from your administrator)"))
        form = QFormLayout(self.office_box)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("ssw_desk")
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Server address"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Your login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        key_row = QHBoxLayout()
        self.key_file = QLineEdit()
        self.key_file.setPlaceholderText(self.tr("desk key file given by the administrator"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_key)
        key_row.addWidget(self.key_file)
        key_row.addWidget(choose)
        form.addRow(self.tr("Desk key"), key_row)
        self.first_workstation = QCheckBox(
            self.tr("This is the office's first workstation: create a new desk key")
        )
        form.addRow(self.first_workstation)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        form.addRow(self.test_button)
        layout.addWidget(self.office_box)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.office.toggled.connect(self.office_box.setEnabled)
        self._initial = initial
        self._fill(initial)

    def _fill(self, initial: DeskConfig | None) -> None:
        if initial is None or initial.mode == ALONE or not initial.db_url:
            self.alone.setChecked(True)
            self.office_box.setEnabled(False)
            return
        self.office.setChecked(True)
        try:
            url = make_url(initial.db_url)
        except Exception:  # a hand-edited file: start from empty fields
            return
        self.host.setText(url.host or "")
        self.port.setValue(url.port or 5432)
        self.database.setText(url.database or "")
        self.login.setText(url.username or "")
        self.password.setText(url.password or "")  # a desk.json written by an earlier desk
        if not url.password and office_password.stored(initial.db_url):
            self.password.setPlaceholderText(self.tr("kept in this computer's key store"))

    def _choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Desk key file"), in_documents())
        if path:
            self.key_file.setText(path)

    def office_url(self, *, password: bool = True) -> str:
        """The office database URL; with the typed password (else the stored one) or without."""
        bare = checks.office_url(
            self.host.text(), self.port.value(), self.database.text(), self.login.text().strip(), ""
        )
        if not password:
            return bare
        typed = self.password.text()
        return checks.office_url(
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.login.text().strip(),
            typed or office_password.stored(bare) or "",
        )

    def _show_problem(self, exc: DeskError) -> None:
        log.info("first run: %s", exc.code)  # codes only: no address, login or password
        self.status.setText(problem_text(exc.code))
        self.status.setProperty("problem", exc.code)

    def test_connection(self) -> checks.DatabaseState | None:
        """Checks the office database; shows the outcome; returns what was found."""
        self.status.setText(self.tr("Connecting…"))
        self.status.setProperty("problem", "")
        self.status.repaint()
        try:
            state = checks.check_database(self.office_url())
        except checks.SetupProblem as exc:
            self._show_problem(exc)
            return None
        if state.has_encrypted_files:
            text = self.tr("Connected. The database holds files: import the desk key.")
        else:
            text = self.tr("Connected. The database is ready.")
        self.status.setText(text)
        return state

    def save(self) -> None:
        """Runs every check, imports the key, saves the set-up and closes; else says why."""
        if self.alone.isChecked():
            config = DeskConfig(mode=ALONE)
            if self._initial is not None and self._initial.db_url:  # leaving the office
                office_password.forget(self._initial.db_url)
        else:
            state = self.test_connection()
            if state is None:
                return
            key_path = Path(self.key_file.text().strip()) if self.key_file.text().strip() else None
            try:
                checks.check_key(
                    state, key_path, first_workstation=self.first_workstation.isChecked()
                )
                if self.password.text():
                    office_password.store(self.office_url(password=False), self.password.text())
                if key_path is not None:
                    checks.KEY_IMPORTER(key_path)
            except DeskError as exc:  # SetupProblem, or setup.no_keyring from the key store
                self._show_problem(exc)
                return
            config = DeskConfig(
                mode=OFFICE, db_url=self.office_url(password=False), user=self.login.text().strip()
            )
        save_config(config)
        log.info("workstation set up: %s", config.mode)
        self.result_config = config
        self.accept()


def run_setup(*, edit: bool = False) -> DeskConfig | None:
    """Shows the dialog (creating the application when needed); the saved set-up or None.

    Args:
        edit: Start from the saved set-up (an admin changing it) instead of empty fields.
    """
    from ssw_desk.gui.app import application, configure_settings
    from ssw_desk.gui.i18n import Translations, chosen_language

    configure_settings()
    app = application()
    translations = Translations(app)
    translations.install(chosen_language(None))
    try:
        dialog = FirstRunDialog(load_config() if edit else None)
        dialog.exec()
        return dialog.result_config
    finally:
        translations.remove()
