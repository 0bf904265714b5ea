from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_media_asset_state import AppMediaAssetState
    from ..models.upload_operation import UploadOperation


T = TypeVar("T", bound="AppEncryptionDeclarationDocumentAttributes")
_KNOWN_KEYS = frozenset(
    {
        "assetDeliveryState",
        "assetToken",
        "downloadUrl",
        "fileName",
        "fileSize",
        "sourceFileChecksum",
        "uploadOperations",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppMediaAssetState, UploadOperation
    from ..models.app_media_asset_state import AppMediaAssetState
    from ..models.upload_operation import UploadOperation

    _LAZY_IMPORTS_DONE = True


def _read_asset_delivery_state(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_asset_delivery_state = src_dict.get("assetDeliveryState")
    if _raw_asset_delivery_state is None:
        asset_delivery_state = None
    else:
        asset_delivery_state = AppMediaAssetState.from_dict(_raw_asset_delivery_state)

    return asset_delivery_state


def _read_upload_operations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_upload_operations = src_dict.get("uploadOperations")
    if _raw_upload_operations is None:
        upload_operations = None
    else:
        upload_operations = []
        _upload_operations = _raw_upload_operations
        for upload_operations_item_data in _upload_operations:
            upload_operations_item = UploadOperation.from_dict(upload_operations_item_data)

            upload_operations.append(upload_operations_item)

    return upload_operations


_READERS: dict[str, Any] = {
    "asset_delivery_state": _read_asset_delivery_state,
    "upload_operations": _read_upload_operations,
}


@_attrs_define(repr=False)
class AppEncryptionDeclarationDocumentAttributes:
    """
    Attributes:
        asset_delivery_state (AppMediaAssetState | Unset):
        asset_token (str | Unset):
        download_url (str | Unset):
        file_name (str | Unset):
        file_size (int | Unset):
        source_file_checksum (str | Unset):
        upload_operations (list[UploadOperation] | Unset):
    """

    asset_delivery_state: AppMediaAssetState | None = None
    asset_token: str | None = None
    download_url: str | None = None
    file_name: str | None = None
    file_size: int | None = None
    source_file_checksum: str | None = None
    upload_operations: list[UploadOperation] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        asset_delivery_state: Any = None
        if self.asset_delivery_state is not None:
            asset_delivery_state = self.asset_delivery_state.to_dict()

        asset_token = self.asset_token

        download_url = self.download_url

        file_name = self.file_name

        file_size = self.file_size

        source_file_checksum = self.source_file_checksum

        upload_operations: Any = None
        if self.upload_operations is not None:
            upload_operations = []
            for upload_operations_item_data in self.upload_operations:
                upload_operations_item = upload_operations_item_data.to_dict()
                upload_operations.append(upload_operations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asset_delivery_state is not None:
            field_dict["assetDeliveryState"] = asset_delivery_state
        if asset_token is not None:
            field_dict["assetToken"] = asset_token
        if download_url is not None:
            field_dict["downloadUrl"] = download_url
        if file_name is not None:
            field_dict["fileName"] = file_name
        if file_size is not None:
            field_dict["fileSize"] = file_size
        if source_file_checksum is not None:
            field_dict["sourceFileChecksum"] = source_file_checksum
        if upload_operations is not None:
            field_dict["uploadOperations"] = upload_operations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        asset_token = src_dict.get("assetToken")

        download_url = src_dict.get("downloadUrl")

        file_name = src_dict.get("fileName")

        file_size = src_dict.get("fileSize")

        source_file_checksum = src_dict.get("sourceFileChecksum")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.asset_token = asset_token
        _model.download_url = download_url
        _model.file_name = file_name
        _model.file_size = file_size
        _model.source_file_checksum = source_file_checksum
        _model._document = src_dict  # asset_delivery_state, upload_operations: read on first access
        _extra = {} if src_dict.keys() <= _KNOWN_KEYS else extra_properties(src_dict, _KNOWN_KEYS)
        _model.additional_properties = _extra
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
