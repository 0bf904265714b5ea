from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_media_asset_state import AppMediaAssetState
    from ..models.image_asset import ImageAsset
    from ..models.upload_operation import UploadOperation


T = TypeVar("T", bound="GameCenterAchievementImageV2Attributes")
_KNOWN_KEYS = frozenset(
    {
        "assetDeliveryState",
        "fileName",
        "fileSize",
        "imageAsset",
        "uploadOperations",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppMediaAssetState, ImageAsset, UploadOperation
    from ..models.app_media_asset_state import AppMediaAssetState
    from ..models.image_asset import ImageAsset
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


def _read_image_asset(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_image_asset = src_dict.get("imageAsset")
    if _raw_image_asset is None:
        image_asset = None
    else:
        image_asset = ImageAsset.from_dict(_raw_image_asset)

    return image_asset


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
    "image_asset": _read_image_asset,
    "upload_operations": _read_upload_operations,
}


@_attrs_define(repr=False)
class GameCenterAchievementImageV2Attributes:
    """
    Attributes:
        asset_delivery_state (AppMediaAssetState | Unset):
        file_name (str | Unset):
        file_size (int | Unset):
        image_asset (ImageAsset | Unset):
        upload_operations (list[UploadOperation] | Unset):
    """

    asset_delivery_state: AppMediaAssetState | None = None
    file_name: str | None = None
    file_size: int | None = None
    image_asset: ImageAsset | None = None
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

        file_name = self.file_name

        file_size = self.file_size

        image_asset: Any = None
        if self.image_asset is not None:
            image_asset = self.image_asset.to_dict()

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
        if file_name is not None:
            field_dict["fileName"] = file_name
        if file_size is not None:
            field_dict["fileSize"] = file_size
        if image_asset is not None:
            field_dict["imageAsset"] = image_asset
        if upload_operations is not None:
            field_dict["uploadOperations"] = upload_operations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        file_name = src_dict.get("fileName")

        file_size = src_dict.get("fileSize")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.file_name = file_name
        _model.file_size = file_size
        _model._document = (
            src_dict  # asset_delivery_state, image_asset, upload_operations: read on first access
        )
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
