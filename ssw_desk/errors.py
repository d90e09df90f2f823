"""Errors that carry a stable code; the GUI and CLI turn codes into sentences."""

from __future__ import annotations


class DeskError(Exception):
    """A failure a user can act on.

    Args:
        code: Stable dotted code, e.g. ``report.not_approved``.
        detail: Extra context for logs (never personal data).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
