"""Upload part planning: Apple's operations checked and put in file order (pure, no I/O)."""

from __future__ import annotations

import pytest

from app_store_connect.uploads import UploadPlanError
from app_store_connect.uploads._plan import Operation, plan_parts


def op(offset: int | None, length: int | None, url: str | None = "https://upload.example/x") -> Operation:
    return Operation("PUT", url, offset, length, (("Content-Type", "image/png"),))


def test_parts_come_in_file_order_numbered_from_one() -> None:
    parts = plan_parts([op(2000, 524), op(0, 1000), op(1000, 1000)], 2524)

    assert [(p.number, p.offset, p.end) for p in parts] == [(1, 0, 1000), (2, 1000, 2000), (3, 2000, 2524)]
    assert parts[0].headers == (("Content-Type", "image/png"),)
    assert parts[2].describe(3) == "part 3 of 3 (bytes 2000-2523)"
    assert "upload.example" not in repr(parts[0])  # presigned URLs stay out of reprs and logs (Q13)


@pytest.mark.parametrize(
    ("operations", "size", "message"),
    [
        ([], 10, "no upload operations"),
        ([op(0, 5), op(6, 4)], 10, "leave a gap at byte 5"),
        ([op(0, 6), op(5, 5)], 10, "overlap at byte 5"),
        ([op(0, 5)], 10, "cover 5 bytes but the file has 10"),
        ([op(0, 10, url=None)], 10, "operation 1 is incomplete"),
        ([op(0, 5), op(5, None)], 10, "operation 2 is incomplete"),
        ([op(-1, 11)], 10, "operation 1 is incomplete"),
    ],
)
def test_operations_that_do_not_cover_the_file_exactly_once_are_refused(
    operations: list[Operation], size: int, message: str
) -> None:
    with pytest.raises(UploadPlanError, match=message):
        plan_parts(operations, size)
