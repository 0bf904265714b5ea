"""`UploadState`: what a failed upload had done, enough to resume it later (also as JSON, for a file)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TypeVar

from ._errors import UploadArgumentError

_VERSION = 1
T = TypeVar("T")


@dataclass(frozen=True)
class UploadState:
    """A resume token: the reserved asset, the file and the parts Apple already has.

    It holds no URL and no token (presigned URLs carry signatures, Q13): resuming reads the asset
    again for fresh upload operations.
    """

    kind: str  # the asset's resource type, e.g. "appScreenshots"
    asset_id: str
    path: str
    size: int
    modified_ns: int  # the file's mtime when it was read; a changed file cannot be resumed
    done: frozenset[tuple[int, int]] = frozenset()  # (offset, length) of the parts sent
    build_upload_id: str | None = None  # build uploads: the upload whose state ends the upload

    def to_json(self) -> str:
        """The state as a JSON text (safe to store: no credential, no presigned URL)."""
        document: dict[str, Any] = {
            "version": _VERSION,
            "kind": self.kind,
            "asset_id": self.asset_id,
            "path": self.path,
            "size": self.size,
            "modified_ns": self.modified_ns,
            "done": sorted([offset, length] for offset, length in self.done),
            "build_upload_id": self.build_upload_id,
        }
        return json.dumps(document)

    @classmethod
    def from_json(cls, text: str | bytes) -> UploadState:
        """Read a state written by `to_json`."""
        try:
            document = json.loads(text)
            if document.get("version") != _VERSION:
                raise ValueError(f"version {document.get('version')!r} is not {_VERSION}")
            return cls(
                kind=_typed(document["kind"], str),
                asset_id=_typed(document["asset_id"], str),
                path=_typed(document["path"], str),
                size=_typed(document["size"], int),
                modified_ns=_typed(document["modified_ns"], int),
                done=frozenset(
                    (_typed(offset, int), _typed(length, int)) for offset, length in document["done"]
                ),
                build_upload_id=document.get("build_upload_id") and _typed(document["build_upload_id"], str),
            )
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise UploadArgumentError(
                f"this is not an upload state written by UploadState.to_json ({error}); "
                "start the upload again instead"
            ) from None


def _typed(value: object, kind: type[T]) -> T:
    if not isinstance(value, kind) or isinstance(value, bool):
        raise TypeError(f"{value!r} is not a {kind.__name__}")
    return value
