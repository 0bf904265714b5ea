"""`asc webhooks list|create|delete|ping|deliveries|listen`: an app's webhooks, and a local receiver
that prints the deliveries whose signature verifies (for development, with a tunnel or the sandbox)."""

from __future__ import annotations

import json
from typing import Any

import click

from ..webhooks import (
    EVENT_TYPES,
    StateChange,
    WebhookEvent,
    WebhookReceiver,
    create_webhook,
    delete_webhook,
    list_deliveries,
    list_webhooks,
    ping_webhook,
)
from ._listing import app_id
from ._output import write_listing, write_result
from ._resources import row
from ._session import Session, pass_session

WEBHOOK_COLUMNS = ("id", "name", "url", "enabled", "eventTypes")
DELIVERY_COLUMNS = ("id", "createdDate", "deliveryState", "httpStatusCode", "errorMessage")

secret_option = click.option(
    "--secret",
    envvar="ASC_WEBHOOK_SECRET",
    show_envvar=True,
    required=True,
    help="The webhook's secret (better from the environment: a command line is visible to others).",
)


@click.group()
def webhooks() -> None:
    """An app's webhooks, and a local receiver of their signed deliveries."""


@webhooks.command("list")
@click.option("--app", required=True, help="The app: its Apple id or bundle id.")
@pass_session
def list_(session: Session, app: str) -> None:
    """The app's webhooks."""
    rows = [row(hook.to_dict()) for hook in list_webhooks(session.client, app_id(session, app))]
    write_listing(rows, WEBHOOK_COLUMNS, session.output_format)


@webhooks.command()
@click.option("--app", required=True, help="The app: its Apple id or bundle id.")
@click.option("--url", required=True, help="Where Apple POSTs the events (https, reachable from Apple).")
@secret_option
@click.option(
    "--event",
    "events",
    multiple=True,
    required=True,
    type=click.Choice(EVENT_TYPES),
    help="An event type (repeatable).",
)
@click.option("--name", help="A name for the webhook (default: from the app id).")
@pass_session
def create(
    session: Session, app: str, url: str, secret: str, events: tuple[str, ...], name: str | None
) -> None:
    """Make a webhook: Apple POSTs the chosen events to --url, signed with --secret."""
    hook = create_webhook(session.client, app_id(session, app), url, secret, events, name=name)
    made = row(hook.to_dict())
    write_result(
        made,
        [f"webhook {made['id']}: {made['url']} ({', '.join(made['eventTypes'] or ())})"],
        machine=session.machine,
    )


@webhooks.command()
@click.argument("webhook_id")
@pass_session
def delete(session: Session, webhook_id: str) -> None:
    """Delete a webhook."""
    delete_webhook(session.client, webhook_id)
    write_result(
        {"id": webhook_id, "deleted": True}, [f"webhook {webhook_id} deleted"], machine=session.machine
    )


@webhooks.command()
@click.argument("webhook_id")
@pass_session
def ping(session: Session, webhook_id: str) -> None:
    """Ask Apple to send a test delivery to the webhook's URL."""
    sent = ping_webhook(session.client, webhook_id)
    write_result(
        {"id": sent.id, "webhook": webhook_id},
        [f"ping {sent.id} sent to webhook {webhook_id}"],
        machine=session.machine,
    )


@webhooks.command()
@click.argument("webhook_id")
@pass_session
def deliveries(session: Session, webhook_id: str) -> None:
    """The webhook's recent deliveries and how the receiver answered."""
    rows = []
    for delivery in list_deliveries(session.client, webhook_id):
        entry = row(delivery.to_dict())
        entry["httpStatusCode"] = (entry.get("response") or {}).get("httpStatusCode")
        rows.append(entry)
    write_listing(rows, DELIVERY_COLUMNS, session.output_format)


@webhooks.command()
@click.option(
    "--port", type=click.IntRange(0, 65535), required=True, help="The port to listen on (0: any free one)."
)
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@secret_option
@click.option("--count", type=click.IntRange(min=1), help="Stop after this many verified events.")
@pass_session
def listen(session: Session, port: int, host: str, secret: str, count: int | None) -> None:
    """Receive deliveries on http://HOST:PORT/ and print each verified event (one JSON line with --json);
    a request whose signature does not verify is answered 401 and not printed."""
    from wsgiref.simple_server import WSGIRequestHandler, make_server

    receiver = WebhookReceiver(secret, on_event=lambda event: _print(event, machine=session.machine))

    class _Quiet(WSGIRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            """Requests are not logged: the events print on stdout."""

    with make_server(host, port, receiver.wsgi, handler_class=_Quiet) as server:
        click.echo(f"asc: listening on http://{host}:{server.server_port}/ (Ctrl+C stops)", err=True)
        received = 0
        while count is None or received < count:
            before = receiver.events.qsize()
            server.handle_request()
            received += receiver.events.qsize() - before


def _print(event: WebhookEvent, *, machine: bool) -> None:
    old, new = (event.old_value, event.new_value) if isinstance(event, StateChange) else (None, None)
    if machine:
        line = {
            "type": event.type,
            "id": event.id,
            "timestamp": event.timestamp.isoformat() if event.timestamp else None,
            "instanceType": event.instance_type,
            "instanceId": event.instance_id,
            "oldValue": old,
            "newValue": new,
        }
        click.echo(json.dumps(line))
        return
    about = f" {event.instance_type} {event.instance_id}" if event.instance_id else ""
    move = f": {old} -> {new}" if isinstance(event, StateChange) else ""
    click.echo(f"{event.type}{about}{move}")
