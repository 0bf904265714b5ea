from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_custom_product_page_version_attributes_state import (
    AppCustomProductPageVersionAttributesState,
)
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppCustomProductPageVersionAttributes")
_KNOWN_KEYS = frozenset(
    {
        "deepLink",
        "state",
        "version",
    }
)


@_attrs_define(repr=False)
class AppCustomProductPageVersionAttributes:
    """
    Attributes:
        deep_link (str | Unset):
        state (AppCustomProductPageVersionAttributesState | Unset):
        version (str | Unset):
    """

    deep_link: str | None = None
    state: AppCustomProductPageVersionAttributesState | None = None
    version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        deep_link = self.deep_link

        state: Any = None
        if self.state is not None:
            state = self.state.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if deep_link is not None:
            field_dict["deepLink"] = deep_link
        if state is not None:
            field_dict["state"] = state
        if version is not None:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        deep_link = src_dict.get("deepLink")

        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = AppCustomProductPageVersionAttributesState.of(_raw_state)

        version = src_dict.get("version")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.deep_link = deep_link
        _model.state = state
        _model.version = version
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
