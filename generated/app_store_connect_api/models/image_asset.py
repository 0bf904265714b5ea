from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ImageAsset")


@_attrs_define(repr=False)
class ImageAsset:
    """
    Attributes:
        height (int | Unset):
        template_url (str | Unset):
        width (int | Unset):
    """

    height: int | None = None
    template_url: str | None = None
    width: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        template_url = self.template_url

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if height is not None:
            field_dict["height"] = height
        if template_url is not None:
            field_dict["templateUrl"] = template_url
        if width is not None:
            field_dict["width"] = width
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        height = d.pop("height", None)

        template_url = d.pop("templateUrl", None)

        width = d.pop("width", None)

        image_asset = cls(
            height=height,
            template_url=template_url,
            width=width,
        )
        image_asset.additional_properties = d
        return image_asset

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
