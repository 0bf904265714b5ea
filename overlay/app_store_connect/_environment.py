"""What a client takes from the environment when it is not told: the API key and `ASC_BASE_URL`."""

from __future__ import annotations

import os
from enum import Enum
from typing import Final, Literal

from ._keys import ApiKey
from ._tokens import TokenProvider

BASE_URL_VARIABLE = "ASC_BASE_URL"


class _FromEnvironment(Enum):
    FROM_ENVIRONMENT = "FROM_ENVIRONMENT"

    def __repr__(self) -> str:
        return "FROM_ENVIRONMENT"


FROM_ENVIRONMENT: Final = _FromEnvironment.FROM_ENVIRONMENT
"""The default `key` of the clients: `ApiKey.from_env()`, which fails fast when no key is set.
Give `key=None` explicitly to send no token (a local sandbox, or a proxy that signs requests)."""

KeyArgument = ApiKey | TokenProvider | None | Literal[_FromEnvironment.FROM_ENVIRONMENT]


def key_or_environment(key: KeyArgument) -> ApiKey | TokenProvider | None:
    """`key` as given, or the environment's key for `FROM_ENVIRONMENT`."""
    return ApiKey.from_env() if key is FROM_ENVIRONMENT else key


def base_url_or_environment(base_url: str | None, default: str) -> str:
    """`base_url` as given, else `ASC_BASE_URL` when set, else `default` (Apple's API)."""
    return base_url or os.environ.get(BASE_URL_VARIABLE, "").strip() or default
