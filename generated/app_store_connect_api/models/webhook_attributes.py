from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="WebhookAttributes")
_KNOWN_KEYS = frozenset(
    {
        "enabled",
        "eventTypes",
        "name",
        "url",
    }
)


@_attrs_define(repr=False)
class WebhookAttributes:
    """
    Attributes:
        enabled (bool | Unset):
        event_types (list[WebhookEventType] | Unset):
        name (str | Unset):
        url (str | Unset):
    """

    enabled: bool | None = None
    event_types: list[WebhookEventType] | None = None
    name: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        event_types: Any = None
        if self.event_types is not None:
            event_types = []
            for event_types_item_data in self.event_types:
                event_types_item = event_types_item_data.value
                event_types.append(event_types_item)

        name = self.name

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not None:
            field_dict["enabled"] = enabled
        if event_types is not None:
            field_dict["eventTypes"] = event_types
        if name is not None:
            field_dict["name"] = name
        if url is not None:
            field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        enabled = src_dict.get("enabled")

        _raw_event_types = src_dict.get("eventTypes")
        if _raw_event_types is None:
            event_types = None
        else:
            event_types = []
            _event_types = _raw_event_types
            for event_types_item_data in _event_types:
                event_types_item = WebhookEventType.of(event_types_item_data)

                event_types.append(event_types_item)

        name = src_dict.get("name")

        url = src_dict.get("url")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.enabled = enabled
        _model.event_types = event_types
        _model.name = name
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
