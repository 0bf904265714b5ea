from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_event_asset_type import AppEventAssetType
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AppEventVideoClipCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "appEventAssetType",
        "fileName",
        "fileSize",
        "previewFrameTimeCode",
    }
)


@_attrs_define(repr=False)
class AppEventVideoClipCreateRequestDataAttributes:
    """
    Attributes:
        app_event_asset_type (AppEventAssetType):
        file_name (str):
        file_size (int):
        preview_frame_time_code (None | str | Unset):
    """

    app_event_asset_type: AppEventAssetType
    file_name: str
    file_size: int
    preview_frame_time_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        app_event_asset_type = self.app_event_asset_type.value

        file_name = self.file_name

        file_size = self.file_size

        preview_frame_time_code: None | str | Unset
        if isinstance(self.preview_frame_time_code, Unset):
            preview_frame_time_code = UNSET
        else:
            preview_frame_time_code = self.preview_frame_time_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["appEventAssetType"] = app_event_asset_type
        field_dict["fileName"] = file_name
        field_dict["fileSize"] = file_size
        if preview_frame_time_code is not UNSET:
            field_dict["previewFrameTimeCode"] = preview_frame_time_code
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        app_event_asset_type = AppEventAssetType.of(src_dict["appEventAssetType"])

        file_name = src_dict["fileName"]

        file_size = src_dict["fileSize"]

        def _parse_preview_frame_time_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_frame_time_code = _parse_preview_frame_time_code(src_dict.get("previewFrameTimeCode", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_event_asset_type = app_event_asset_type
        _model.file_name = file_name
        _model.file_size = file_size
        _model.preview_frame_time_code = preview_frame_time_code
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
