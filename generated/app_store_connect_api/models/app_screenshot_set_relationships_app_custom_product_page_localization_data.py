from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppScreenshotSetRelationshipsAppCustomProductPageLocalizationData")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
    }
)


@_attrs_define(repr=False)
class AppScreenshotSetRelationshipsAppCustomProductPageLocalizationData:
    """
    Attributes:
        id (str):
        type_ (Literal['appCustomProductPageLocalizations']):
    """

    id: str
    type_: Literal["appCustomProductPageLocalizations"]
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
        id = src_dict["id"]

        type_ = src_dict["type"]
        if type_ != "appCustomProductPageLocalizations":
            raise ValueError(f"type must match const 'appCustomProductPageLocalizations', got '{type_}'")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.id = id
        _model.type_ = type_
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
