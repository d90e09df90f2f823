"""Every setting of the ``settings`` table, declared once, and the only way services read them.

:data:`REGISTRY` lists one :class:`~ssw_desk.domain.settings_schema.SettingSpec` per key: its
typed value, validation rules, version and upgrade steps. Services call the typed readers
(:func:`intake_rules`, :func:`photo_limits`, ...) or :func:`read`; nothing else reads the table.

Reading upgrades: a stored value of an older version is brought to the current one and written
back in the same transaction; a newer one (written by a newer desk) is read as far as it is
understood and left alone. :func:`upgrade_all` does the same for every key when a desk opens.

Add a setting: declare its dataclass (defaults = the published rule), add one ``SettingSpec``
to :data:`REGISTRY`, read it through :func:`read`. See docs/settings-and-messages.md.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ssw_desk.domain.deficiencies import (
    CATALOGUE_VERSION,
    Catalogue,
    catalogue_from_overrides,
    catalogue_to_overrides,
)
from ssw_desk.domain.desk_settings import (
    DeskKeyState,
    NoticeSettings,
    ReportSerial,
    RetentionSettings,
)
from ssw_desk.domain.placeholders import NoticeFacts, fill_catalogue, upgrade_catalogue_v1
from ssw_desk.domain.rules import IntakeRules
from ssw_desk.domain.settings_schema import (
    Check,
    Rule,
    SettingError,
    SettingSpec,
    between,
    each_one_of,
    email,
    matches,
    non_empty,
    one_of,
    regexes,
)
from ssw_desk.services.context import (
    Desk,
    delete_setting,
    load_setting,
    save_setting,
    transaction_cache,
)

if TYPE_CHECKING:
    from ssw_desk.imaging.limits import PhotoLimits
    from ssw_desk.reports.layout import ReportLayout
    from ssw_desk.services.mail_settings import MailboxSettings

log = logging.getLogger(__name__)


#: Formats the desk can recognise in a file (see ``ssw_desk.imaging.decode.sniff_format``).
KNOWN_FORMATS = ("jpeg", "gif", "png", "heic", "webp", "bmp", "tiff", "pdf")


def _intake_v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept the size limit in bytes (``max_file_bytes``); version 2 in MB."""
    out = dict(data)
    raw = out.pop("max_file_bytes", None)
    if isinstance(raw, int | float) and not isinstance(raw, bool) and raw > 0:
        out["max_file_mb"] = round(raw / int(out.get("mb_bytes") or 1024 * 1024), 3)
    return out


def _photo_v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 repeated the file rule; version 2 leaves it to ``intake`` (its one home)."""
    return {
        k: v for k, v in data.items() if k not in ("max_file_mb", "mb_bytes", "accepted_formats")
    }


# The photo limits and the report layout live beside OpenCV and reportlab: they are loaded when
# first read, so opening a desk and its first window never wait for those libraries.


def _photo_limits_type() -> type[PhotoLimits]:
    from ssw_desk.imaging.limits import PhotoLimits

    return PhotoLimits


def _fraction() -> Rule:
    return between(0.0, 1.0)


_PHOTO_FRACTIONS = (
    "head_ratio_min",
    "head_ratio_max",
    "head_ratio_estimate_margin",
    "centre_offset_pass",
    "centre_offset_fail",
    "background_busy_warn",
    "background_busy_fail",
    "eye_darkness_max",
    "aspect_tolerance",
    "shoulder_room_warn",
    "shoulder_room_fail",
    "yaw_warn",
    "yaw_fail",
    "min_face_fraction",
    "face_skin_min",
    "face_skin_unsure",
    "nose_skin_min",
    "pitch_min",
    "pitch_max",
    "pitch_unsure",
    "covering_colour_max",
    "covering_white_max",
)


def _mailbox_type() -> type[MailboxSettings]:
    from ssw_desk.services.mail_settings import MailboxSettings

    return MailboxSettings


def _server_url(protocol: str) -> Rule:
    def test(value: Any) -> bool:
        from ssw_desk.errors import DeskError
        from ssw_desk.services.mail_settings import parse_server_url

        if value == "":
            return True
        try:
            parse_server_url(str(value), protocol)
        except DeskError:
            return False
        return True

    return Rule("rule.server_url", test, {"protocol": protocol.upper()})


def _empty_or_email() -> Rule:
    address = email()
    return Rule("rule.empty_or_email", lambda v: v == "" or address.test(v))


def _layout_type() -> type[ReportLayout]:
    from ssw_desk.reports.layout import ReportLayout

    return ReportLayout


def _layout_decode(overrides: Mapping[str, Any]) -> ReportLayout:
    return _layout_type().from_overrides(overrides)


def _layout_encode(layout: ReportLayout) -> dict[str, Any]:
    from ssw_desk.reports.layout import DEFAULT_LAYOUT

    out: dict[str, Any] = {}
    for f in dataclasses.fields(layout):
        value, default = getattr(layout, f.name), getattr(DEFAULT_LAYOUT, f.name)
        if f.name != "labels" and value != default:
            out[f.name] = value
    labels = {k: list(v) for k, v in layout.labels.items() if DEFAULT_LAYOUT.labels.get(k) != v}
    if labels:
        out["labels"] = labels
    return out


def _catalogue_encode(catalogue: Catalogue) -> dict[str, Any]:
    return {k: v for k, v in catalogue_to_overrides(catalogue).items() if k != "version"}


REGISTRY: dict[str, SettingSpec[Any]] = {
    spec.key: spec
    for spec in (
        SettingSpec(
            "intake",
            IntakeRules,
            2,
            rules={
                "max_file_mb": (between(0, 100, open_lo=True),),
                "mb_bytes": (one_of(1_000_000, 1024 * 1024),),
                "accepted_formats": (each_one_of(*KNOWN_FORMATS),),
                "business_days": (between(1, 60),),
                "exam_number_patterns": (regexes(),),
            },
            checks=(
                Check(
                    ("window_start", "window_end", "vendor_from"),
                    "rule.in_order",
                    lambda r: r.window_start <= r.window_end < r.vendor_from,
                ),
            ),
            upgrades={1: _intake_v1_to_v2},
        ),
        SettingSpec(
            "photo",
            _photo_limits_type,
            2,
            rules={
                **{name: (_fraction(),) for name in _PHOTO_FRACTIONS},
                "colourfulness_min": (between(0, 130),),
                "sharpness_min": (between(0, 10_000),),
                "sharpness_warn": (between(0, 10_000),),
                "recommended_width": (between(1, 10_000),),
                "recommended_height": (between(1, 10_000),),
                "roll_warn_deg": (between(0, 90),),
                "roll_fail_deg": (between(0, 90),),
                "max_age_days": (between(1, 3650),),
                "min_face_score": (between(0, 100),),
                "covering_height_max": (between(0, 10),),
                "covering_width_max": (between(0, 10),),
                "eye_texture_min": (between(0, 100),),
                "eye_texture_unsure": (between(0, 100),),
                "face_score_unsure": (between(0, 100),),
                "face_visibility_min": (between(-100, 100),),
                "pitch_up_deg": (between(0, 90),),
                "pitch_down_deg": (between(0, 90),),
                "pitch_deg_unsure": (between(0, 45),),
            },
            checks=(
                Check(
                    ("head_ratio_min", "head_ratio_max"),
                    "rule.less",
                    lambda p: p.head_ratio_min < p.head_ratio_max,
                ),
                Check(
                    ("centre_offset_pass", "centre_offset_fail"),
                    "rule.at_most",
                    lambda p: p.centre_offset_pass <= p.centre_offset_fail,
                ),
                Check(
                    ("background_busy_warn", "background_busy_fail"),
                    "rule.at_most",
                    lambda p: p.background_busy_warn <= p.background_busy_fail,
                ),
                Check(
                    ("sharpness_min", "sharpness_warn"),
                    "rule.at_most",
                    lambda p: p.sharpness_min <= p.sharpness_warn,
                ),
                Check(
                    ("shoulder_room_fail", "shoulder_room_warn"),
                    "rule.at_most",
                    lambda p: p.shoulder_room_fail <= p.shoulder_room_warn,
                ),
                Check(
                    ("eye_texture_min", "eye_texture_unsure"),
                    "rule.at_most",
                    lambda p: p.eye_texture_min <= p.eye_texture_unsure,
                ),
                Check(
                    ("face_skin_min", "face_skin_unsure"),
                    "rule.at_most",
                    lambda p: p.face_skin_min <= p.face_skin_unsure,
                ),
                Check(
                    ("pitch_min", "pitch_max"),
                    "rule.less",
                    lambda p: p.pitch_min < p.pitch_max,
                ),
                Check(
                    ("pitch_deg_unsure", "pitch_up_deg", "pitch_down_deg"),
                    "rule.less_than_both",
                    lambda p: p.pitch_deg_unsure < min(p.pitch_up_deg, p.pitch_down_deg),
                ),
                Check(
                    ("min_face_score", "face_score_unsure"),
                    "rule.at_most",
                    lambda p: p.min_face_score <= p.face_score_unsure,
                ),
            ),
            upgrades={1: _photo_v1_to_v2},
        ),
        SettingSpec(
            "notices",
            NoticeSettings,
            1,
            rules={
                "from_addr": (email(),),
                "from_name": (non_empty(),),
                "signature_ja": (non_empty(),),
                "signature_en": (non_empty(),),
            },
        ),
        SettingSpec(
            "report_serial",
            ReportSerial,
            1,
            rules={"prefix": (matches(r"[A-Z0-9]{1,12}", "rule.capitals"),)},
        ),
        SettingSpec(
            "retention",
            RetentionSettings,
            1,
            rules={"days": (between(1, 36_500),), "purge_every_hours": (between(1, 720),)},
        ),
        SettingSpec(
            "report_layout",
            _layout_type,
            1,
            decode=_layout_decode,
            encode=_layout_encode,
        ),
        SettingSpec(
            "deficiency_catalogue",
            Catalogue,
            CATALOGUE_VERSION,
            upgrades={1: upgrade_catalogue_v1},
            decode=catalogue_from_overrides,
            encode=_catalogue_encode,
            editable=False,
        ),
        SettingSpec(
            "mailbox",
            _mailbox_type,
            1,
            rules={
                "imap": (_server_url("imap"),),
                "smtp": (_server_url("smtp"),),
                "from_addr": (_empty_or_email(),),
                "folder": (non_empty(),),
                "fetch_minutes": (between(0, 1440),),
                "auth": (one_of("password", "xoauth2"),),
            },
            editable=False,
        ),
        SettingSpec(
            "desk_key",
            DeskKeyState,
            1,
            editable=False,
        ),
        SettingSpec(
            "report_signing",
            dict,
            1,
            decode=dict,
            encode=dict,
            editable=False,
            secret=True,
        ),
    )
}


def _retire_mail(session: Session, desk: Desk, stored: Mapping[str, Any]) -> None:
    """``mail`` (``{"from": ...}``, read only by the report e-mail) became ``notices.from_addr``:
    one sender address for notices and reports."""
    address = stored.get("from")
    notices: NoticeSettings = read(session, "notices", desk=desk)
    if isinstance(address, str) and notices.from_addr == NoticeSettings().from_addr:
        try:
            write(session, desk, "notices", dataclasses.replace(notices, from_addr=address))
        except SettingError:
            log.warning("setting mail.from was not an address: dropped")


#: Keys earlier desks wrote that now live elsewhere: key -> function moving a stored value
#: into the current settings (called by :func:`upgrade_all`, then the old row is removed).
RETIRED: dict[str, Callable[[Session, Desk, Mapping[str, Any]], None]] = {"mail": _retire_mail}


def spec(key: str) -> SettingSpec[Any]:
    """The declaration of ``key``.

    Raises:
        SettingError: ``settings.unknown``.
    """
    found = REGISTRY.get(key)
    if found is None:
        raise SettingError("settings.unknown", key)
    return found


def _stored(session: Session, key: str, desk: Desk | None) -> dict[str, Any] | None:
    """The stored mapping of ``key`` upgraded to the current version (written back)."""
    declared = spec(key)
    stored = load_setting(session, key)
    if stored is None:
        return None
    upgraded = declared.upgrade(stored)
    if upgraded != stored and desk is not None:
        save_setting(session, desk, key, upgraded)
        log.info("setting %s upgraded to version %d", key, declared.version)
    elif upgraded.get("version", 1) > declared.version:
        log.warning("setting %s was written by a newer desk: read as far as known", key)
    return upgraded


def read(session: Session, key: str, *, desk: Desk | None = None) -> Any:
    """The typed value of ``key`` in force (defaults for what is not stored).

    Args:
        session: An open session.
        key: A key of :data:`REGISTRY`.
        desk: When given, an older stored value is upgraded and written back.
    """
    declared = spec(key)
    typed = transaction_cache(session, "ssw_settings")
    if key in typed:
        return typed[key]
    value, ignored = declared.load(_stored(session, key, desk))
    if ignored:
        log.warning("setting %s: stored values ignored (defaults used): %s", key, ignored)
    # One action reads a setting several times (the notice, its catalogue, the due date):
    # the typed value is made once per transaction (writing a setting forgets them all).
    typed = transaction_cache(session, "ssw_settings")
    typed[key] = value
    return value


def read_strict(session: Session, key: str) -> Any:
    """Like :func:`read`, but a stored value that breaks a rule is refused, not replaced by
    its default (for settings where a silent default would do harm, such as retention).

    Raises:
        SettingError: ``settings.invalid`` naming the fields that were refused.
    """
    value, ignored = spec(key).load(_stored(session, key, None))
    if ignored:
        raise SettingError("settings.invalid", ", ".join(ignored))
    return value


def write(session: Session, desk: Desk, key: str, value: Any) -> None:
    """Validates and stores ``value`` (only what differs from the defaults)."""
    declared = spec(key)
    declared.validate(value)
    save_setting(session, desk, key, declared.dump(value))


def _pending(session: Session) -> list[str]:
    """Keys whose stored value is of an older version, and retired keys still stored."""
    out = []
    for key, declared in REGISTRY.items():
        stored = load_setting(session, key)
        if stored is not None and declared.upgrade(stored) != stored:
            out.append(key)
    return out + [key for key in RETIRED if load_setting(session, key) is not None]


def upgrade_all(desk: Desk) -> list[str]:
    """Brings every stored setting to its current version (run when a desk opens).

    Looks first without taking the write lock (a SQLite writer blocks every other desk), and
    writes only when something is out of date.

    Returns:
        The keys that were upgraded or moved.
    """
    with desk.db.read() as session:
        if not _pending(session):
            return []
    try:
        with desk.db.begin() as session:
            changed = _pending(session)
            for key in changed:
                if key in RETIRED:
                    stored = load_setting(session, key)
                    if stored is not None:
                        RETIRED[key](session, desk, stored)
                    delete_setting(session, desk, key)
                else:
                    _stored(session, key, desk)
    except SQLAlchemyError:
        # Another desk starting at the same moment upgraded first: the values read are the
        # same (every read upgrades in memory), so opening goes on.
        log.warning("settings upgrade at start-up did not complete", exc_info=True)
        return []
    return changed


# -- typed readers -------------------------------------------------------------------------


def intake_rules(session: Session) -> IntakeRules:
    value: IntakeRules = read(session, "intake")
    return value


def photo_limits(session: Session) -> PhotoLimits:
    """The photo limits in force, carrying the intake's file rule."""
    limits: PhotoLimits = read(session, "photo")
    return dataclasses.replace(limits, files=intake_rules(session).file_rule)


def notice_settings(session: Session) -> NoticeSettings:
    value: NoticeSettings = read(session, "notices")
    return value


def mailbox(session: Session) -> MailboxSettings:
    value: MailboxSettings = read(session, "mailbox")
    return value


def report_layout(session: Session) -> ReportLayout:
    value: ReportLayout = read(session, "report_layout")
    return value


def report_serial(session: Session) -> ReportSerial:
    value: ReportSerial = read(session, "report_serial")
    return value


def raw_catalogue(session: Session) -> Catalogue:
    """The catalogue as edited: texts with their placeholders (the editor, export, import)."""
    value: Catalogue = read(session, "deficiency_catalogue")
    return value


def notice_facts(session: Session) -> NoticeFacts:
    """The numbers and dates notice texts quote, from the settings in force."""
    return facts_of(intake_rules(session), read(session, "photo"))


def facts_of(rules: IntakeRules, limits: PhotoLimits) -> NoticeFacts:
    return NoticeFacts(
        rules=rules,
        head_min=limits.head_ratio_min,
        head_max=limits.head_ratio_max,
        photo_width=limits.recommended_width,
        photo_height=limits.recommended_height,
        photo_max_age_days=limits.max_age_days,
    )


def catalogue(session: Session) -> Catalogue:
    """The catalogue in force with the settings' numbers and dates in every text."""
    return fill_catalogue(raw_catalogue(session), notice_facts(session))


def default_catalogue() -> Catalogue:
    """The standard catalogue filled with the default settings (no database)."""
    return fill_catalogue(
        catalogue_from_overrides(None),
        facts_of(REGISTRY["intake"].default(), REGISTRY["photo"].default()),
    )
