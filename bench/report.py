"""Benchmark Score report generation: one report, then a batch of 100.

Run: ``python bench/report.py [--out DIR]``. Prints wall-clock figures; the target is
<= 150 ms per report after the first (font registration happens once per process).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import io
import statistics
import time
from pathlib import Path

from PIL import Image

from ssw_desk.reports import (
    ReportData,
    generate_key,
    issue_report,
    public_key_pem,
    verify_pdf,
)
from ssw_desk.resources import resource_path

TARGET_MS = 150.0


def _photo() -> bytes:
    # the demo face the desk ships (runs in a plain install, no scikit-image)
    with Image.open(resource_path("demo", "face.jpg")) as face:
        image = face.convert("RGB").resize((480, 552))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def _sample(index: int, photo: bytes) -> ReportData:
    return ReportData(
        serial=f"JAIM-2025-{index:06d}",
        issue_date=dt.date(2025, 7, 1),
        exam_number=f"SSW2M24{index:07d}",
        exam_date=dt.date(2024, 5, 12),
        category=("machining_metal", "electrical_electronic", "metal_surface")[index % 3],
        name="NGUYEN THI THANH HUONG MARIA CONCEPCION",
        nationality_code="VN",
        nationality_ja="ベトナム",
        nationality_en="Viet Nam",
        date_of_birth=dt.date(1995, 3, 8),
        sex="F",
        score=40 + index % 20,
        passing_score=60,
        max_score=100,
        photo=photo,
    )


def main() -> None:
    """Time the first report, single reports, a batch of 100 and offline verification."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, help="write the batch PDFs here")
    args = parser.parse_args()
    key = generate_key()
    photo = _photo()
    reports = [_sample(i, photo) for i in range(100)]

    start = time.perf_counter()
    _code, first_pdf = issue_report(reports[0], key)
    first_ms = (time.perf_counter() - start) * 1000

    singles = []
    for data in reports[:20]:
        start = time.perf_counter()
        issue_report(dataclasses.replace(data), key)
        singles.append((time.perf_counter() - start) * 1000)

    start = time.perf_counter()
    pdfs = [issue_report(data, key)[1] for data in reports]
    batch_s = time.perf_counter() - start

    public = public_key_pem(key)
    start = time.perf_counter()
    assert all(verify_pdf(pdf, public).valid for pdf in pdfs[:20])
    verify_ms = (time.perf_counter() - start) * 1000 / 20

    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for data, pdf in zip(reports, pdfs, strict=True):
            (args.out / f"{data.serial}.pdf").write_bytes(pdf)

    median = statistics.median(singles)
    print(f"first report (incl. font registration): {first_ms:7.1f} ms")
    print(f"single report, median of 20:             {median:7.1f} ms  (target <= {TARGET_MS:.0f})")
    print(f"single report, max of 20:                {max(singles):7.1f} ms")
    print(
        f"batch of 100:                            {batch_s:7.2f} s  ({batch_s * 10:.1f} ms each)"
    )
    print(f"verify_pdf, mean of 20:                  {verify_ms:7.1f} ms")
    print(f"PDF size:                                {len(first_pdf) / 1024:7.1f} KiB")
    print("OK" if median <= TARGET_MS else "SLOWER THAN TARGET")


if __name__ == "__main__":
    main()
