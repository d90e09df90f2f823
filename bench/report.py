"""Benchmark Score reports (scheme SSW2): issue one, a batch of 100, and verify PDFs and codes.

Run: ``python bench/report.py [--out DIR]``. Prints wall-clock figures; the target is
<= 150 ms per report after the first (font registration happens once per process) and
<= 150 ms per PDF verification (content check and the embedded PAdES signature).
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

from ssw_desk.reports import ReportData, create_issuer_key, issue_report
from ssw_desk.resources import resource_path
from ssw_desk_verify.registry import KeyEntry, Registry
from ssw_desk_verify.verify import verify_code, verify_pdf

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
    key = create_issuer_key("Bench", "JAIM")
    registry = Registry(
        {
            key.key_id: KeyEntry(
                key.key_id, key.issuer, key.certificate_pem().decode(),
                dt.date(2000, 1, 1), None, "active",
            )
        }
    )  # fmt: skip
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

    verify_pdf(pdfs[0], registry)  # pyHanko's first import
    times = []
    for pdf in pdfs[:20]:
        start = time.perf_counter()
        answer = verify_pdf(pdf, registry)
        times.append((time.perf_counter() - start) * 1000)
        assert (answer.result, answer.pdf_signature) == ("valid", "intact")
    verify_ms = statistics.median(times)
    codes = [verify_code(str(answer.code), registry) for _ in range(1)]
    start = time.perf_counter()
    for _ in range(20):
        verify_code(str(answer.code), registry)
    code_ms = (time.perf_counter() - start) * 1000 / 20
    assert codes[0].result == "valid"

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
    print(
        f"verify_pdf, median of 20:                {verify_ms:7.1f} ms  (target <= {TARGET_MS:.0f};"
        f" max {max(times):.1f})"
    )
    print(f"verify_code, mean of 20:                 {code_ms:7.1f} ms")
    print(f"PDF size:                                {len(first_pdf) / 1024:7.1f} KiB")
    ok = median <= TARGET_MS and verify_ms <= TARGET_MS
    print("OK" if ok else "SLOWER THAN TARGET")


if __name__ == "__main__":
    main()
