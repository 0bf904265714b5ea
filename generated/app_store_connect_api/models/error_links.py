from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.error_links_associated_type_1 import ErrorLinksAssociatedType1


T = TypeVar("T", bound="ErrorLinks")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ErrorLinksAssociatedType1
    from ..models.error_links_associated_type_1 import ErrorLinksAssociatedType1

    _LAZY_IMPORTS_DONE = True


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
        d = dict(src_dict)
        about = d.pop("about", None)

        _raw_associated = d.pop("associated", None)
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

        error_links = cls(
            about=about,
            associated=associated,
        )
        error_links.additional_properties = d
        return error_links

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
