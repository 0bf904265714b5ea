from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="PromotedPurchaseUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "enabled",
        "visibleForAllUsers",
    }
)


@_attrs_define(repr=False)
class PromotedPurchaseUpdateRequestDataAttributes:
    """
    Attributes:
        enabled (bool | None | Unset):
        visible_for_all_users (bool | None | Unset):
    """

    enabled: bool | None | Unset = UNSET
    visible_for_all_users: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        visible_for_all_users: bool | None | Unset
        if isinstance(self.visible_for_all_users, Unset):
            visible_for_all_users = UNSET
        else:
            visible_for_all_users = self.visible_for_all_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if visible_for_all_users is not UNSET:
            field_dict["visibleForAllUsers"] = visible_for_all_users
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(src_dict.get("enabled", UNSET))

        def _parse_visible_for_all_users(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        visible_for_all_users = _parse_visible_for_all_users(src_dict.get("visibleForAllUsers", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.enabled = enabled
        _model.visible_for_all_users = visible_for_all_users
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
