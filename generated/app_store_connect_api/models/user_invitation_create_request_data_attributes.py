from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="UserInvitationCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "email",
        "firstName",
        "lastName",
        "roles",
        "allAppsVisible",
        "provisioningAllowed",
    }
)


@_attrs_define(repr=False)
class UserInvitationCreateRequestDataAttributes:
    """
    Attributes:
        email (str):
        first_name (str):
        last_name (str):
        roles (list[UserRole]):
        all_apps_visible (bool | None | Unset):
        provisioning_allowed (bool | None | Unset):
    """

    email: str
    first_name: str
    last_name: str
    roles: list[UserRole]
    all_apps_visible: bool | None | Unset = UNSET
    provisioning_allowed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["email"] = email
        field_dict["firstName"] = first_name
        field_dict["lastName"] = last_name
        field_dict["roles"] = roles
        if all_apps_visible is not UNSET:
            field_dict["allAppsVisible"] = all_apps_visible
        if provisioning_allowed is not UNSET:
            field_dict["provisioningAllowed"] = provisioning_allowed
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        email = src_dict["email"]

        first_name = src_dict["firstName"]

        last_name = src_dict["lastName"]

        roles = []
        _roles = src_dict["roles"]
        for roles_item_data in _roles:
            roles_item = UserRole.of(roles_item_data)

            roles.append(roles_item)

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

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.email = email
        _model.first_name = first_name
        _model.last_name = last_name
        _model.roles = roles
        _model.all_apps_visible = all_apps_visible
        _model.provisioning_allowed = provisioning_allowed
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
