from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="CustomerReviewSummarizationAttributes")
_KNOWN_KEYS = frozenset(
    {
        "createdDate",
        "locale",
        "platform",
        "text",
    }
)


@_attrs_define(repr=False)
class CustomerReviewSummarizationAttributes:
    """
    Attributes:
        created_date (datetime.datetime | Unset):
        locale (str | Unset):
        platform (Platform | Unset):
        text (str | Unset):
    """

    created_date: datetime.datetime | None = None
    locale: str | None = None
    platform: Platform | None = None
    text: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        locale = self.locale

        platform: Any = None
        if self.platform is not None:
            platform = self.platform.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if locale is not None:
            field_dict["locale"] = locale
        if platform is not None:
            field_dict["platform"] = platform
        if text is not None:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        locale = src_dict.get("locale")

        _raw_platform = src_dict.get("platform")
        if _raw_platform is None:
            platform = None
        else:
            platform = Platform.of(_raw_platform)

        text = src_dict.get("text")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.created_date = created_date
        _model.locale = locale
        _model.platform = platform
        _model.text = text
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
