"""The sandbox's clock: real time plus an adjustable skew, so client clock correction can be tested (Q8)."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import formatdate

# Apple writes date-times in Pacific time with an offset and no fraction (S3); a fixed offset is enough here.
APPLE_TIMEZONE = timezone(timedelta(hours=-8))


class Clock:
    """Wall-clock time shifted by `skew` seconds (positive: the server is ahead of the client)."""

    def __init__(self, skew: float = 0.0) -> None:
        self.skew = skew

    def now(self) -> float:
        """The server's time as a Unix timestamp."""
        return time.time() + self.skew

    def today(self) -> date:
        """The server's current UTC date."""
        return datetime.fromtimestamp(self.now(), UTC).date()

    def http_date(self) -> str:
        """The server's time as an HTTP `Date` header value."""
        return formatdate(self.now(), usegmt=True)


def apple_datetime(moment: datetime) -> str:
    """Format a date-time the way App Store Connect does, e.g. `2024-04-30T17:16:21-08:00`."""
    return moment.astimezone(APPLE_TIMEZONE).isoformat(timespec="seconds")
