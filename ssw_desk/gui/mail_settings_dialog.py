"""The mail settings dialog (admin): servers, folders, sender, passwords.

Server URLs are checked by the service before anything is saved (``mailbox.bad_url``,
``mailbox.plain_not_loopback``). Passwords typed here go to the operating system's key store
(``keyring``), never to the database; an empty password field keeps the stored one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.errors import DeskError
from ssw_desk.gui.i18n import error_message
from ssw_desk.services.context import Desk
from ssw_desk.services.mail_settings import get_mailbox_settings, set_mailbox


class MailSettingsDialog(QDialog):
    """Edit and save the mailbox settings; :meth:`save` returns whether it worked."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailSettingsDialog")
        self.desk = desk
        current = get_mailbox_settings(desk)
        self.imap = QLineEdit(current.imap, self)
        self.imap.setPlaceholderText("imaps://user@mail.example.org:993")
        self.smtp = QLineEdit(current.smtp, self)
        self.smtp.setPlaceholderText("smtp+starttls://user@mail.example.org:587")
        self.from_addr = QLineEdit(current.from_addr, self)
        self.folder = QLineEdit(current.folder, self)
        self.done_folder = QLineEdit(current.done_folder, self)
        self.sent_folder = QLineEdit(current.sent_folder, self)
        self.server_keeps_sent = QCheckBox(self)
        self.server_keeps_sent.setChecked(current.server_keeps_sent)
        self.ca_file = QLineEdit(current.ca_file, self)
        self.fetch_minutes = QSpinBox(self)
        self.fetch_minutes.setRange(0, 24 * 60)
        self.fetch_minutes.setValue(current.fetch_minutes)
        self.auth = QComboBox(self)
        self.auth.addItem("password", "password")
        self.auth.addItem("OAuth2 (XOAUTH2)", "xoauth2")
        self.auth.setCurrentIndex(max(0, self.auth.findData(current.auth)))
        self.imap_password = QLineEdit(self)
        self.smtp_password = QLineEdit(self)
        for field in (self.imap_password, self.smtp_password):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("IMAP server"), self.imap)
        form.addRow(self.tr("IMAP password"), self.imap_password)
        form.addRow(self.tr("SMTP server"), self.smtp)
        form.addRow(self.tr("SMTP password"), self.smtp_password)
        form.addRow(self.tr("Login"), self.auth)
        form.addRow(self.tr("Sender address"), self.from_addr)
        form.addRow(self.tr("Folder of requests"), self.folder)
        form.addRow(self.tr("Move fetched mail to"), self.done_folder)
        form.addRow(self.tr("Sent folder"), self.sent_folder)
        form.addRow("", self.server_keeps_sent)
        form.addRow(self.tr("Extra trusted certificates (PEM)"), self.ca_file)
        form.addRow(self.tr("Fetch every (minutes, 0: off)"), self.fetch_minutes)
        self.server_keeps_sent.setText(self.tr("The server keeps a copy of sent mail itself"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save_and_close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Mail settings"))

    def save(self) -> bool:
        """Saves the settings and any password typed; shows the refusal otherwise."""
        from ssw_desk.mailbox.connect import store_password

        try:
            settings = set_mailbox(
                self.desk,
                imap=self.imap.text().strip(),
                smtp=self.smtp.text().strip(),
                from_addr=self.from_addr.text().strip() or None,
                folder=self.folder.text().strip() or "INBOX",
                done_folder=self.done_folder.text().strip(),
                sent_folder=self.sent_folder.text().strip() or "Sent",
                server_keeps_sent=self.server_keeps_sent.isChecked(),
                ca_file=self.ca_file.text().strip(),
                fetch_minutes=self.fetch_minutes.value(),
                auth=str(self.auth.currentData()),
            )
            if self.imap_password.text() and settings.imap:
                store_password(settings.imap_url(), self.imap_password.text())
            if self.smtp_password.text() and settings.smtp:
                store_password(settings.smtp_url(), self.smtp_password.text())
        except DeskError as exc:
            self.message.setStyleSheet("color: #b42318;")
            self.message.setText(error_message(exc))
            return False
        self.imap_password.clear()
        self.smtp_password.clear()
        return True

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()
