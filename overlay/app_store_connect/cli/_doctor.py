"""`asc doctor`: load the key, mint a token, call the API once; on failure, explain what was checked (Q8)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import click
import httpx

from .. import ApiError, AppStoreConnectError, TokenProvider
from .._tokens import describe_offset
from ._exit import in_user_words
from ._failures import describe, fail_on
from ._output import write_json
from ._server import run_server_doctor, server_doctor_options
from ._session import Session, pass_session

PROBE = "/v1/apps"  # readable by every role, and one item is enough


@dataclass(frozen=True)
class Check:
    """One line of the report: what was checked, `ok`, `warn` or `fail`, and what was found."""

    name: str
    status: str
    detail: str


@click.command()
@server_doctor_options
@pass_session
def doctor(session: Session, server: bool, transaction_id: str | None) -> None:
    """Check the API key, a token and one API call; on failure, explain the local checks.

    Exits 0 when App Store Connect accepted the token (even with a clock warning); else the report
    goes to stdout, one error line to stderr, and the exit code is the failure's.
    """
    if run_server_doctor(session, server, transaction_id):
        return
    checks: list[Check] = []
    provider: TokenProvider | None = None
    failure: AppStoreConnectError | httpx.RequestError | None = None
    headers: httpx.Headers | None = None
    step = "key"
    try:
        key = session.key
        kind = "an individual key" if key.is_individual else f"a team key of issuer {key.issuer_id}"
        checks.append(Check("key", "ok", f"{key.key_id}, {kind}"))
        step = "token"
        provider = session.token_provider
        provider.token()
        checks.append(Check("token", "ok", f"minted an ES256 token signed with key {key.key_id}"))
        step = "api"
        response = session.client.request("GET", PROBE, params={"limit": "1"})
        checks.append(Check("api", "ok", _answered(session, response)))
        headers = response.headers
    except (AppStoreConnectError, httpx.RequestError) as error:
        failure = error
        checks.append(Check(step, "fail", _failed(error)))
        headers = error.headers if isinstance(error, ApiError) else None
    if provider is not None and headers is not None:
        checks.append(_clock(provider, headers))
    local_checks = provider.diagnose() if provider is not None else []
    _report(session, checks, local_checks, explain=failure is not None)
    if failure is not None:
        fail_on(failure, machine=session.machine)


def _answered(session: Session, response: httpx.Response) -> str:
    budget = session.client.rate_limit
    left = f"; {budget.remaining} of {budget.limit} requests left this hour" if budget else ""
    origin = f"{response.url.scheme}://{response.url.netloc.decode()}"
    return f"GET {PROBE} answered {response.status_code} at {origin}{left}"


def _failed(error: AppStoreConnectError | httpx.RequestError) -> str:
    if isinstance(error, ApiError):  # the whole message follows on stderr
        return f"App Store Connect answered {error.status_code} {error.code or ''}".rstrip()
    return describe(error)


def _clock(provider: TokenProvider, headers: httpx.Headers) -> Check:
    """Compare App Store Connect's `Date` with the local clock (tokens are corrected for a skew, Q8)."""
    date = headers.get("date")
    if date is None:
        return Check("clock", "warn", "the answer had no Date header to compare the local clock with")
    provider.observe_server_date(date)
    offset = provider.clock_offset.total_seconds()
    if not offset:
        return Check("clock", "ok", "the local clock agrees with App Store Connect's")
    return Check(
        "clock",
        "warn",
        f"the local clock is {describe_offset(offset)}; tokens are corrected for it, but fix the "
        "system clock",
    )


def _report(session: Session, checks: list[Check], local_checks: list[str], *, explain: bool) -> None:
    """The checks on stdout; the local checks too when something failed (always with `--json`)."""
    if session.machine:
        ok = all(check.status != "fail" for check in checks)
        write_json({"ok": ok, "checks": [asdict(c) for c in checks], "localChecks": local_checks})
        return
    for check in checks:
        click.echo(f"{check.status:<5} {check.name:<6} {in_user_words(check.detail)}")
    if explain and local_checks:
        click.echo("Checked here:")
        for line in local_checks:
            click.echo(f"  {in_user_words(line)}")
