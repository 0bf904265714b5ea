from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="InAppPurchaseImageV2CreateRequestDataAttributes")


@_attrs_define(repr=False)
class InAppPurchaseImageV2CreateRequestDataAttributes:
    """
    Attributes:
        file_name (str):
        file_size (int):
    """

    file_name: str
    file_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        file_size = self.file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["fileName"] = file_name
        field_dict["fileSize"] = file_size
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_name = d.pop("fileName")

        file_size = d.pop("fileSize")

        in_app_purchase_image_v2_create_request_data_attributes = cls(
            file_name=file_name,
            file_size=file_size,
        )
        in_app_purchase_image_v2_create_request_data_attributes.additional_properties = d
        return in_app_purchase_image_v2_create_request_data_attributes

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
