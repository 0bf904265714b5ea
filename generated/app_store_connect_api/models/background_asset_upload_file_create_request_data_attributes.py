from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_asset_upload_file_create_request_data_attributes_asset_type import (
    BackgroundAssetUploadFileCreateRequestDataAttributesAssetType,
)
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BackgroundAssetUploadFileCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "assetType",
        "fileName",
        "fileSize",
    }
)


@_attrs_define(repr=False)
class BackgroundAssetUploadFileCreateRequestDataAttributes:
    """
    Attributes:
        asset_type (BackgroundAssetUploadFileCreateRequestDataAttributesAssetType):
        file_name (str):
        file_size (int):
    """

    asset_type: BackgroundAssetUploadFileCreateRequestDataAttributesAssetType
    file_name: str
    file_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type.value

        file_name = self.file_name

        file_size = self.file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["assetType"] = asset_type
        field_dict["fileName"] = file_name
        field_dict["fileSize"] = file_size
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        asset_type = BackgroundAssetUploadFileCreateRequestDataAttributesAssetType.of(src_dict["assetType"])

        file_name = src_dict["fileName"]

        file_size = src_dict["fileSize"]

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.asset_type = asset_type
        _model.file_name = file_name
        _model.file_size = file_size
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
