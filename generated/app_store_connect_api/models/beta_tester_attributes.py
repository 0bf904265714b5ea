from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_invite_type import BetaInviteType
from ..models.beta_tester_state import BetaTesterState
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.beta_tester_attributes_app_devices_item import BetaTesterAttributesAppDevicesItem


T = TypeVar("T", bound="BetaTesterAttributes")
_KNOWN_KEYS = frozenset(
    {
        "appDevices",
        "email",
        "firstName",
        "inviteType",
        "lastName",
        "state",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BetaTesterAttributesAppDevicesItem
    from ..models.beta_tester_attributes_app_devices_item import BetaTesterAttributesAppDevicesItem

    _LAZY_IMPORTS_DONE = True


def _read_app_devices(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_devices = src_dict.get("appDevices")
    if _raw_app_devices is None:
        app_devices = None
    else:
        app_devices = []
        _app_devices = _raw_app_devices
        for app_devices_item_data in _app_devices:
            app_devices_item = BetaTesterAttributesAppDevicesItem.from_dict(app_devices_item_data)

            app_devices.append(app_devices_item)

    return app_devices


_READERS: dict[str, Any] = {
    "app_devices": _read_app_devices,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        email = src_dict.get("email")

        first_name = src_dict.get("firstName")

        _raw_invite_type = src_dict.get("inviteType")
        if _raw_invite_type is None:
            invite_type = None
        else:
            invite_type = BetaInviteType.of(_raw_invite_type)

        last_name = src_dict.get("lastName")

        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = BetaTesterState.of(_raw_state)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.email = email
        _model.first_name = first_name
        _model.invite_type = invite_type
        _model.last_name = last_name
        _model.state = state
        _model._document = src_dict  # app_devices: read on first access
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
