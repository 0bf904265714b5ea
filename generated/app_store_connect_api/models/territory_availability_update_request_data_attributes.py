from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="TerritoryAvailabilityUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "available",
        "preOrderEnabled",
        "releaseDate",
    }
)


@_attrs_define(repr=False)
class TerritoryAvailabilityUpdateRequestDataAttributes:
    """
    Attributes:
        available (bool | None | Unset):
        pre_order_enabled (bool | None | Unset):
        release_date (datetime.date | None | Unset):
    """

    available: bool | None | Unset = UNSET
    pre_order_enabled: bool | None | Unset = UNSET
    release_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        available: bool | None | Unset
        if isinstance(self.available, Unset):
            available = UNSET
        else:
            available = self.available

        pre_order_enabled: bool | None | Unset
        if isinstance(self.pre_order_enabled, Unset):
            pre_order_enabled = UNSET
        else:
            pre_order_enabled = self.pre_order_enabled

        release_date: None | str | Unset
        if isinstance(self.release_date, Unset):
            release_date = UNSET
        elif isinstance(self.release_date, datetime.date):
            release_date = self.release_date.isoformat()
        else:
            release_date = self.release_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if available is not UNSET:
            field_dict["available"] = available
        if pre_order_enabled is not UNSET:
            field_dict["preOrderEnabled"] = pre_order_enabled
        if release_date is not UNSET:
            field_dict["releaseDate"] = release_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_available(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        available = _parse_available(src_dict.get("available", UNSET))

        def _parse_pre_order_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pre_order_enabled = _parse_pre_order_enabled(src_dict.get("preOrderEnabled", UNSET))

        def _parse_release_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_date_type_0 = datetime.date.fromisoformat(data)

                return release_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        release_date = _parse_release_date(src_dict.get("releaseDate", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.available = available
        _model.pre_order_enabled = pre_order_enabled
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
