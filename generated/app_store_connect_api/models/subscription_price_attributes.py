from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_plan_type import SubscriptionPlanType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="SubscriptionPriceAttributes")
_KNOWN_KEYS = frozenset(
    {
        "planType",
        "preserved",
        "startDate",
    }
)


@_attrs_define(repr=False)
class SubscriptionPriceAttributes:
    """
    Attributes:
        plan_type (SubscriptionPlanType | Unset):
        preserved (bool | Unset):
        start_date (datetime.date | Unset):
    """

    plan_type: SubscriptionPlanType | None = None
    preserved: bool | None = None
    start_date: datetime.date | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        plan_type: Any = None
        if self.plan_type is not None:
            plan_type = self.plan_type.value

        preserved = self.preserved

        start_date: Any = None
        if self.start_date is not None:
            start_date = self.start_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if plan_type is not None:
            field_dict["planType"] = plan_type
        if preserved is not None:
            field_dict["preserved"] = preserved
        if start_date is not None:
            field_dict["startDate"] = start_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_plan_type = src_dict.get("planType")
        if _raw_plan_type is None:
            plan_type = None
        else:
            plan_type = SubscriptionPlanType.of(_raw_plan_type)

        preserved = src_dict.get("preserved")

        _raw_start_date = src_dict.get("startDate")
        if _raw_start_date is None:
            start_date = None
        else:
            start_date = datetime.date.fromisoformat(_raw_start_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.plan_type = plan_type
        _model.preserved = preserved
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
