from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AnalyticsReportSegmentAttributes")
_KNOWN_KEYS = frozenset(
    {
        "checksum",
        "sizeInBytes",
        "url",
    }
)


@_attrs_define(repr=False)
class AnalyticsReportSegmentAttributes:
    """
    Attributes:
        checksum (str | Unset):
        size_in_bytes (int | Unset):
        url (str | Unset):
    """

    checksum: str | None = None
    size_in_bytes: int | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        checksum = self.checksum

        size_in_bytes = self.size_in_bytes

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if checksum is not None:
            field_dict["checksum"] = checksum
        if size_in_bytes is not None:
            field_dict["sizeInBytes"] = size_in_bytes
        if url is not None:
            field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        checksum = src_dict.get("checksum")

        size_in_bytes = src_dict.get("sizeInBytes")

        url = src_dict.get("url")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.checksum = checksum
        _model.size_in_bytes = size_in_bytes
        _model.url = url
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
