from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_custom_product_page_version_attributes_state import (
    AppCustomProductPageVersionAttributesState,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppCustomProductPageVersionAttributes")


@_attrs_define
class AppCustomProductPageVersionAttributes:
    """
    Attributes:
        deep_link (str | Unset):
        state (AppCustomProductPageVersionAttributesState | Unset):
        version (str | Unset):
    """

    deep_link: str | Unset | None = UNSET
    state: AppCustomProductPageVersionAttributesState | Unset | None = UNSET
    version: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deep_link = self.deep_link

        state: str | Unset | None
        if self.state is None:
            state = None
        else:
            state = UNSET
            if not isinstance(self.state, Unset):
                state = self.state.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if deep_link is not UNSET:
            field_dict["deepLink"] = deep_link
        if state is not UNSET:
            field_dict["state"] = state
        if version is not UNSET:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deep_link = d.pop("deepLink", UNSET)

        _raw_state = d.pop("state", UNSET)
        if _raw_state is None:
            state = None
        else:
            _state = _raw_state
            state: AppCustomProductPageVersionAttributesState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = AppCustomProductPageVersionAttributesState(_state)

        version = d.pop("version", UNSET)

        app_custom_product_page_version_attributes = cls(
            deep_link=deep_link,
            state=state,
            version=version,
        )
        app_custom_product_page_version_attributes.additional_properties = d
        return app_custom_product_page_version_attributes

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
