"""PostgreSQL group roles and grants, derived from the domain's role table.

Three group roles (``<prefix>clerk``, ``<prefix>supervisor``, ``<prefix>admin``; prefix
``ssw_`` unless ``SSW_DESK_PG_ROLE_PREFIX`` says otherwise), each a member of the one below.
Every action of :data:`ssw_desk.domain.roles.ACTION_ROLES` names the table privileges it needs
in :data:`ACTION_PRIVILEGES`; the privileges are granted to the group role of the least role
that may take the action. What a table grant cannot tell apart (an approval *with* overrides is
an UPDATE of ``requests`` like any approval) is checked by a trigger that asks whether the
database login is a member of the role the action needs. Events are INSERT-only for everyone
and a trigger refuses UPDATE, DELETE and TRUNCATE even to the owner.

Clerk logins are members of one group role and hold no privileges of their own.
"""

from __future__ import annotations

import os
import re

from sqlalchemy import Connection, text

from ssw_desk.domain.roles import ACTION_ROLES, Role

READ_ALL = "__all__"

#: Action -> [(table, privileges)]. Tables that do not exist (yet) are skipped.
ACTION_PRIVILEGES: dict[str, list[tuple[str, str]]] = {
    "view": [(READ_ALL, "SELECT"), ("events", "INSERT")],
    "import": [
        ("blobs", "INSERT"),
        ("messages", "INSERT, UPDATE"),
        ("requests", "INSERT, UPDATE"),
        ("versions", "INSERT, UPDATE"),
        ("attachments", "INSERT, UPDATE"),
        ("counters", "INSERT, UPDATE"),
        # fetching and sending mail is every clerk's desk's work (one at a time, by lease);
        # configuring the mailbox is the admin's ("mailbox")
        ("mailbox_state", "INSERT, UPDATE"),
        ("mail_locks", "INSERT, UPDATE, DELETE"),
        ("outbox", "INSERT, UPDATE"),
    ],
    "approve": [("requests", "UPDATE")],
    "flag": [("requests", "UPDATE"), ("messages", "INSERT"), ("blobs", "INSERT")],
    "reject": [("requests", "UPDATE"), ("messages", "INSERT"), ("blobs", "INSERT")],
    "note": [("notes", "INSERT")],
    "issue": [
        ("reports", "INSERT"),
        ("counters", "INSERT, UPDATE"),
        ("blobs", "INSERT"),
        ("messages", "INSERT"),
        ("outbox", "INSERT"),
    ],
    "claim": [("claims", "INSERT, UPDATE, DELETE")],
    "release": [("claims", "UPDATE, DELETE")],
    "approve_with_override": [],  # trigger on requests.overrides
    "reissue": [("reports", "UPDATE")],
    "revoke": [("reports", "UPDATE")],
    "take_over_live_claim": [],  # the claims feature checks it
    "reopen": [],  # the lifecycle feature checks it
    "roster_import": [("roster", "INSERT, UPDATE, DELETE")],
    "closures": [("closures", "INSERT, UPDATE, DELETE"), ("requests", "UPDATE")],
    "catalogue": [("settings", "INSERT, UPDATE")],
    "settings": [
        ("settings", "INSERT, UPDATE, DELETE"),
        # the retention purge (docs/report-trust.md) removes personal data past the period
        ("retention_holds", "INSERT, UPDATE, DELETE"),
        ("retention_log", "INSERT, UPDATE"),
        ("blobs", "DELETE"),
        ("messages", "UPDATE, DELETE"),
        ("attachments", "UPDATE, DELETE"),
        ("versions", "UPDATE"),
        ("outbox", "DELETE"),
        ("quarantine", "DELETE"),
        ("reports", "UPDATE"),
    ],
    "mailbox": [("mailbox_state", "INSERT, UPDATE, DELETE")],
    "clerks": [("clerks", "INSERT, UPDATE")],
    "key_admin": [
        ("issuer_keys", "INSERT, UPDATE"),
        # desk key rotation re-seals every sealed value
        ("blobs", "UPDATE"),
        ("settings", "INSERT, UPDATE"),
    ],
}

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def role_prefix() -> str:
    prefix = os.environ.get("SSW_DESK_PG_ROLE_PREFIX", "ssw_")
    if not _NAME.match(prefix + "x"):
        raise ValueError("SSW_DESK_PG_ROLE_PREFIX must be lower-case letters, digits, _")
    return prefix


def group_role(role: Role) -> str:
    """The PostgreSQL group role of a desk role, e.g. ``ssw_supervisor``."""
    return role_prefix() + role.value


def role_check_sql(action: str) -> str:
    """SQL that is true when the login may take ``action`` (for triggers and policies of other
    features, so that they too read the role table instead of naming a role)."""
    return f"pg_has_role(current_user, '{group_role(ACTION_ROLES[action])}', 'MEMBER')"


def login_role(conn: Connection) -> Role | None:
    """The highest desk role the login holds (None: not a clerk of this desk)."""
    held = None
    for role in Role:
        if conn.execute(
            text("SELECT pg_has_role(current_user, :g, 'MEMBER')"), {"g": group_role(role)}
        ).scalar():
            held = role
    return held


def check_login_name(name: str) -> str:
    """A clerk's login: plain lower-case identifier (so it never needs quoting games)."""
    if not _NAME.match(name) or name.startswith("pg_"):
        raise ValueError(name)
    return name


def grant_statements(tables: set[str]) -> list[str]:
    """The GRANT statements for every action of the role table (tables present only)."""
    statements: list[str] = []
    for action, role in ACTION_ROLES.items():
        grantee = group_role(role)
        for table, privileges in ACTION_PRIVILEGES[action]:
            if table == READ_ALL:
                statements += [f'GRANT {privileges} ON "{t}" TO {grantee}' for t in sorted(tables)]
            elif table in tables:
                statements.append(f'GRANT {privileges} ON "{table}" TO {grantee}')
    statements.append(
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {group_role(Role.CLERK)}"
    )
    return statements


def _create_groups(conn: Connection) -> None:
    below: str | None = None
    for role in Role:
        name = group_role(role)
        # Roles belong to the cluster: several databases (and desks) may create them at once.
        conn.execute(
            text(
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                f"'{name}') THEN CREATE ROLE {name} NOLOGIN; END IF; "
                "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
            )
        )
        if below is not None:
            conn.execute(text(f"GRANT {below} TO {name}"))
        below = name


def _override_trigger(conn: Connection) -> None:
    need = group_role(ACTION_ROLES["approve_with_override"])
    allowed = role_check_sql("approve_with_override")
    conn.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION ssw_check_overrides() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              IF coalesce(NEW.overrides::jsonb, '{{}}'::jsonb) <> '{{}}'::jsonb
                 AND (TG_OP = 'INSERT'
                      OR NEW.overrides::jsonb IS DISTINCT FROM OLD.overrides::jsonb)
                 AND NOT {allowed} THEN
                RAISE EXCEPTION 'ssw: approve_with_override needs {need}'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NEW;
            END $$
            """
        )
    )
    conn.execute(text("DROP TRIGGER IF EXISTS ssw_requests_overrides ON requests"))
    conn.execute(
        text(
            "CREATE TRIGGER ssw_requests_overrides BEFORE INSERT OR UPDATE ON requests "
            "FOR EACH ROW EXECUTE FUNCTION ssw_check_overrides()"
        )
    )


def apply(conn: Connection) -> None:
    """Creates the group roles and (re-)grants everything; idempotent. Run by the owner."""
    _create_groups(conn)
    tables = set(
        conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    tables.discard("alembic_version")
    groups = ", ".join(group_role(r) for r in Role)
    conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {groups}"))
    conn.execute(text("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {group_role(Role.CLERK)}"))
    conn.execute(text("GRANT SELECT ON alembic_version TO " + group_role(Role.CLERK)))
    for statement in grant_statements(tables):
        conn.execute(text(statement))
    _override_trigger(conn)
