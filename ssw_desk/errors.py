"""Errors that carry a stable code; the GUI and CLI turn codes into sentences.

The sentences live in one table, :data:`ssw_desk.messages.MESSAGES`; ``params`` fill its
placeholders (``{setting}``, ``{rule}``) and must never hold personal values.
"""

from __future__ import annotations

from collections.abc import Mapping


class DeskError(Exception):
    """A failure a user can act on.

    Args:
        code: Stable dotted code, e.g. ``report.not_approved``.
        detail: Extra context for logs (never personal data).
        params: Values for the placeholders of the code's sentence (never personal data); a
            ``(Japanese, English)`` pair where the value itself is words.
    """

    def __init__(
        self,
        code: str,
        detail: str = "",
        params: Mapping[str, str | tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.params: dict[str, str | tuple[str, str]] = dict(params or {})
