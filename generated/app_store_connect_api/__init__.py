"""The low-level App Store Connect API client generated from Apple's OpenAPI file.

Most users import the overlay, `app_store_connect`. `Client` and `AuthenticatedClient` load httpx
on first use, so `import app_store_connect_api.models` stays cheap.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "AuthenticatedClient",
    "Client",
)
