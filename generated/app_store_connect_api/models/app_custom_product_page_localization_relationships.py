from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_custom_product_page_localization_relationships_app_custom_product_page_version import (
        AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersion,
    )
    from ..models.app_custom_product_page_localization_relationships_app_preview_sets import (
        AppCustomProductPageLocalizationRelationshipsAppPreviewSets,
    )
    from ..models.app_custom_product_page_localization_relationships_app_screenshot_sets import (
        AppCustomProductPageLocalizationRelationshipsAppScreenshotSets,
    )
    from ..models.app_custom_product_page_localization_relationships_search_keywords import (
        AppCustomProductPageLocalizationRelationshipsSearchKeywords,
    )


T = TypeVar("T", bound="AppCustomProductPageLocalizationRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appCustomProductPageVersion",
        "appPreviewSets",
        "appScreenshotSets",
        "searchKeywords",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersion, \
        AppCustomProductPageLocalizationRelationshipsAppPreviewSets, \
        AppCustomProductPageLocalizationRelationshipsAppScreenshotSets, \
        AppCustomProductPageLocalizationRelationshipsSearchKeywords
    from ..models.app_custom_product_page_localization_relationships_app_custom_product_page_version import (
        AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersion,
    )
    from ..models.app_custom_product_page_localization_relationships_app_preview_sets import (
        AppCustomProductPageLocalizationRelationshipsAppPreviewSets,
    )
    from ..models.app_custom_product_page_localization_relationships_app_screenshot_sets import (
        AppCustomProductPageLocalizationRelationshipsAppScreenshotSets,
    )
    from ..models.app_custom_product_page_localization_relationships_search_keywords import (
        AppCustomProductPageLocalizationRelationshipsSearchKeywords,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_custom_product_page_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_custom_product_page_version = src_dict.get("appCustomProductPageVersion")
    if _raw_app_custom_product_page_version is None:
        app_custom_product_page_version = None
    else:
        app_custom_product_page_version = (
            AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersion.from_dict(
                _raw_app_custom_product_page_version
            )
        )

    return app_custom_product_page_version


def _read_app_preview_sets(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_preview_sets = src_dict.get("appPreviewSets")
    if _raw_app_preview_sets is None:
        app_preview_sets = None
    else:
        app_preview_sets = AppCustomProductPageLocalizationRelationshipsAppPreviewSets.from_dict(
            _raw_app_preview_sets
        )

    return app_preview_sets


def _read_app_screenshot_sets(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_screenshot_sets = src_dict.get("appScreenshotSets")
    if _raw_app_screenshot_sets is None:
        app_screenshot_sets = None
    else:
        app_screenshot_sets = AppCustomProductPageLocalizationRelationshipsAppScreenshotSets.from_dict(
            _raw_app_screenshot_sets
        )

    return app_screenshot_sets


def _read_search_keywords(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_search_keywords = src_dict.get("searchKeywords")
    if _raw_search_keywords is None:
        search_keywords = None
    else:
        search_keywords = AppCustomProductPageLocalizationRelationshipsSearchKeywords.from_dict(
            _raw_search_keywords
        )

    return search_keywords


_READERS: dict[str, Any] = {
    "app_custom_product_page_version": _read_app_custom_product_page_version,
    "app_preview_sets": _read_app_preview_sets,
    "app_screenshot_sets": _read_app_screenshot_sets,
    "search_keywords": _read_search_keywords,
}


@_attrs_define(repr=False)
class AppCustomProductPageLocalizationRelationships:
    """
    Attributes:
        app_custom_product_page_version (AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersion |
            Unset):
        app_preview_sets (AppCustomProductPageLocalizationRelationshipsAppPreviewSets | Unset):
        app_screenshot_sets (AppCustomProductPageLocalizationRelationshipsAppScreenshotSets | Unset):
        search_keywords (AppCustomProductPageLocalizationRelationshipsSearchKeywords | Unset):
    """

    app_custom_product_page_version: (
        AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersion | None
    ) = None
    app_preview_sets: AppCustomProductPageLocalizationRelationshipsAppPreviewSets | None = None
    app_screenshot_sets: AppCustomProductPageLocalizationRelationshipsAppScreenshotSets | None = None
    search_keywords: AppCustomProductPageLocalizationRelationshipsSearchKeywords | None = None
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
        app_custom_product_page_version: Any = None
        if self.app_custom_product_page_version is not None:
            app_custom_product_page_version = self.app_custom_product_page_version.to_dict()

        app_preview_sets: Any = None
        if self.app_preview_sets is not None:
            app_preview_sets = self.app_preview_sets.to_dict()

        app_screenshot_sets: Any = None
        if self.app_screenshot_sets is not None:
            app_screenshot_sets = self.app_screenshot_sets.to_dict()

        search_keywords: Any = None
        if self.search_keywords is not None:
            search_keywords = self.search_keywords.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_custom_product_page_version is not None:
            field_dict["appCustomProductPageVersion"] = app_custom_product_page_version
        if app_preview_sets is not None:
            field_dict["appPreviewSets"] = app_preview_sets
        if app_screenshot_sets is not None:
            field_dict["appScreenshotSets"] = app_screenshot_sets
        if search_keywords is not None:
            field_dict["searchKeywords"] = search_keywords
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app_custom_product_page_version, app_preview_sets, app_screenshot_sets, search_keywords: read on first access
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
