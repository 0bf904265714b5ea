from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="WebhookCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "enabled",
        "eventTypes",
        "name",
        "secret",
        "url",
    }
)


@_attrs_define(repr=False)
class WebhookCreateRequestDataAttributes:
    """
    Attributes:
        enabled (bool):
        event_types (list[WebhookEventType]):
        name (str):
        secret (str):
        url (str):
    """

    enabled: bool
    event_types: list[WebhookEventType]
    name: str
    secret: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.value
            event_types.append(event_types_item)

        name = self.name

        secret = self.secret

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["enabled"] = enabled
        field_dict["eventTypes"] = event_types
        field_dict["name"] = name
        field_dict["secret"] = secret
        field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        enabled = src_dict["enabled"]

        event_types = []
        _event_types = src_dict["eventTypes"]
        for event_types_item_data in _event_types:
            event_types_item = WebhookEventType.of(event_types_item_data)

            event_types.append(event_types_item)

        name = src_dict["name"]

        secret = src_dict["secret"]

        url = src_dict["url"]

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.enabled = enabled
        _model.event_types = event_types
        _model.name = name
        _model.secret = secret
        _model.url = url
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
