"""What a sync works on (an app, its version, its platform) and how it reports its steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Progress = Callable[[str], None]
"""Called with one line per change as a push makes it (`update the de-DE version localization`)."""


@dataclass(frozen=True)
class Target:
    """Which listing: an app (Apple id or bundle id), optionally a version string and a platform
    (IOS, MAC_OS, TV_OS, VISION_OS; needed when the app has editable versions on several)."""

    app: str
    version: str | None = None
    platform: str | None = None
