"""``ssw-desk settings list/get/set`` (admin) and how the command line words its errors.

Every setting is the registry's (:mod:`ssw_desk.services.settings`): ``list`` shows each key with
its version, fields and types; ``get KEY`` its values in force; ``set KEY.FIELD VALUE`` validates
and stores one field (a list as JSON or comma-separated text). A refusal names the setting and
the rule, exits with 2 and, with ``--json``, prints ``{"error": CODE, "message": SENTENCE}``.

The language of sentences: ``SSW_DESK_LANG`` (``ja``/``en``), else Japanese when the locale
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``) is Japanese, else English.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from ssw_desk import messages
from ssw_desk.errors import DeskError


def cli_lang() -> str:
    chosen = os.environ.get("SSW_DESK_LANG", "")
    if chosen in messages.LANGS:
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "ja" if value.startswith("ja") else "en"
    return "en"


def error_json(exc: DeskError) -> dict[str, Any]:
    """A refusal as ``--json`` prints it: code, sentence, and the detail (never personal); a
    ``request.changed`` adds the changes since and the current revision."""
    out: dict[str, Any] = {"error": exc.code, "message": messages.error_sentence(exc, cli_lang())}
    if exc.detail:
        out["detail"] = exc.detail
    changes = getattr(exc, "changes", None)
    if changes is not None:
        out["changes"] = changes
        out["revision"] = getattr(exc, "current", None)
    return out


def print_error(exc: DeskError, *, as_json: bool) -> int:
    """The one error printer of the command line: a refusal as a sentence (stderr) or as JSON
    (stdout, :func:`error_json`); returns the exit code 2.

    The plain form adds the error's detail on a second line when the sentence does not already
    hold it (which key was expected, which file: what an administrator needs; never personal).
    """
    sentence = messages.error_sentence(exc, cli_lang())
    if as_json:
        json.dump(error_json(exc), sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        print(f"error: {sentence} ({exc.code})", file=sys.stderr)
        if exc.detail and exc.detail not in sentence:
            print(f"  {exc.detail}", file=sys.stderr)
    return 2


def add_parsers(sub: Any) -> None:
    """Adds ``settings`` to the ``ssw-desk`` sub-commands."""
    p = sub.add_parser("settings", help="the desk's settings: list, get, set (admin)")
    ss = p.add_subparsers(dest="action", required=True)
    q = ss.add_parser("list", help="every setting with its version, fields and types")
    q.add_argument("--json", action="store_true")
    q = ss.add_parser("get", help="the values in force of one setting")
    q.add_argument("key")
    q.add_argument("--json", action="store_true")
    q = ss.add_parser("set", help="set one field, e.g. intake.max_file_mb 3")
    q.add_argument("name", help="KEY.FIELD")
    q.add_argument("value", help="text, number, YYYY-MM-DD, or a JSON list")
    q.add_argument("--json", action="store_true")


def _value(raw: str) -> Any:
    """A command-line value: a JSON list or object when it is one, else the text (the
    setting's declaration converts text to its number, date or list type)."""
    if raw.lstrip()[:1] not in ("[", "{"):
        return raw
    try:
        parsed = json.loads(raw)
    except ValueError:
        return raw
    return parsed if isinstance(parsed, list | dict) else raw


def _show(view: Any, *, as_json: bool) -> None:
    if as_json:
        json.dump(view.as_json(), sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return
    print(f"{view.key} (version {view.version}{'' if view.editable else ', read-only'})")
    for name, value in (view.value or {}).items():
        kind = view.fields.get(name, "")
        print(f"  {name:28} {json.dumps(value, ensure_ascii=False)}  [{kind}]")


def run(desk: Any, args: argparse.Namespace) -> int:
    """Runs ``settings``; a refusal is printed as a sentence with its code (exit 2)."""
    from ssw_desk.services import settings_admin

    try:
        if args.action == "list":
            views = settings_admin.list_settings(desk)
            if args.json:
                json.dump([v.as_json() for v in views], sys.stdout, ensure_ascii=False, indent=2)
                sys.stdout.write("\n")
            else:
                for v in views:
                    about = v.about[0 if cli_lang() == "ja" else 1]
                    print(f"{v.key:22} v{v.version}  {about}")
            return 0
        if args.action == "get":
            _show(settings_admin.get_setting(desk, key=args.key), as_json=args.json)
            return 0
        view = settings_admin.set_setting(desk, name=args.name, value=_value(args.value))
        _show(view, as_json=args.json)
        return 0
    except DeskError as exc:
        return print_error(exc, as_json=args.json)
