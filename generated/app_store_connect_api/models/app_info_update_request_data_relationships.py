from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_info_update_request_data_relationships_primary_category import (
        AppInfoUpdateRequestDataRelationshipsPrimaryCategory,
    )
    from ..models.app_info_update_request_data_relationships_primary_subcategory_one import (
        AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryOne,
    )
    from ..models.app_info_update_request_data_relationships_primary_subcategory_two import (
        AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryTwo,
    )
    from ..models.app_info_update_request_data_relationships_secondary_category import (
        AppInfoUpdateRequestDataRelationshipsSecondaryCategory,
    )
    from ..models.app_info_update_request_data_relationships_secondary_subcategory_one import (
        AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryOne,
    )
    from ..models.app_info_update_request_data_relationships_secondary_subcategory_two import (
        AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryTwo,
    )


T = TypeVar("T", bound="AppInfoUpdateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "primaryCategory",
        "primarySubcategoryOne",
        "primarySubcategoryTwo",
        "secondaryCategory",
        "secondarySubcategoryOne",
        "secondarySubcategoryTwo",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppInfoUpdateRequestDataRelationshipsPrimaryCategory, \
        AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryOne, \
        AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryTwo, \
        AppInfoUpdateRequestDataRelationshipsSecondaryCategory, \
        AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryOne, \
        AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryTwo
    from ..models.app_info_update_request_data_relationships_primary_category import (
        AppInfoUpdateRequestDataRelationshipsPrimaryCategory,
    )
    from ..models.app_info_update_request_data_relationships_primary_subcategory_one import (
        AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryOne,
    )
    from ..models.app_info_update_request_data_relationships_primary_subcategory_two import (
        AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryTwo,
    )
    from ..models.app_info_update_request_data_relationships_secondary_category import (
        AppInfoUpdateRequestDataRelationshipsSecondaryCategory,
    )
    from ..models.app_info_update_request_data_relationships_secondary_subcategory_one import (
        AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryOne,
    )
    from ..models.app_info_update_request_data_relationships_secondary_subcategory_two import (
        AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryTwo,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppInfoUpdateRequestDataRelationships:
    """
    Attributes:
        primary_category (AppInfoUpdateRequestDataRelationshipsPrimaryCategory | Unset):
        primary_subcategory_one (AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryOne | Unset):
        primary_subcategory_two (AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryTwo | Unset):
        secondary_category (AppInfoUpdateRequestDataRelationshipsSecondaryCategory | Unset):
        secondary_subcategory_one (AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryOne | Unset):
        secondary_subcategory_two (AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryTwo | Unset):
    """

    primary_category: AppInfoUpdateRequestDataRelationshipsPrimaryCategory | Unset | None = UNSET
    primary_subcategory_one: AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryOne | Unset | None = UNSET
    primary_subcategory_two: AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryTwo | Unset | None = UNSET
    secondary_category: AppInfoUpdateRequestDataRelationshipsSecondaryCategory | Unset | None = UNSET
    secondary_subcategory_one: AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryOne | Unset | None = (
        UNSET
    )
    secondary_subcategory_two: AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryTwo | Unset | None = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        primary_category: dict[str, Any] | Unset | None
        if self.primary_category is None:
            primary_category = None
        else:
            primary_category = UNSET
            if not isinstance(self.primary_category, Unset):
                primary_category = self.primary_category.to_dict()

        primary_subcategory_one: dict[str, Any] | Unset | None
        if self.primary_subcategory_one is None:
            primary_subcategory_one = None
        else:
            primary_subcategory_one = UNSET
            if not isinstance(self.primary_subcategory_one, Unset):
                primary_subcategory_one = self.primary_subcategory_one.to_dict()

        primary_subcategory_two: dict[str, Any] | Unset | None
        if self.primary_subcategory_two is None:
            primary_subcategory_two = None
        else:
            primary_subcategory_two = UNSET
            if not isinstance(self.primary_subcategory_two, Unset):
                primary_subcategory_two = self.primary_subcategory_two.to_dict()

        secondary_category: dict[str, Any] | Unset | None
        if self.secondary_category is None:
            secondary_category = None
        else:
            secondary_category = UNSET
            if not isinstance(self.secondary_category, Unset):
                secondary_category = self.secondary_category.to_dict()

        secondary_subcategory_one: dict[str, Any] | Unset | None
        if self.secondary_subcategory_one is None:
            secondary_subcategory_one = None
        else:
            secondary_subcategory_one = UNSET
            if not isinstance(self.secondary_subcategory_one, Unset):
                secondary_subcategory_one = self.secondary_subcategory_one.to_dict()

        secondary_subcategory_two: dict[str, Any] | Unset | None
        if self.secondary_subcategory_two is None:
            secondary_subcategory_two = None
        else:
            secondary_subcategory_two = UNSET
            if not isinstance(self.secondary_subcategory_two, Unset):
                secondary_subcategory_two = self.secondary_subcategory_two.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if primary_category is not UNSET:
            field_dict["primaryCategory"] = primary_category
        if primary_subcategory_one is not UNSET:
            field_dict["primarySubcategoryOne"] = primary_subcategory_one
        if primary_subcategory_two is not UNSET:
            field_dict["primarySubcategoryTwo"] = primary_subcategory_two
        if secondary_category is not UNSET:
            field_dict["secondaryCategory"] = secondary_category
        if secondary_subcategory_one is not UNSET:
            field_dict["secondarySubcategoryOne"] = secondary_subcategory_one
        if secondary_subcategory_two is not UNSET:
            field_dict["secondarySubcategoryTwo"] = secondary_subcategory_two
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_primary_category = src_dict.get("primaryCategory", UNSET)
        if _raw_primary_category is None:
            primary_category = None
        else:
            _primary_category = _raw_primary_category
            primary_category: AppInfoUpdateRequestDataRelationshipsPrimaryCategory | Unset
            if isinstance(_primary_category, Unset):
                primary_category = UNSET
            else:
                primary_category = AppInfoUpdateRequestDataRelationshipsPrimaryCategory.from_dict(
                    _primary_category
                )

        _raw_primary_subcategory_one = src_dict.get("primarySubcategoryOne", UNSET)
        if _raw_primary_subcategory_one is None:
            primary_subcategory_one = None
        else:
            _primary_subcategory_one = _raw_primary_subcategory_one
            primary_subcategory_one: AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryOne | Unset
            if isinstance(_primary_subcategory_one, Unset):
                primary_subcategory_one = UNSET
            else:
                primary_subcategory_one = (
                    AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryOne.from_dict(
                        _primary_subcategory_one
                    )
                )

        _raw_primary_subcategory_two = src_dict.get("primarySubcategoryTwo", UNSET)
        if _raw_primary_subcategory_two is None:
            primary_subcategory_two = None
        else:
            _primary_subcategory_two = _raw_primary_subcategory_two
            primary_subcategory_two: AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryTwo | Unset
            if isinstance(_primary_subcategory_two, Unset):
                primary_subcategory_two = UNSET
            else:
                primary_subcategory_two = (
                    AppInfoUpdateRequestDataRelationshipsPrimarySubcategoryTwo.from_dict(
                        _primary_subcategory_two
                    )
                )

        _raw_secondary_category = src_dict.get("secondaryCategory", UNSET)
        if _raw_secondary_category is None:
            secondary_category = None
        else:
            _secondary_category = _raw_secondary_category
            secondary_category: AppInfoUpdateRequestDataRelationshipsSecondaryCategory | Unset
            if isinstance(_secondary_category, Unset):
                secondary_category = UNSET
            else:
                secondary_category = AppInfoUpdateRequestDataRelationshipsSecondaryCategory.from_dict(
                    _secondary_category
                )

        _raw_secondary_subcategory_one = src_dict.get("secondarySubcategoryOne", UNSET)
        if _raw_secondary_subcategory_one is None:
            secondary_subcategory_one = None
        else:
            _secondary_subcategory_one = _raw_secondary_subcategory_one
            secondary_subcategory_one: AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryOne | Unset
            if isinstance(_secondary_subcategory_one, Unset):
                secondary_subcategory_one = UNSET
            else:
                secondary_subcategory_one = (
                    AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryOne.from_dict(
                        _secondary_subcategory_one
                    )
                )

        _raw_secondary_subcategory_two = src_dict.get("secondarySubcategoryTwo", UNSET)
        if _raw_secondary_subcategory_two is None:
            secondary_subcategory_two = None
        else:
            _secondary_subcategory_two = _raw_secondary_subcategory_two
            secondary_subcategory_two: AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryTwo | Unset
            if isinstance(_secondary_subcategory_two, Unset):
                secondary_subcategory_two = UNSET
            else:
                secondary_subcategory_two = (
                    AppInfoUpdateRequestDataRelationshipsSecondarySubcategoryTwo.from_dict(
                        _secondary_subcategory_two
                    )
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.primary_category = primary_category
        _model.primary_subcategory_one = primary_subcategory_one
        _model.primary_subcategory_two = primary_subcategory_two
        _model.secondary_category = secondary_category
        _model.secondary_subcategory_one = secondary_subcategory_one
        _model.secondary_subcategory_two = secondary_subcategory_two
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
