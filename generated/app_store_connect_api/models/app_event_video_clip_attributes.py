from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_event_asset_type import AppEventAssetType
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_media_asset_state import AppMediaAssetState
    from ..models.app_media_video_state import AppMediaVideoState
    from ..models.image_asset import ImageAsset
    from ..models.preview_frame_image import PreviewFrameImage
    from ..models.upload_operation import UploadOperation


T = TypeVar("T", bound="AppEventVideoClipAttributes")
_KNOWN_KEYS = frozenset(
    {
        "appEventAssetType",
        "assetDeliveryState",
        "fileName",
        "fileSize",
        "previewFrameImage",
        "previewFrameTimeCode",
        "previewImage",
        "uploadOperations",
        "videoDeliveryState",
        "videoUrl",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppMediaAssetState, \
        AppMediaVideoState, \
        ImageAsset, \
        PreviewFrameImage, \
        UploadOperation
    from ..models.app_media_asset_state import AppMediaAssetState
    from ..models.app_media_video_state import AppMediaVideoState
    from ..models.image_asset import ImageAsset
    from ..models.preview_frame_image import PreviewFrameImage
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


def _read_preview_frame_image(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_preview_frame_image = src_dict.get("previewFrameImage")
    if _raw_preview_frame_image is None:
        preview_frame_image = None
    else:
        preview_frame_image = PreviewFrameImage.from_dict(_raw_preview_frame_image)

    return preview_frame_image


def _read_preview_image(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_preview_image = src_dict.get("previewImage")
    if _raw_preview_image is None:
        preview_image = None
    else:
        preview_image = ImageAsset.from_dict(_raw_preview_image)

    return preview_image


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


def _read_video_delivery_state(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_video_delivery_state = src_dict.get("videoDeliveryState")
    if _raw_video_delivery_state is None:
        video_delivery_state = None
    else:
        video_delivery_state = AppMediaVideoState.from_dict(_raw_video_delivery_state)

    return video_delivery_state


_READERS: dict[str, Any] = {
    "asset_delivery_state": _read_asset_delivery_state,
    "preview_frame_image": _read_preview_frame_image,
    "preview_image": _read_preview_image,
    "upload_operations": _read_upload_operations,
    "video_delivery_state": _read_video_delivery_state,
}


@_attrs_define(repr=False)
class AppEventVideoClipAttributes:
    """
    Attributes:
        app_event_asset_type (AppEventAssetType | Unset):
        asset_delivery_state (AppMediaAssetState | Unset):
        file_name (str | Unset):
        file_size (int | Unset):
        preview_frame_image (PreviewFrameImage | Unset):
        preview_frame_time_code (str | Unset):
        preview_image (ImageAsset | Unset):
        upload_operations (list[UploadOperation] | Unset):
        video_delivery_state (AppMediaVideoState | Unset):
        video_url (str | Unset):
    """

    app_event_asset_type: AppEventAssetType | None = None
    asset_delivery_state: AppMediaAssetState | None = None
    file_name: str | None = None
    file_size: int | None = None
    preview_frame_image: PreviewFrameImage | None = None
    preview_frame_time_code: str | None = None
    preview_image: ImageAsset | None = None
    upload_operations: list[UploadOperation] | None = None
    video_delivery_state: AppMediaVideoState | None = None
    video_url: str | None = None
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
        app_event_asset_type: Any = None
        if self.app_event_asset_type is not None:
            app_event_asset_type = self.app_event_asset_type.value

        asset_delivery_state: Any = None
        if self.asset_delivery_state is not None:
            asset_delivery_state = self.asset_delivery_state.to_dict()

        file_name = self.file_name

        file_size = self.file_size

        preview_frame_image: Any = None
        if self.preview_frame_image is not None:
            preview_frame_image = self.preview_frame_image.to_dict()

        preview_frame_time_code = self.preview_frame_time_code

        preview_image: Any = None
        if self.preview_image is not None:
            preview_image = self.preview_image.to_dict()

        upload_operations: Any = None
        if self.upload_operations is not None:
            upload_operations = []
            for upload_operations_item_data in self.upload_operations:
                upload_operations_item = upload_operations_item_data.to_dict()
                upload_operations.append(upload_operations_item)

        video_delivery_state: Any = None
        if self.video_delivery_state is not None:
            video_delivery_state = self.video_delivery_state.to_dict()

        video_url = self.video_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_event_asset_type is not None:
            field_dict["appEventAssetType"] = app_event_asset_type
        if asset_delivery_state is not None:
            field_dict["assetDeliveryState"] = asset_delivery_state
        if file_name is not None:
            field_dict["fileName"] = file_name
        if file_size is not None:
            field_dict["fileSize"] = file_size
        if preview_frame_image is not None:
            field_dict["previewFrameImage"] = preview_frame_image
        if preview_frame_time_code is not None:
            field_dict["previewFrameTimeCode"] = preview_frame_time_code
        if preview_image is not None:
            field_dict["previewImage"] = preview_image
        if upload_operations is not None:
            field_dict["uploadOperations"] = upload_operations
        if video_delivery_state is not None:
            field_dict["videoDeliveryState"] = video_delivery_state
        if video_url is not None:
            field_dict["videoUrl"] = video_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_app_event_asset_type = src_dict.get("appEventAssetType")
        if _raw_app_event_asset_type is None:
            app_event_asset_type = None
        else:
            app_event_asset_type = AppEventAssetType.of(_raw_app_event_asset_type)

        file_name = src_dict.get("fileName")

        file_size = src_dict.get("fileSize")

        preview_frame_time_code = src_dict.get("previewFrameTimeCode")

        video_url = src_dict.get("videoUrl")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_event_asset_type = app_event_asset_type
        _model.file_name = file_name
        _model.file_size = file_size
        _model.preview_frame_time_code = preview_frame_time_code
        _model.video_url = video_url
        _model._document = src_dict  # asset_delivery_state, preview_frame_image, preview_image, upload_operations, video_delivery_state: read on first access
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
