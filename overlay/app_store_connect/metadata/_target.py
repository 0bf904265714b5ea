"""What a sync works on (an app, its version, its platform) and how it reports its steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .._errors import ConfigurationError

Progress = Callable[[str], None]
"""Called with one line per change as a push makes it (`update the de-DE version localization`)."""


@dataclass(frozen=True)
class Target:
    """Which listing: an app (Apple id or bundle id), optionally a version string and a platform
    (IOS, MAC_OS, TV_OS, VISION_OS; needed when the app has editable versions on several)."""

    app: str
    version: str | None = None
    platform: str | None = None

    @classmethod
    def of(cls, target: Target | str) -> Target:
        """`target` itself, or the listing of the app with this Apple id or bundle id."""
        if isinstance(target, Target):
            return target
        if isinstance(target, str) and target.strip():
            return cls(target.strip())
        raise ConfigurationError(
            f"which app? give its Apple id or bundle id, or a Target(app, version, platform); got {target!r}"
        )
