"""What every handler can reach: the account, the settings, the clock, the quirks and the presigned host."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from ._clock import Clock
from ._presigned import PresignedHost
from ._quirks import FaultPlan
from ._store import Resource, Store


@dataclass(frozen=True)
class Settings:
    """Tunables the handlers read (see `Sandbox` for their meaning)."""

    seed: int
    slow_delay: float
    slow_limit: int
    upload_part_size: int
    processing_polls: int


@dataclass
class Context:
    """Shared state of a running sandbox; `observers` refresh a resource's state each time it is read."""

    store: Store
    settings: Settings
    clock: Clock
    faults: FaultPlan
    presigned: PresignedHost
    stopping: threading.Event
    base_url: str = ""
    observers: dict[str, Callable[[Resource], None]] = field(default_factory=dict)

    def wait(self, seconds: float) -> None:
        """Sleep for an injected delay, cut short when the sandbox stops."""
        self.stopping.wait(seconds)

    def observe(self, resource: Resource) -> None:
        """Let the owner of `resource`'s type advance its state before it is shown."""
        if (observer := self.observers.get(resource.type)) is not None:
            observer(resource)
