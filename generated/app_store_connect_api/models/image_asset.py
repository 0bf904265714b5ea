from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="ImageAsset")
_KNOWN_KEYS = frozenset(
    {
        "height",
        "templateUrl",
        "width",
    }
)


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
        height = src_dict.get("height")

        template_url = src_dict.get("templateUrl")

        width = src_dict.get("width")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.height = height
        _model.template_url = template_url
        _model.width = width
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
