"""`asc token`: a token for curl and other tools; the one command that prints one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import click
import jwt

from .._tokens import DEFAULT_LIFETIME, MAX_LIFETIME, TokenProvider
from ._output import write_json
from ._session import Session, pass_session


@click.command()
@click.option(
    "--lifetime",
    type=click.IntRange(1, int(MAX_LIFETIME.total_seconds())),
    default=int(DEFAULT_LIFETIME.total_seconds()),
    show_default=True,
    help="Seconds the token is valid; App Store Connect refuses more than 1200.",
)
@click.option(
    "--scope",
    multiple=True,
    metavar="'METHOD /path'",
    help="Only allow this request, e.g. 'GET /v1/apps' (repeat for more).",
)
@pass_session
def token(session: Session, lifetime: int, scope: tuple[str, ...]) -> None:
    """Print a token: curl -H "Authorization: Bearer $(asc token)" https://api.appstoreconnect.apple.com/v1/apps

    Anyone holding it can act with your key until it expires: do not log it.
    """
    provider = TokenProvider(
        session.key, lifetime=timedelta(seconds=lifetime), scope=scope or None, refresh_margin=timedelta(0)
    )
    value = provider.token()
    if not session.machine:
        click.echo(value)
        return
    claims = jwt.decode(value, options={"verify_signature": False})
    expires = datetime.fromtimestamp(claims["exp"], UTC).isoformat()
    write_json({"token": value, "keyId": session.key.key_id, "expiresAt": expires})
