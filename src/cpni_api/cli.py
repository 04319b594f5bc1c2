"""The `cpni-api` command: serve, migrate, openapi, audit and api-keys (design.md §4)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from cpni_api.audit.context import WriteContext
from cpni_api.core.clock import SystemClock
from cpni_api.core.retention import PurgeResult
from cpni_api.core.settings import Settings, SettingsError, load_settings


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.handler(args)
        return result
    except SettingsError as exc:
        print(f"cpni-api: configuration error: {exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cpni-api", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(handler=_serve)

    migrate = commands.add_parser("migrate", help="upgrade the database schema to head (a one-shot job)")
    migrate.set_defaults(handler=_migrate)

    dispatch = commands.add_parser("dispatch", help="deliver outbox events through the configured mailer")
    dispatch.add_argument("--once", action="store_true", help="one round, then exit (for cron or tests)")
    dispatch.add_argument("--metrics-port", type=int, help="serve Prometheus metrics on this port")
    dispatch.set_defaults(handler=_dispatch)

    openapi = commands.add_parser("openapi", help="print the OpenAPI document")
    openapi.add_argument("--output", type=Path, help="write to this file instead of standard output")
    openapi.set_defaults(handler=_openapi)

    audit = commands.add_parser("audit", help="the tamper-evident audit trail").add_subparsers(
        required=True, metavar="ACTION"
    )
    audit.add_parser("verify", help="verify the hash chain; exit 1 at the first broken link").set_defaults(
        handler=_audit_verify
    )
    audit.add_parser("seal", help="seal every pending audit record now").set_defaults(handler=_audit_seal)

    keys = commands.add_parser("api-keys", help="manage API keys").add_subparsers(
        required=True, metavar="ACTION"
    )
    create = keys.add_parser("create", help="create a key; prints it alone on the last line")
    create.add_argument("--name", required=True)
    create.add_argument(
        "--scopes", required=True, help="comma-separated, e.g. admin or audit:read,events:read"
    )
    create.set_defaults(handler=_keys_create)
    keys.add_parser("list", help="list keys").set_defaults(handler=_keys_list)
    revoke = keys.add_parser("revoke", help="revoke a key by id")
    revoke.add_argument("api_key_id")
    revoke.set_defaults(handler=_keys_revoke)

    # One group for every retention purge; a domain adds itself to _PURGE_TARGETS (below).
    purge = commands.add_parser("purge", help="delete records past their retention period")
    purge.add_argument("what", choices=sorted(_PURGE_TARGETS), help="which records")
    purge.add_argument("--dry-run", action="store_true", help="list what would be deleted; delete nothing")
    purge.add_argument(
        "--id",
        dest="ids",
        action="append",
        metavar="ID",
        help="only this record (repeatable); refused if retained",
    )
    purge.set_defaults(handler=_purge)
    return parser


def _session_factory(settings: Settings) -> sessionmaker[Session]:
    from cpni_api.core.db import create_db_engine, create_session_factory

    return create_session_factory(create_db_engine(settings))


def _cli_context(session: Session, settings: Settings) -> WriteContext:
    """The context the command line makes its changes in: its audit rows name `cli` as the actor."""
    return WriteContext.outside_a_request(session, SystemClock(), settings, actor="cli")


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    load_settings()  # fail here, readably, before uvicorn starts
    uvicorn.run(
        "cpni_api.app:create_app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        log_config=None,
        access_log=False,
        proxy_headers=True,
    )
    return 0


def _migrate(_args: argparse.Namespace) -> int:
    from cpni_api.core.db import ensure_sqlite_directory
    from cpni_api.core.migrations import upgrade_to_head

    settings = load_settings()
    ensure_sqlite_directory(settings.sqlalchemy_url)
    upgrade_to_head(settings.sqlalchemy_url)
    print("database schema is at head")
    return 0


def _dispatch(args: argparse.Namespace) -> int:
    import signal

    from prometheus_client import CollectorRegistry, start_http_server

    from cpni_api.core.background import BackgroundWorker
    from cpni_api.core.logging import configure_logging
    from cpni_api.notifications.dispatcher import Dispatcher, DispatchMetrics
    from cpni_api.notifications.mailers.registry import load_mailers

    settings = load_settings()
    configure_logging(settings.log_level)
    registry = CollectorRegistry()
    mailers = load_mailers(settings)
    dispatcher = Dispatcher(
        _session_factory(settings), SystemClock(), settings, mailers, metrics=DispatchMetrics.create(registry)
    )
    try:
        if args.once:
            attempted = dispatcher.run_once()
            print(f"attempted {attempted} deliveries")
            return 0
        if args.metrics_port:
            start_http_server(args.metrics_port, registry=registry)
        worker = BackgroundWorker("event-dispatcher", dispatcher.run_once, settings.dispatch_interval_seconds)
        signal.signal(signal.SIGTERM, lambda *_: worker.stop())
        worker.start()
        try:
            while worker.is_alive():
                worker.join(timeout=1)
        except KeyboardInterrupt:
            worker.stop()
        return 0
    finally:
        for mailer in mailers:
            mailer.close()


def _openapi(args: argparse.Namespace) -> int:
    from cpni_api.app import create_app

    # The document does not depend on secrets or the database; development settings avoid needing them.
    app = create_app(Settings(env="development", database_url="sqlite://"))
    text = json.dumps(app.openapi(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _audit_verify(_args: argparse.Namespace) -> int:
    from cpni_api.audit.chain import verify_chain

    settings = load_settings()
    with _session_factory(settings)() as session:
        report = verify_chain(session, key=settings.audit_hmac_key.get_secret_value())
    print(f"links checked: {report.links_checked}")
    print(f"records not yet sealed: {report.unsealed_records}")
    if report.first_break is not None:
        broken = report.first_break
        print(
            f"BROKEN at chain position {broken.position}: {broken.problem}"
            f" (record seq {broken.record_seq}, id {broken.record_id})"
        )
        return 1
    print("audit chain intact")
    return 0


def _audit_seal(_args: argparse.Namespace) -> int:
    from cpni_api.audit.sealer import seal_all

    settings = load_settings()
    sealed = seal_all(_session_factory(settings), SystemClock(), settings)
    print(f"sealed {sealed} audit records")
    return 0


def _keys_create(args: argparse.Namespace) -> int:
    from cpni_api.api_keys.scopes import ApiKeyScope
    from cpni_api.api_keys.service import create_api_key

    names = [name.strip() for name in args.scopes.split(",") if name.strip()]
    valid = {scope.value for scope in ApiKeyScope}
    unknown = [name for name in names if name not in valid]
    if not names or unknown:
        print(
            f"cpni-api: unknown scope(s): {', '.join(unknown) or '(none given)'}; "
            f"valid: {', '.join(sorted(valid))}",
            file=sys.stderr,
        )
        return 2
    settings = load_settings()
    with _session_factory(settings).begin() as session:
        created = create_api_key(
            _cli_context(session, settings), name=args.name, scopes=[ApiKeyScope(name) for name in names]
        )
        print(
            f"created API key {created.api_key.id} ({created.api_key.name}) "
            f"with scopes {','.join(created.api_key.scopes)}"
        )
        print("the key is shown once; store it now:")
        print(created.plaintext)
    return 0


def _keys_list(_args: argparse.Namespace) -> int:
    from cpni_api.api_keys.service import list_api_keys

    settings = load_settings()
    with _session_factory(settings)() as session:
        after: str | None = None
        while rows := list_api_keys(session, after_id=after, limit=500):
            for row in rows:
                state = f"revoked {row.revoked_at.isoformat()}" if row.revoked_at else "active"
                print(f"{row.id}\t{row.name}\t{','.join(row.scopes)}\t{state}")
            after = rows[-1].id
    return 0


def _keys_revoke(args: argparse.Namespace) -> int:
    from cpni_api.api_keys.scopes import ApiKeyScope
    from cpni_api.api_keys.service import live_admin_key_ids, revoke_api_key
    from cpni_api.core.errors import ProblemError

    settings = load_settings()
    try:
        with _session_factory(settings).begin() as session:
            # The operator's way back: the command line may revoke the last admin key (ADR 0022).
            revoked = revoke_api_key(_cli_context(session, settings), args.api_key_id, keep_an_admin=False)
            admins_left = len(live_admin_key_ids(session))
    except ProblemError:  # no key has that id
        print(f"cpni-api: no API key {args.api_key_id}", file=sys.stderr)
        return 1
    print(f"revoked {args.api_key_id}")
    if ApiKeyScope.ADMIN.value in revoked.scopes and admins_left == 0:
        print(
            "cpni-api: no admin key is left; create one with "
            "`cpni-api api-keys create --name admin --scopes admin`",
            file=sys.stderr,
        )
    return 0


def _purge(args: argparse.Namespace) -> int:
    return _PURGE_TARGETS[args.what](args)


def _purge_breaches(args: argparse.Namespace) -> int:
    """R-2011-d: deletes breach records past retention; exit 1 when a requested id is refused."""
    from cpni_api.breaches.retention import purge_breaches

    settings = load_settings()
    with _session_factory(settings).begin() as session:
        result = purge_breaches(_cli_context(session, settings), breach_ids=args.ids, dry_run=args.dry_run)
    return _report_purge(result, "breach", dry_run=args.dry_run)


def _purge_consent(args: argparse.Namespace) -> int:
    """R-2007-a-4, R-2008-a-2, R-2009-c/d: deletes approvals, notices, campaigns and reviews kept at least a
    year after they stopped being in effect; exit 1 when a requested id is refused (e.g. an early purge)."""
    from cpni_api.consent.purge import purge_consent

    settings = load_settings()
    with _session_factory(settings).begin() as session:
        result = purge_consent(_cli_context(session, settings), ids=args.ids, dry_run=args.dry_run)
    return _report_purge(result, "consent", dry_run=args.dry_run)


def _purge_line_security(args: argparse.Namespace) -> int:
    """R-2010-h-10, R-5237-5: deletes SIM-change and port-out requests, lock changes and number-of-record
    changes older than CPNI_LINE_SECURITY_RETENTION_YEARS (at least 3); exit 1 when a requested id is
    refused."""
    from cpni_api.line_security.retention import purge_line_security

    settings = load_settings()
    with _session_factory(settings).begin() as session:
        result = purge_line_security(_cli_context(session, settings), ids=args.ids, dry_run=args.dry_run)
    return _report_purge(result, "line-security", dry_run=args.dry_run)


def _report_purge(result: PurgeResult, what: str, *, dry_run: bool) -> int:
    verb = "would delete" if dry_run else "deleted"
    for purged in result.purged:
        print(f"{verb} {purged.describe()}")
    for refused in result.refused:
        print(f"refused {refused.describe()}: {refused.reason}", file=sys.stderr)
    print(f"{verb} {len(result.purged)} {what} record(s); refused {len(result.refused)}")
    return 1 if result.refused else 0


_PURGE_TARGETS: dict[str, Callable[[argparse.Namespace], int]] = {
    "breaches": _purge_breaches,
    "consent": _purge_consent,
    "line-security": _purge_line_security,
}
