from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.error_links import ErrorLinks
    from ..models.json_pointer import JsonPointer
    from ..models.parameter import Parameter
    from ..models.response_error_meta import ResponseErrorMeta


T = TypeVar("T", bound="ResponseError")
_KNOWN_KEYS = frozenset(
    {
        "code",
        "status",
        "title",
        "detail",
        "id",
        "links",
        "meta",
        "source",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ErrorLinks, JsonPointer, Parameter, ResponseErrorMeta
    from ..models.error_links import ErrorLinks
    from ..models.json_pointer import JsonPointer
    from ..models.parameter import Parameter
    from ..models.response_error_meta import ResponseErrorMeta

    _LAZY_IMPORTS_DONE = True


def _read_links(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_links = src_dict.get("links")
    if _raw_links is None:
        links = None
    else:
        links = ErrorLinks.from_dict(_raw_links)

    return links


def _read_meta(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_meta = src_dict.get("meta")
    if _raw_meta is None:
        meta = None
    else:
        meta = ResponseErrorMeta.from_dict(_raw_meta)

    return meta


def _read_source(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_source = src_dict.get("source")
    if _raw_source is None:
        source = None
    else:

        def _parse_source(data: object) -> JsonPointer | Parameter:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = JsonPointer.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_1 = Parameter.from_dict(data)

            return source_type_1

        source = _parse_source(_raw_source)

    return source


_READERS: dict[str, Any] = {
    "links": _read_links,
    "meta": _read_meta,
    "source": _read_source,
}


@_attrs_define(repr=False)
class ResponseError:
    """
    Attributes:
        code (str):
        status (str):
        title (str):
        detail (str | Unset):
        id (str | Unset):
        links (ErrorLinks | Unset):
        meta (ResponseErrorMeta | Unset):
        source (JsonPointer | Parameter | Unset):
    """

    code: str
    status: str
    title: str
    detail: str | None = None
    id: str | None = None
    links: ErrorLinks | None = None
    meta: ResponseErrorMeta | None = None
    source: JsonPointer | Parameter | None = None
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
        code = self.code

        status = self.status

        title = self.title

        detail = self.detail

        id = self.id

        links: Any = None
        if self.links is not None:
            links = self.links.to_dict()

        meta: Any = None
        if self.meta is not None:
            meta = self.meta.to_dict()

        source: Any = None
        if self.source is not None:
            source: dict[str, Any]
            if isinstance(self.source, JsonPointer):
                source = self.source.to_dict()
            else:
                source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["code"] = code
        field_dict["status"] = status
        field_dict["title"] = title
        if detail is not None:
            field_dict["detail"] = detail
        if id is not None:
            field_dict["id"] = id
        if links is not None:
            field_dict["links"] = links
        if meta is not None:
            field_dict["meta"] = meta
        if source is not None:
            field_dict["source"] = source
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        code = src_dict["code"]

        status = src_dict["status"]

        title = src_dict["title"]

        detail = src_dict.get("detail")

        id = src_dict.get("id")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.code = code
        _model.status = status
        _model.title = title
        _model.detail = detail
        _model.id = id
        _model._document = src_dict  # links, meta, source: read on first access
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
