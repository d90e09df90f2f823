"""The offer to analyse a request's face photo again after the photo checks were updated.

A stored photo report carries the version of its shape (``PhotoReport.version``); when a face
photo of the shown request was analysed by an earlier version, the review panel shows this
strip with one button. The work itself is ``services.photos.reanalyse_photos`` (the same as
``ssw-desk photos reanalyse``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ssw_desk.services.requests import RequestView


def needs_reanalysis(view: RequestView | None) -> bool:
    """True when a face photo of ``view`` was analysed by an earlier version of the checks."""
    if view is None or not any(a.role == "face_photo" and a.photo_report for a in view.attachments):
        return False
    # imaging loads OpenCV: imported only when a face photo report is shown
    from ssw_desk.imaging.report_types import REPORT_VERSION, PhotoReport

    return any(
        a.role == "face_photo"
        and a.photo_report is not None
        and PhotoReport.from_dict(a.photo_report).version < REPORT_VERSION
        for a in view.attachments
    )


class ReanalyseOffer(QWidget):
    """A strip offering to analyse the face photo again; hidden when not needed.

    Signals:
        requested(): the clerk asked for it.
    """

    requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reanalyseOffer")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.retranslate()
        self.button.clicked.connect(self.requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(
            self.tr(
                "The photo checks were updated after this photo was checked. "
                "Check it again to see the current findings."
            )
        )
        self.button.setText(self.tr("Check the photo again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_request(self, view: RequestView | None) -> None:
        self.setVisible(needs_reanalysis(view))
        self.button.setEnabled(True)
