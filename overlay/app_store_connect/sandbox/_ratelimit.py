"""The hourly request budget App Store Connect reports on every response (`X-Rate-Limit`, Q7)."""

from __future__ import annotations

import threading

from ._clock import Clock

HOUR = 3600.0


class RateLimiter:
    """Counts requests per clock hour; the budget spent answers 429 like Apple."""

    def __init__(self, clock: Clock, limit: int = 3600) -> None:
        self._clock = clock
        self._limit = limit
        self._remaining = limit
        self._window_start = clock.now()
        self._lock = threading.Lock()

    def spend(self) -> bool:
        """Count one request; False when the hour's budget was already used up."""
        with self._lock:
            self._roll()
            if self._remaining == 0:
                return False
            self._remaining -= 1
            return True

    def header(self) -> str:
        """The `X-Rate-Limit` value, e.g. `user-hour-lim:3600;user-hour-rem:3121;`."""
        with self._lock:
            self._roll()
            return f"user-hour-lim:{self._limit};user-hour-rem:{self._remaining};"

    def _roll(self) -> None:
        if self._clock.now() - self._window_start >= HOUR:
            self._window_start = self._clock.now()
            self._remaining = self._limit
