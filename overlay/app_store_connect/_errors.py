"""The one exception tree of the library: every error a user can catch derives from `AppStoreConnectError`."""

from __future__ import annotations


class AppStoreConnectError(Exception):
    """Base class of every error this library raises."""


class ConfigurationError(AppStoreConnectError, ValueError):
    """Bad input detected before any request is sent (key files, arguments, options)."""
