from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
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

        app_store_version_experiment_treatment: Any = None
        if self.app_store_version_experiment_treatment is not None:
            app_store_version_experiment_treatment = UNSET
            if not isinstance(self.app_store_version_experiment_treatment, Unset):
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
        d = dict(src_dict)
        _raw_app_preview_sets = d.pop("appPreviewSets", None)
        if _raw_app_preview_sets is None:
            app_preview_sets = None
        else:
            _app_preview_sets = _raw_app_preview_sets
            app_preview_sets: (
                AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSets | Unset
            )
            if isinstance(_app_preview_sets, Unset):
                app_preview_sets = UNSET
            else:
                app_preview_sets = (
                    AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppPreviewSets.from_dict(
                        _app_preview_sets
                    )
                )

        _raw_app_screenshot_sets = d.pop("appScreenshotSets", None)
        if _raw_app_screenshot_sets is None:
            app_screenshot_sets = None
        else:
            _app_screenshot_sets = _raw_app_screenshot_sets
            app_screenshot_sets: (
                AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSets | Unset
            )
            if isinstance(_app_screenshot_sets, Unset):
                app_screenshot_sets = UNSET
            else:
                app_screenshot_sets = (
                    AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppScreenshotSets.from_dict(
                        _app_screenshot_sets
                    )
                )

        _raw_app_store_version_experiment_treatment = d.pop("appStoreVersionExperimentTreatment", None)
        if _raw_app_store_version_experiment_treatment is None:
            app_store_version_experiment_treatment = None
        else:
            _app_store_version_experiment_treatment = _raw_app_store_version_experiment_treatment
            app_store_version_experiment_treatment: (
                AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatment
                | Unset
            )
            if isinstance(_app_store_version_experiment_treatment, Unset):
                app_store_version_experiment_treatment = UNSET
            else:
                app_store_version_experiment_treatment = AppStoreVersionExperimentTreatmentLocalizationRelationshipsAppStoreVersionExperimentTreatment.from_dict(
                    _app_store_version_experiment_treatment
                )

        app_store_version_experiment_treatment_localization_relationships = cls(
            app_preview_sets=app_preview_sets,
            app_screenshot_sets=app_screenshot_sets,
            app_store_version_experiment_treatment=app_store_version_experiment_treatment,
        )
        app_store_version_experiment_treatment_localization_relationships.additional_properties = d
        return app_store_version_experiment_treatment_localization_relationships

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
