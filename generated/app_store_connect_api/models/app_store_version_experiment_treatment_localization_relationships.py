from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_store_version_experiment_treatment_localization_relationships_app_preview_sets import (
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSets,
    )
    from ..models.app_store_version_experiment_treatment_localization_relationships_app_screenshot_sets import (
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSets,
    )
    from ..models.app_store_version_experiment_treatment_localization_relationships_app_store_version_experiment_treatment import (
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatment,
    )


T = TypeVar("T", bound="AppStoreVersionExperimentTreatmentLocalizationRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appPreviewSets",
        "appScreenshotSets",
        "appStoreVersionExperimentTreatment",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSets, \
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSets, \
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatment
    from ..models.app_store_version_experiment_treatment_localization_relationships_app_preview_sets import (
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSets,
    )
    from ..models.app_store_version_experiment_treatment_localization_relationships_app_screenshot_sets import (
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSets,
    )
    from ..models.app_store_version_experiment_treatment_localization_relationships_app_store_version_experiment_treatment import (
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatment,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_preview_sets(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_preview_sets = src_dict.get("appPreviewSets")
    if _raw_app_preview_sets is None:
        app_preview_sets = None
    else:
        app_preview_sets = (
            AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSets.from_dict(
                _raw_app_preview_sets
            )
        )

    return app_preview_sets


def _read_app_screenshot_sets(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_screenshot_sets = src_dict.get("appScreenshotSets")
    if _raw_app_screenshot_sets is None:
        app_screenshot_sets = None
    else:
        app_screenshot_sets = (
            AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSets.from_dict(
                _raw_app_screenshot_sets
            )
        )

    return app_screenshot_sets


def _read_app_store_version_experiment_treatment(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiment_treatment = src_dict.get("appStoreVersionExperimentTreatment")
    if _raw_app_store_version_experiment_treatment is None:
        app_store_version_experiment_treatment = None
    else:
        app_store_version_experiment_treatment = AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatment.from_dict(
            _raw_app_store_version_experiment_treatment
        )

    return app_store_version_experiment_treatment


_READERS: dict[str, Any] = {
    "app_preview_sets": _read_app_preview_sets,
    "app_screenshot_sets": _read_app_screenshot_sets,
    "app_store_version_experiment_treatment": _read_app_store_version_experiment_treatment,
}


@_attrs_define(repr=False)
class AppStoreVersionExperimentTreatmentLocalizationRelationships:
    """
    Attributes:
        app_preview_sets (AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSets | Unset):
        app_screenshot_sets (AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSets | Unset):
        app_store_version_experiment_treatment
            (AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatment | Unset):
    """

    app_preview_sets: AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSets | None = None
    app_screenshot_sets: (
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSets | None
    ) = None
    app_store_version_experiment_treatment: (
        AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatment | None
    ) = None
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

        app_store_version_experiment_treatment: Any = None
        if self.app_store_version_experiment_treatment is not None:
            app_store_version_experiment_treatment = self.app_store_version_experiment_treatment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_preview_sets is not None:
            field_dict["appPreviewSets"] = app_preview_sets
        if app_screenshot_sets is not None:
            field_dict["appScreenshotSets"] = app_screenshot_sets
        if app_store_version_experiment_treatment is not None:
            field_dict["appStoreVersionExperimentTreatment"] = app_store_version_experiment_treatment
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app_preview_sets, app_screenshot_sets, app_store_version_experiment_treatment: read on first access
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
