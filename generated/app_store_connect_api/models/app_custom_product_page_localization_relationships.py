from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_custom_product_page_version: Any = None
        if self.app_custom_product_page_version is not None:
            app_custom_product_page_version = UNSET
            if not isinstance(self.app_custom_product_page_version, Unset):
                app_custom_product_page_version = self.app_custom_product_page_version.to_dict()

        app_preview_sets: Any = None
        if self.app_preview_sets is not None:
            app_preview_sets = UNSET
            if not isinstance(self.app_preview_sets, Unset):
                app_preview_sets = self.app_preview_sets.to_dict()

        app_screenshot_sets: Any = None
        if self.app_screenshot_sets is not None:
            app_screenshot_sets = UNSET
            if not isinstance(self.app_screenshot_sets, Unset):
                app_screenshot_sets = self.app_screenshot_sets.to_dict()

        search_keywords: Any = None
        if self.search_keywords is not None:
            search_keywords = UNSET
            if not isinstance(self.search_keywords, Unset):
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
        d = dict(src_dict)
        _raw_app_custom_product_page_version = d.pop("appCustomProductPageVersion", None)
        if _raw_app_custom_product_page_version is None:
            app_custom_product_page_version = None
        else:
            _app_custom_product_page_version = _raw_app_custom_product_page_version
            app_custom_product_page_version: (
                AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersion | Unset
            )
            if isinstance(_app_custom_product_page_version, Unset):
                app_custom_product_page_version = UNSET
            else:
                app_custom_product_page_version = (
                    AppCustomProductPageLocalizationRelationshipsAppCustomProductPageVersion.from_dict(
                        _app_custom_product_page_version
                    )
                )

        _raw_app_preview_sets = d.pop("appPreviewSets", None)
        if _raw_app_preview_sets is None:
            app_preview_sets = None
        else:
            _app_preview_sets = _raw_app_preview_sets
            app_preview_sets: AppCustomProductPageLocalizationRelationshipsAppPreviewSets | Unset
            if isinstance(_app_preview_sets, Unset):
                app_preview_sets = UNSET
            else:
                app_preview_sets = AppCustomProductPageLocalizationRelationshipsAppPreviewSets.from_dict(
                    _app_preview_sets
                )

        _raw_app_screenshot_sets = d.pop("appScreenshotSets", None)
        if _raw_app_screenshot_sets is None:
            app_screenshot_sets = None
        else:
            _app_screenshot_sets = _raw_app_screenshot_sets
            app_screenshot_sets: AppCustomProductPageLocalizationRelationshipsAppScreenshotSets | Unset
            if isinstance(_app_screenshot_sets, Unset):
                app_screenshot_sets = UNSET
            else:
                app_screenshot_sets = (
                    AppCustomProductPageLocalizationRelationshipsAppScreenshotSets.from_dict(
                        _app_screenshot_sets
                    )
                )

        _raw_search_keywords = d.pop("searchKeywords", None)
        if _raw_search_keywords is None:
            search_keywords = None
        else:
            _search_keywords = _raw_search_keywords
            search_keywords: AppCustomProductPageLocalizationRelationshipsSearchKeywords | Unset
            if isinstance(_search_keywords, Unset):
                search_keywords = UNSET
            else:
                search_keywords = AppCustomProductPageLocalizationRelationshipsSearchKeywords.from_dict(
                    _search_keywords
                )

        app_custom_product_page_localization_relationships = cls(
            app_custom_product_page_version=app_custom_product_page_version,
            app_preview_sets=app_preview_sets,
            app_screenshot_sets=app_screenshot_sets,
            search_keywords=search_keywords,
        )
        app_custom_product_page_localization_relationships.additional_properties = d
        return app_custom_product_page_localization_relationships

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
