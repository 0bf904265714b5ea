"""Which operation of Apple's spec a path is, from the generated client's `operations.json`."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Operation:
    """A GET operation: its generated endpoint module, path template and largest page size."""

    module: str
    path: str
    max_limit: int | None

    @property
    def is_collection(self) -> bool:
        """Whether it lists pages of items (it takes a `limit`)."""
        return self.max_limit is not None


def find_get(path: str) -> Operation | None:
    """The GET operation whose template matches `path` (e.g. `/v1/apps/123/builds`), if any."""
    for pattern, operation in _get_operations():
        if pattern.fullmatch(path):
            return operation
    return None


@cache
def _get_operations() -> list[tuple[re.Pattern[str], Operation]]:
    """Every GET operation with a pattern of its path; literal templates first, then fewer parameters."""
    text = resources.files("app_store_connect_api").joinpath("operations.json").read_text()
    operations = [
        Operation(entry["module"], entry["path"], entry["max_limit"])
        for entry in json.loads(text)
        if entry["method"] == "GET"
    ]
    operations.sort(key=lambda operation: operation.path.count("{"))
    return [(re.compile(re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(op.path))), op) for op in operations]
