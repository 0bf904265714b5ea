from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="ReviewSubmissionUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "canceled",
        "platform",
        "submitted",
    }
)


@_attrs_define(repr=False)
class ReviewSubmissionUpdateRequestDataAttributes:
    """
    Attributes:
        canceled (bool | None | Unset):
        platform (Platform | Unset):
        submitted (bool | None | Unset):
    """

    canceled: bool | None | Unset = UNSET
    platform: Platform | Unset | None = UNSET
    submitted: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        canceled: bool | None | Unset
        if isinstance(self.canceled, Unset):
            canceled = UNSET
        else:
            canceled = self.canceled

        platform: str | Unset | None
        if self.platform is None:
            platform = None
        else:
            platform = UNSET
            if not isinstance(self.platform, Unset):
                platform = self.platform.value

        submitted: bool | None | Unset
        if isinstance(self.submitted, Unset):
            submitted = UNSET
        else:
            submitted = self.submitted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if canceled is not UNSET:
            field_dict["canceled"] = canceled
        if platform is not UNSET:
            field_dict["platform"] = platform
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_canceled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        canceled = _parse_canceled(src_dict.get("canceled", UNSET))

        _raw_platform = src_dict.get("platform", UNSET)
        if _raw_platform is None:
            platform = None
        else:
            _platform = _raw_platform
            platform: Platform | Unset
            if isinstance(_platform, Unset):
                platform = UNSET
            else:
                platform = Platform.of(_platform)

        def _parse_submitted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        submitted = _parse_submitted(src_dict.get("submitted", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.canceled = canceled
        _model.platform = platform
        _model.submitted = submitted
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
