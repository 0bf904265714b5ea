from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.territory_code import TerritoryCode
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="CustomerReviewAttributes")
_KNOWN_KEYS = frozenset(
    {
        "body",
        "createdDate",
        "rating",
        "reviewerNickname",
        "territory",
        "title",
    }
)


@_attrs_define(repr=False)
class CustomerReviewAttributes:
    """
    Attributes:
        body (str | Unset):
        created_date (datetime.datetime | Unset):
        rating (int | Unset):
        reviewer_nickname (str | Unset):
        territory (TerritoryCode | Unset):
        title (str | Unset):
    """

    body: str | None = None
    created_date: datetime.datetime | None = None
    rating: int | None = None
    reviewer_nickname: str | None = None
    territory: TerritoryCode | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        rating = self.rating

        reviewer_nickname = self.reviewer_nickname

        territory: Any = None
        if self.territory is not None:
            territory = self.territory.value

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if body is not None:
            field_dict["body"] = body
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if rating is not None:
            field_dict["rating"] = rating
        if reviewer_nickname is not None:
            field_dict["reviewerNickname"] = reviewer_nickname
        if territory is not None:
            field_dict["territory"] = territory
        if title is not None:
            field_dict["title"] = title
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict.get("body")

        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        rating = src_dict.get("rating")

        reviewer_nickname = src_dict.get("reviewerNickname")

        _raw_territory = src_dict.get("territory")
        if _raw_territory is None:
            territory = None
        else:
            territory = TerritoryCode.of(_raw_territory)

        title = src_dict.get("title")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.body = body
        _model.created_date = created_date
        _model.rating = rating
        _model.reviewer_nickname = reviewer_nickname
        _model.territory = territory
        _model.title = title
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
