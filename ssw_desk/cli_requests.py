"""Command line decisions: ``ssw-desk requests approve|flag|reject|reopen|note|claim|release``.

Each takes ``--expect-revision N`` (the revision the caller decided on; without it the current
one) and ``--json``; it exits 0 on success and 2 on a refusal, printed by the one error printer
(:func:`ssw_desk.cli_settings.print_error`: ``{"error": CODE, "message": SENTENCE, ...}`` with
``--json``, the sentence otherwise). They call the same
services as the desk, through the single write path.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ssw_desk.cli_settings import print_error
from ssw_desk.errors import DeskError

ACTIONS = ("approve", "flag", "reject", "note", "claim", "release", "reopen")


def _revision(p: argparse.ArgumentParser) -> None:
    p.add_argument("--expect-revision", type=int, help="the revision the decision was taken on")
    p.add_argument("--json", action="store_true")


def add_parsers(rsub: Any) -> None:
    """Adds the decision commands to the ``requests`` group."""
    q = rsub.add_parser("approve", help="approve (overrides: failing finding CODE=REASON)")
    q.add_argument("id", type=int)
    q.add_argument("--override", action="append", default=[], metavar="CODE=REASON")
    _revision(q)
    q = rsub.add_parser("flag", help="write the deficiency notice; wait for the applicant")
    q.add_argument("id", type=int)
    q.add_argument("--point", action="append", default=[], metavar="CODE", required=True)
    q.add_argument("--extra", help="the clerk's own words, added as the last point")
    _revision(q)
    q = rsub.add_parser("reject", help="reject as ineligible and write the notice")
    q.add_argument("id", type=int)
    q.add_argument("--reason", required=True, metavar="CODE")
    _revision(q)
    q = rsub.add_parser("reopen", help="reopen an approved or rejected request (supervisor)")
    q.add_argument("id", type=int)
    q.add_argument("--reason", required=True)
    _revision(q)
    q = rsub.add_parser("note", help="add a note to the history")
    q.add_argument("id", type=int)
    q.add_argument("text")
    _revision(q)
    q = rsub.add_parser("claim", help="claim a request for review (expires like any claim)")
    q.add_argument("id", type=int)
    q.add_argument("--take-over", metavar="REASON", help="take over another clerk's claim")
    _revision(q)
    q = rsub.add_parser("release", help="give up your claim")
    q.add_argument("id", type=int)
    _revision(q)


def _overrides(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        code, sep, reason = item.partition("=")
        if not sep or not code.strip() or not reason.strip():
            raise DeskError("decision.override_format", item.split("=", 1)[0])
        out[code.strip()] = reason.strip()
    return out


def _revision_now(desk: Any, request_id: int) -> int:
    from ssw_desk.services.requests import request_revision

    return request_revision(desk, request_id=request_id)


def run(desk: Any, args: argparse.Namespace) -> int | None:
    """Runs a decision command; None when ``args`` is not one of them."""
    if getattr(args, "action", None) not in ACTIONS:
        return None
    from ssw_desk.services import claims, decisions

    rid, rev = args.id, args.expect_revision
    result: dict[str, Any]
    try:
        if args.action == "approve":
            d = decisions.approve(
                desk, request_id=rid, overrides=_overrides(args.override), expect_revision=rev
            )
            result = {"status": str(d.status), "due_date": d.due_date, "overrides": d.overrides}
        elif args.action == "flag":
            n = decisions.flag_deficiencies(
                desk, request_id=rid, items=args.point, extra_text=args.extra, expect_revision=rev
            )
            result = {"status": str(n.status), "message_id": n.message_id}
        elif args.action == "reject":
            n = decisions.reject(desk, request_id=rid, reason=args.reason, expect_revision=rev)
            result = {"status": str(n.status), "message_id": n.message_id}
        elif args.action == "reopen":
            d = decisions.reopen(desk, request_id=rid, reason=args.reason, expect_revision=rev)
            result = {"status": str(d.status), "due_date": d.due_date}
        elif args.action == "note":
            decisions.add_note(desk, request_id=rid, text=args.text, expect_revision=rev)
            result = {}
        elif args.action == "claim":
            c = claims.claim(desk, request_id=rid, take_over=args.take_over, expect_revision=rev)
            result = {"claim": c.claim.as_json(), "taken_from": c.taken_from}
        else:
            claims.release(desk, request_id=rid, expect_revision=rev)
            result = {}
    except DeskError as exc:
        return print_error(exc, as_json=args.json)
    result = {"id": rid, "revision": _revision_now(desk, rid), **result}
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        print(f"{args.action}: request {rid} now at revision {result['revision']}")
    return 0
