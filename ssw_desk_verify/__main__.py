"""``python -m ssw_desk_verify REPORT.pdf|CODE --keys public-keys.json [--revocations FILE]``.

Prints the verdict (``--json``: the same object as ``ssw-desk report verify --json``); exit
status 0 for valid, 1 otherwise, 2 for unusable key or revocation files.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ssw_desk_verify.registry import load_registry
from ssw_desk_verify.verify import verify_code, verify_pdf

_MAX_NAME = 4096


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ssw-desk-verify", description=__doc__)
    parser.add_argument("target", help="a report PDF or a printed/scanned code")
    parser.add_argument(
        "--keys", required=True, help="public-key registry (ssw-desk report public-key)"
    )
    parser.add_argument("--revocations", help="revocation list (ssw-desk report revocations)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        revocations = Path(args.revocations).read_bytes() if args.revocations else None
        registry = load_registry(Path(args.keys).read_bytes(), revocations)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"error: cannot use the key or revocation file: {exc}", file=sys.stderr)
        return 2
    target: str = args.target
    pdf = None
    if len(target) <= _MAX_NAME and not target.strip().upper().startswith("SSW"):
        path = Path(target)
        try:
            if path.is_file():
                pdf = path.read_bytes()
            elif path.suffix.lower() == ".pdf":
                print(f"error: no such file: {path.name}", file=sys.stderr)
                return 2
        except OSError as exc:
            print(f"error: cannot read the file: {type(exc).__name__}", file=sys.stderr)
            return 2
    answer = verify_pdf(pdf, registry) if pdf is not None else verify_code(target, registry)
    if args.json:
        json.dump(answer.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        line = f"{answer.result}: {answer.serial or '?'}"
        print(line + (f" ({answer.reason})" if answer.reason else ""))
        for key, value in (answer.signed or {}).items():
            print(f"  {key}: {value}")
        if registry.revocations_as_of is None:
            print("  (no revocation list given: revoked or superseded reports are not detected)")
    return 0 if answer.result == "valid" else 1


if __name__ == "__main__":
    sys.exit(main())
