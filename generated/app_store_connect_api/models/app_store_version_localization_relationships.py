from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_store_version_localization_relationships_app_preview_sets import (
        AppStoreVersionLocalizationRelationshipsAppPreviewSets,
    )
    from ..models.app_store_version_localization_relationships_app_screenshot_sets import (
        AppStoreVersionLocalizationRelationshipsAppScreenshotSets,
    )
    from ..models.app_store_version_localization_relationships_app_store_version import (
        AppStoreVersionLocalizationRelationshipsAppStoreVersion,
    )
    from ..models.app_store_version_localization_relationships_search_keywords import (
        AppStoreVersionLocalizationRelationshipsSearchKeywords,
    )


T = TypeVar("T", bound="AppStoreVersionLocalizationRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appPreviewSets",
        "appScreenshotSets",
        "appStoreVersion",
        "searchKeywords",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppStoreVersionLocalizationRelationshipsAppPreviewSets, \
        AppStoreVersionLocalizationRelationshipsAppScreenshotSets, \
        AppStoreVersionLocalizationRelationshipsAppStoreVersion, \
        AppStoreVersionLocalizationRelationshipsSearchKeywords
    from ..models.app_store_version_localization_relationships_app_preview_sets import (
        AppStoreVersionLocalizationRelationshipsAppPreviewSets,
    )
    from ..models.app_store_version_localization_relationships_app_screenshot_sets import (
        AppStoreVersionLocalizationRelationshipsAppScreenshotSets,
    )
    from ..models.app_store_version_localization_relationships_app_store_version import (
        AppStoreVersionLocalizationRelationshipsAppStoreVersion,
    )
    from ..models.app_store_version_localization_relationships_search_keywords import (
        AppStoreVersionLocalizationRelationshipsSearchKeywords,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_preview_sets(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_preview_sets = src_dict.get("appPreviewSets")
    if _raw_app_preview_sets is None:
        app_preview_sets = None
    else:
        app_preview_sets = AppStoreVersionLocalizationRelationshipsAppPreviewSets.from_dict(
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
        app_screenshot_sets = AppStoreVersionLocalizationRelationshipsAppScreenshotSets.from_dict(
            _raw_app_screenshot_sets
        )

    return app_screenshot_sets


def _read_app_store_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version = src_dict.get("appStoreVersion")
    if _raw_app_store_version is None:
        app_store_version = None
    else:
        app_store_version = AppStoreVersionLocalizationRelationshipsAppStoreVersion.from_dict(
            _raw_app_store_version
        )

    return app_store_version


def _read_search_keywords(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_search_keywords = src_dict.get("searchKeywords")
    if _raw_search_keywords is None:
        search_keywords = None
    else:
        search_keywords = AppStoreVersionLocalizationRelationshipsSearchKeywords.from_dict(
            _raw_search_keywords
        )

    return search_keywords


_READERS: dict[str, Any] = {
    "app_preview_sets": _read_app_preview_sets,
    "app_screenshot_sets": _read_app_screenshot_sets,
    "app_store_version": _read_app_store_version,
    "search_keywords": _read_search_keywords,
}


@_attrs_define(repr=False)
class AppStoreVersionLocalizationRelationships:
    """
    Attributes:
        app_preview_sets (AppStoreVersionLocalizationRelationshipsAppPreviewSets | Unset):
        app_screenshot_sets (AppStoreVersionLocalizationRelationshipsAppScreenshotSets | Unset):
        app_store_version (AppStoreVersionLocalizationRelationshipsAppStoreVersion | Unset):
        search_keywords (AppStoreVersionLocalizationRelationshipsSearchKeywords | Unset):
    """

    app_preview_sets: AppStoreVersionLocalizationRelationshipsAppPreviewSets | None = None
    app_screenshot_sets: AppStoreVersionLocalizationRelationshipsAppScreenshotSets | None = None
    app_store_version: AppStoreVersionLocalizationRelationshipsAppStoreVersion | None = None
    search_keywords: AppStoreVersionLocalizationRelationshipsSearchKeywords | None = None
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
        app_preview_sets: Any = None
        if self.app_preview_sets is not None:
            app_preview_sets = self.app_preview_sets.to_dict()

        app_screenshot_sets: Any = None
        if self.app_screenshot_sets is not None:
            app_screenshot_sets = self.app_screenshot_sets.to_dict()

        app_store_version: Any = None
        if self.app_store_version is not None:
            app_store_version = self.app_store_version.to_dict()

        search_keywords: Any = None
        if self.search_keywords is not None:
            search_keywords = self.search_keywords.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_preview_sets is not None:
            field_dict["appPreviewSets"] = app_preview_sets
        if app_screenshot_sets is not None:
            field_dict["appScreenshotSets"] = app_screenshot_sets
        if app_store_version is not None:
            field_dict["appStoreVersion"] = app_store_version
        if search_keywords is not None:
            field_dict["searchKeywords"] = search_keywords
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app_preview_sets, app_screenshot_sets, app_store_version, search_keywords: read on first access
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
