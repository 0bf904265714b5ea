from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_group_localization_attributes_state import (
    SubscriptionGroupLocalizationAttributesState,
)
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="SubscriptionGroupLocalizationAttributes")
_KNOWN_KEYS = frozenset(
    {
        "customAppName",
        "locale",
        "name",
        "state",
    }
)


@_attrs_define(repr=False)
class SubscriptionGroupLocalizationAttributes:
    """
    Attributes:
        custom_app_name (str | Unset):
        locale (str | Unset):
        name (str | Unset):
        state (SubscriptionGroupLocalizationAttributesState | Unset):
    """

    custom_app_name: str | None = None
    locale: str | None = None
    name: str | None = None
    state: SubscriptionGroupLocalizationAttributesState | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        custom_app_name = self.custom_app_name

        locale = self.locale

        name = self.name

        state: Any = None
        if self.state is not None:
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if custom_app_name is not None:
            field_dict["customAppName"] = custom_app_name
        if locale is not None:
            field_dict["locale"] = locale
        if name is not None:
            field_dict["name"] = name
        if state is not None:
            field_dict["state"] = state
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        custom_app_name = src_dict.get("customAppName")

        locale = src_dict.get("locale")

        name = src_dict.get("name")

        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = SubscriptionGroupLocalizationAttributesState.of(_raw_state)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.custom_app_name = custom_app_name
        _model.locale = locale
        _model.name = name
        _model.state = state
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
