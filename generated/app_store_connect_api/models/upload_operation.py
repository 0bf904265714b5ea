from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.http_header import HttpHeader


T = TypeVar("T", bound="UploadOperation")
_KNOWN_KEYS = frozenset(
    {
        "length",
        "method",
        "offset",
        "requestHeaders",
        "url",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, HttpHeader
    from ..models.http_header import HttpHeader

    _LAZY_IMPORTS_DONE = True


def _read_request_headers(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_request_headers = src_dict.get("requestHeaders")
    if _raw_request_headers is None:
        request_headers = None
    else:
        request_headers = []
        _request_headers = _raw_request_headers
        for request_headers_item_data in _request_headers:
            request_headers_item = HttpHeader.from_dict(request_headers_item_data)

            request_headers.append(request_headers_item)

    return request_headers


_READERS: dict[str, Any] = {
    "request_headers": _read_request_headers,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        length = src_dict.get("length")

        method = src_dict.get("method")

        offset = src_dict.get("offset")

        url = src_dict.get("url")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.length = length
        _model.method = method
        _model.offset = offset
        _model.url = url
        _model._document = src_dict  # request_headers: read on first access
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
