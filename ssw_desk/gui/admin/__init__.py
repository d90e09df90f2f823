"""Admin screens: office closure days, settings, notice texts (each a dialog).

Every read and write goes through the services on a worker thread; a refusal (a placeholder
dropped from a notice text, a setting outside its rule, a day already closed) is shown as the
sentence of :mod:`ssw_desk.messages`, in the interface language. Clerks are not here yet: the
clerks service (issue 9b) has not landed.
"""

from ssw_desk.gui.admin.closures import ClosuresDialog
from ssw_desk.gui.admin.notice_texts import NoticeTextsDialog
from ssw_desk.gui.admin.settings import SettingsDialog

__all__ = ["ClosuresDialog", "NoticeTextsDialog", "SettingsDialog"]
