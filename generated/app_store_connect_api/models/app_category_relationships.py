from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_category_relationships_parent import AppCategoryRelationshipsParent
    from ..models.app_category_relationships_subcategories import AppCategoryRelationshipsSubcategories


T = TypeVar("T", bound="AppCategoryRelationships")
_KNOWN_KEYS = frozenset(
    {
        "parent",
        "subcategories",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppCategoryRelationshipsParent, AppCategoryRelationshipsSubcategories
    from ..models.app_category_relationships_parent import AppCategoryRelationshipsParent
    from ..models.app_category_relationships_subcategories import AppCategoryRelationshipsSubcategories

    _LAZY_IMPORTS_DONE = True


def _read_parent(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_parent = src_dict.get("parent")
    if _raw_parent is None:
        parent = None
    else:
        parent = AppCategoryRelationshipsParent.from_dict(_raw_parent)

    return parent


def _read_subcategories(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subcategories = src_dict.get("subcategories")
    if _raw_subcategories is None:
        subcategories = None
    else:
        subcategories = AppCategoryRelationshipsSubcategories.from_dict(_raw_subcategories)

    return subcategories


_READERS: dict[str, Any] = {
    "parent": _read_parent,
    "subcategories": _read_subcategories,
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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # parent, subcategories: read on first access
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
