"""The earlier scheme SSW1 (Ed25519 over key fields), still verified for reports before SSW2."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
import segno

from ssw_desk.reports import ReportData
from ssw_desk.reports.signing import (
    CODE_PATTERN,
    generate_key,
    public_key_pem,
    sign_report,
    verify_code,
)


def test_code_shape_fits_small_qr(data: ReportData, private_pem: bytes) -> None:
    code = sign_report(data, private_pem)
    assert CODE_PATTERN.fullmatch(code)
    assert code.startswith("SSW1.JAIM-2025-000123.")
    qr = segno.make(code, error="m", micro=False)
    assert qr.mode == "alphanumeric"
    assert qr.version <= 7  # <= 45 modules: ~0.7 mm per module at 3 cm


def test_valid_with_and_without_expected(
    data: ReportData, private_pem: bytes, public_pem: bytes
) -> None:
    code = sign_report(data, private_pem)
    alone = verify_code(code, public_pem)
    assert alone.status == "valid" and alone.serial == data.serial and alone.fields is None
    full = verify_code(code, public_pem, expected=data)
    assert full.valid and full.fields == data.signed_fields()


def test_signing_is_deterministic_over_fields_only(
    make_data: Callable[..., ReportData], private_pem: bytes
) -> None:
    # The photo, nationality and sex are not key fields; equal key fields give an equal code.
    a = make_data()
    b = make_data(photo=b"other", nationality_en="Vietnam", sex="F")
    assert sign_report(a, private_pem) == sign_report(b, private_pem)
    assert sign_report(make_data(score=Decimal("50.0")), private_pem) == sign_report(a, private_pem)


def test_spaces_line_breaks_and_case_are_forgiven(
    data: ReportData, private_pem: bytes, public_pem: bytes
) -> None:
    code = sign_report(data, private_pem)
    typed = " ".join(code[i : i + 4] for i in range(0, len(code), 4)).lower()
    assert verify_code(typed.replace(" ", "\n", 3), public_pem, expected=data).valid


@pytest.mark.parametrize(
    "changes",
    [
        {"serial": "JAIM-2025-000124"},
        {"issue_date": dt.date(2025, 7, 2)},
        {"exam_number": "SSW2M240012346"},
        {"name": "TRAN VAN AM"},
        {"date_of_birth": dt.date(1995, 8, 3)},
        {"score": 51},
        {"score": Decimal("50.5")},
        {"passing_score": 62},
        {"max_score": 120},
        {"category": "machining_metal"},
        {"exam_date": dt.date(2024, 5, 13)},
    ],
)
def test_any_key_field_change_is_invalid(
    make_data: Callable[..., ReportData],
    private_pem: bytes,
    public_pem: bytes,
    changes: dict,
) -> None:
    code = sign_report(make_data(), private_pem)
    result = verify_code(code, public_pem, expected=make_data(**changes))
    assert result.status == "invalid"
    assert result.reason == "code.fields_mismatch"


def test_result_field_is_signed(
    make_data: Callable[..., ReportData], private_pem: bytes, public_pem: bytes
) -> None:
    fail = make_data().signed_fields()
    passed = type(fail)(**{**fail.__dict__, "result": "pass"})
    code = sign_report(fail, private_pem)
    assert verify_code(code, public_pem, expected=passed).reason == "code.fields_mismatch"


def _flip(ch: str) -> str:
    return "B" if ch == "A" else "A"


def test_every_character_of_the_code_matters(
    data: ReportData, private_pem: bytes, public_pem: bytes
) -> None:
    code = sign_report(data, private_pem)
    for i, ch in enumerate(code):
        if ch in ".-" or i < 5:
            continue
        tampered = code[:i] + _flip(ch) + code[i + 1 :]
        assert verify_code(tampered, public_pem).status == "invalid", i


def test_trailing_base32_bits_cannot_be_varied(
    data: ReportData, private_pem: bytes, public_pem: bytes
) -> None:
    code = sign_report(data, private_pem)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    last = alphabet.index(code[-1])
    for other in alphabet:
        if other != code[-1] and alphabet.index(other) >> 3 == last >> 3:
            assert verify_code(code[:-1] + other, public_pem).status == "invalid"


@pytest.mark.parametrize(
    "bad",
    ["", "SSW1", "SSW2.A.B.C", "hello world", "SSW1.JAIM-1.AAAA.BBBB", "SSW1..X.Y"],
)
def test_malformed_codes(bad: str, public_pem: bytes) -> None:
    result = verify_code(bad, public_pem)
    assert result.status == "invalid" and result.reason == "code.malformed"


def test_wrong_key_is_invalid(data: ReportData, private_pem: bytes) -> None:
    code = sign_report(data, private_pem)
    other = public_key_pem(generate_key())
    assert verify_code(code, other).reason == "code.bad_signature"


def test_encrypted_key(data: ReportData) -> None:
    pem = generate_key(b"secret")
    assert b"ENCRYPTED" in pem
    code = sign_report(data, pem, password=b"secret")
    assert verify_code(code, public_key_pem(pem, b"secret"), expected=data).valid
    with pytest.raises((ValueError, TypeError)):
        sign_report(data, pem)


def test_keys_are_pem(private_pem: bytes, public_pem: bytes) -> None:
    assert private_pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    assert public_pem.startswith(b"-----BEGIN PUBLIC KEY-----")
    with pytest.raises(ValueError):
        public_key_pem(public_pem)
