from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.territory_availability_attributes_content_statuses_item import (
    TerritoryAvailabilityAttributesContentStatusesItem,
)
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="TerritoryAvailabilityAttributes")
_KNOWN_KEYS = frozenset(
    {
        "available",
        "contentStatuses",
        "preOrderEnabled",
        "preOrderPublishDate",
        "releaseDate",
    }
)


@_attrs_define(repr=False)
class TerritoryAvailabilityAttributes:
    """
    Attributes:
        available (bool | Unset):
        content_statuses (list[TerritoryAvailabilityAttributesContentStatusesItem] | Unset):
        pre_order_enabled (bool | Unset):
        pre_order_publish_date (datetime.date | Unset):
        release_date (datetime.date | Unset):
    """

    available: bool | None = None
    content_statuses: list[TerritoryAvailabilityAttributesContentStatusesItem] | None = None
    pre_order_enabled: bool | None = None
    pre_order_publish_date: datetime.date | None = None
    release_date: datetime.date | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        content_statuses: Any = None
        if self.content_statuses is not None:
            content_statuses = []
            for content_statuses_item_data in self.content_statuses:
                content_statuses_item = content_statuses_item_data.value
                content_statuses.append(content_statuses_item)

        pre_order_enabled = self.pre_order_enabled

        pre_order_publish_date: Any = None
        if self.pre_order_publish_date is not None:
            pre_order_publish_date = self.pre_order_publish_date.isoformat()

        release_date: Any = None
        if self.release_date is not None:
            release_date = self.release_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if available is not None:
            field_dict["available"] = available
        if content_statuses is not None:
            field_dict["contentStatuses"] = content_statuses
        if pre_order_enabled is not None:
            field_dict["preOrderEnabled"] = pre_order_enabled
        if pre_order_publish_date is not None:
            field_dict["preOrderPublishDate"] = pre_order_publish_date
        if release_date is not None:
            field_dict["releaseDate"] = release_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        available = src_dict.get("available")

        _raw_content_statuses = src_dict.get("contentStatuses")
        if _raw_content_statuses is None:
            content_statuses = None
        else:
            content_statuses = []
            _content_statuses = _raw_content_statuses
            for content_statuses_item_data in _content_statuses:
                content_statuses_item = TerritoryAvailabilityAttributesContentStatusesItem.of(
                    content_statuses_item_data
                )

                content_statuses.append(content_statuses_item)

        pre_order_enabled = src_dict.get("preOrderEnabled")

        _raw_pre_order_publish_date = src_dict.get("preOrderPublishDate")
        if _raw_pre_order_publish_date is None:
            pre_order_publish_date = None
        else:
            pre_order_publish_date = datetime.date.fromisoformat(_raw_pre_order_publish_date)

        _raw_release_date = src_dict.get("releaseDate")
        if _raw_release_date is None:
            release_date = None
        else:
            release_date = datetime.date.fromisoformat(_raw_release_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.available = available
        _model.content_statuses = content_statuses
        _model.pre_order_enabled = pre_order_enabled
        _model.pre_order_publish_date = pre_order_publish_date
        _model.release_date = release_date
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
