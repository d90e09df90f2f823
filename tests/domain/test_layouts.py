"""The extractor on the frozen layout corpus (tests/domain/layouts.py): items right and no
invented value where the applicant left an item out. The held-out families were never looked
at while tuning; their figure is the honest one (see docs/intake.md)."""

from __future__ import annotations

from ssw_desk.domain.extract import extract_fields
from ssw_desk.domain.findings import field_findings
from ssw_desk.domain.normalize import normalize_field
from tests.domain.layout_corpus import corpus
from tests.domain.layouts import FIELDS


def _score(group: str) -> tuple[float, int, int]:
    right = total = wrong = 0
    for sample in corpus(group, 60):
        found = extract_fields(sample.body).fields
        for f in FIELDS:
            truth, got = sample.truth[f], found[f].value
            total += 1
            if truth is None:
                wrong += got is not None
                right += got is None
            else:
                right += got is not None and got == normalize_field(f, truth).value
    return right / total, wrong, total


def test_tuning_families() -> None:
    share, wrong, total = _score("tuning")
    assert share >= 0.995
    assert wrong <= total // 1000


def test_held_out_families() -> None:
    share, wrong, total = _score("held_out")
    assert share >= 0.99  # measured 99.11 % (docs/intake.md); the aim is 99.5 %
    assert wrong <= total // 1000


def test_second_held_out_families() -> None:
    """A guard against regressions, not the aim: measured once at the end of the second
    round, 79.96 % (horizontal tables and wrapped sentence paragraphs are not read)."""
    share, wrong, total = _score("held_out_2")
    assert share >= 0.79
    assert wrong <= total // 1000


def test_sentence_layout_and_shape_warning() -> None:
    body = "受験番号はMT1234567です。受験日は2024年5月12日です。\n\nNGUYEN VAN AN\n男性\n"
    fields = extract_fields(body).fields
    assert fields["exam_number"].value == "MT1234567"
    assert fields["exam_date"].value == "2024-05-12"
    assert (fields["sex"].value, fields["sex"].resolved_by) == ("M", "shape")
    findings = {f.code: f.status for f in field_findings(extract_fields(body))}
    assert findings["fields.sex"] == "warn"
    assert findings["fields.name"] == "fail"  # names are never guessed
