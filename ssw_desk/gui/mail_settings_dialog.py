"""The mail settings dialog (admin): servers, folders, sender, passwords, OAuth2 provider.

Server URLs are checked by the service before anything is saved (``mailbox.bad_url``,
``mailbox.plain_not_loopback``). Passwords typed here go to the operating system's key store
(``keyring``), never to the database; an empty password field keeps the stored one. For
OAuth2 (XOAUTH2: Microsoft 365, Google) the admin enters the provider's device-code and token
endpoints, the desk's client id and the scopes, as ``ssw-desk mailbox set --oauth-*`` does;
the provider fields are enabled only when OAuth2 is chosen. A note at the top says the settings
are the office's, for an administrator to change.
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
        self.oauth_device_url = QLineEdit(current.oauth_device_url, self)
        self.oauth_device_url.setPlaceholderText(
            "https://login.microsoftonline.com/<tenant>/oauth2/v2.0/devicecode"
        )
        self.oauth_token_url = QLineEdit(current.oauth_token_url, self)
        self.oauth_token_url.setPlaceholderText(
            "https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token"
        )
        self.oauth_client_id = QLineEdit(current.oauth_client_id, self)
        self.oauth_scope = QLineEdit(current.oauth_scope, self)
        self.oauth_scope.setPlaceholderText(
            "https://outlook.office.com/IMAP.AccessAsUser.All "
            "https://outlook.office.com/SMTP.Send offline_access"
        )
        self.imap_password = QLineEdit(self)
        self.smtp_password = QLineEdit(self)
        for field in (self.imap_password, self.smtp_password):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.admin_note = QLabel(
            self.tr(
                "For the administrator: these settings are the office's and apply to every "
                "desk. Passwords and tokens stay in this computer's key store, never in the "
                "database."
            ),
            self,
        )
        self.admin_note.setWordWrap(True)
        self.admin_note.setStyleSheet(
            "background: #fffaeb; color: #93370d; border: 1px solid #fedf89; "
            "border-radius: 4px; padding: 6px;"
        )
        self.oauth_note = QLabel(
            self.tr(
                "OAuth2: after saving, approve the desk once in a browser with "
                "ssw-desk mailbox login (device code); the desk renews the token itself."
            ),
            self,
        )
        self.oauth_note.setWordWrap(True)
        self.oauth_note.setStyleSheet("color: #6b7280;")
        form = QFormLayout()
        form.addRow(self.tr("IMAP server"), self.imap)
        form.addRow(self.tr("IMAP password"), self.imap_password)
        form.addRow(self.tr("SMTP server"), self.smtp)
        form.addRow(self.tr("SMTP password"), self.smtp_password)
        form.addRow(self.tr("Login"), self.auth)
        form.addRow(self.tr("OAuth2 device-code endpoint"), self.oauth_device_url)
        form.addRow(self.tr("OAuth2 token endpoint"), self.oauth_token_url)
        form.addRow(self.tr("OAuth2 client id"), self.oauth_client_id)
        form.addRow(self.tr("OAuth2 scopes"), self.oauth_scope)
        form.addRow("", self.oauth_note)
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
        layout.addWidget(self.admin_note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Mail settings"))
        self.auth.currentIndexChanged.connect(self._auth_changed)
        self._auth_changed()

    def oauth_fields(self) -> tuple[QLineEdit, ...]:
        return (self.oauth_device_url, self.oauth_token_url, self.oauth_client_id, self.oauth_scope)

    def _auth_changed(self) -> None:
        oauth = self.auth.currentData() == "xoauth2"
        for field in self.oauth_fields():
            field.setEnabled(oauth)
        self.oauth_note.setVisible(oauth)

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
                oauth_device_url=self.oauth_device_url.text().strip(),
                oauth_token_url=self.oauth_token_url.text().strip(),
                oauth_client_id=self.oauth_client_id.text().strip(),
                oauth_scope=" ".join(self.oauth_scope.text().split()),
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
