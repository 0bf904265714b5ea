from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="AppBuildUploadsLinkagesResponseDataItem")


@_attrs_define(repr=False)
class AppBuildUploadsLinkagesResponseDataItem:
    """
    Attributes:
        id (str):
        type_ (Literal['buildUploads']):
    """

    id: str
    type_: Literal["buildUploads"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("Literal['buildUploads']", d.pop("type"))
        if type_ != "buildUploads":
            raise ValueError(f"type must match const 'buildUploads', got '{type_}'")

        app_build_uploads_linkages_response_data_item = cls(
            id=id,
            type_=type_,
        )
        app_build_uploads_linkages_response_data_item.additional_properties = d
        return app_build_uploads_linkages_response_data_item

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
