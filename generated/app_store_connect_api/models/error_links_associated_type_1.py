from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.error_links_associated_type_1_meta import ErrorLinksAssociatedType1Meta


T = TypeVar("T", bound="ErrorLinksAssociatedType1")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ErrorLinksAssociatedType1Meta
    from ..models.error_links_associated_type_1_meta import ErrorLinksAssociatedType1Meta

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class ErrorLinksAssociatedType1:
    """
    Attributes:
        href (str | Unset):
        meta (ErrorLinksAssociatedType1Meta | Unset):
    """

    href: str | None = None
    meta: ErrorLinksAssociatedType1Meta | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        href = self.href

        meta: Any = None
        if self.meta is not None:
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if href is not None:
            field_dict["href"] = href
        if meta is not None:
            field_dict["meta"] = meta
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        href = d.pop("href", None)

        _raw_meta = d.pop("meta", None)
        if _raw_meta is None:
            meta = None
        else:
            meta = ErrorLinksAssociatedType1Meta.from_dict(_raw_meta)

        error_links_associated_type_1 = cls(
            href=href,
            meta=meta,
        )
        error_links_associated_type_1.additional_properties = d
        return error_links_associated_type_1

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
