from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.http_header import HttpHeader


T = TypeVar("T", bound="UploadOperation")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, HttpHeader
    from ..models.http_header import HttpHeader

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class UploadOperation:
    """
    Attributes:
        length (int | Unset):
        method (str | Unset):
        offset (int | Unset):
        request_headers (list[HttpHeader] | Unset):
        url (str | Unset):
    """

    length: int | None = None
    method: str | None = None
    offset: int | None = None
    request_headers: list[HttpHeader] | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        length = self.length

        method = self.method

        offset = self.offset

        request_headers: Any = None
        if self.request_headers is not None:
            request_headers = []
            for request_headers_item_data in self.request_headers:
                request_headers_item = request_headers_item_data.to_dict()
                request_headers.append(request_headers_item)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if length is not None:
            field_dict["length"] = length
        if method is not None:
            field_dict["method"] = method
        if offset is not None:
            field_dict["offset"] = offset
        if request_headers is not None:
            field_dict["requestHeaders"] = request_headers
        if url is not None:
            field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        length = d.pop("length", None)

        method = d.pop("method", None)

        offset = d.pop("offset", None)

        _raw_request_headers = d.pop("requestHeaders", None)
        if _raw_request_headers is None:
            request_headers = None
        else:
            request_headers = []
            _request_headers = _raw_request_headers
            for request_headers_item_data in _request_headers:
                request_headers_item = HttpHeader.from_dict(request_headers_item_data)

                request_headers.append(request_headers_item)

        url = d.pop("url", None)

        upload_operation = cls(
            length=length,
            method=method,
            offset=offset,
            request_headers=request_headers,
            url=url,
        )
        upload_operation.additional_properties = d
        return upload_operation

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
