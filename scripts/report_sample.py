"""Renders a Score report from demo data to a PNG for the README (needs pdftoppm).

Usage: ``python scripts/report_sample.py docs/screenshots/report.png``. Builds its own demo
database in a temporary folder: nothing personal is involved.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(out: str) -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SSW_DESK_DATA_DIR"] = folder
        from ssw_desk.services import report_keys, reports
        from ssw_desk.services.context import Desk
        from ssw_desk.services.decisions import approve
        from ssw_desk.services.demo import make_demo
        from ssw_desk.services.requests import list_requests

        desk = Desk.open(f"sqlite:///{folder}/demo.sqlite3")
        key = report_keys.create_key(desk, "sample passphrase", issuer="Demo issuer")
        report_keys.register(desk, key.certificate_pem())
        make_demo(desk, count=12)
        for view in list_requests(desk):
            roster = view.roster_match
            face = [a for a in view.attachments if a.role == "face_photo"]
            if not roster or roster["result"] != "fail" or not face:
                continue
            if face[0].photo_report is None or not face[0].photo_report.get("ok"):
                continue
            fails = {f["code"]: "demo" for f in view.findings if f["status"] == "fail"}
            if fails:
                continue
            approve(desk, request_id=view.id, overrides={})
            issued = reports.issue(desk, request_id=view.id)
            pdf = Path(folder) / "report.pdf"
            pdf.write_bytes(issued.pdf)
            stem = Path(folder) / "page"
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", pdf, stem], check=True)
            Path(out).write_bytes(stem.with_suffix(".png").read_bytes())
            print(f"{issued.serial} -> {out}")
            desk.close()
            return 0
        desk.close()
    print("no clean demo request found", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "report.png"))
