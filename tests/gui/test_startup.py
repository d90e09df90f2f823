"""Start-up: the first window does not wait for OpenCV, the decoders or the mail parser."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = (
    "cv2",
    "ssw_desk.imaging",
    "ssw_desk.services.analysis",
    "ssw_desk.services.attachments",
    "ssw_desk.services.decisions",
    "ssw_desk.mail",
)


def test_main_window_imports_no_imaging() -> None:
    # A fresh interpreter: this one has imported everything already.
    code = (
        "import json, sys\n"
        "import ssw_desk.gui.main_window\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
