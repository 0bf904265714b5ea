from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_upload_file_create_request_data_attributes_asset_type import (
    BuildUploadFileCreateRequestDataAttributesAssetType,
)
from ..models.build_upload_file_create_request_data_attributes_uti import (
    BuildUploadFileCreateRequestDataAttributesUti,
)
from ..types import model_repr

T = TypeVar("T", bound="BuildUploadFileCreateRequestDataAttributes")


@_attrs_define(repr=False)
class BuildUploadFileCreateRequestDataAttributes:
    """
    Attributes:
        asset_type (BuildUploadFileCreateRequestDataAttributesAssetType):
        file_name (str):
        file_size (int):
        uti (BuildUploadFileCreateRequestDataAttributesUti):
    """

    asset_type: BuildUploadFileCreateRequestDataAttributesAssetType
    file_name: str
    file_size: int
    uti: BuildUploadFileCreateRequestDataAttributesUti
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type.value

        file_name = self.file_name

        file_size = self.file_size

        uti = self.uti.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["assetType"] = asset_type
        field_dict["fileName"] = file_name
        field_dict["fileSize"] = file_size
        field_dict["uti"] = uti
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_type = BuildUploadFileCreateRequestDataAttributesAssetType(d.pop("assetType"))

        file_name = d.pop("fileName")

        file_size = d.pop("fileSize")

        uti = BuildUploadFileCreateRequestDataAttributesUti(d.pop("uti"))

        build_upload_file_create_request_data_attributes = cls(
            asset_type=asset_type,
            file_name=file_name,
            file_size=file_size,
            uti=uti,
        )
        build_upload_file_create_request_data_attributes.additional_properties = d
        return build_upload_file_create_request_data_attributes

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
