"""The review of one request: images side by side, items against the roster, checks, e-mail,
versions, history, and the decisions (see :class:`ReviewPanel`)."""

from ssw_desk.gui.review.panel import ReviewPanel

__all__ = ["ReviewPanel"]
