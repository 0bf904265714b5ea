from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppEventAttributesArchivedTerritorySchedulesItem")
_KNOWN_KEYS = frozenset(
    {
        "eventEnd",
        "eventStart",
        "publishStart",
        "territories",
    }
)


@_attrs_define(repr=False)
class AppEventAttributesArchivedTerritorySchedulesItem:
    """
    Attributes:
        event_end (datetime.datetime | Unset):
        event_start (datetime.datetime | Unset):
        publish_start (datetime.datetime | Unset):
        territories (list[str] | Unset):
    """

    event_end: datetime.datetime | None = None
    event_start: datetime.datetime | None = None
    publish_start: datetime.datetime | None = None
    territories: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        event_end: Any = None
        if self.event_end is not None:
            event_end = self.event_end.isoformat()

        event_start: Any = None
        if self.event_start is not None:
            event_start = self.event_start.isoformat()

        publish_start: Any = None
        if self.publish_start is not None:
            publish_start = self.publish_start.isoformat()

        territories: Any = None
        if self.territories is not None:
            territories = self.territories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if event_end is not None:
            field_dict["eventEnd"] = event_end
        if event_start is not None:
            field_dict["eventStart"] = event_start
        if publish_start is not None:
            field_dict["publishStart"] = publish_start
        if territories is not None:
            field_dict["territories"] = territories
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_event_end = src_dict.get("eventEnd")
        if _raw_event_end is None:
            event_end = None
        else:
            event_end = datetime.datetime.fromisoformat(_raw_event_end)

        _raw_event_start = src_dict.get("eventStart")
        if _raw_event_start is None:
            event_start = None
        else:
            event_start = datetime.datetime.fromisoformat(_raw_event_start)

        _raw_publish_start = src_dict.get("publishStart")
        if _raw_publish_start is None:
            publish_start = None
        else:
            publish_start = datetime.datetime.fromisoformat(_raw_publish_start)

        _raw_territories = src_dict.get("territories")
        if _raw_territories is None:
            territories = None
        else:
            territories = cast(list[str], _raw_territories)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.event_end = event_end
        _model.event_start = event_start
        _model.publish_start = publish_start
        _model.territories = territories
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
