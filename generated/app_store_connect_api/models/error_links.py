from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.error_links_associated_type_1 import ErrorLinksAssociatedType1


T = TypeVar("T", bound="ErrorLinks")
_KNOWN_KEYS = frozenset(
    {
        "about",
        "associated",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ErrorLinksAssociatedType1
    from ..models.error_links_associated_type_1 import ErrorLinksAssociatedType1

    _LAZY_IMPORTS_DONE = True


def _read_associated(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_associated = src_dict.get("associated")
    if _raw_associated is None:
        associated = None
    else:

        def _parse_associated(data: object) -> ErrorLinksAssociatedType1 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                associated_type_1 = ErrorLinksAssociatedType1.from_dict(data)

                return associated_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorLinksAssociatedType1 | str, data)

        associated = _parse_associated(_raw_associated)

    return associated


_READERS: dict[str, Any] = {
    "associated": _read_associated,
}


@_attrs_define(repr=False)
class ErrorLinks:
    """
    Attributes:
        about (str | Unset):
        associated (ErrorLinksAssociatedType1 | str | Unset):
    """

    about: str | None = None
    associated: ErrorLinksAssociatedType1 | str | None = None
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
        about = self.about

        associated: Any = None
        if self.associated is not None:
            associated: dict[str, Any] | str
            if isinstance(self.associated, ErrorLinksAssociatedType1):
                associated = self.associated.to_dict()
            else:
                associated = self.associated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if about is not None:
            field_dict["about"] = about
        if associated is not None:
            field_dict["associated"] = associated
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        about = src_dict.get("about")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.about = about
        _model._document = src_dict  # associated: read on first access
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
