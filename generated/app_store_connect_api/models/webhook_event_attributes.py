from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEventAttributes")


@_attrs_define
class WebhookEventAttributes:
    """
    Attributes:
        created_date (datetime.datetime | Unset):
        event_type (WebhookEventType | Unset):
        payload (str | Unset):
        ping (bool | Unset):
    """

    created_date: datetime.datetime | Unset | None = UNSET
    event_type: WebhookEventType | Unset | None = UNSET
    payload: str | Unset | None = UNSET
    ping: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_date: str | Unset | None
        if self.created_date is None:
            created_date = None
        else:
            created_date = UNSET
            if not isinstance(self.created_date, Unset):
                created_date = self.created_date.isoformat()

        event_type: str | Unset | None
        if self.event_type is None:
            event_type = None
        else:
            event_type = UNSET
            if not isinstance(self.event_type, Unset):
                event_type = self.event_type.value

        payload = self.payload

        ping = self.ping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if payload is not UNSET:
            field_dict["payload"] = payload
        if ping is not UNSET:
            field_dict["ping"] = ping
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _raw_created_date = d.pop("createdDate", UNSET)
        if _raw_created_date is None:
            created_date = None
        else:
            _created_date = _raw_created_date
            created_date: datetime.datetime | Unset
            if isinstance(_created_date, Unset):
                created_date = UNSET
            else:
                created_date = datetime.datetime.fromisoformat(_created_date)

        _raw_event_type = d.pop("eventType", UNSET)
        if _raw_event_type is None:
            event_type = None
        else:
            _event_type = _raw_event_type
            event_type: WebhookEventType | Unset
            if isinstance(_event_type, Unset):
                event_type = UNSET
            else:
                event_type = WebhookEventType(_event_type)

        payload = d.pop("payload", UNSET)

        ping = d.pop("ping", UNSET)

        webhook_event_attributes = cls(
            created_date=created_date,
            event_type=event_type,
            payload=payload,
            ping=ping,
        )
        webhook_event_attributes.additional_properties = d
        return webhook_event_attributes

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
