"""Apple's `X-Rate-Limit` response header, every entry of it (Q7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

HEADER = "X-Rate-Limit"

# Seconds in the window a `user-<window>-lim` / `user-<window>-rem` pair describes. Apple's "hour" is a
# rolling hour (Apple doc "Identifying Rate Limits"); some endpoints also send minute entries (Q7).
_WINDOW_SECONDS = {"hour": 3600.0, "minute": 60.0}


@dataclass(frozen=True)
class RateLimit:
    """The request budget Apple reported on a response, e.g. `user-hour-lim:3600;user-hour-rem:3121;`."""

    entries: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        object.__setattr__(self, "entries", MappingProxyType(dict(self.entries)))

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.entries.items())))

    @classmethod
    def parse(cls, header: str | None) -> RateLimit | None:
        """Read every `name:value` entry; malformed entries are skipped, no entries at all gives None."""
        entries: dict[str, int] = {}
        for item in (header or "").split(";"):
            name, sep, value = item.partition(":")
            name, value = name.strip().lower(), value.strip()
            if sep and name and value.isdigit():
                entries[name] = int(value)
        return cls(entries) if entries else None

    @property
    def limit(self) -> int | None:
        """Requests allowed per rolling hour with this key (`user-hour-lim`)."""
        return self.entries.get("user-hour-lim")

    @property
    def remaining(self) -> int | None:
        """Requests left in the rolling hour (`user-hour-rem`); a 429 can still come while it is high (Q7)."""
        return self.entries.get("user-hour-rem")

    def pacing_interval(self, below: float) -> float:
        """Seconds to leave between requests once a window has less than `below` (a fraction) of its budget.

        The interval is the window's sustainable rate (window / limit); 0.0 while every budget is healthy.
        """
        interval = 0.0
        for window, seconds in _WINDOW_SECONDS.items():
            limit = self.entries.get(f"user-{window}-lim")
            remaining = self.entries.get(f"user-{window}-rem")
            if limit and remaining is not None and remaining < below * limit:
                interval = max(interval, seconds / limit)
        return interval

    def __str__(self) -> str:
        return ";".join(f"{name}:{value}" for name, value in self.entries.items()) + ";"
