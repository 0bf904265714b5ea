from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="InAppPurchaseContentAttributes")
_KNOWN_KEYS = frozenset(
    {
        "fileName",
        "fileSize",
        "lastModifiedDate",
        "url",
    }
)


@_attrs_define(repr=False)
class InAppPurchaseContentAttributes:
    """
    Attributes:
        file_name (str | Unset):
        file_size (int | Unset):
        last_modified_date (datetime.datetime | Unset):
        url (str | Unset):
    """

    file_name: str | None = None
    file_size: int | None = None
    last_modified_date: datetime.datetime | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        file_size = self.file_size

        last_modified_date: Any = None
        if self.last_modified_date is not None:
            last_modified_date = self.last_modified_date.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_name is not None:
            field_dict["fileName"] = file_name
        if file_size is not None:
            field_dict["fileSize"] = file_size
        if last_modified_date is not None:
            field_dict["lastModifiedDate"] = last_modified_date
        if url is not None:
            field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        file_name = src_dict.get("fileName")

        file_size = src_dict.get("fileSize")

        _raw_last_modified_date = src_dict.get("lastModifiedDate")
        if _raw_last_modified_date is None:
            last_modified_date = None
        else:
            last_modified_date = datetime.datetime.fromisoformat(_raw_last_modified_date)

        url = src_dict.get("url")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.file_name = file_name
        _model.file_size = file_size
        _model.last_modified_date = last_modified_date
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
