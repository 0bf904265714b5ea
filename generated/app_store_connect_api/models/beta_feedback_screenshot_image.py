from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="BetaFeedbackScreenshotImage")


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
        d = dict(src_dict)
        _raw_expiration_date = d.pop("expirationDate", None)
        if _raw_expiration_date is None:
            expiration_date = None
        else:
            expiration_date = datetime.datetime.fromisoformat(_raw_expiration_date)

        height = d.pop("height", None)

        url = d.pop("url", None)

        width = d.pop("width", None)

        beta_feedback_screenshot_image = cls(
            expiration_date=expiration_date,
            height=height,
            url=url,
            width=width,
        )
        beta_feedback_screenshot_image.additional_properties = d
        return beta_feedback_screenshot_image

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
