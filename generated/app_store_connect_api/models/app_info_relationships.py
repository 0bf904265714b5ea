from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_info_relationships_age_rating_declaration import (
        AppInfoRelationshipsAgeRatingDeclaration,
    )
    from ..models.app_info_relationships_app import AppInfoRelationshipsApp
    from ..models.app_info_relationships_app_info_localizations import (
        AppInfoRelationshipsAppInfoLocalizations,
    )
    from ..models.app_info_relationships_primary_category import AppInfoRelationshipsPrimaryCategory
    from ..models.app_info_relationships_primary_subcategory_one import (
        AppInfoRelationshipsPrimarySubcategoryOne,
    )
    from ..models.app_info_relationships_primary_subcategory_two import (
        AppInfoRelationshipsPrimarySubcategoryTwo,
    )
    from ..models.app_info_relationships_secondary_category import AppInfoRelationshipsSecondaryCategory
    from ..models.app_info_relationships_secondary_subcategory_one import (
        AppInfoRelationshipsSecondarySubcategoryOne,
    )
    from ..models.app_info_relationships_secondary_subcategory_two import (
        AppInfoRelationshipsSecondarySubcategoryTwo,
    )
    from ..models.app_info_relationships_territory_age_ratings import AppInfoRelationshipsTerritoryAgeRatings


T = TypeVar("T", bound="AppInfoRelationships")
_KNOWN_KEYS = frozenset(
    {
        "ageRatingDeclaration",
        "app",
        "appInfoLocalizations",
        "primaryCategory",
        "primarySubcategoryOne",
        "primarySubcategoryTwo",
        "secondaryCategory",
        "secondarySubcategoryOne",
        "secondarySubcategoryTwo",
        "territoryAgeRatings",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppInfoRelationshipsAgeRatingDeclaration, \
        AppInfoRelationshipsApp, \
        AppInfoRelationshipsAppInfoLocalizations, \
        AppInfoRelationshipsPrimaryCategory, \
        AppInfoRelationshipsPrimarySubcategoryOne, \
        AppInfoRelationshipsPrimarySubcategoryTwo, \
        AppInfoRelationshipsSecondaryCategory, \
        AppInfoRelationshipsSecondarySubcategoryOne, \
        AppInfoRelationshipsSecondarySubcategoryTwo, \
        AppInfoRelationshipsTerritoryAgeRatings
    from ..models.app_info_relationships_age_rating_declaration import (
        AppInfoRelationshipsAgeRatingDeclaration,
    )
    from ..models.app_info_relationships_app import AppInfoRelationshipsApp
    from ..models.app_info_relationships_app_info_localizations import (
        AppInfoRelationshipsAppInfoLocalizations,
    )
    from ..models.app_info_relationships_primary_category import AppInfoRelationshipsPrimaryCategory
    from ..models.app_info_relationships_primary_subcategory_one import (
        AppInfoRelationshipsPrimarySubcategoryOne,
    )
    from ..models.app_info_relationships_primary_subcategory_two import (
        AppInfoRelationshipsPrimarySubcategoryTwo,
    )
    from ..models.app_info_relationships_secondary_category import AppInfoRelationshipsSecondaryCategory
    from ..models.app_info_relationships_secondary_subcategory_one import (
        AppInfoRelationshipsSecondarySubcategoryOne,
    )
    from ..models.app_info_relationships_secondary_subcategory_two import (
        AppInfoRelationshipsSecondarySubcategoryTwo,
    )
    from ..models.app_info_relationships_territory_age_ratings import AppInfoRelationshipsTerritoryAgeRatings

    _LAZY_IMPORTS_DONE = True


def _read_age_rating_declaration(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_age_rating_declaration = src_dict.get("ageRatingDeclaration")
    if _raw_age_rating_declaration is None:
        age_rating_declaration = None
    else:
        age_rating_declaration = AppInfoRelationshipsAgeRatingDeclaration.from_dict(
            _raw_age_rating_declaration
        )

    return age_rating_declaration


def _read_app(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = src_dict.get("app")
    if _raw_app is None:
        app = None
    else:
        app = AppInfoRelationshipsApp.from_dict(_raw_app)

    return app


def _read_app_info_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_info_localizations = src_dict.get("appInfoLocalizations")
    if _raw_app_info_localizations is None:
        app_info_localizations = None
    else:
        app_info_localizations = AppInfoRelationshipsAppInfoLocalizations.from_dict(
            _raw_app_info_localizations
        )

    return app_info_localizations


def _read_primary_category(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_primary_category = src_dict.get("primaryCategory")
    if _raw_primary_category is None:
        primary_category = None
    else:
        primary_category = AppInfoRelationshipsPrimaryCategory.from_dict(_raw_primary_category)

    return primary_category


def _read_primary_subcategory_one(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_primary_subcategory_one = src_dict.get("primarySubcategoryOne")
    if _raw_primary_subcategory_one is None:
        primary_subcategory_one = None
    else:
        primary_subcategory_one = AppInfoRelationshipsPrimarySubcategoryOne.from_dict(
            _raw_primary_subcategory_one
        )

    return primary_subcategory_one


def _read_primary_subcategory_two(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_primary_subcategory_two = src_dict.get("primarySubcategoryTwo")
    if _raw_primary_subcategory_two is None:
        primary_subcategory_two = None
    else:
        primary_subcategory_two = AppInfoRelationshipsPrimarySubcategoryTwo.from_dict(
            _raw_primary_subcategory_two
        )

    return primary_subcategory_two


def _read_secondary_category(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_secondary_category = src_dict.get("secondaryCategory")
    if _raw_secondary_category is None:
        secondary_category = None
    else:
        secondary_category = AppInfoRelationshipsSecondaryCategory.from_dict(_raw_secondary_category)

    return secondary_category


def _read_secondary_subcategory_one(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_secondary_subcategory_one = src_dict.get("secondarySubcategoryOne")
    if _raw_secondary_subcategory_one is None:
        secondary_subcategory_one = None
    else:
        secondary_subcategory_one = AppInfoRelationshipsSecondarySubcategoryOne.from_dict(
            _raw_secondary_subcategory_one
        )

    return secondary_subcategory_one


def _read_secondary_subcategory_two(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_secondary_subcategory_two = src_dict.get("secondarySubcategoryTwo")
    if _raw_secondary_subcategory_two is None:
        secondary_subcategory_two = None
    else:
        secondary_subcategory_two = AppInfoRelationshipsSecondarySubcategoryTwo.from_dict(
            _raw_secondary_subcategory_two
        )

    return secondary_subcategory_two


def _read_territory_age_ratings(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_territory_age_ratings = src_dict.get("territoryAgeRatings")
    if _raw_territory_age_ratings is None:
        territory_age_ratings = None
    else:
        territory_age_ratings = AppInfoRelationshipsTerritoryAgeRatings.from_dict(_raw_territory_age_ratings)

    return territory_age_ratings


_READERS: dict[str, Any] = {
    "age_rating_declaration": _read_age_rating_declaration,
    "app": _read_app,
    "app_info_localizations": _read_app_info_localizations,
    "primary_category": _read_primary_category,
    "primary_subcategory_one": _read_primary_subcategory_one,
    "primary_subcategory_two": _read_primary_subcategory_two,
    "secondary_category": _read_secondary_category,
    "secondary_subcategory_one": _read_secondary_subcategory_one,
    "secondary_subcategory_two": _read_secondary_subcategory_two,
    "territory_age_ratings": _read_territory_age_ratings,
}


@_attrs_define(repr=False)
class AppInfoRelationships:
    """
    Attributes:
        age_rating_declaration (AppInfoRelationshipsAgeRatingDeclaration | Unset):
        app (AppInfoRelationshipsApp | Unset):
        app_info_localizations (AppInfoRelationshipsAppInfoLocalizations | Unset):
        primary_category (AppInfoRelationshipsPrimaryCategory | Unset):
        primary_subcategory_one (AppInfoRelationshipsPrimarySubcategoryOne | Unset):
        primary_subcategory_two (AppInfoRelationshipsPrimarySubcategoryTwo | Unset):
        secondary_category (AppInfoRelationshipsSecondaryCategory | Unset):
        secondary_subcategory_one (AppInfoRelationshipsSecondarySubcategoryOne | Unset):
        secondary_subcategory_two (AppInfoRelationshipsSecondarySubcategoryTwo | Unset):
        territory_age_ratings (AppInfoRelationshipsTerritoryAgeRatings | Unset):
    """

    age_rating_declaration: AppInfoRelationshipsAgeRatingDeclaration | None = None
    app: AppInfoRelationshipsApp | None = None
    app_info_localizations: AppInfoRelationshipsAppInfoLocalizations | None = None
    primary_category: AppInfoRelationshipsPrimaryCategory | None = None
    primary_subcategory_one: AppInfoRelationshipsPrimarySubcategoryOne | None = None
    primary_subcategory_two: AppInfoRelationshipsPrimarySubcategoryTwo | None = None
    secondary_category: AppInfoRelationshipsSecondaryCategory | None = None
    secondary_subcategory_one: AppInfoRelationshipsSecondarySubcategoryOne | None = None
    secondary_subcategory_two: AppInfoRelationshipsSecondarySubcategoryTwo | None = None
    territory_age_ratings: AppInfoRelationshipsTerritoryAgeRatings | None = None
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
        age_rating_declaration: Any = None
        if self.age_rating_declaration is not None:
            age_rating_declaration = self.age_rating_declaration.to_dict()

        app: Any = None
        if self.app is not None:
            app = self.app.to_dict()

        app_info_localizations: Any = None
        if self.app_info_localizations is not None:
            app_info_localizations = self.app_info_localizations.to_dict()

        primary_category: Any = None
        if self.primary_category is not None:
            primary_category = self.primary_category.to_dict()

        primary_subcategory_one: Any = None
        if self.primary_subcategory_one is not None:
            primary_subcategory_one = self.primary_subcategory_one.to_dict()

        primary_subcategory_two: Any = None
        if self.primary_subcategory_two is not None:
            primary_subcategory_two = self.primary_subcategory_two.to_dict()

        secondary_category: Any = None
        if self.secondary_category is not None:
            secondary_category = self.secondary_category.to_dict()

        secondary_subcategory_one: Any = None
        if self.secondary_subcategory_one is not None:
            secondary_subcategory_one = self.secondary_subcategory_one.to_dict()

        secondary_subcategory_two: Any = None
        if self.secondary_subcategory_two is not None:
            secondary_subcategory_two = self.secondary_subcategory_two.to_dict()

        territory_age_ratings: Any = None
        if self.territory_age_ratings is not None:
            territory_age_ratings = self.territory_age_ratings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if age_rating_declaration is not None:
            field_dict["ageRatingDeclaration"] = age_rating_declaration
        if app is not None:
            field_dict["app"] = app
        if app_info_localizations is not None:
            field_dict["appInfoLocalizations"] = app_info_localizations
        if primary_category is not None:
            field_dict["primaryCategory"] = primary_category
        if primary_subcategory_one is not None:
            field_dict["primarySubcategoryOne"] = primary_subcategory_one
        if primary_subcategory_two is not None:
            field_dict["primarySubcategoryTwo"] = primary_subcategory_two
        if secondary_category is not None:
            field_dict["secondaryCategory"] = secondary_category
        if secondary_subcategory_one is not None:
            field_dict["secondarySubcategoryOne"] = secondary_subcategory_one
        if secondary_subcategory_two is not None:
            field_dict["secondarySubcategoryTwo"] = secondary_subcategory_two
        if territory_age_ratings is not None:
            field_dict["territoryAgeRatings"] = territory_age_ratings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # age_rating_declaration, app, app_info_localizations, primary_category, primary_subcategory_one, primary_subcategory_two, secondary_category, secondary_subcategory_one, secondary_subcategory_two, territory_age_ratings: read on first access
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
