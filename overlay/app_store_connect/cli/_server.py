"""`asc server ...`: the App Store Server API (In-App Purchase key), and `asc doctor --server`.

Needs the `server` extra. With the global `--sandbox`, a local stand-in (its own key, app and signing
root) serves the command, so every command runs with no Apple account.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import click
from attrs import AttrsInstance

from .._errors import ConfigurationError
from ._output import write_json, write_table
from ._session import Session, pass_session

if TYPE_CHECKING:
    from ..server import InAppPurchaseKey, ServerClient, Verifier
    from ..server.sandbox import ServerSandbox

F = TypeVar("F", bound=Callable[..., Any])

ENVIRONMENT_VARIABLE = "APP_STORE_SERVER_ENVIRONMENT"
_ENVIRONMENTS = click.Choice(["production", "sandbox"], case_sensitive=False)
_TRANSACTION_COLUMNS = (
    "transactionId",
    "originalTransactionId",
    "productId",
    "type",
    "purchaseDate",
    "environment",
)
_NOTIFICATION_COLUMNS = ("notificationType", "subtype", "signedDate", "transactionId", "notificationUUID")


@dataclass(frozen=True)
class ServerOptions:
    """The options of `asc server` (all optional: the environment's APP_STORE_SERVER_* fill in)."""

    key_file: Path | None = None
    key_id: str | None = None
    issuer_id: str | None = None
    bundle_id: str | None = None
    environment: str = "production"
    root_certs: tuple[Path, ...] = ()
    app_apple_id: int | None = None


class ServerSession:
    """One command's key, client and verifier for the App Store Server API; closed with the command."""

    def __init__(self, session: Session, options: ServerOptions) -> None:
        self.session = session
        self.options = options

    @cached_property
    def sandbox(self) -> ServerSandbox | None:
        """The local stand-in (global `--sandbox`), started on first use; else None."""
        if not self.session.options.sandbox:
            return None
        from ..server.sandbox import ServerSandbox

        sandbox = ServerSandbox()
        click.get_current_context().with_resource(sandbox)
        return sandbox

    @cached_property
    def key(self) -> InAppPurchaseKey:
        """The In-App Purchase key: `--key-file` (with `--issuer-id`, `--bundle-id`), the stand-in's, or
        the environment's."""
        from ..server import InAppPurchaseKey

        options = self.options
        if options.key_file is not None:
            if options.issuer_id is None or options.bundle_id is None:
                raise click.UsageError("--key-file needs --issuer-id and --bundle-id")
            return InAppPurchaseKey.from_file(
                options.key_file,
                issuer_id=options.issuer_id,
                bundle_id=options.bundle_id,
                key_id=options.key_id,
            )
        if options.key_id or options.issuer_id or options.bundle_id:
            raise click.UsageError("--key-id, --issuer-id and --bundle-id go with --key-file")
        if self.sandbox is not None:
            return self.sandbox.key
        return InAppPurchaseKey.from_env()

    @cached_property
    def client(self) -> ServerClient:
        """The client of the chosen environment."""
        from ..server import ServerClient

        base_urls = None if self.sandbox is None else self.sandbox.base_urls
        client = ServerClient(self.key, environment=self.options.environment, base_urls=base_urls)
        click.get_current_context().with_resource(client)
        return client

    @cached_property
    def verifier(self) -> Verifier:
        """A verifier with `--root-cert` (Apple's root certificates), or the stand-in's root."""
        from ..server import Verifier

        roots: Iterable[Path | bytes] = self.options.root_certs
        app_apple_id = self.options.app_apple_id
        if self.sandbox is not None and not roots:
            roots, app_apple_id = [self.sandbox.root_der], self.sandbox.app_apple_id
        if not roots:
            raise click.UsageError(
                "signed data is shown only once verified: pass --root-cert with Apple's root certificate "
                "(AppleRootCA-G3.cer from https://www.apple.com/certificateauthority/)"
            )
        return Verifier(
            roots,
            bundle_id=self.key.bundle_id,
            environment=self.options.environment,
            app_apple_id=app_apple_id,
            online_checks=self.sandbox is None,
        )


pass_server = click.make_pass_decorator(ServerSession)


@click.group()
@click.option(
    "--key-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The In-App Purchase key (SubscriptionKey_<KEYID>.p8); else APP_STORE_SERVER_* variables.",
)
@click.option("--key-id", help="With --key-file: the key id (default: from the file name).")
@click.option("--issuer-id", help="With --key-file: the issuer id shown with In-App Purchase keys.")
@click.option("--bundle-id", help="With --key-file: the app's bundle id (the token's bid).")
@click.option(
    "--environment",
    type=_ENVIRONMENTS,
    default="production",
    envvar=ENVIRONMENT_VARIABLE,
    show_default=True,
    help="Which App Store server to ask; TestFlight, Xcode and sandbox-account purchases live in sandbox.",
)
@click.option(
    "--root-cert",
    "root_certs",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Apple's root certificate (DER or PEM; a folder of them) to verify signed data with.",
)
@click.option("--app-apple-id", type=int, help="The app's Apple ID (needed to verify production data).")
@pass_session
@click.pass_context
def server(
    ctx: click.Context,
    session: Session,
    key_file: Path | None,
    key_id: str | None,
    issuer_id: str | None,
    bundle_id: str | None,
    environment: str,
    root_certs: tuple[Path, ...],
    app_apple_id: int | None,
) -> None:
    """The App Store Server API (purchases, refunds, notifications) with an In-App Purchase key.

    Needs `pip install 'app-store-connect[server]'`. The key comes from --key-file or from
    APP_STORE_SERVER_KEY_ID, _ISSUER_ID, _BUNDLE_ID and _PRIVATE_KEY or _PRIVATE_KEY_PATH.
    Try it with no Apple account: `asc --sandbox server --environment sandbox doctor`.
    """
    options = ServerOptions(
        key_file, key_id, issuer_id, bundle_id, environment.lower(), root_certs, app_apple_id
    )
    ctx.obj = ServerSession(session, options)


@server.command("doctor")
@click.option("--transaction-id", help="Also find which environment this transaction lives in.")
@pass_server
def server_doctor(server_session: ServerSession, transaction_id: str | None) -> None:
    """Check key, token claims, one call, clock and environment; each failure says what to do."""
    _run_doctor(server_session, transaction_id)


@server.command("consumption")
@click.argument("transaction_id")
@click.option(
    "--customer-consented",
    is_flag=True,
    help="The customer consented to share consumption data (Apple refuses the request without it).",
)
@click.option(
    "--delivery-status",
    required=True,
    metavar="STATUS",
    help="DELIVERED, or UNDELIVERED_QUALITY_ISSUE, _WRONG_ITEM, _SERVER_OUTAGE, _OTHER.",
)
@click.option(
    "--sample-content/--no-sample-content",
    "sample_content_provided",
    required=True,
    default=None,
    help="Whether a free sample, trial or description of the content was offered before the purchase.",
)
@click.option(
    "--consumption-percentage",
    type=int,
    help="How much was consumed, in milliunits (0-100000; 40% is 40000).",
)
@click.option("--refund-preference", metavar="PREF", help="DECLINE, GRANT_FULL or GRANT_PRORATED.")
@click.option(
    "--product-type",
    metavar="TYPE",
    help="AUTO_RENEWABLE, NON_RENEWABLE, CONSUMABLE or NON_CONSUMABLE (checks only).",
)
@pass_server
def consumption(
    server_session: ServerSession,
    transaction_id: str,
    customer_consented: bool,
    delivery_status: str,
    sample_content_provided: bool,
    consumption_percentage: int | None,
    refund_preference: str | None,
    product_type: str | None,
) -> None:
    """Send consumption information for TRANSACTION_ID (after a CONSUMPTION_REQUEST notification).

    Every field is checked against Apple's rules first; nothing is sent when one fails. The request
    is sent once: a 5xx or a timeout is reported, never blindly re-sent.
    """
    from ..server import Consumption

    info = Consumption(
        customer_consented=customer_consented,
        delivery_status=delivery_status.upper(),
        sample_content_provided=sample_content_provided,
        consumption_percentage=consumption_percentage,
        refund_preference=refund_preference.upper() if refund_preference else None,
        product_type=product_type.upper() if product_type else None,
    )
    request = info.to_request()  # checked before any key is loaded or request sent
    server_session.client.send_consumption_information(transaction_id, request)
    if server_session.session.machine:
        write_json(
            {"sent": True, "transactionId": transaction_id, "environment": server_session.options.environment}
        )
    else:
        click.echo(
            f"sent consumption information for {transaction_id} ({server_session.options.environment})"
        )


@server.command("transaction")
@click.argument("transaction_id")
@pass_server
def transaction(server_session: ServerSession, transaction_id: str) -> None:
    """One transaction, verified (a 404 in one environment: try `asc server doctor --transaction-id`)."""
    signed = server_session.client.get_transaction_info(transaction_id).signedTransactionInfo or ""
    row = _plain(server_session.verifier.verify_and_decode_signed_transaction(signed))
    _write_rows([row], _TRANSACTION_COLUMNS, machine=server_session.session.machine)


@server.command("history")
@click.argument("transaction_id")
@click.option("--refunds", is_flag=True, help="Only the refunded transactions (Apple's refund history).")
@click.option(
    "--revision", help="Resume from a revision printed by an earlier run (only what changed since)."
)
@pass_server
def history(server_session: ServerSession, transaction_id: str, refunds: bool, revision: str | None) -> None:
    """Every transaction of the customer of TRANSACTION_ID, verified; the revision to resume from: stderr."""
    verifier = server_session.verifier
    client = server_session.client
    walk = (client.refund_history if refunds else client.transaction_history)(
        transaction_id, revision=revision
    )
    rows = [_plain(verifier.verify_and_decode_signed_transaction(signed)) for signed in walk]
    _write_rows(rows, _TRANSACTION_COLUMNS, machine=server_session.session.machine)
    click.echo(
        f"asc: {len(rows)} transaction(s) in {walk.pages} page(s); revision {walk.resume_token}", err=True
    )


@server.command("notifications")
@click.option(
    "--since", required=True, type=click.DateTime(["%Y-%m-%d"]), help="First day (UTC), at most 180 days ago."
)
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Day after the last (UTC); default: now.")
@click.option("--transaction-id", help="Only this customer's notifications.")
@click.option("--only-failures", is_flag=True, help="Only notifications that did not reach your server.")
@pass_server
def notifications(
    server_session: ServerSession,
    since: datetime.datetime,
    until: datetime.datetime | None,
    transaction_id: str | None,
    only_failures: bool,
) -> None:
    """Notification history (App Store Server Notifications V2), verified, every page."""
    from ..server import NotificationHistoryRequest

    end = until or datetime.datetime.now(datetime.UTC)
    request = NotificationHistoryRequest(
        startDate=_epoch_ms(since),
        endDate=_epoch_ms(end),
        transactionId=transaction_id,
        onlyFailures=only_failures or None,
    )
    verifier = server_session.verifier
    rows = []
    for item in server_session.client.notification_history(request):
        payload = verifier.verify_and_decode_notification(item.signedPayload or "")
        row = _plain(payload)
        signed_transaction = payload.data.signedTransactionInfo if payload.data else None
        if signed_transaction:  # shown decoded and verified, not as a JWS
            transaction = _plain(verifier.verify_and_decode_signed_transaction(signed_transaction))
            row["transactionId"] = transaction.get("transactionId")
            row["data"]["transaction"] = transaction
            del row["data"]["signedTransactionInfo"]
        rows.append(row)
    _write_rows(rows, _NOTIFICATION_COLUMNS, machine=server_session.session.machine)


def server_doctor_options(command: F) -> F:
    """`--server` and `--transaction-id` for `asc doctor` (the checks of `asc server doctor`)."""
    command = click.option(
        "--transaction-id", help="With --server: also find which environment this transaction lives in."
    )(command)
    return click.option(
        "--server",
        is_flag=True,
        help="Check the App Store Server API setup instead (APP_STORE_SERVER_* key; `asc server --help`).",
    )(command)


def run_server_doctor(session: Session, server_flag: bool, transaction_id: str | None) -> bool:
    """`asc doctor --server`: run the server checks and return True; False when `--server` is absent."""
    if not server_flag:
        if transaction_id is not None:
            raise click.UsageError("--transaction-id goes with --server")
        return False
    environment = os.environ.get(ENVIRONMENT_VARIABLE, "production").strip().lower() or "production"
    _run_doctor(ServerSession(session, ServerOptions(environment=environment)), transaction_id)
    return True


def _run_doctor(server_session: ServerSession, transaction_id: str | None) -> None:
    from ..server import diagnose

    machine = server_session.session.machine
    result = diagnose(server_session.client, transaction_id=transaction_id)
    if machine:
        found = result.environment.value if result.environment else None
        write_json(
            {"ok": result.ok, "environment": found, "checks": [asdict(check) for check in result.checks]}
        )
    else:
        for check in result.checks:
            click.echo(f"{check.status:<5} {check.name:<12} {check.detail}")
            if check.advice and check.status != "ok":
                click.echo(f"{'':<5} {'':<12} -> {check.advice}")
    if result.error is not None:
        raise result.error  # `asc` turns it into its exit code: 401 → 3, 404 → 4, network → 1
    if not result.ok:  # a local check failed (the key's type, a claim): nothing was sent
        failed = next(check for check in result.checks if check.status == "fail")
        raise ConfigurationError(f"{failed.name}: {failed.detail}. {failed.advice}")


def _write_rows(rows: list[dict[str, Any]], columns: tuple[str, ...], *, machine: bool) -> None:
    """Every field as JSON for machines (`--json`), else a table of `columns`."""
    if machine:
        write_json(rows)
    else:
        write_table(rows, columns)


def _epoch_ms(moment: datetime.datetime) -> int:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)
    return int(aware.timestamp() * 1000)


def _plain(model: AttrsInstance) -> dict[str, Any]:
    """An Apple model as JSON-ready values; enum fields as Apple sent them (their `raw*` twins)."""
    values = {field.name: getattr(model, field.name) for field in attrs.fields(type(model))}
    plain: dict[str, Any] = {}
    for name, value in values.items():
        if name.startswith("raw") and name[3:4].isupper():
            continue
        chosen = values.get("raw" + name[:1].upper() + name[1:], value)
        if chosen is not None:
            plain[name] = _plain(chosen) if attrs.has(type(chosen)) else chosen
    return plain
