"""Fixtures for report tests: a face photo built in code, issuer keys, a registry, sample data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Callable
from typing import Any

import pytest
from PIL import Image
from skimage import data as skdata

from ssw_desk.reports import IssuerKey, ReportData, create_issuer_key, issue_report
from ssw_desk.reports.signing import generate_key, public_key_pem
from ssw_desk_verify.registry import KeyEntry, Registry


@pytest.fixture(scope="session")
def photo_bytes() -> bytes:
    """A head-and-shoulders colour photo (the astronaut sample, 240 x 276 px)."""
    image = Image.fromarray(skdata.astronaut()).crop((130, 0, 370, 276))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


@pytest.fixture(scope="session")
def private_pem() -> bytes:
    return generate_key()


@pytest.fixture(scope="session")
def public_pem(private_pem: bytes) -> bytes:
    return public_key_pem(private_pem)


@pytest.fixture(scope="session")
def make_data(photo_bytes: bytes) -> Callable[..., ReportData]:
    """Factory for report data; keyword arguments replace the defaults."""
    base = ReportData(
        serial="JAIM-2025-000123",
        issue_date=dt.date(2025, 7, 1),
        exam_number="SSW2M240012345",
        exam_date=dt.date(2024, 5, 12),
        category="electrical_electronic",
        name="TRAN VAN AN",
        nationality_code="VN",
        nationality_ja="ベトナム",
        nationality_en="Viet Nam",
        date_of_birth=dt.date(1995, 3, 8),
        sex="M",
        score=50,
        passing_score=60,
        max_score=100,
        photo=photo_bytes,
    )

    def make(**changes: Any) -> ReportData:
        return dataclasses.replace(base, **changes)

    return make


@pytest.fixture(scope="session")
def data(make_data: Callable[..., ReportData]) -> ReportData:
    return make_data()


@pytest.fixture(scope="session")
def issuer_key() -> IssuerKey:
    return create_issuer_key("Clerk A", "JAIM")


def entry(key: IssuerKey, status: str = "active") -> KeyEntry:
    """A registry entry for ``key`` valid since 2000."""
    return KeyEntry(
        key.key_id, key.issuer, key.certificate_pem().decode(), dt.date(2000, 1, 1), None, status
    )


@pytest.fixture
def registry(issuer_key: IssuerKey) -> Registry:
    """The registry a verifier holds: the issuer key, active; nothing withdrawn."""
    return Registry({issuer_key.key_id: entry(issuer_key)})


@pytest.fixture(scope="session")
def issued(data: ReportData, issuer_key: IssuerKey) -> tuple[str, bytes]:
    """(code, pdf) of the sample report."""
    return issue_report(data, issuer_key)
