from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="UserUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "allAppsVisible",
        "provisioningAllowed",
        "roles",
    }
)


@_attrs_define(repr=False)
class UserUpdateRequestDataAttributes:
    """
    Attributes:
        all_apps_visible (bool | None | Unset):
        provisioning_allowed (bool | None | Unset):
        roles (list[UserRole] | None | Unset):
    """

    all_apps_visible: bool | None | Unset = UNSET
    provisioning_allowed: bool | None | Unset = UNSET
    roles: list[UserRole] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        all_apps_visible: bool | None | Unset
        if isinstance(self.all_apps_visible, Unset):
            all_apps_visible = UNSET
        else:
            all_apps_visible = self.all_apps_visible

        provisioning_allowed: bool | None | Unset
        if isinstance(self.provisioning_allowed, Unset):
            provisioning_allowed = UNSET
        else:
            provisioning_allowed = self.provisioning_allowed

        roles: list[str] | None | Unset
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = []
            for roles_type_0_item_data in self.roles:
                roles_type_0_item = roles_type_0_item_data.value
                roles.append(roles_type_0_item)

        else:
            roles = self.roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if all_apps_visible is not UNSET:
            field_dict["allAppsVisible"] = all_apps_visible
        if provisioning_allowed is not UNSET:
            field_dict["provisioningAllowed"] = provisioning_allowed
        if roles is not UNSET:
            field_dict["roles"] = roles
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_all_apps_visible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        all_apps_visible = _parse_all_apps_visible(src_dict.get("allAppsVisible", UNSET))

        def _parse_provisioning_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        provisioning_allowed = _parse_provisioning_allowed(src_dict.get("provisioningAllowed", UNSET))

        def _parse_roles(data: object) -> list[UserRole] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roles_type_0 = []
                _roles_type_0 = data
                for roles_type_0_item_data in _roles_type_0:
                    roles_type_0_item = UserRole.of(roles_type_0_item_data)

                    roles_type_0.append(roles_type_0_item)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserRole] | None | Unset, data)

        roles = _parse_roles(src_dict.get("roles", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.all_apps_visible = all_apps_visible
        _model.provisioning_allowed = provisioning_allowed
        _model.roles = roles
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
