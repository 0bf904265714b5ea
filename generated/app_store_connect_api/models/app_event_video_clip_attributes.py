from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_event_asset_type import AppEventAssetType
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.app_media_asset_state import AppMediaAssetState
    from ..models.app_media_video_state import AppMediaVideoState
    from ..models.image_asset import ImageAsset
    from ..models.preview_frame_image import PreviewFrameImage
    from ..models.upload_operation import UploadOperation


T = TypeVar("T", bound="AppEventVideoClipAttributes")
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
        d = dict(src_dict)
        _raw_app_event_asset_type = d.pop("appEventAssetType", None)
        if _raw_app_event_asset_type is None:
            app_event_asset_type = None
        else:
            app_event_asset_type = AppEventAssetType(_raw_app_event_asset_type)

        _raw_asset_delivery_state = d.pop("assetDeliveryState", None)
        if _raw_asset_delivery_state is None:
            asset_delivery_state = None
        else:
            asset_delivery_state = AppMediaAssetState.from_dict(_raw_asset_delivery_state)

        file_name = d.pop("fileName", None)

        file_size = d.pop("fileSize", None)

        _raw_preview_frame_image = d.pop("previewFrameImage", None)
        if _raw_preview_frame_image is None:
            preview_frame_image = None
        else:
            preview_frame_image = PreviewFrameImage.from_dict(_raw_preview_frame_image)

        preview_frame_time_code = d.pop("previewFrameTimeCode", None)

        _raw_preview_image = d.pop("previewImage", None)
        if _raw_preview_image is None:
            preview_image = None
        else:
            preview_image = ImageAsset.from_dict(_raw_preview_image)

        _raw_upload_operations = d.pop("uploadOperations", None)
        if _raw_upload_operations is None:
            upload_operations = None
        else:
            upload_operations = []
            _upload_operations = _raw_upload_operations
            for upload_operations_item_data in _upload_operations:
                upload_operations_item = UploadOperation.from_dict(upload_operations_item_data)

                upload_operations.append(upload_operations_item)

        _raw_video_delivery_state = d.pop("videoDeliveryState", None)
        if _raw_video_delivery_state is None:
            video_delivery_state = None
        else:
            video_delivery_state = AppMediaVideoState.from_dict(_raw_video_delivery_state)

        video_url = d.pop("videoUrl", None)

        app_event_video_clip_attributes = cls(
            app_event_asset_type=app_event_asset_type,
            asset_delivery_state=asset_delivery_state,
            file_name=file_name,
            file_size=file_size,
            preview_frame_image=preview_frame_image,
            preview_frame_time_code=preview_frame_time_code,
            preview_image=preview_image,
            upload_operations=upload_operations,
            video_delivery_state=video_delivery_state,
            video_url=video_url,
        )
        app_event_video_clip_attributes.additional_properties = d
        return app_event_video_clip_attributes

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
