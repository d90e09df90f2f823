"""``ssw-desk quarantine retry ID|--all`` and ``quarantine export ID FILE``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ssw_desk.cli_settings import cli_lang
from ssw_desk.config import write_private_file


def add_parsers(qsub: Any) -> None:
    """Adds ``retry`` and ``export`` to ``ssw-desk quarantine``."""
    q = qsub.add_parser("retry", help="import quarantined messages again (after an update)")
    q.add_argument("ids", type=int, nargs="*", metavar="ID")
    q.add_argument("--all", action="store_true", help="every message in quarantine")
    q.add_argument("--json", action="store_true")
    q = qsub.add_parser("export", help="write a quarantined message's raw file")
    q.add_argument("id", type=int, metavar="ID")
    q.add_argument("file", type=Path)


def run(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk import messages
    from ssw_desk.services.quarantine import all_quarantined, quarantined_raw, retry_quarantined

    if args.action == "export":
        write_private_file(args.file, quarantined_raw(desk, args.id, purpose="export"))
        print(f"written: {args.file}")
        return 0
    if bool(args.ids) == bool(args.all):
        print("error: give message ids or --all", file=sys.stderr)
        return 2
    ids = all_quarantined(desk) if args.all else list(args.ids)
    result = retry_quarantined(desk, ids)
    if args.json:
        json.dump(result.as_dict(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        lang = cli_lang()
        for message_id, request_id in result.imported.items():
            print(f"{message_id:6} imported: request {request_id}")
        for message_id in result.duplicates:
            print(f"{message_id:6} duplicate of a stored message")
        for message_id, reason in result.quarantined.items():
            print(f"{message_id:6} still quarantined: {messages.text(reason, lang)} ({reason})")
        for message_id in result.not_found:
            print(f"{message_id:6} {messages.text('quarantine.not_found', lang)}")
    return 0 if not (result.quarantined or result.not_found) else 1
