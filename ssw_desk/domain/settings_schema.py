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
from ssw_desk.messages import has_text, text


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
    field), ``settings.read_only`` (not editable here). The sentence's ``{name}`` is the
    setting's label in the interface language, ``{setting}`` its code, ``{rule}`` the rule.
    """

    def __init__(self, code: str, setting: str, rule: tuple[str, str] | None = None) -> None:
        ja_rule, en_rule = rule or ("", "")
        super().__init__(
            code,
            f"{setting}: {en_rule}" if en_rule else setting,
            {"setting": setting, "name": setting_label(setting), "rule": (ja_rule, en_rule)},
        )
        self.setting = setting
        self.rule = en_rule


def setting_label(name: str) -> tuple[str, str]:
    """The (Japanese, English) label of ``key``, ``key.field`` or of several of them joined
    by ``", "``; a name without a label is shown as it is spelled."""
    pairs = [
        (text(f"setting.{n}", "ja"), text(f"setting.{n}", "en")) if has_text(f"setting.{n}")
        else (n, n)
        for n in (part.strip() for part in name.split(","))
    ]  # fmt: skip
    return "、".join(p[0] for p in pairs), ", ".join(p[1] for p in pairs)


@dataclass(frozen=True)
class Rule:
    """A rule one field's value must follow, worded by a code of :mod:`ssw_desk.messages`.

    Attributes:
        code: The rule's sentence (``rule.between``: "between {lo} and {hi}").
        test: True when a value follows the rule.
        params: The sentence's placeholders (numbers already formatted).
    """

    code: str
    test: Callable[[Any], bool]
    params: Mapping[str, Any] = field(default_factory=dict)

    def words(self, lang: str) -> str:
        return text(self.code, lang, self.params)

    @property
    def pair(self) -> tuple[str, str]:
        return self.words("ja"), self.words("en")

    @property
    def text(self) -> str:
        """The rule in English (the command line's detail)."""
        return self.words("en")


@dataclass(frozen=True)
class Check:
    """A rule between fields of one setting (``window_start`` before ``window_end``).

    ``code`` words it with the fields' labels as ``{a}``, ``{b}``, ``{c}`` (in ``fields``
    order) in the language shown.
    """

    fields: tuple[str, ...]
    code: str
    test: Callable[[Any], bool]

    def pair(self, key: str) -> tuple[str, str]:
        labels = [setting_label(f"{key}.{name}") for name in self.fields]
        params = dict(zip("abc", labels, strict=False))
        return text(self.code, "ja", params), text(self.code, "en", params)


#: The codes of the rule sentences below (collected by ``tests/test_messages.py``).
RULE_CODES = (
    "rule.between", "rule.above_at_most", "rule.one_of", "rule.each_one_of", "rule.non_empty",
    "rule.regexes", "rule.email", "rule.capitals", "rule.server_url", "rule.empty_or_email",
    "rule.of_type", "rule.readable", "rule.less", "rule.at_most", "rule.in_order",
    "rule.less_than_both",
)  # fmt: skip

#: Type name -> code of its word (``setting_type.float``: 「数値」, "number").
TYPE_CODES = {
    "int": "setting_type.int", "float": "setting_type.float", "text": "setting_type.text",
    "date": "setting_type.date", "bool": "setting_type.bool",
    "list of text": "setting_type.list",
}  # fmt: skip


def between(lo: float, hi: float, *, open_lo: bool = False) -> Rule:
    if open_lo:
        return Rule(
            "rule.above_at_most", lambda v: lo < v <= hi, {"lo": f"{lo:g}", "hi": f"{hi:g}"}
        )
    return Rule("rule.between", lambda v: lo <= v <= hi, {"lo": f"{lo:g}", "hi": f"{hi:g}"})


def _listed(choices: Sequence[Any]) -> str:
    """Values as typed: text in double quotes (``"password"``), numbers as they are."""
    return ", ".join(f'"{c}"' if isinstance(c, str) else str(c) for c in choices)


def one_of(*choices: Any) -> Rule:
    return Rule("rule.one_of", lambda v: v in choices, {"choices": _listed(choices)})


def each_one_of(*choices: str) -> Rule:
    return Rule(
        "rule.each_one_of",
        lambda v: bool(v) and all(x in choices for x in v),
        {"choices": _listed(choices)},
    )


def non_empty() -> Rule:
    return Rule("rule.non_empty", lambda v: bool(v.strip() if isinstance(v, str) else v))


def matches(pattern: str, code: str) -> Rule:
    compiled = re.compile(pattern)
    return Rule(code, lambda v: isinstance(v, str) and compiled.fullmatch(v) is not None)


def _compiles(values: Sequence[str]) -> bool:
    try:
        for value in values:
            re.compile(value)
    except re.error:
        return False
    return bool(values)


def regexes() -> Rule:
    return Rule("rule.regexes", _compiles)


def email() -> Rule:
    return matches(r"[^@\s]+@[^@\s]+\.[^@\s]+", "rule.email")


@dataclass(frozen=True)
class SettingSpec(Generic[T]):
    """One setting of the ``settings`` table, declared once.

    Attributes:
        key: Row key in the ``settings`` table.
        value_type: The typed value (a frozen dataclass for flat settings), or a function returning
            it: a type from a package the desk need not load at start-up (the photo limits
            live beside OpenCV, which the first window must not wait for).
        version: Version of the stored form this desk writes.
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
    rules: Mapping[str, tuple[Rule, ...]] = field(default_factory=dict)
    checks: tuple[Check, ...] = ()
    upgrades: Mapping[int, Upgrade] = field(default_factory=dict)
    decode: Callable[[Mapping[str, Any]], T] | None = None
    encode: Callable[[T], dict[str, Any]] | None = None
    editable: bool = True
    secret: bool = False

    # -- words (codes of ssw_desk.messages: one table for both languages) --------------------

    def name_in(self, lang: str) -> str:
        """The setting's name (``setting.<key>``)."""
        return text(f"setting.{self.key}", lang)

    def summary_in(self, lang: str) -> str:
        """What the setting is for (``setting_summary.<key>``)."""
        return text(f"setting_summary.{self.key}", lang)

    def field_in(self, name: str, lang: str) -> str:
        """A field's label (``setting.<key>.<field>``)."""
        return text(f"setting.{self.key}.{name}", lang)

    def rule_in(self, name: str, lang: str) -> str:
        """A field's kind and rules in words: 「数値、0より大きく100以下」."""
        kind = type_name(self.field_types()[name])
        words = [type_word(kind, lang)] + [r.words(lang) for r in self.rules.get(name, ())]
        return ("、" if lang == "ja" else ", ").join(words)

    def text_codes(self) -> list[str]:
        """Every message code this setting shows (its name, summary, field labels and the
        wording of its checks between fields)."""
        fields = [f"setting.{self.key}.{name}" for name in self.field_types()]
        checks = [check.code for check in self.checks]
        return [f"setting.{self.key}", f"setting_summary.{self.key}", *fields, *checks]

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
                raise SettingError("settings.invalid", f"{self.key}.{name}", rule.pair)

    def validate(self, value: T) -> None:
        """Raises :class:`SettingError` naming the first field and rule ``value`` breaks."""
        for name in self.field_types():
            self._check_field(name, getattr(value, name))
        for check in self.checks:
            if not check.test(value):
                names = ", ".join(f"{self.key}.{n}" for n in check.fields)
                raise SettingError("settings.invalid", names, check.pair(self.key))

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
            kind = type_name(types[name])
            rule = Rule(
                "rule.of_type", bool, {"type": (type_word(kind, "ja"), type_word(kind, "en"))}
            )
            raise SettingError("settings.invalid", f"{self.key}.{name}", rule.pair) from exc
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


def type_word(kind: str, lang: str) -> str:
    """The word for a :func:`type_name` in ``lang`` (「数値」, "number")."""
    return text(TYPE_CODES[kind], lang) if kind in TYPE_CODES else kind


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
