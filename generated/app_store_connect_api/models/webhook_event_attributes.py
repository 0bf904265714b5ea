from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="WebhookEventAttributes")
_KNOWN_KEYS = frozenset(
    {
        "createdDate",
        "eventType",
        "payload",
        "ping",
    }
)


@_attrs_define(repr=False)
class WebhookEventAttributes:
    """
    Attributes:
        created_date (datetime.datetime | Unset):
        event_type (WebhookEventType | Unset):
        payload (str | Unset):
        ping (bool | Unset):
    """

    created_date: datetime.datetime | None = None
    event_type: WebhookEventType | None = None
    payload: str | None = None
    ping: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        event_type: Any = None
        if self.event_type is not None:
            event_type = self.event_type.value

        payload = self.payload

        ping = self.ping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if event_type is not None:
            field_dict["eventType"] = event_type
        if payload is not None:
            field_dict["payload"] = payload
        if ping is not None:
            field_dict["ping"] = ping
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        _raw_event_type = src_dict.get("eventType")
        if _raw_event_type is None:
            event_type = None
        else:
            event_type = WebhookEventType.of(_raw_event_type)

        payload = src_dict.get("payload")

        ping = src_dict.get("ping")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.created_date = created_date
        _model.event_type = event_type
        _model.payload = payload
        _model.ping = ping
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
