from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_preview_set_create_request_data_relationships_app_custom_product_page_localization import (
        AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalization,
    )
    from ..models.app_preview_set_create_request_data_relationships_app_store_version_experiment_treatment_localization import (
        AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization,
    )
    from ..models.app_preview_set_create_request_data_relationships_app_store_version_localization import (
        AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalization,
    )


T = TypeVar("T", bound="AppPreviewSetCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appCustomProductPageLocalization",
        "appStoreVersionExperimentTreatmentLocalization",
        "appStoreVersionLocalization",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalization, \
        AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization, \
        AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalization
    from ..models.app_preview_set_create_request_data_relationships_app_custom_product_page_localization import (
        AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalization,
    )
    from ..models.app_preview_set_create_request_data_relationships_app_store_version_experiment_treatment_localization import (
        AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization,
    )
    from ..models.app_preview_set_create_request_data_relationships_app_store_version_localization import (
        AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalization,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppPreviewSetCreateRequestDataRelationships:
    """
    Attributes:
        app_custom_product_page_localization
            (AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalization | Unset):
        app_store_version_experiment_treatment_localization
            (AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization | Unset):
        app_store_version_localization (AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalization | Unset):
    """

    app_custom_product_page_localization: (
        AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalization | Unset | None
    ) = UNSET
    app_store_version_experiment_treatment_localization: (
        AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization
        | Unset
        | None
    ) = UNSET
    app_store_version_localization: (
        AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalization | Unset | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_custom_product_page_localization: dict[str, Any] | Unset | None
        if self.app_custom_product_page_localization is None:
            app_custom_product_page_localization = None
        else:
            app_custom_product_page_localization = UNSET
            if not isinstance(self.app_custom_product_page_localization, Unset):
                app_custom_product_page_localization = self.app_custom_product_page_localization.to_dict()

        app_store_version_experiment_treatment_localization: dict[str, Any] | Unset | None
        if self.app_store_version_experiment_treatment_localization is None:
            app_store_version_experiment_treatment_localization = None
        else:
            app_store_version_experiment_treatment_localization = UNSET
            if not isinstance(self.app_store_version_experiment_treatment_localization, Unset):
                app_store_version_experiment_treatment_localization = (
                    self.app_store_version_experiment_treatment_localization.to_dict()
                )

        app_store_version_localization: dict[str, Any] | Unset | None
        if self.app_store_version_localization is None:
            app_store_version_localization = None
        else:
            app_store_version_localization = UNSET
            if not isinstance(self.app_store_version_localization, Unset):
                app_store_version_localization = self.app_store_version_localization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_custom_product_page_localization is not UNSET:
            field_dict["appCustomProductPageLocalization"] = app_custom_product_page_localization
        if app_store_version_experiment_treatment_localization is not UNSET:
            field_dict["appStoreVersionExperimentTreatmentLocalization"] = (
                app_store_version_experiment_treatment_localization
            )
        if app_store_version_localization is not UNSET:
            field_dict["appStoreVersionLocalization"] = app_store_version_localization
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_app_custom_product_page_localization = src_dict.get("appCustomProductPageLocalization", UNSET)
        if _raw_app_custom_product_page_localization is None:
            app_custom_product_page_localization = None
        else:
            _app_custom_product_page_localization = _raw_app_custom_product_page_localization
            app_custom_product_page_localization: (
                AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalization | Unset
            )
            if isinstance(_app_custom_product_page_localization, Unset):
                app_custom_product_page_localization = UNSET
            else:
                app_custom_product_page_localization = (
                    AppPreviewSetCreateRequestDataRelationshipsAppCustomProductPageLocalization.from_dict(
                        _app_custom_product_page_localization
                    )
                )

        _raw_app_store_version_experiment_treatment_localization = src_dict.get(
            "appStoreVersionExperimentTreatmentLocalization", UNSET
        )
        if _raw_app_store_version_experiment_treatment_localization is None:
            app_store_version_experiment_treatment_localization = None
        else:
            _app_store_version_experiment_treatment_localization = (
                _raw_app_store_version_experiment_treatment_localization
            )
            app_store_version_experiment_treatment_localization: (
                AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization
                | Unset
            )
            if isinstance(_app_store_version_experiment_treatment_localization, Unset):
                app_store_version_experiment_treatment_localization = UNSET
            else:
                app_store_version_experiment_treatment_localization = AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionExperimentTreatmentLocalization.from_dict(
                    _app_store_version_experiment_treatment_localization
                )

        _raw_app_store_version_localization = src_dict.get("appStoreVersionLocalization", UNSET)
        if _raw_app_store_version_localization is None:
            app_store_version_localization = None
        else:
            _app_store_version_localization = _raw_app_store_version_localization
            app_store_version_localization: (
                AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalization | Unset
            )
            if isinstance(_app_store_version_localization, Unset):
                app_store_version_localization = UNSET
            else:
                app_store_version_localization = (
                    AppPreviewSetCreateRequestDataRelationshipsAppStoreVersionLocalization.from_dict(
                        _app_store_version_localization
                    )
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_custom_product_page_localization = app_custom_product_page_localization
        _model.app_store_version_experiment_treatment_localization = (
            app_store_version_experiment_treatment_localization
        )
        _model.app_store_version_localization = app_store_version_localization
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
