"""How a setting is declared: its type, default, validation rules, version and upgrades.

Pure: no storage. The registry of the desk's settings (:mod:`ssw_desk.services.settings`) lists
one :class:`SettingSpec` per key of the ``settings`` table; this module holds the machinery that
every declaration shares:

* a typed value: a frozen dataclass whose defaults are the published rules;
* the stored form: only the fields that differ from the defaults, plus ``version``;
* validation: per-field :class:`Rule` objects and whole-value :class:`Check` objects, whose
  failures name the setting and the rule (``intake.max_file_mb``: "greater than 0 and at most
  100");
* upgrades: ``upgrades[n]`` turns a stored mapping of version ``n`` into version ``n + 1``; a
  stored value is brought to :attr:`SettingSpec.version` step by step on read.

Settings whose shape is not a flat dataclass (the report layout, the catalogue) give their own
``decode``/``encode`` pair instead.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from ssw_desk.errors import DeskError


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    # typing.get_type_hints evaluates every annotation string: a millisecond per class, and a
    # decision reads several settings.
    hints = typing.get_type_hints(cls)
    return {
        f.name: hints[f.name] for f in dataclasses.fields(cls) if f.metadata.get("stored", True)
    }


T = TypeVar("T")

Upgrade = Callable[[dict[str, Any]], dict[str, Any]]


class SettingError(DeskError):
    """A setting value refused, naming the setting and the rule.

    Codes: ``settings.invalid`` (breaks a rule), ``settings.unknown`` (no such setting or
    field), ``settings.read_only`` (not editable here).
    """

    def __init__(self, code: str, setting: str, rule: str = "", rule_ja: str = "") -> None:
        super().__init__(
            code,
            f"{setting}: {rule}" if rule else setting,
            {"setting": setting, "rule": (rule_ja or rule, rule)},
        )
        self.setting = setting
        self.rule = rule


@dataclass(frozen=True)
class Rule:
    """A rule one field's value must follow.

    Attributes:
        text: The rule in English words, shown in refusals ("between 0 and 1").
        test: True when a value follows the rule.
        ja: The rule in Japanese (「0以上1以下」); the English text when empty.
    """

    text: str
    test: Callable[[Any], bool]
    ja: str = ""


@dataclass(frozen=True)
class Check:
    """A rule between fields of one setting (``window_start`` before ``window_end``)."""

    fields: tuple[str, ...]
    text: str
    test: Callable[[Any], bool]


def between(lo: float, hi: float, *, open_lo: bool = False) -> Rule:
    if open_lo:
        return Rule(
            f"greater than {lo:g} and at most {hi:g}",
            lambda v: lo < v <= hi,
            f"{lo:g}より大きく{hi:g}以下",
        )
    return Rule(f"between {lo:g} and {hi:g}", lambda v: lo <= v <= hi, f"{lo:g}以上{hi:g}以下")


def one_of(*choices: Any) -> Rule:
    listed = ", ".join(map(str, choices))
    return Rule("one of " + listed, lambda v: v in choices, f"{listed} のいずれか")


def each_one_of(*choices: str) -> Rule:
    return Rule(
        "a non-empty list of " + ", ".join(choices),
        lambda v: bool(v) and all(x in choices for x in v),
        f"{', '.join(choices)} から1つ以上",
    )


def non_empty() -> Rule:
    return Rule("not empty", lambda v: bool(v.strip() if isinstance(v, str) else v), "空でないこと")


def matches(pattern: str, text: str, ja: str = "") -> Rule:
    compiled = re.compile(pattern)
    return Rule(text, lambda v: isinstance(v, str) and compiled.fullmatch(v) is not None, ja)


def _compiles(values: Sequence[str]) -> bool:
    try:
        for value in values:
            re.compile(value)
    except re.error:
        return False
    return bool(values)


def regexes() -> Rule:
    return Rule(
        "a non-empty list of valid regular expressions", _compiles, "正しい正規表現（1つ以上）"
    )


def email() -> Rule:
    return matches(
        r"[^@\s]+@[^@\s]+\.[^@\s]+",
        "an e-mail address (name@domain)",
        "メールアドレス（name@domain）",
    )


@dataclass(frozen=True)
class SettingSpec(Generic[T]):
    """One setting of the ``settings`` table, declared once.

    Attributes:
        key: Row key in the ``settings`` table.
        value_type: The typed value (a frozen dataclass for flat settings), or a function returning
            it: a type from a package the desk need not load at start-up (the photo limits
            live beside OpenCV, which the first window must not wait for).
        version: Version of the stored form this desk writes.
        summary: What the setting is for (``settings list``).
        rules: Field name -> rules its value must follow.
        checks: Rules between fields.
        upgrades: Version ``n`` -> function turning a stored mapping of version ``n`` into
            version ``n + 1``.
        decode: Stored mapping (upgraded, without ``version``) -> value; default: field by
            field over the dataclass defaults.
        encode: Value -> stored mapping (without ``version``); default: changed fields.
        editable: False when ``settings set`` must refuse it (secrets, or edited elsewhere).
        secret: True when its values are never shown.
    """

    key: str
    value_type: type[T] | Callable[[], type[T]]
    version: int
    summary: str
    rules: Mapping[str, tuple[Rule, ...]] = field(default_factory=dict)
    checks: tuple[Check, ...] = ()
    upgrades: Mapping[int, Upgrade] = field(default_factory=dict)
    decode: Callable[[Mapping[str, Any]], T] | None = None
    encode: Callable[[T], dict[str, Any]] | None = None
    editable: bool = True
    secret: bool = False

    # -- versions ---------------------------------------------------------------------------

    def upgrade(self, stored: Mapping[str, Any]) -> dict[str, Any]:
        """Brings a stored mapping to :attr:`version` (a newer one is returned unchanged)."""
        data = dict(stored)
        found = _version(data)
        while found < self.version:
            step = self.upgrades.get(found)
            if step is not None:
                data = step(data)
            found += 1
            data["version"] = found
        return data

    # -- typed value ------------------------------------------------------------------------

    @property
    def cls(self) -> type[T]:
        """The typed value's class (loaded now when declared through a function)."""
        if isinstance(self.value_type, type):
            return self.value_type
        return self.value_type()

    def default(self) -> T:
        if self.decode is not None:
            return self.decode({})
        return self.cls()

    def field_types(self) -> dict[str, Any]:
        """Stored field name -> Python type (flat dataclass settings only)."""
        if self.decode is not None:
            return {}
        return _field_types(typing.cast(type, self.cls))

    def load(self, stored: Mapping[str, Any] | None) -> tuple[T, list[str]]:
        """The value of an (upgraded) stored mapping, never raising.

        Returns:
            The value, and the names of stored fields that were ignored because they could
            not be converted or broke a rule (their defaults are used).
        """
        data = {k: v for k, v in (stored or {}).items() if k != "version"}
        if self.decode is not None:
            try:
                return self.decode(data), []
            except (TypeError, ValueError):
                return self.default(), [self.key]
        types = self.field_types()
        changes: dict[str, Any] = {}
        ignored: list[str] = []
        for name, raw in data.items():
            if name not in types:
                continue  # written by an older or newer desk
            try:
                value = convert(types[name], raw)
                self._check_field(name, value)
            except (SettingError, TypeError, ValueError):
                ignored.append(f"{self.key}.{name}")
                continue
            changes[name] = value
        value = dataclasses.replace(self.default(), **changes)  # type: ignore[type-var]
        try:
            self.validate(value)
        except SettingError:
            return self.default(), [self.key]
        return value, ignored

    def dump(self, value: T) -> dict[str, Any]:
        """The stored form of ``value``: what differs from the defaults, plus ``version``."""
        if self.encode is not None:
            data = self.encode(value)
        else:
            default = self.default()
            data = {
                name: to_json(getattr(value, name))
                for name in self.field_types()
                if getattr(value, name) != getattr(default, name)
            }
        return {"version": self.version, **data}

    def as_json(self, value: T) -> dict[str, Any]:
        """Every field of ``value`` as JSON (``settings get``)."""
        if self.encode is not None:
            return self.encode(value)
        return {name: to_json(getattr(value, name)) for name in self.field_types()}

    # -- validation -------------------------------------------------------------------------

    def _check_field(self, name: str, value: Any) -> None:
        for rule in self.rules.get(name, ()):
            if not rule.test(value):
                raise SettingError("settings.invalid", f"{self.key}.{name}", rule.text, rule.ja)

    def validate(self, value: T) -> None:
        """Raises :class:`SettingError` naming the first field and rule ``value`` breaks."""
        for name in self.field_types():
            self._check_field(name, getattr(value, name))
        for check in self.checks:
            if not check.test(value):
                names = ", ".join(f"{self.key}.{n}" for n in check.fields)
                raise SettingError("settings.invalid", names, check.text)

    def with_field(self, value: T, name: str, raw: Any) -> T:
        """``value`` with one field set from text or JSON, validated.

        Raises:
            SettingError: ``settings.unknown`` for a field the setting has not,
                ``settings.invalid`` when the value cannot be read or breaks a rule.
        """
        types = self.field_types()
        if name not in types:
            raise SettingError("settings.unknown", f"{self.key}.{name}")
        try:
            converted = convert(types[name], raw)
        except (TypeError, ValueError) as exc:
            raise SettingError(
                "settings.invalid",
                f"{self.key}.{name}",
                f"a value of type {type_name(types[name])}",
                f"{type_name(types[name])} 型の値",
            ) from exc
        self._check_field(name, converted)
        new = dataclasses.replace(value, **{name: converted})  # type: ignore[type-var]
        self.validate(new)
        return new


def _version(data: Mapping[str, Any]) -> int:
    raw = data.get("version", 1)
    return raw if isinstance(raw, int) and raw >= 1 else 1


def type_name(tp: Any) -> str:
    """``int``, ``float``, ``text``, ``date``, ``bool`` or ``list of text``."""
    if typing.get_origin(tp) is tuple:
        return "list of text"
    return {int: "int", float: "float", str: "text", date: "date", bool: "bool"}.get(tp, str(tp))


def convert(tp: Any, raw: Any) -> Any:
    """Converts a JSON or command-line value to the field type ``tp``.

    Raises:
        ValueError: When ``raw`` is not a value of that type (``True`` is not an int, ``"abc"``
            is not a float; a list may be given as JSON or as comma-separated text).
    """
    if typing.get_origin(tp) is tuple:
        items = raw.split(",") if isinstance(raw, str) else raw
        if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
            raise ValueError("not a list of text")
        return tuple(i.strip() for i in items if i.strip())
    if tp is bool:
        if isinstance(raw, bool):
            return raw
        if raw in ("true", "false"):
            return raw == "true"
        raise ValueError("not a bool")
    if isinstance(raw, bool):
        raise ValueError("a bool where a number or text is expected")
    if tp is int:
        if isinstance(raw, float) and not raw.is_integer():
            raise ValueError("not an int")
        return int(raw)
    if tp is float:
        return float(raw)
    if tp is date:
        return raw if isinstance(raw, date) else date.fromisoformat(str(raw))
    if tp is str:
        if not isinstance(raw, str):
            raise ValueError("not text")
        return raw
    raise ValueError(f"unsupported type {tp!r}")


def to_json(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
