"""Where a command's key, API origin, client and output format come from: options, the environment, a sandbox.

The library is imported on first use, so commands that do not call the API (and `asc --help`) start fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from .. import ApiKey, AppStoreConnect, TokenProvider
    from ..sandbox import Sandbox

Enter = Callable[[AbstractContextManager[object]], object]
"""Enters a context manager and exits it when the command ends (`click.Context.with_resource`)."""


@dataclass(frozen=True)
class Options:
    """The global options of `asc`."""

    base_url: str | None = None  # None: ASC_BASE_URL, else Apple's API
    key_file: str | None = None
    key_id: str | None = None
    issuer_id: str | None = None
    sandbox: bool = False
    sandbox_quirks: str = ""
    sandbox_clock_skew: float = 0.0
    output: str | None = None  # table, json or csv; None: table on a terminal, else json
    verbosity: int = 0  # -v: each request; -vv: and its headers


class Session:
    """One command's view of App Store Connect; everything is made on first use and closed with the command.

    The key comes from `--key-file` (ids from `--key-id`, `--issuer-id`, else from the environment), else
    from the sandbox's demo key with `--sandbox`, else from the environment (`ApiKey.from_env`).
    """

    def __init__(self, options: Options, enter: Enter) -> None:
        self.options = options
        self._enter = enter

    @property
    def machine(self) -> bool:
        """Whether JSON was asked for (`--json`, `--output json`): errors are JSON objects too."""
        return self.options.output == "json"

    @property
    def output_format(self) -> str:
        """How listings print: as asked, else a table on a terminal and JSON when piped."""
        return self.options.output or ("table" if sys.stdout.isatty() else "json")

    @cached_property
    def key(self) -> ApiKey:
        """The API key to sign tokens with."""
        from .._keys import ApiKey

        options = self.options
        if options.key_file is not None:
            return ApiKey.from_file_and_env(
                options.key_file, key_id=options.key_id, issuer_id=options.issuer_id
            )
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
        from ..sandbox import Sandbox

        try:
            sandbox = Sandbox(quirks=self.options.sandbox_quirks, clock_skew=self.options.sandbox_clock_skew)
        except ValueError as error:  # an unknown quirk name
            raise _usage(f"--sandbox-quirks: {error}") from None
        self._enter(sandbox)
        return sandbox

    @cached_property
    def client(self) -> AppStoreConnect:
        """The client of this command, signing with `key` through one `TokenProvider`."""
        from .._client import AppStoreConnect
        from .._tokens import TokenProvider

        base_url = self.options.base_url if self.sandbox is None else self.sandbox.base_url
        transport = None
        if self.options.verbosity >= 2:
            from ._header_log import HeaderLog

            transport = HeaderLog()
        client = AppStoreConnect(TokenProvider(self.key), base_url=base_url, transport=transport)
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
