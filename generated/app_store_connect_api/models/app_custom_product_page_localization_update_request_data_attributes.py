from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AppCustomProductPageLocalizationUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "promotionalText",
    }
)


@_attrs_define(repr=False)
class AppCustomProductPageLocalizationUpdateRequestDataAttributes:
    """
    Attributes:
        promotional_text (None | str | Unset):
    """

    promotional_text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        promotional_text: None | str | Unset
        if isinstance(self.promotional_text, Unset):
            promotional_text = UNSET
        else:
            promotional_text = self.promotional_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if promotional_text is not UNSET:
            field_dict["promotionalText"] = promotional_text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_promotional_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promotional_text = _parse_promotional_text(src_dict.get("promotionalText", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.promotional_text = promotional_text
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
