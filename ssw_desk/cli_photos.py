"""``ssw-desk photos ...``: work on the stored face photos.

``photos reanalyse [--all | ID ...]`` analyses the stored face photos again with the current
checks and the desk's limits (after an update of the photo checks) and recomputes the findings.
Registered in :mod:`ssw_desk.cli` with :func:`add_parsers` and dispatched with :func:`run`.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_parsers(sub: Any) -> None:
    """Adds the ``photos`` command group to the CLI's subparsers."""
    p = sub.add_parser("photos", help="the stored face photos")
    ph = p.add_subparsers(dest="action", required=True)
    q = ph.add_parser("reanalyse", help="analyse stored face photos again (after an update)")
    q.add_argument("--all", action="store_true", help="every request")
    q.add_argument("ids", nargs="*", type=int, metavar="ID", help="request ids")


def run(desk: Any, args: argparse.Namespace) -> int:
    """Runs a ``photos`` command; returns the exit status (1 when an id does not exist)."""
    from ssw_desk.services.photos import reanalyse_photos

    if args.action != "reanalyse":  # pragma: no cover - argparse allows no other action
        return 2
    if args.all == bool(args.ids):
        print("error: give either request ids or --all", file=sys.stderr)
        return 2
    done = reanalyse_photos(desk, None if args.all else args.ids)
    print(
        f"{done.photos} face photos of {done.requests} requests analysed again; "
        f"{done.changed} with a changed check"
    )
    if done.missing:
        print("no such request: " + " ".join(map(str, done.missing)), file=sys.stderr)
        return 1
    return 0
