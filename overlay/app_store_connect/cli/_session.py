"""Where a command's key, API origin and client come from: the environment, options, or a local sandbox."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import ApiKey, AppStoreConnect, TokenProvider

if TYPE_CHECKING:
    from ..sandbox import Sandbox

Enter = Callable[[AbstractContextManager[object]], object]
"""Enters a context manager and exits it when the command ends (`click.Context.with_resource`)."""


@dataclass(frozen=True)
class Options:
    """The global options of `asc`."""

    base_url: str
    key_file: Path | None = None
    key_id: str | None = None
    issuer_id: str | None = None
    sandbox: bool = False
    sandbox_quirks: str = ""
    sandbox_clock_skew: float = 0.0


class Session:
    """One command's view of App Store Connect; everything is made on first use and closed with the command.

    The key comes from `--key-file` (with `--key-id`, `--issuer-id`), else from the sandbox's demo key
    with `--sandbox`, else from the environment (`ApiKey.from_env`). Options replace the environment;
    they are not mixed with it.
    """

    def __init__(self, options: Options, enter: Enter) -> None:
        self.options = options
        self.machine = False  # --json: output for machines
        self._enter = enter

    @cached_property
    def key(self) -> ApiKey:
        """The API key to sign tokens with."""
        options = self.options
        if options.key_file is not None:
            return ApiKey.from_file(options.key_file, key_id=options.key_id, issuer_id=options.issuer_id)
        if options.key_id is not None or options.issuer_id is not None:
            raise _usage("--key-id and --issuer-id go with --key-file")
        if self.sandbox is not None:
            return ApiKey.from_pem(
                self.sandbox.private_key_pem, key_id=self.sandbox.key_id, issuer_id=self.sandbox.issuer_id
            )
        return ApiKey.from_env()

    @cached_property
    def sandbox(self) -> Sandbox | None:
        """The local sandbox serving this command (`--sandbox`), started on first use; else None."""
        if not self.options.sandbox:
            return None
        from ..sandbox import Sandbox  # only sandbox runs pay for importing it

        try:
            sandbox = Sandbox(quirks=self.options.sandbox_quirks, clock_skew=self.options.sandbox_clock_skew)
        except ValueError as error:  # an unknown quirk name
            raise _usage(f"--sandbox-quirks: {error}") from None
        self._enter(sandbox)
        return sandbox

    @property
    def base_url(self) -> str:
        """The API origin requests go to."""
        return self.options.base_url if self.sandbox is None else self.sandbox.base_url

    @cached_property
    def client(self) -> AppStoreConnect:
        """The client of this command, signing with `key` through one `TokenProvider`."""
        client = AppStoreConnect(TokenProvider(self.key), base_url=self.base_url)
        self._enter(client)
        return client

    @property
    def token_provider(self) -> TokenProvider:
        """The provider minting the client's tokens."""
        provider = self.client.token_provider
        assert provider is not None  # the client is always made with one
        return provider


def _usage(message: str) -> click.UsageError:
    """A usage error about a global option, pointing at `asc --help`."""
    return click.UsageError(message, ctx=click.get_current_context().find_root())


pass_session = click.make_pass_decorator(Session)
"""Give a command the `Session` the root group made."""

JSON_HELP = "Output for machines: JSON on stdout, errors as one JSON object on stderr."


def _set_machine(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    session = ctx.find_object(Session)
    if value and session is not None:
        session.machine = True


json_option = click.option(
    "--json", "machine", is_flag=True, expose_value=False, callback=_set_machine, help=JSON_HELP
)
"""`--json` on a command, the same as `asc --json COMMAND`."""
