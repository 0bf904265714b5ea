"""The asset kinds the one engine uploads: their generated endpoints, request bodies and state.

Every kind is reserved with a create (file name and size), read back with a get, committed with an
update (`uploaded: true`, plus the MD5 where the kind takes one) and reports `assetDeliveryState`
and `uploadOperations` the same way. Screenshots, previews and build files are written out here; every
other kind of the spec (review attachments, in-app purchase images, Game Center images, ...) is made on
first use from `asset_kinds.json`, which `scripts/upload_kinds.py` writes from the spec.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib import import_module, resources
from typing import Any, Protocol, TypeVar

from app_store_connect_api.api.app_previews import (
    app_previews_create_instance,
    app_previews_get_instance,
    app_previews_update_instance,
)
from app_store_connect_api.api.app_screenshots import (
    app_screenshots_create_instance,
    app_screenshots_get_instance,
    app_screenshots_update_instance,
)
from app_store_connect_api.api.build_upload_files import (
    build_upload_files_create_instance,
    build_upload_files_get_instance,
    build_upload_files_update_instance,
)
from app_store_connect_api.models.app_preview_create_request import AppPreviewCreateRequest
from app_store_connect_api.models.app_preview_update_request import AppPreviewUpdateRequest
from app_store_connect_api.models.app_screenshot_create_request import AppScreenshotCreateRequest
from app_store_connect_api.models.app_screenshot_update_request import AppScreenshotUpdateRequest
from app_store_connect_api.models.build_upload_file_create_request import BuildUploadFileCreateRequest
from app_store_connect_api.models.build_upload_file_update_request import BuildUploadFileUpdateRequest
from app_store_connect_api.types import Unset

from .._steps import Call, Endpoint
from ._errors import UploadArgumentError
from ._plan import Operation
from ._types import DeliveryIssue, DeliveryState

T = TypeVar("T")


class ChecksumField(Enum):
    """Where a kind's commit takes the file's MD5 (`UploadOptions.checksum=False` leaves it out, Q13)."""

    SOURCE_FILE_CHECKSUM = "sourceFileChecksum"  # a plain MD5 hex string
    SOURCE_FILE_CHECKSUMS = "sourceFileChecksums"  # `{"file": {"hash": ..., "algorithm": "MD5"}}`

    def attributes(self, md5: str) -> dict[str, Any]:
        """The commit attributes carrying `md5`."""
        if self is ChecksumField.SOURCE_FILE_CHECKSUM:
            return {self.value: md5}
        return {self.value: {"file": {"hash": md5, "algorithm": "MD5"}}}


@dataclass(frozen=True)
class AssetKind:
    """One kind of uploadable asset, e.g. `appScreenshots` reserved in an `appScreenshotSet`."""

    type: str  # the JSON:API resource type
    label: str  # for messages, e.g. "screenshot"
    parent_relationship: str | None  # None for a kind created on its own (App Clip experience images)
    parent_type: str | None
    create: Endpoint
    read: Endpoint
    update: Endpoint
    create_request: Callable[[Mapping[str, Any]], object]  # the generated request model's `from_dict`
    update_request: Callable[[Mapping[str, Any]], object]
    checksum: ChecksumField | None  # None: the commit takes no MD5 (Q13: some kinds refuse it)
    required_attributes: tuple[str, ...] = ()  # besides fileName and fileSize, e.g. appEventAssetType

    def reserve(self, parent_id: str | None, attributes: Mapping[str, Any]) -> Call:
        """The create that reserves a file (attributes: at least `fileName` and `fileSize`)."""
        missing = [name for name in self.required_attributes if name not in attributes]
        if missing:
            raise UploadArgumentError(f"a {self.label} needs the attribute(s) {', '.join(missing)}")
        data: dict[str, Any] = {"type": self.type, "attributes": dict(attributes)}
        if self.parent_relationship is not None:
            if parent_id is None:
                raise UploadArgumentError(f"a {self.label} is reserved in its {self.parent_relationship}")
            relationship = {"data": {"type": self.parent_type, "id": parent_id}}
            data["relationships"] = {self.parent_relationship: relationship}
        return Call(self.create, {"body": self.create_request({"data": data})})

    def get(self, asset_id: str) -> Call:
        """The read of one asset (its state and, while awaiting upload, its operations)."""
        return Call(self.read, {"id": asset_id})

    def commit(self, asset_id: str, md5: str | None) -> Call:
        """The update that commits the upload (`uploaded: true`), with the MD5 where it is taken."""
        attributes: dict[str, Any] = {"uploaded": True}
        if md5 is not None and self.checksum is not None:
            attributes.update(self.checksum.attributes(md5))
        body = {"data": {"type": self.type, "id": asset_id, "attributes": attributes}}
        return Call(self.update, {"id": asset_id, "body": self.update_request(body)})


SCREENSHOTS = AssetKind(
    "appScreenshots",
    "screenshot",
    "appScreenshotSet",
    "appScreenshotSets",
    app_screenshots_create_instance,
    app_screenshots_get_instance,
    app_screenshots_update_instance,
    AppScreenshotCreateRequest.from_dict,
    AppScreenshotUpdateRequest.from_dict,
    ChecksumField.SOURCE_FILE_CHECKSUM,
)
PREVIEWS = AssetKind(
    "appPreviews",
    "app preview",
    "appPreviewSet",
    "appPreviewSets",
    app_previews_create_instance,
    app_previews_get_instance,
    app_previews_update_instance,
    AppPreviewCreateRequest.from_dict,
    AppPreviewUpdateRequest.from_dict,
    ChecksumField.SOURCE_FILE_CHECKSUM,
)
BUILD_FILES = AssetKind(
    "buildUploadFiles",
    "build file",
    "buildUpload",
    "buildUploads",
    build_upload_files_create_instance,
    build_upload_files_get_instance,
    build_upload_files_update_instance,
    BuildUploadFileCreateRequest.from_dict,
    BuildUploadFileUpdateRequest.from_dict,
    ChecksumField.SOURCE_FILE_CHECKSUMS,
)
KINDS = {kind.type: kind for kind in (SCREENSHOTS, PREVIEWS, BUILD_FILES)}


def asset_kind(type_: str) -> AssetKind:
    """The kind of `type_` (e.g. `appStoreReviewAttachments`); its generated modules load on first use."""
    kind = KINDS.get(type_) or _kind_from_spec(type_)
    if kind is None:
        raise UploadArgumentError(
            f"{type_!r} is not an uploadable asset type; they are: {', '.join(asset_types())}"
        )
    return kind


def asset_types() -> tuple[str, ...]:
    """Every uploadable asset type of the spec the package was generated from."""
    return tuple(sorted(_spec_kinds()))


@cache
def _spec_kinds() -> dict[str, dict[str, Any]]:
    text = resources.files(__package__).joinpath("asset_kinds.json").read_text(encoding="utf-8")
    return {entry["type"]: entry for entry in json.loads(text)["kinds"]}


@cache
def _kind_from_spec(type_: str) -> AssetKind | None:
    entry = _spec_kinds().get(type_)
    if entry is None:
        return None
    checksum = entry["checksum"]
    return AssetKind(
        type_,
        _label(type_),
        entry["parentRelationship"],
        entry["parentType"],
        _endpoint(entry["create"]),
        _endpoint(entry["read"]),
        _endpoint(entry["update"]),
        _model(entry["createRequest"]),
        _model(entry["updateRequest"]),
        None if checksum is None else ChecksumField(checksum),
        tuple(entry["requiredAttributes"]),
    )


def _endpoint(name: str) -> Endpoint:
    endpoint: Endpoint = import_module(f"app_store_connect_api.api.{name}")
    return endpoint


def _model(name: str) -> Callable[[Mapping[str, Any]], object]:
    module, _, class_name = name.rpartition(".")
    model = getattr(import_module(f"app_store_connect_api.models.{module}"), class_name)
    from_dict: Callable[[Mapping[str, Any]], object] = model.from_dict
    return from_dict


def _label(type_: str) -> str:
    """`appStoreReviewAttachments` -> `app store review attachment`."""
    words = "".join(f" {char.lower()}" if char.isupper() else char for char in type_).strip()
    return words.removesuffix("s")


# Reading the generated models of every kind through the members they share.


class _Issue(Protocol):
    @property
    def code(self) -> str | Unset | None: ...
    @property
    def description(self) -> str | Unset | None: ...


class _State(Protocol):
    @property
    def state(self) -> str | Unset | None: ...
    @property
    def errors(self) -> Sequence[_Issue] | Unset | None: ...
    @property
    def warnings(self) -> Sequence[_Issue] | Unset | None: ...


class _Header(Protocol):
    @property
    def name(self) -> str | Unset | None: ...
    @property
    def value(self) -> str | Unset | None: ...


class _Operation(Protocol):
    @property
    def method(self) -> str | Unset | None: ...
    @property
    def url(self) -> str | Unset | None: ...
    @property
    def offset(self) -> int | Unset | None: ...
    @property
    def length(self) -> int | Unset | None: ...
    @property
    def request_headers(self) -> Sequence[_Header] | Unset | None: ...


class _AssetAttributes(Protocol):
    @property
    def asset_delivery_state(self) -> _State | Unset | None: ...
    @property
    def upload_operations(self) -> Sequence[_Operation] | Unset | None: ...


class _Asset(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def attributes(self) -> _AssetAttributes | Unset | None: ...


class AssetDocument(Protocol):
    """A generated `...Response` of any asset kind."""

    @property
    def data(self) -> _Asset: ...


@dataclass(frozen=True)
class AssetSnapshot:
    """An asset as read: its id, delivery state and (while awaiting upload) its upload operations."""

    id: str
    delivery: DeliveryState
    operations: tuple[Operation, ...]


def present(value: T | Unset | None) -> T | None:
    """`value`, with the generator's `UNSET` as None."""
    return None if isinstance(value, Unset) else value


def delivery_state(state: _State | Unset | None) -> DeliveryState:
    """A generated delivery state (`AppMediaAssetState`, a build upload's state) as a `DeliveryState`."""
    found = present(state)
    if found is None:
        return DeliveryState(None)
    return DeliveryState(
        None if (name := present(found.state)) is None else str(name),
        _issues(found.errors),
        _issues(found.warnings),
    )


def asset_snapshot(document: AssetDocument) -> AssetSnapshot:
    """Read the parts of a generated asset response that uploads need."""
    attributes = present(document.data.attributes)
    if attributes is None:
        return AssetSnapshot(document.data.id, DeliveryState(None), ())
    operations = tuple(
        Operation(
            present(operation.method),
            present(operation.url),
            present(operation.offset),
            present(operation.length),
            tuple(
                (name, present(header.value) or "")
                for header in present(operation.request_headers) or ()
                if (name := present(header.name))
            ),
        )
        for operation in present(attributes.upload_operations) or ()
    )
    return AssetSnapshot(document.data.id, delivery_state(attributes.asset_delivery_state), operations)


def _issues(entries: Sequence[_Issue] | Unset | None) -> tuple[DeliveryIssue, ...]:
    return tuple(
        DeliveryIssue(present(entry.code), present(entry.description)) for entry in present(entries) or ()
    )
