"""One response body on its way in: bytes counted, progress reported, checksum and size checked (no I/O)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator

from ._decode import ReportDecoder, Row
from ._errors import ChecksumMismatchError

Progress = Callable[[int, int | None], None]
"""Called after every chunk with the bytes received so far and the total, when known."""

_DIGESTS_BY_HEX_LENGTH = {32: "md5", 40: "sha1", 64: "sha256"}  # Apple's segment checksums are MD5 hex


class Download:
    """The shared core of the sync and async report readers: feed it the raw chunks of one body."""

    def __init__(
        self,
        *,
        size: int | None = None,
        checksum: str | None = None,
        quoted: bool = False,
        progress: Progress | None = None,
    ) -> None:
        self.decoder = ReportDecoder(quoted=quoted)
        self.received = 0
        self.total = size
        """The body's expected length for progress reports: the announced size, else Content-Length."""
        self._size = size
        self._checksum = checksum.strip().lower() if checksum else None
        self._hash = hashlib.new(self._algorithm(), usedforsecurity=False) if self._checksum else None
        self._progress = progress

    def take(self, chunk: bytes) -> None:
        """Account for one raw chunk (count, hash, progress) without decoding it."""
        self.received += len(chunk)
        if self._hash is not None:
            self._hash.update(chunk)
        if self._progress is not None:
            self._progress(self.received, self.total)

    def expect_total(self, length: int) -> None:
        """Use the response's Content-Length for progress when no size was announced."""
        if self.total is None:
            self.total = length

    def rows(self, chunk: bytes) -> Iterator[Row]:
        """Account for one raw chunk and yield the rows it completes."""
        self.take(chunk)
        return self.decoder.decode(chunk)

    def last_rows(self) -> Iterator[Row]:
        """After the last chunk: check the body, then yield the rows still held back."""
        self.verify()
        yield from self.decoder.flush()

    def verify(self) -> None:
        """Fail if the body's size or checksum differs from what was announced (nothing silently short)."""
        if self._size is not None and self.received != self._size:
            raise ChecksumMismatchError(
                f"received {self.received} bytes but the segment has {self._size}: the download was "
                "cut short or changed; download it again (presigned URLs expire: list the segments again)"
            )
        if self._hash is not None and self._hash.hexdigest() != self._checksum:
            raise ChecksumMismatchError(
                f"the downloaded data has {self._hash.name} {self._hash.hexdigest()} but Apple announced "
                f"{self._checksum}: it is corrupt or incomplete; download it again"
            )

    def _algorithm(self) -> str:
        assert self._checksum is not None
        algorithm = _DIGESTS_BY_HEX_LENGTH.get(len(self._checksum))
        if algorithm is None or any(c not in "0123456789abcdef" for c in self._checksum):
            raise ChecksumMismatchError(
                f"cannot verify checksum {self._checksum!r}: it is not an MD5, SHA-1 or SHA-256 hex digest"
            )
        return algorithm


class OverallProgress:
    """One progress report across several downloads: bytes of all so far, of their summed sizes."""

    def __init__(self, progress: Progress | None, sizes: list[int | None]) -> None:
        self._progress = progress
        self._total = None if None in sizes else sum(size or 0 for size in sizes)
        self._done = 0

    def part(self) -> Progress | None:
        """The callback for the next download, or None when nobody listens."""
        if self._progress is None:
            return None
        listener, base = self._progress, self._done

        def report(done: int, _total: int | None) -> None:
            self._done = base + done
            listener(self._done, self._total)

        return report
