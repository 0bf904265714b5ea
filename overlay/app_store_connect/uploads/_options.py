"""`UploadOptions`: how many workers, how to poll, whether to send checksums; checked when made."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .._retry import RetryPolicy
from ._errors import UploadArgumentError


@dataclass(frozen=True)
class UploadOptions:
    """Settings of an upload; the defaults suit screenshots, previews and builds alike.

    `workers`: parts sent at once (memory holds at most this many parts). `poll_*`: seconds between
    reads of the delivery state (growing from `poll_interval` to `poll_max_interval`) and in all.
    `checksum`: send the file's MD5 with the commit (Q13: switch it off for an asset type that
    refuses it). `commit_retry`: how often, and how far apart, a commit is sent again once a read
    proved the failed one had no effect. `clock`: seconds, for the polling timeout (a seam for tests).
    """

    workers: int = 4
    poll_interval: float = 5.0
    poll_max_interval: float = 30.0
    poll_timeout: float = 1800.0
    checksum: bool = True
    commit_retry: RetryPolicy = field(default_factory=RetryPolicy)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise UploadArgumentError(f"workers must be at least 1, not {self.workers}")
        if not 0 < self.poll_interval <= self.poll_max_interval:
            raise UploadArgumentError(
                f"poll_interval ({self.poll_interval}) must be positive and at most poll_max_interval "
                f"({self.poll_max_interval})"
            )
        if self.poll_timeout <= 0:
            raise UploadArgumentError(f"poll_timeout must be positive, not {self.poll_timeout}")
