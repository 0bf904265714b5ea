from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppPriceV2Attributes")
_KNOWN_KEYS = frozenset(
    {
        "endDate",
        "manual",
        "startDate",
    }
)


@_attrs_define(repr=False)
class AppPriceV2Attributes:
    """
    Attributes:
        end_date (datetime.date | Unset):
        manual (bool | Unset):
        start_date (datetime.date | Unset):
    """

    end_date: datetime.date | None = None
    manual: bool | None = None
    start_date: datetime.date | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        end_date: Any = None
        if self.end_date is not None:
            end_date = self.end_date.isoformat()

        manual = self.manual

        start_date: Any = None
        if self.start_date is not None:
            start_date = self.start_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if end_date is not None:
            field_dict["endDate"] = end_date
        if manual is not None:
            field_dict["manual"] = manual
        if start_date is not None:
            field_dict["startDate"] = start_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_end_date = src_dict.get("endDate")
        if _raw_end_date is None:
            end_date = None
        else:
            end_date = datetime.date.fromisoformat(_raw_end_date)

        manual = src_dict.get("manual")

        _raw_start_date = src_dict.get("startDate")
        if _raw_start_date is None:
            start_date = None
        else:
            start_date = datetime.date.fromisoformat(_raw_start_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.end_date = end_date
        _model.manual = manual
        _model.start_date = start_date
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
