"""Admin screens: office closure days, settings, notice texts, clerks (each a dialog).

Every read and write goes through the services on a worker thread; a refusal (a placeholder
dropped from a notice text, a setting outside its rule, a day already closed, a login that may
not manage clerks) is shown as the sentence of :mod:`ssw_desk.messages`, in the interface
language.
"""

from ssw_desk.gui.admin.clerks import ClerksDialog
from ssw_desk.gui.admin.closures import ClosuresDialog
from ssw_desk.gui.admin.notice_texts import NoticeTextsDialog
from ssw_desk.gui.admin.settings import SettingsDialog

__all__ = ["ClerksDialog", "ClosuresDialog", "NoticeTextsDialog", "SettingsDialog"]
