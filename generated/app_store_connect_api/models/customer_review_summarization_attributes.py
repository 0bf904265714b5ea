from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerReviewSummarizationAttributes")


@_attrs_define
class CustomerReviewSummarizationAttributes:
    """
    Attributes:
        created_date (datetime.datetime | Unset):
        locale (str | Unset):
        platform (Platform | Unset):
        text (str | Unset):
    """

    created_date: datetime.datetime | Unset | None = UNSET
    locale: str | Unset | None = UNSET
    platform: Platform | Unset | None = UNSET
    text: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_date: str | Unset | None
        if self.created_date is None:
            created_date = None
        else:
            created_date = UNSET
            if not isinstance(self.created_date, Unset):
                created_date = self.created_date.isoformat()

        locale = self.locale

        platform: str | Unset | None
        if self.platform is None:
            platform = None
        else:
            platform = UNSET
            if not isinstance(self.platform, Unset):
                platform = self.platform.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if locale is not UNSET:
            field_dict["locale"] = locale
        if platform is not UNSET:
            field_dict["platform"] = platform
        if text is not UNSET:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _raw_created_date = d.pop("createdDate", UNSET)
        if _raw_created_date is None:
            created_date = None
        else:
            _created_date = _raw_created_date
            created_date: datetime.datetime | Unset
            if isinstance(_created_date, Unset):
                created_date = UNSET
            else:
                created_date = datetime.datetime.fromisoformat(_created_date)

        locale = d.pop("locale", UNSET)

        _raw_platform = d.pop("platform", UNSET)
        if _raw_platform is None:
            platform = None
        else:
            _platform = _raw_platform
            platform: Platform | Unset
            if isinstance(_platform, Unset):
                platform = UNSET
            else:
                platform = Platform(_platform)

        text = d.pop("text", UNSET)

        customer_review_summarization_attributes = cls(
            created_date=created_date,
            locale=locale,
            platform=platform,
            text=text,
        )
        customer_review_summarization_attributes.additional_properties = d
        return customer_review_summarization_attributes

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
