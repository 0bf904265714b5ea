"""Upload part planning: Apple's `uploadOperations` checked and put in file order (no I/O)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ._errors import UploadPlanError


@dataclass(frozen=True)
class Operation:
    """One `uploadOperations` entry as Apple sent it; any field may be missing."""

    method: str | None
    url: str | None
    offset: int | None
    length: int | None
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Part:
    """One request of an upload: `length` bytes from `offset`, sent with `method` to a presigned `url`."""

    number: int  # 1 for the first part in file order
    offset: int
    length: int
    method: str
    url: str = field(repr=False)  # presigned: its query is a signature (Q13)
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def end(self) -> int:
        """The offset just past this part."""
        return self.offset + self.length

    def describe(self, parts: int) -> str:
        """`part 2 of 3 (bytes 1000-1999)`."""
        return f"part {self.number} of {parts} (bytes {self.offset}-{self.end - 1})"


def plan_parts(operations: Iterable[Operation], size: int) -> tuple[Part, ...]:
    """The parts of a `size`-byte file, in file order; each byte must be covered exactly once."""
    given = list(operations)
    if not given:
        raise UploadPlanError("Apple sent no upload operations for the file; reserve it again.")
    checked = [_checked(number, operation) for number, operation in enumerate(given, start=1)]
    checked.sort(key=lambda part: part.offset)
    position = 0
    for part in checked:
        if part.offset != position:
            problem = "overlap" if part.offset < position else "leave a gap"
            raise UploadPlanError(
                f"Apple's upload operations {problem} at byte {min(part.offset, position)} of {size}; "
                "reserve the file again."
            )
        position = part.end
    if position != size:
        raise UploadPlanError(
            f"Apple's upload operations cover {position} bytes but the file has {size}; "
            "the file may have changed since it was reserved."
        )
    return tuple(
        Part(number, part.offset, part.length, part.method, part.url, part.headers)
        for number, part in enumerate(checked, start=1)
    )


def _checked(number: int, operation: Operation) -> Part:
    method, url, offset, length = operation.method, operation.url, operation.offset, operation.length
    if not method or not url or offset is None or offset < 0 or length is None or length < 1:
        shown = f"method {method!r}, offset {offset!r}, length {length!r}, {'a' if url else 'no'} URL"
        raise UploadPlanError(
            f"Apple's upload operation {number} is incomplete ({shown}); reserve the file again."
        )
    return Part(number, offset, length, method, url, operation.headers)
