from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.app_category_relationships_parent import AppCategoryRelationshipsParent
    from ..models.app_category_relationships_subcategories import AppCategoryRelationshipsSubcategories


T = TypeVar("T", bound="AppCategoryRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppCategoryRelationshipsParent, AppCategoryRelationshipsSubcategories
    from ..models.app_category_relationships_parent import AppCategoryRelationshipsParent
    from ..models.app_category_relationships_subcategories import AppCategoryRelationshipsSubcategories

    _LAZY_IMPORTS_DONE = True


def _read_parent(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_parent = d.pop("parent", None)
    if _raw_parent is None:
        parent = None
    else:
        parent = AppCategoryRelationshipsParent.from_dict(_raw_parent)

    return parent


def _read_subcategories(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subcategories = d.pop("subcategories", None)
    if _raw_subcategories is None:
        subcategories = None
    else:
        subcategories = AppCategoryRelationshipsSubcategories.from_dict(_raw_subcategories)

    return subcategories


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "parent",
        "subcategories",
    }
)
_READERS: dict[str, Any] = {
    "parent": _read_parent,
    "subcategories": _read_subcategories,
    "additional_properties": _read_additional_properties,
}


@_attrs_define(repr=False)
class AppCategoryRelationships:
    """
    Attributes:
        parent (AppCategoryRelationshipsParent | Unset):
        subcategories (AppCategoryRelationshipsSubcategories | Unset):
    """

    parent: AppCategoryRelationshipsParent | None = None
    subcategories: AppCategoryRelationshipsSubcategories | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def __getattr__(self, name: str) -> Any:
        """A field not read yet is read from the document now (`from_dict` defers them all)."""
        read = _READERS.get(name)
        if read is None or self._document is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = read(self._document)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        parent: Any = None
        if self.parent is not None:
            parent = self.parent.to_dict()

        subcategories: Any = None
        if self.subcategories is not None:
            subcategories = self.subcategories.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if parent is not None:
            field_dict["parent"] = parent
        if subcategories is not None:
            field_dict["subcategories"] = subcategories
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        app_category_relationships = cls.__new__(cls)
        app_category_relationships._document = dict(src_dict)  # each field is read on first access
        return app_category_relationships

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
