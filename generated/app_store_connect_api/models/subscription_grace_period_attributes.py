from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_grace_period_attributes_renewal_type import (
    SubscriptionGracePeriodAttributesRenewalType,
)
from ..models.subscription_grace_period_duration import SubscriptionGracePeriodDuration
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="SubscriptionGracePeriodAttributes")
_KNOWN_KEYS = frozenset(
    {
        "duration",
        "optIn",
        "renewalType",
        "sandboxOptIn",
    }
)


@_attrs_define(repr=False)
class SubscriptionGracePeriodAttributes:
    """
    Attributes:
        duration (SubscriptionGracePeriodDuration | Unset):
        opt_in (bool | Unset):
        renewal_type (SubscriptionGracePeriodAttributesRenewalType | Unset):
        sandbox_opt_in (bool | Unset):
    """

    duration: SubscriptionGracePeriodDuration | None = None
    opt_in: bool | None = None
    renewal_type: SubscriptionGracePeriodAttributesRenewalType | None = None
    sandbox_opt_in: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        duration: Any = None
        if self.duration is not None:
            duration = self.duration.value

        opt_in = self.opt_in

        renewal_type: Any = None
        if self.renewal_type is not None:
            renewal_type = self.renewal_type.value

        sandbox_opt_in = self.sandbox_opt_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if duration is not None:
            field_dict["duration"] = duration
        if opt_in is not None:
            field_dict["optIn"] = opt_in
        if renewal_type is not None:
            field_dict["renewalType"] = renewal_type
        if sandbox_opt_in is not None:
            field_dict["sandboxOptIn"] = sandbox_opt_in
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_duration = src_dict.get("duration")
        if _raw_duration is None:
            duration = None
        else:
            duration = SubscriptionGracePeriodDuration.of(_raw_duration)

        opt_in = src_dict.get("optIn")

        _raw_renewal_type = src_dict.get("renewalType")
        if _raw_renewal_type is None:
            renewal_type = None
        else:
            renewal_type = SubscriptionGracePeriodAttributesRenewalType.of(_raw_renewal_type)

        sandbox_opt_in = src_dict.get("sandboxOptIn")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.duration = duration
        _model.opt_in = opt_in
        _model.renewal_type = renewal_type
        _model.sandbox_opt_in = sandbox_opt_in
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
