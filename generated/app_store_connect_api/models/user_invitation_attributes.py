from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="UserInvitationAttributes")
_KNOWN_KEYS = frozenset(
    {
        "allAppsVisible",
        "email",
        "expirationDate",
        "firstName",
        "lastName",
        "provisioningAllowed",
        "roles",
    }
)


@_attrs_define(repr=False)
class UserInvitationAttributes:
    """
    Attributes:
        all_apps_visible (bool | Unset):
        email (str | Unset):
        expiration_date (datetime.datetime | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        provisioning_allowed (bool | Unset):
        roles (list[UserRole] | Unset):
    """

    all_apps_visible: bool | None = None
    email: str | None = None
    expiration_date: datetime.datetime | None = None
    first_name: str | None = None
    last_name: str | None = None
    provisioning_allowed: bool | None = None
    roles: list[UserRole] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        all_apps_visible = self.all_apps_visible

        email = self.email

        expiration_date: Any = None
        if self.expiration_date is not None:
            expiration_date = self.expiration_date.isoformat()

        first_name = self.first_name

        last_name = self.last_name

        provisioning_allowed = self.provisioning_allowed

        roles: Any = None
        if self.roles is not None:
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.value
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if all_apps_visible is not None:
            field_dict["allAppsVisible"] = all_apps_visible
        if email is not None:
            field_dict["email"] = email
        if expiration_date is not None:
            field_dict["expirationDate"] = expiration_date
        if first_name is not None:
            field_dict["firstName"] = first_name
        if last_name is not None:
            field_dict["lastName"] = last_name
        if provisioning_allowed is not None:
            field_dict["provisioningAllowed"] = provisioning_allowed
        if roles is not None:
            field_dict["roles"] = roles
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        all_apps_visible = src_dict.get("allAppsVisible")

        email = src_dict.get("email")

        _raw_expiration_date = src_dict.get("expirationDate")
        if _raw_expiration_date is None:
            expiration_date = None
        else:
            expiration_date = datetime.datetime.fromisoformat(_raw_expiration_date)

        first_name = src_dict.get("firstName")

        last_name = src_dict.get("lastName")

        provisioning_allowed = src_dict.get("provisioningAllowed")

        _raw_roles = src_dict.get("roles")
        if _raw_roles is None:
            roles = None
        else:
            roles = []
            _roles = _raw_roles
            for roles_item_data in _roles:
                roles_item = UserRole.of(roles_item_data)

                roles.append(roles_item)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.all_apps_visible = all_apps_visible
        _model.email = email
        _model.expiration_date = expiration_date
        _model.first_name = first_name
        _model.last_name = last_name
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
