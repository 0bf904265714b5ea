from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BetaFeedbackScreenshotImage")
_KNOWN_KEYS = frozenset(
    {
        "expirationDate",
        "height",
        "url",
        "width",
    }
)


@_attrs_define(repr=False)
class BetaFeedbackScreenshotImage:
    """
    Attributes:
        expiration_date (datetime.datetime | Unset):
        height (int | Unset):
        url (str | Unset):
        width (int | Unset):
    """

    expiration_date: datetime.datetime | None = None
    height: int | None = None
    url: str | None = None
    width: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        expiration_date: Any = None
        if self.expiration_date is not None:
            expiration_date = self.expiration_date.isoformat()

        height = self.height

        url = self.url

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if expiration_date is not None:
            field_dict["expirationDate"] = expiration_date
        if height is not None:
            field_dict["height"] = height
        if url is not None:
            field_dict["url"] = url
        if width is not None:
            field_dict["width"] = width
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_expiration_date = src_dict.get("expirationDate")
        if _raw_expiration_date is None:
            expiration_date = None
        else:
            expiration_date = datetime.datetime.fromisoformat(_raw_expiration_date)

        height = src_dict.get("height")

        url = src_dict.get("url")

        width = src_dict.get("width")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.expiration_date = expiration_date
        _model.height = height
        _model.url = url
        _model.width = width
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
