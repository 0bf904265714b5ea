from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_preview_set_relationships_app_custom_product_page_localization import (
        AppPreviewSetRelationshipsAppCustomProductPageLocalization,
    )
    from ..models.app_preview_set_relationships_app_previews import AppPreviewSetRelationshipsAppPreviews
    from ..models.app_preview_set_relationships_app_store_version_experiment_treatment_localization import (
        AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalization,
    )
    from ..models.app_preview_set_relationships_app_store_version_localization import (
        AppPreviewSetRelationshipsAppStoreVersionLocalization,
    )


T = TypeVar("T", bound="AppPreviewSetRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appCustomProductPageLocalization",
        "appPreviews",
        "appStoreVersionExperimentTreatmentLocalization",
        "appStoreVersionLocalization",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppPreviewSetRelationshipsAppCustomProductPageLocalization, \
        AppPreviewSetRelationshipsAppPreviews, \
        AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalization, \
        AppPreviewSetRelationshipsAppStoreVersionLocalization
    from ..models.app_preview_set_relationships_app_custom_product_page_localization import (
        AppPreviewSetRelationshipsAppCustomProductPageLocalization,
    )
    from ..models.app_preview_set_relationships_app_previews import AppPreviewSetRelationshipsAppPreviews
    from ..models.app_preview_set_relationships_app_store_version_experiment_treatment_localization import (
        AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalization,
    )
    from ..models.app_preview_set_relationships_app_store_version_localization import (
        AppPreviewSetRelationshipsAppStoreVersionLocalization,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_custom_product_page_localization(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_custom_product_page_localization = src_dict.get("appCustomProductPageLocalization")
    if _raw_app_custom_product_page_localization is None:
        app_custom_product_page_localization = None
    else:
        app_custom_product_page_localization = (
            AppPreviewSetRelationshipsAppCustomProductPageLocalization.from_dict(
                _raw_app_custom_product_page_localization
            )
        )

    return app_custom_product_page_localization


def _read_app_previews(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_previews = src_dict.get("appPreviews")
    if _raw_app_previews is None:
        app_previews = None
    else:
        app_previews = AppPreviewSetRelationshipsAppPreviews.from_dict(_raw_app_previews)

    return app_previews


def _read_app_store_version_experiment_treatment_localization(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiment_treatment_localization = src_dict.get(
        "appStoreVersionExperimentTreatmentLocalization"
    )
    if _raw_app_store_version_experiment_treatment_localization is None:
        app_store_version_experiment_treatment_localization = None
    else:
        app_store_version_experiment_treatment_localization = (
            AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalization.from_dict(
                _raw_app_store_version_experiment_treatment_localization
            )
        )

    return app_store_version_experiment_treatment_localization


def _read_app_store_version_localization(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_localization = src_dict.get("appStoreVersionLocalization")
    if _raw_app_store_version_localization is None:
        app_store_version_localization = None
    else:
        app_store_version_localization = AppPreviewSetRelationshipsAppStoreVersionLocalization.from_dict(
            _raw_app_store_version_localization
        )

    return app_store_version_localization


_READERS: dict[str, Any] = {
    "app_custom_product_page_localization": _read_app_custom_product_page_localization,
    "app_previews": _read_app_previews,
    "app_store_version_experiment_treatment_localization": _read_app_store_version_experiment_treatment_localization,
    "app_store_version_localization": _read_app_store_version_localization,
}


@_attrs_define(repr=False)
class AppPreviewSetRelationships:
    """
    Attributes:
        app_custom_product_page_localization (AppPreviewSetRelationshipsAppCustomProductPageLocalization | Unset):
        app_previews (AppPreviewSetRelationshipsAppPreviews | Unset):
        app_store_version_experiment_treatment_localization
            (AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalization | Unset):
        app_store_version_localization (AppPreviewSetRelationshipsAppStoreVersionLocalization | Unset):
    """

    app_custom_product_page_localization: (
        AppPreviewSetRelationshipsAppCustomProductPageLocalization | None
    ) = None
    app_previews: AppPreviewSetRelationshipsAppPreviews | None = None
    app_store_version_experiment_treatment_localization: (
        AppPreviewSetRelationshipsAppStoreVersionExperimentTreatmentLocalization | None
    ) = None
    app_store_version_localization: AppPreviewSetRelationshipsAppStoreVersionLocalization | None = None
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
        app_custom_product_page_localization: Any = None
        if self.app_custom_product_page_localization is not None:
            app_custom_product_page_localization = self.app_custom_product_page_localization.to_dict()

        app_previews: Any = None
        if self.app_previews is not None:
            app_previews = self.app_previews.to_dict()

        app_store_version_experiment_treatment_localization: Any = None
        if self.app_store_version_experiment_treatment_localization is not None:
            app_store_version_experiment_treatment_localization = (
                self.app_store_version_experiment_treatment_localization.to_dict()
            )

        app_store_version_localization: Any = None
        if self.app_store_version_localization is not None:
            app_store_version_localization = self.app_store_version_localization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_custom_product_page_localization is not None:
            field_dict["appCustomProductPageLocalization"] = app_custom_product_page_localization
        if app_previews is not None:
            field_dict["appPreviews"] = app_previews
        if app_store_version_experiment_treatment_localization is not None:
            field_dict["appStoreVersionExperimentTreatmentLocalization"] = (
                app_store_version_experiment_treatment_localization
            )
        if app_store_version_localization is not None:
            field_dict["appStoreVersionLocalization"] = app_store_version_localization
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app_custom_product_page_localization, app_previews, app_store_version_experiment_treatment_localization, app_store_version_localization: read on first access
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
