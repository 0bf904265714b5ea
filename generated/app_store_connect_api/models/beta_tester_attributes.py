from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_invite_type import BetaInviteType
from ..models.beta_tester_state import BetaTesterState
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.beta_tester_attributes_app_devices_item import BetaTesterAttributesAppDevicesItem


T = TypeVar("T", bound="BetaTesterAttributes")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BetaTesterAttributesAppDevicesItem
    from ..models.beta_tester_attributes_app_devices_item import BetaTesterAttributesAppDevicesItem

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BetaTesterAttributes:
    """
    Attributes:
        app_devices (list[BetaTesterAttributesAppDevicesItem] | Unset):
        email (str | Unset):
        first_name (str | Unset):
        invite_type (BetaInviteType | Unset):
        last_name (str | Unset):
        state (BetaTesterState | Unset):
    """

    app_devices: list[BetaTesterAttributesAppDevicesItem] | None = None
    email: str | None = None
    first_name: str | None = None
    invite_type: BetaInviteType | None = None
    last_name: str | None = None
    state: BetaTesterState | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_devices: Any = None
        if self.app_devices is not None:
            app_devices = []
            for app_devices_item_data in self.app_devices:
                app_devices_item = app_devices_item_data.to_dict()
                app_devices.append(app_devices_item)

        email = self.email

        first_name = self.first_name

        invite_type: Any = None
        if self.invite_type is not None:
            invite_type = self.invite_type.value

        last_name = self.last_name

        state: Any = None
        if self.state is not None:
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_devices is not None:
            field_dict["appDevices"] = app_devices
        if email is not None:
            field_dict["email"] = email
        if first_name is not None:
            field_dict["firstName"] = first_name
        if invite_type is not None:
            field_dict["inviteType"] = invite_type
        if last_name is not None:
            field_dict["lastName"] = last_name
        if state is not None:
            field_dict["state"] = state
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_app_devices = d.pop("appDevices", None)
        if _raw_app_devices is None:
            app_devices = None
        else:
            app_devices = []
            _app_devices = _raw_app_devices
            for app_devices_item_data in _app_devices:
                app_devices_item = BetaTesterAttributesAppDevicesItem.from_dict(app_devices_item_data)

                app_devices.append(app_devices_item)

        email = d.pop("email", None)

        first_name = d.pop("firstName", None)

        _raw_invite_type = d.pop("inviteType", None)
        if _raw_invite_type is None:
            invite_type = None
        else:
            invite_type = BetaInviteType(_raw_invite_type)

        last_name = d.pop("lastName", None)

        _raw_state = d.pop("state", None)
        if _raw_state is None:
            state = None
        else:
            state = BetaTesterState(_raw_state)

        beta_tester_attributes = cls(
            app_devices=app_devices,
            email=email,
            first_name=first_name,
            invite_type=invite_type,
            last_name=last_name,
            state=state,
        )
        beta_tester_attributes.additional_properties = d
        return beta_tester_attributes

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
