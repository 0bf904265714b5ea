from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        parent: Any = None
        if self.parent is not None:
            parent = UNSET
            if not isinstance(self.parent, Unset):
                parent = self.parent.to_dict()

        subcategories: Any = None
        if self.subcategories is not None:
            subcategories = UNSET
            if not isinstance(self.subcategories, Unset):
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
        d = dict(src_dict)
        _raw_parent = d.pop("parent", None)
        if _raw_parent is None:
            parent = None
        else:
            _parent = _raw_parent
            parent: AppCategoryRelationshipsParent | Unset
            if isinstance(_parent, Unset):
                parent = UNSET
            else:
                parent = AppCategoryRelationshipsParent.from_dict(_parent)

        _raw_subcategories = d.pop("subcategories", None)
        if _raw_subcategories is None:
            subcategories = None
        else:
            _subcategories = _raw_subcategories
            subcategories: AppCategoryRelationshipsSubcategories | Unset
            if isinstance(_subcategories, Unset):
                subcategories = UNSET
            else:
                subcategories = AppCategoryRelationshipsSubcategories.from_dict(_subcategories)

        app_category_relationships = cls(
            parent=parent,
            subcategories=subcategories,
        )
        app_category_relationships.additional_properties = d
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
