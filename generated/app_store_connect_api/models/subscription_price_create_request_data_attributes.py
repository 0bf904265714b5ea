from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_plan_type import SubscriptionPlanType
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="SubscriptionPriceCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "planType",
        "preserveCurrentPrice",
        "startDate",
    }
)


@_attrs_define(repr=False)
class SubscriptionPriceCreateRequestDataAttributes:
    """
    Attributes:
        plan_type (SubscriptionPlanType | Unset):
        preserve_current_price (bool | None | Unset):
        start_date (datetime.date | None | Unset):
    """

    plan_type: SubscriptionPlanType | Unset | None = UNSET
    preserve_current_price: bool | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        plan_type: str | Unset | None
        if self.plan_type is None:
            plan_type = None
        else:
            plan_type = UNSET
            if not isinstance(self.plan_type, Unset):
                plan_type = self.plan_type.value

        preserve_current_price: bool | None | Unset
        if isinstance(self.preserve_current_price, Unset):
            preserve_current_price = UNSET
        else:
            preserve_current_price = self.preserve_current_price

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if plan_type is not UNSET:
            field_dict["planType"] = plan_type
        if preserve_current_price is not UNSET:
            field_dict["preserveCurrentPrice"] = preserve_current_price
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_plan_type = src_dict.get("planType", UNSET)
        if _raw_plan_type is None:
            plan_type = None
        else:
            _plan_type = _raw_plan_type
            plan_type: SubscriptionPlanType | Unset
            if isinstance(_plan_type, Unset):
                plan_type = UNSET
            else:
                plan_type = SubscriptionPlanType.of(_plan_type)

        def _parse_preserve_current_price(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        preserve_current_price = _parse_preserve_current_price(src_dict.get("preserveCurrentPrice", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(src_dict.get("startDate", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.plan_type = plan_type
        _model.preserve_current_price = preserve_current_price
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
