from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_links import ErrorLinks
    from ..models.json_pointer import JsonPointer
    from ..models.parameter import Parameter
    from ..models.response_error_meta import ResponseErrorMeta


T = TypeVar("T", bound="ResponseError")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ErrorLinks, JsonPointer, Parameter, ResponseErrorMeta
    from ..models.error_links import ErrorLinks
    from ..models.json_pointer import JsonPointer
    from ..models.parameter import Parameter
    from ..models.response_error_meta import ResponseErrorMeta

    _LAZY_IMPORTS_DONE = True


@_attrs_define
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
    detail: str | Unset | None = UNSET
    id: str | Unset | None = UNSET
    links: ErrorLinks | Unset | None = UNSET
    meta: ResponseErrorMeta | Unset | None = UNSET
    source: JsonPointer | Parameter | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        code = self.code

        status = self.status

        title = self.title

        detail = self.detail

        id = self.id

        links: dict[str, Any] | Unset | None
        if self.links is None:
            links = None
        else:
            links = UNSET
            if not isinstance(self.links, Unset):
                links = self.links.to_dict()

        meta: dict[str, Any] | Unset | None
        if self.meta is None:
            meta = None
        else:
            meta = UNSET
            if not isinstance(self.meta, Unset):
                meta = self.meta.to_dict()

        source: dict[str, Any] | Unset | None
        if self.source is None:
            source = None
        else:
            if isinstance(self.source, Unset):
                source = UNSET
            elif isinstance(self.source, JsonPointer):
                source = self.source.to_dict()
            else:
                source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["code"] = code
        field_dict["status"] = status
        field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if id is not UNSET:
            field_dict["id"] = id
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta
        if source is not UNSET:
            field_dict["source"] = source
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        code = d.pop("code")

        status = d.pop("status")

        title = d.pop("title")

        detail = d.pop("detail", UNSET)

        id = d.pop("id", UNSET)

        _raw_links = d.pop("links", UNSET)
        if _raw_links is None:
            links = None
        else:
            _links = _raw_links
            links: ErrorLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = ErrorLinks.from_dict(_links)

        _raw_meta = d.pop("meta", UNSET)
        if _raw_meta is None:
            meta = None
        else:
            _meta = _raw_meta
            meta: ResponseErrorMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ResponseErrorMeta.from_dict(_meta)

        _raw_source = d.pop("source", UNSET)
        if _raw_source is None:
            source = None
        else:

            def _parse_source(data: object) -> JsonPointer | Parameter | Unset:
                if isinstance(data, Unset):
                    return data
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

        response_error = cls(
            code=code,
            status=status,
            title=title,
            detail=detail,
            id=id,
            links=links,
            meta=meta,
            source=source,
        )
        response_error.additional_properties = d
        return response_error

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
