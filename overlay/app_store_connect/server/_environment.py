"""The App Store Server API's two environments and their hosts."""

from __future__ import annotations

from collections.abc import Mapping

from appstoreserverlibrary.models.Environment import Environment

from .._errors import ConfigurationError

__all__ = ["APPLE_BASE_URLS", "Environment", "environment_of", "other_environment"]

APPLE_BASE_URLS: Mapping[Environment, str] = {
    Environment.PRODUCTION: "https://api.storekit.apple.com",
    Environment.SANDBOX: "https://api.storekit-sandbox.apple.com",
}


def environment_of(value: Environment | str) -> Environment:
    """`Environment.PRODUCTION` or `.SANDBOX`, from the enum or its name in any case."""
    if isinstance(value, Environment) and value in APPLE_BASE_URLS:
        return value
    names = {environment.value.lower(): environment for environment in APPLE_BASE_URLS}
    found = names.get(str(getattr(value, "value", value)).strip().lower())
    if found is None:
        raise ConfigurationError(
            f"environment {value!r} is not one the App Store Server API serves: use 'production' or 'sandbox'"
        )
    return found


def other_environment(environment: Environment) -> Environment:
    """Sandbox for production, production for sandbox."""
    return Environment.SANDBOX if environment is Environment.PRODUCTION else Environment.PRODUCTION
