from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_localization_attributes_state import SubscriptionLocalizationAttributesState
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionLocalizationAttributes")


@_attrs_define
class SubscriptionLocalizationAttributes:
    """
    Attributes:
        description (str | Unset):
        locale (str | Unset):
        name (str | Unset):
        state (SubscriptionLocalizationAttributesState | Unset):
    """

    description: str | Unset | None = UNSET
    locale: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    state: SubscriptionLocalizationAttributesState | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        locale = self.locale

        name = self.name

        state: str | Unset | None
        if self.state is None:
            state = None
        else:
            state = UNSET
            if not isinstance(self.state, Unset):
                state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if locale is not UNSET:
            field_dict["locale"] = locale
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        locale = d.pop("locale", UNSET)

        name = d.pop("name", UNSET)

        _raw_state = d.pop("state", UNSET)
        if _raw_state is None:
            state = None
        else:
            _state = _raw_state
            state: SubscriptionLocalizationAttributesState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = SubscriptionLocalizationAttributesState(_state)

        subscription_localization_attributes = cls(
            description=description,
            locale=locale,
            name=name,
            state=state,
        )
        subscription_localization_attributes.additional_properties = d
        return subscription_localization_attributes

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
