"""The exam roster (results list) of the demo population as CSV, English or Japanese."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from ssw_desk.demo.people import CATEGORIES, NATIONALITIES, VENDOR_REPORTS_FROM, Person

__all__ = ["EN_HEADERS", "JA_HEADERS", "roster_csv"]

EN_HEADERS = ("exam_number", "exam_date", "category", "name", "nationality", "date_of_birth",
              "sex", "score", "passing_score", "max_score", "result")  # fmt: skip
JA_HEADERS = ("受験番号", "受験日", "試験区分", "氏名", "国籍", "生年月日", "性別", "得点",
              "合格点", "満点", "結果")  # fmt: skip


def roster_csv(people: Iterable[Person], *, japanese: bool = False) -> bytes:
    """Write one row per exam sat before 4 Nov 2025 (later ones are the vendor's business).

    Args:
        people: The population.
        japanese: Japanese headers and values (合格/不合格, 男/女, category names), cp932 with
            CRLF as Excel writes it; otherwise English headers and codes in UTF-8.

    Returns:
        The CSV bytes.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n" if japanese else "\n")
    writer.writerow(JA_HEADERS if japanese else EN_HEADERS)
    for person in people:
        for exam in person.exams:
            if exam.date >= VENDOR_REPORTS_FROM:
                continue
            if japanese:
                row = (exam.number, exam.date.strftime("%Y/%m/%d"), CATEGORIES[exam.category][0],
                       person.card_name, NATIONALITIES[person.nationality][0],
                       person.birth.strftime("%Y/%m/%d"), "男" if person.sex == "M" else "女",
                       exam.score, exam.passing_score, exam.max_score,
                       "合格" if exam.passed else "不合格")  # fmt: skip
            else:
                result = "pass" if exam.passed else "fail"
                row = (exam.number, exam.date.isoformat(), exam.category, person.card_name,
                       person.nationality, person.birth.isoformat(), person.sex, exam.score,
                       exam.passing_score, exam.max_score, result)  # fmt: skip
            writer.writerow(row)
    return buffer.getvalue().encode("cp932" if japanese else "utf-8")
