"""Approve one demo request so that a Score report can be issued from it (install checks).

The install checks (``scripts/check-plain-install.sh``, ``scripts/check-bundle.sh``) fill a
database with ``ssw-desk demo --no-gui`` and then need one approved request for
``ssw-desk report issue``. There is no CLI for decisions (the clerk decides in the GUI), so this
script approves the first request whose applicant is in the roster as not passed, overriding
each other failing check with a stated reason exactly as a clerk would. Prints the request id.

Run: ``python scripts/approve_for_report.py [--db URL]`` (uses ``SSW_DESK_DATA_DIR``).
"""

from __future__ import annotations

import argparse
import sys

from ssw_desk.errors import DeskError
from ssw_desk.services.context import Desk
from ssw_desk.services.decisions import UnresolvedFailures, approve
from ssw_desk.services.requests import list_requests


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db")
    args = parser.parse_args()
    desk = Desk.open(args.db)
    try:
        for view in list_requests(desk):
            try:
                approve(desk, request_id=view.id)
            except UnresolvedFailures as exc:
                if any(c.startswith(("roster.", "eligibility.")) for c in exc.codes):
                    continue  # a report needs the applicant in the roster as not passed
                reasons = {code: "install check: accepted" for code in exc.codes}
                try:
                    approve(desk, request_id=view.id, overrides=reasons)
                except DeskError:
                    continue
            except DeskError:
                continue
            print(view.id)
            return 0
    finally:
        desk.close()
    print("no request could be approved", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
