from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_header import HttpHeader


T = TypeVar("T", bound="DeliveryFileUploadOperation")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, HttpHeader
    from ..models.http_header import HttpHeader

    _LAZY_IMPORTS_DONE = True


@_attrs_define
class DeliveryFileUploadOperation:
    """
    Attributes:
        entity_tag (str | Unset):
        expiration (datetime.datetime | Unset):
        length (int | Unset):
        method (str | Unset):
        offset (int | Unset):
        part_number (int | Unset):
        request_headers (list[HttpHeader] | Unset):
        url (str | Unset):
    """

    entity_tag: str | Unset | None = UNSET
    expiration: datetime.datetime | Unset | None = UNSET
    length: int | Unset | None = UNSET
    method: str | Unset | None = UNSET
    offset: int | Unset | None = UNSET
    part_number: int | Unset | None = UNSET
    request_headers: list[HttpHeader] | Unset | None = UNSET
    url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        entity_tag = self.entity_tag

        expiration: str | Unset | None
        if self.expiration is None:
            expiration = None
        else:
            expiration = UNSET
            if not isinstance(self.expiration, Unset):
                expiration = self.expiration.isoformat()

        length = self.length

        method = self.method

        offset = self.offset

        part_number = self.part_number

        request_headers: list[dict[str, Any]] | Unset | None
        if self.request_headers is None:
            request_headers = None
        else:
            request_headers = UNSET
            if not isinstance(self.request_headers, Unset):
                request_headers = []
                for request_headers_item_data in self.request_headers:
                    request_headers_item = request_headers_item_data.to_dict()
                    request_headers.append(request_headers_item)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if entity_tag is not UNSET:
            field_dict["entityTag"] = entity_tag
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if length is not UNSET:
            field_dict["length"] = length
        if method is not UNSET:
            field_dict["method"] = method
        if offset is not UNSET:
            field_dict["offset"] = offset
        if part_number is not UNSET:
            field_dict["partNumber"] = part_number
        if request_headers is not UNSET:
            field_dict["requestHeaders"] = request_headers
        if url is not UNSET:
            field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        entity_tag = d.pop("entityTag", UNSET)

        _raw_expiration = d.pop("expiration", UNSET)
        if _raw_expiration is None:
            expiration = None
        else:
            _expiration = _raw_expiration
            expiration: datetime.datetime | Unset
            if isinstance(_expiration, Unset):
                expiration = UNSET
            else:
                expiration = datetime.datetime.fromisoformat(_expiration)

        length = d.pop("length", UNSET)

        method = d.pop("method", UNSET)

        offset = d.pop("offset", UNSET)

        part_number = d.pop("partNumber", UNSET)

        _raw_request_headers = d.pop("requestHeaders", UNSET)
        if _raw_request_headers is None:
            request_headers = None
        else:
            _request_headers = _raw_request_headers
            request_headers: list[HttpHeader] | Unset = UNSET
            if _request_headers is not UNSET:
                request_headers = []
                for request_headers_item_data in _request_headers:
                    request_headers_item = HttpHeader.from_dict(request_headers_item_data)

                    request_headers.append(request_headers_item)

        url = d.pop("url", UNSET)

        delivery_file_upload_operation = cls(
            entity_tag=entity_tag,
            expiration=expiration,
            length=length,
            method=method,
            offset=offset,
            part_number=part_number,
            request_headers=request_headers,
            url=url,
        )
        delivery_file_upload_operation.additional_properties = d
        return delivery_file_upload_operation

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
