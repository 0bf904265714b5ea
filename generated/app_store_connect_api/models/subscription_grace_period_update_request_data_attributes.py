from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_grace_period_duration import SubscriptionGracePeriodDuration
from ..models.subscription_grace_period_update_request_data_attributes_renewal_type import (
    SubscriptionGracePeriodUpdateRequestDataAttributesRenewalType,
)
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="SubscriptionGracePeriodUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "duration",
        "optIn",
        "renewalType",
        "sandboxOptIn",
    }
)


@_attrs_define(repr=False)
class SubscriptionGracePeriodUpdateRequestDataAttributes:
    """
    Attributes:
        duration (SubscriptionGracePeriodDuration | Unset):
        opt_in (bool | None | Unset):
        renewal_type (SubscriptionGracePeriodUpdateRequestDataAttributesRenewalType | Unset):
        sandbox_opt_in (bool | None | Unset):
    """

    duration: SubscriptionGracePeriodDuration | Unset | None = UNSET
    opt_in: bool | None | Unset = UNSET
    renewal_type: SubscriptionGracePeriodUpdateRequestDataAttributesRenewalType | Unset | None = UNSET
    sandbox_opt_in: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        duration: str | Unset | None
        if self.duration is None:
            duration = None
        else:
            duration = UNSET
            if not isinstance(self.duration, Unset):
                duration = self.duration.value

        opt_in: bool | None | Unset
        if isinstance(self.opt_in, Unset):
            opt_in = UNSET
        else:
            opt_in = self.opt_in

        renewal_type: str | Unset | None
        if self.renewal_type is None:
            renewal_type = None
        else:
            renewal_type = UNSET
            if not isinstance(self.renewal_type, Unset):
                renewal_type = self.renewal_type.value

        sandbox_opt_in: bool | None | Unset
        if isinstance(self.sandbox_opt_in, Unset):
            sandbox_opt_in = UNSET
        else:
            sandbox_opt_in = self.sandbox_opt_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if duration is not UNSET:
            field_dict["duration"] = duration
        if opt_in is not UNSET:
            field_dict["optIn"] = opt_in
        if renewal_type is not UNSET:
            field_dict["renewalType"] = renewal_type
        if sandbox_opt_in is not UNSET:
            field_dict["sandboxOptIn"] = sandbox_opt_in
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_duration = src_dict.get("duration", UNSET)
        if _raw_duration is None:
            duration = None
        else:
            _duration = _raw_duration
            duration: SubscriptionGracePeriodDuration | Unset
            if isinstance(_duration, Unset):
                duration = UNSET
            else:
                duration = SubscriptionGracePeriodDuration.of(_duration)

        def _parse_opt_in(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        opt_in = _parse_opt_in(src_dict.get("optIn", UNSET))

        _raw_renewal_type = src_dict.get("renewalType", UNSET)
        if _raw_renewal_type is None:
            renewal_type = None
        else:
            _renewal_type = _raw_renewal_type
            renewal_type: SubscriptionGracePeriodUpdateRequestDataAttributesRenewalType | Unset
            if isinstance(_renewal_type, Unset):
                renewal_type = UNSET
            else:
                renewal_type = SubscriptionGracePeriodUpdateRequestDataAttributesRenewalType.of(_renewal_type)

        def _parse_sandbox_opt_in(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sandbox_opt_in = _parse_sandbox_opt_in(src_dict.get("sandboxOptIn", UNSET))

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
