"""Opening a request for review in the background: claim it, load it; reload after a change."""

from __future__ import annotations

import contextlib
from typing import Any

from ssw_desk.errors import DeskError
from ssw_desk.gui.tasks import TaskContext
from ssw_desk.services.context import Desk


def load_request_task(desk: Desk, request_id: int, *, release: int | None = None) -> Any:
    """Opens a request for review: claims it (unless another clerk holds a live claim; the
    request is shown all the same, with who is reviewing it), gives up this clerk's claim on
    ``release`` (the request left), and loads it."""
    from ssw_desk.services import claims
    from ssw_desk.services.requests import show_request

    def work(_ctx: TaskContext) -> Any:
        if release is not None and release != request_id:
            # Expired or taken over meanwhile: nothing to give up.
            with contextlib.suppress(DeskError):
                claims.release(desk, request_id=release)
        try:
            claims.claim(desk, request_id=request_id)
        except DeskError as exc:
            if exc.code != "claim.held":
                raise
        return show_request(desk, request_id=request_id)

    return work


def reload_request_task(desk: Desk, request_id: int) -> Any:
    """Loads the request again (it changed); the claim stays as it is."""
    from ssw_desk.services.requests import show_request

    def work(_ctx: TaskContext) -> Any:
        return show_request(desk, request_id=request_id)

    return work
