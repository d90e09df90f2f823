"""Every code a module can raise or report has a sentence in Japanese and English.

The codes are collected from the source itself (``ast``), not from a list kept by hand:

* the first argument of a call to ``DeskError`` or any subclass of it (found in the source),
  and of ``super().__init__`` inside such a subclass;
* the code of every ``Finding(...)`` and ``CheckResult(...)`` (f-strings such as
  ``f"fields.{name}"`` are expanded over the names they can take);
* the string values of module constants named ``*_CODES``, of assignments to ``code`` and of
  the ``"code"`` key of dict literals (checks built as plain data);
* quarantine reasons handed to ``Digest(...)``;
* every checklist item of the deficiency catalogue;
* what the settings registry shows: each setting's name, summary and field labels
  (``SettingSpec.text_codes``; rule words are the ``RULE_CODES`` constant).

A code computed some other way fails the test until it is covered by one of these rules, so a
new code cannot slip past the table :data:`ssw_desk.messages.MESSAGES`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from ssw_desk import messages
from ssw_desk.domain.deficiencies import DEFAULT_CATALOGUE
from ssw_desk.domain.lifecycle import REFUSAL_CODES
from ssw_desk.domain.model import FIELD_NAMES, ROLES
from ssw_desk.domain.placeholders import PLACEHOLDER_ERROR_CODES
from ssw_desk.services.settings import REGISTRY

SOURCE = Path(__file__).resolve().parents[1] / "ssw_desk"

#: What an f-string code's placeholder can be (prefix -> values).
EXPANSIONS: dict[str, tuple[str, ...]] = {
    "fields.": FIELD_NAMES,
    "roster.": ("exam_date", "category", "name", "nationality", "date_of_birth", "sex"),
    "attachments.": tuple(r for r in ROLES if r != "other"),
}

#: Codes the GUI derives from exceptions that are not DeskErrors (``gui/i18n.error_code``).
COARSE = ("database.busy", "internal")

#: Functions that raise a code held in a variable, and the constant listing what it can hold.
DYNAMIC: dict[str, tuple[str, ...]] = {
    "check_placeholders": PLACEHOLDER_ERROR_CODES,
}

#: Functions that answer a code, and the constant listing what they can answer: a variable
#: assigned from a call to one of them is a code the scan knows.
RETURNS: dict[str, tuple[str, ...]] = {
    "refusal": REFUSAL_CODES,
}


def _trees() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(SOURCE.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _fixed_code_classes(trees: list[tuple[Path, ast.Module]]) -> set[str]:
    """Error classes whose ``__init__`` hands a literal code to ``super().__init__``: their own
    arguments are not codes (``UnresolvedFailures(finding_codes)``)."""
    out = set()
    for _, tree in trees:
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                first = call.args[0] if call.args else None
                if _name(call.func) == "__init__" and isinstance(first, ast.Constant):
                    out.add(cls.name)
    return out


def _error_classes(trees: list[tuple[Path, ast.Module]]) -> set[str]:
    """``DeskError`` and every class deriving from it, to a fixed point."""
    found = {"DeskError"}
    while True:
        more = {
            node.name
            for _, tree in trees
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(isinstance(b, ast.Name) and b.id in found for b in node.bases)
        }
        if more <= found:
            return found
        found |= more


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _strings(node: ast.AST) -> list[str]:
    return [
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


def _code_of(arg: ast.expr, where: str, unresolved: list[str]) -> list[str]:
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg.value]
    if isinstance(arg, ast.JoinedStr):
        head = arg.values[0]
        prefix = head.value if isinstance(head, ast.Constant) else ""
        if isinstance(prefix, str) and prefix in EXPANSIONS and len(arg.values) == 2:
            return [prefix + v for v in EXPANSIONS[prefix]]
    unresolved.append(where)
    return []


def collect_codes() -> tuple[set[str], list[str]]:
    """Every code found, and the places whose code could not be resolved."""
    trees = list(_trees())
    errors = _error_classes(trees)
    fixed = _fixed_code_classes(trees)
    codes: set[str] = set(COARSE)
    unresolved: list[str] = []
    for path, tree in trees:
        rel = path.relative_to(SOURCE.parent)
        for func in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            params = {a.arg for a in (*func.args.args, *func.args.kwonlyargs)}
            assigned = {
                t.id
                for n in ast.walk(func)
                if isinstance(n, ast.Assign)
                for t in n.targets
                if isinstance(t, ast.Name) and t.id == "code"
            }
            returned = {
                t.id
                for n in ast.walk(func)
                if isinstance(n, ast.Assign)
                and isinstance(n.value, ast.Call)
                and _name(n.value.func) in RETURNS
                for t in n.targets
                if isinstance(t, ast.Name)
            }
            if returned:
                codes.update(c for r in RETURNS.values() for c in r)
            if func.name in DYNAMIC:
                codes.update(DYNAMIC[func.name])
            for call in (n for n in ast.walk(func) if isinstance(n, ast.Call)):
                name = _name(call.func)
                where = f"{rel}:{call.lineno}"
                arg: ast.expr | None = call.args[0] if call.args else None
                for kw in call.keywords:
                    if kw.arg == "code":
                        arg = kw.value
                if (
                    name in errors
                    or name in ("Finding", "CheckResult")
                    or (
                        name == "__init__"
                        and any(c.name in errors - {"DeskError"} for c in _classes_of(tree, func))
                    )
                ):
                    if arg is None or name in fixed:
                        continue
                    if isinstance(arg, ast.Name) and (
                        arg.id in params
                        or arg.id in assigned
                        or arg.id in returned
                        or func.name in DYNAMIC
                    ):
                        continue  # handed through, or collected from its assignments
                    if isinstance(arg, ast.Attribute) and arg.attr == "code":
                        continue  # a caught error's code raised again with more detail
                    if isinstance(
                        arg, ast.Name | ast.Subscript | ast.Attribute | ast.Call
                    ) and name in ("Finding", "CheckResult"):
                        continue  # re-wrapping a check already collected (report -> finding,
                        # or a stored report read back)
                    codes.update(_code_of(arg, where, unresolved))
                elif name == "Digest" and len(call.args) >= 3:
                    codes.update(s for s in _strings(call.args[2]) if "." in s)
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):  # {"code": "file.readable", ...} as a report holds
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and key.value == "code":
                        codes.update(
                            s for s in [getattr(value, "value", None)] if isinstance(s, str)
                        )
            if isinstance(node, ast.Assign):
                targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
                if any(t.endswith("_CODES") or t == "code" for t in targets):
                    codes.update(s for s in _strings(node.value) if "." in s)
    codes.update(e.code for e in DEFAULT_CATALOGUE.items() if "." in e.code)
    codes.update(c for spec in REGISTRY.values() for c in spec.text_codes())
    return codes, unresolved


def _classes_of(tree: ast.Module, func: ast.FunctionDef) -> list[ast.ClassDef]:
    return [c for c in ast.walk(tree) if isinstance(c, ast.ClassDef) and func in ast.walk(c)]


CODES, UNRESOLVED = collect_codes()


def test_the_scan_finds_the_codes_it_must() -> None:
    """The collector itself works: codes of every kind are found, none is left unresolved."""
    for known in (
        "report.not_approved",  # DeskError literal
        "decision.unresolved_failures",  # super().__init__ in a subclass
        "image.truncated",  # code = "..." if ... else "..."
        "mail.truncated",  # MAIL_ERROR_CODES
        "intake.internal_error",  # a quarantine reason
        "fields.date_of_birth",  # f-string expanded
        "photo.head_size",  # CheckResult
        "file.readable",  # check-photo's unreadable file
        "settings.invalid",  # SettingError
        "catalogue.placeholder_missing",  # PLACEHOLDER_ERROR_CODES
    ):
        assert known in CODES, known
    assert UNRESOLVED == [], "codes computed in a way the scan cannot follow"


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_has_a_sentence_in_both_languages(code: str) -> None:
    assert messages.has_text(code), f"add one line for {code!r} to ssw_desk/messages.py"


def test_no_sentence_is_left_without_a_code() -> None:
    """A line in the table that no module uses any more is dead text."""
    assert sorted(set(messages.MESSAGES) - CODES) == []


def test_sentences_keep_their_placeholders_in_both_languages() -> None:
    import string

    for code, (ja, en) in messages.MESSAGES.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in (ja, en)]
        assert fields[0] == fields[1], code


@pytest.mark.parametrize(
    ("code", "value", "limits", "ja", "en"),
    [
        (
            "photo.head_size",
            0.58,
            {"min": 0.5, "max": 0.69},
            "頭部の高さ 58 %（基準 50〜69 %）",
            "Head height 58 % (limit: 50-69 %)",
        ),
        (
            "file.size",
            "2202010",
            {"max_bytes": 5242880, "max_mb": 5.0, "mb_bytes": 1048576},
            "ファイルの容量 2.1 MB（基準 5 MB 未満）",
            "File size 2.1 MB (limit: under 5 MB)",
        ),
        (
            "file.size",
            46080,
            {"max_bytes": 3000000, "max_mb": 3.0, "mb_bytes": 1000000},
            "ファイルの容量 46 KB（基準 3 MB 未満）",
            "File size 46 KB (limit: under 3 MB)",
        ),
        (
            "photo.pose",
            "roll 21.0 deg, yaw 0.10",
            {"roll_warn_deg": 10, "roll_fail_deg": 20, "yaw_warn": 0.25, "yaw_fail": 0.45},
            "顔の向き・傾き 傾き 21.0°、向き 0.10（基準 傾き 20° 以下、向き 0.45 以下）",
            "Head turn and tilt roll 21.0°, yaw 0.10 (limit: roll at most 20°, yaw at most 0.45)",
        ),
        (
            "photo.head_covering",
            "height 0.41, width 1.50",
            {"height_max": 0.55, "width_max": 1.75},
            "帽子などのかぶり物 高さ 0.41、幅 1.50（基準 高さ 0.55 以下、幅 1.75 以下）",
            "Hat or head covering height 0.41, width 1.50"
            " (limit: height at most 0.55, width at most 1.75)",
        ),
        (
            "photo.head_covering",
            "colour 0.82, white 0.00, height 0.41",
            {"colour_max": 0.15, "white_max": 0.5, "height_max": 0.55, "width_max": 1.75},
            "帽子などのかぶり物 色 0.82、白 0.00、高さ 0.41（基準 色 0.15 未満、白 0.5 未満）",
            "Hat or head covering colour 0.82, white 0.00, height 0.41"
            " (limit: colour under 0.15, white under 0.5)",
        ),
        (
            "photo.pose",
            "roll 1.0 deg, yaw 0.02, nod +28 deg",
            {"roll_fail_deg": 20, "yaw_fail": 0.45, "pitch_up_deg": 24, "pitch_down_deg": 30},
            "顔の向き・傾き 傾き 1.0°、向き 0.02、上下 +28°"
            "（基準 傾き 20° 以下、向き 0.45 以下、上下 -30°〜+24°）",
            "Head turn and tilt roll 1.0°, yaw 0.02, nod +28°"
            " (limit: roll at most 20°, yaw at most 0.45, nod -30° to +24°)",
        ),
        (
            "photo.face_covered",
            "face visibility 3.6, mouth skin 0.00, chin skin 0.00, nose skin 0.40",
            {"skin_min": 0.05, "visibility_min": 10.0},
            "顔を覆うもの（マスク・手など） 顔の見え方 3.6、口元の肌 0.00、"
            "あごの肌 0.00、鼻の肌 0.40（基準 顔の見え方 10 以上）",
            "Face covered (mask, hand or object) face visibility 3.6, mouth skin 0.00, chin skin"
            " 0.00, nose skin 0.40 (limit: face visibility at least 10)",
        ),
        (
            "file.format",
            "heic",
            {"accepted": ["jpeg", "gif", "png"]},
            "ファイル形式 HEIC（基準 JPG、GIF、PNG）",
            "File format HEIC (limit: JPG, GIF or PNG)",
        ),
        (
            "photo.age",
            "2025-01-02",
            {"max_days": 183},
            "撮影日 2025年1月2日（基準 183 日以内）",
            "Date taken 2 January 2025 (limit: within 183 days)",
        ),
        (
            "photo.age",
            None,
            {"max_days": 183},
            "撮影日（基準 183 日以内）",
            "Date taken (limit: within 183 days)",
        ),
        (
            "roster.name",
            "NGUYEN",
            None,
            "氏名が名簿と一致しません",
            "The name differs from the roster",
        ),
    ],
)
def test_findings_read_as_sentences_in_human_units(
    code: str, value: object, limits: object, ja: str, en: str
) -> None:
    assert messages.finding_sentence(code, "ja", value, limits) == ja
    assert messages.finding_sentence(code, "en", value, limits) == en


def test_error_sentences_name_their_params_and_unknown_codes_degrade() -> None:
    from ssw_desk.domain.settings_schema import SettingError

    exc = SettingError(
        "settings.invalid", "intake.max_file_mb", ("0以上100以下", "between 0 and 100")
    )
    assert messages.error_sentence(exc, "en") == (
        "The setting “File size limit (MB)” (intake.max_file_mb) was refused:"
        " it must be between 0 and 100."
    )
    assert messages.error_sentence(exc, "ja") == (
        "設定「ファイルの上限（MB）」（intake.max_file_mb）の値が規則に合いません（規則：0以上100以下）。"
    )
    assert messages.text("some.new_code", "en").endswith("(some.new_code)")
    assert messages.error_sentence(RuntimeError("boom"), "ja") == messages.MESSAGES["internal"][0]
