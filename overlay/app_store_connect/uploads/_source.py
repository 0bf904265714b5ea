"""The file being uploaded: checked before any request, then read part by part with its MD5 on the way."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from ._errors import UploadArgumentError, UploadError
from ._plan import Part
from ._state import UploadState


@dataclass(frozen=True)
class SourceFile:
    """A readable, non-empty regular file, with the size and mtime it had when checked."""

    path: Path
    size: int
    modified_ns: int

    @classmethod
    def check(cls, path: str | os.PathLike[str]) -> SourceFile:
        """The file at `path`, or an `UploadArgumentError` saying what is wrong with it."""
        file = Path(path)
        try:
            info = file.stat()
        except FileNotFoundError:
            raise UploadArgumentError(f"{file} does not exist; give the path of the file to upload") from None
        except OSError as error:
            raise UploadArgumentError(f"cannot read {file}: {error.strerror}") from None
        if not stat.S_ISREG(info.st_mode):
            raise UploadArgumentError(f"{file} is not a regular file; give the path of the file itself")
        if info.st_size == 0:
            raise UploadArgumentError(
                f"{file} is empty; Apple refuses empty files: check that it was exported completely"
            )
        if not os.access(file, os.R_OK):
            raise UploadArgumentError(f"{file} is not readable; check its permissions")
        return cls(file, info.st_size, info.st_mtime_ns)

    @property
    def name(self) -> str:
        """The file name Apple is told."""
        return self.path.name

    def check_unchanged(self, state: UploadState) -> None:
        """Refuse to resume `state` if this file is not the one it was reading."""
        if (self.size, self.modified_ns) != (state.size, state.modified_ns):
            raise UploadArgumentError(
                f"{self.path} changed since the upload started ({state.size} -> {self.size} bytes, or a "
                "new modification time); start a new upload instead of resuming"
            )


class PartReader:
    """Reads parts strictly in file order from one open file, so the file's MD5 is computed on the way.

    Use it as a context manager; only one part's bytes are held here at a time.
    """

    def __init__(self, source: SourceFile) -> None:
        self._source = source
        self._file: BinaryIO | None = None
        self._md5 = hashlib.md5(usedforsecurity=False)
        self._position = 0

    def __enter__(self) -> PartReader:
        self._file = self._source.path.open("rb")
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._file is not None:
            self._file.close()

    def read(self, part: Part) -> bytes:
        """The bytes of `part`, which must start where the previous part ended."""
        if self._file is None or part.offset != self._position:
            raise RuntimeError(f"parts must be read in order, from an open reader (at {self._position})")
        data = self._file.read(part.length)
        if len(data) != part.length:
            raise UploadError(
                f"{self._source.path} shrank while it was uploaded (byte {part.offset + len(data)} is its "
                "end now); upload it again once it no longer changes"
            )
        self._md5.update(data)
        self._position = part.end
        return data

    @property
    def checksum(self) -> str | None:
        """The file's MD5 as hex, once every byte was read; None before."""
        return self._md5.hexdigest() if self._position == self._source.size else None
