"""The admin's actions on settings (``ssw-desk settings list/get/set``).

Every setting is the registry's (:data:`ssw_desk.services.settings.REGISTRY`): its type, rules and
version are declared there once; this module only lists, shows and sets them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ssw_desk.domain.settings_schema import Rule, SettingError, type_name
from ssw_desk.services.context import Desk
from ssw_desk.services.settings import REGISTRY, read, spec, write

Words = tuple[str, str]
"""(Japanese, English): the screen shows the one of the interface language."""


@dataclass(frozen=True)
class SettingView:
    """One setting as ``settings list/get`` and the settings screen show it.

    Attributes:
        summary: What it is for, in English (the command line).
        fields: Field -> type name (``float``).
        name, about: The setting's name and summary in both languages.
        labels, rules: Field -> its label, and its kind with its rules, in both languages.
    """

    key: str
    version: int
    summary: str
    editable: bool
    fields: dict[str, str]
    value: dict[str, Any] | None
    name: Words = ("", "")
    about: Words = ("", "")
    labels: dict[str, Words] = dataclasses.field(default_factory=dict)
    rules: dict[str, Words] = dataclasses.field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _view(session: Session, key: str) -> SettingView:
    declared = spec(key)
    value = None if declared.secret else declared.as_json(read(session, key))
    types = {name: type_name(tp) for name, tp in declared.field_types().items()}
    return SettingView(
        key,
        declared.version,
        declared.summary_in("en"),
        declared.editable,
        types,
        value,
        name=(declared.name_in("ja"), declared.name_in("en")),
        about=(declared.summary_in("ja"), declared.summary_in("en")),
        labels={f: (declared.field_in(f, "ja"), declared.field_in(f, "en")) for f in types},
        rules={f: (declared.rule_in(f, "ja"), declared.rule_in(f, "en")) for f in types},
    )


def list_settings(desk: Desk) -> list[SettingView]:
    """Every setting (a read: no lock on SQLite)."""
    with desk.db.read() as session:
        return [_view(session, key) for key in REGISTRY]


def get_setting(desk: Desk, *, key: str) -> SettingView:
    with desk.db.read() as session:
        return _view(session, key)


def set_setting(desk: Desk, *, name: str, value: Any) -> SettingView:
    """Sets one field (``intake.max_file_mb``) and re-checks open requests (admin action).

    Raises:
        SettingError: ``settings.unknown``, ``settings.read_only`` or ``settings.invalid``,
            naming the setting and the rule.
    """
    key, _, field_name = name.partition(".")
    declared = spec(key)
    if not declared.editable:
        raise SettingError("settings.read_only", key)
    if not field_name:
        raise SettingError("settings.unknown", name)
    with desk.db.begin() as session:
        current = read(session, key, desk=desk)
        if declared.decode is not None:
            data = declared.as_json(current)
            data[field_name] = value
            try:
                new = declared.decode(data)
            except (TypeError, ValueError) as exc:
                raise SettingError(
                    "settings.invalid", name, Rule("rule.readable", bool).pair
                ) from exc
        else:
            new = declared.with_field(current, field_name, value)
        write(session, desk, key, new)
        if key == "intake":
            _recheck(session)
        return _view(session, key)


def _recheck(session: Session) -> None:
    """Findings and due dates follow the intake rule: recompute them for every request."""
    from sqlalchemy import select

    from ssw_desk.services.findings import refresh
    from ssw_desk.storage.models import Request

    for request in session.execute(select(Request)).scalars():
        refresh(session, request)
