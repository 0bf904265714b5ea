from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_store_version_experiment_treatment_create_request_data_relationships_app_store_version_experiment import (
        AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperiment,
    )
    from ..models.app_store_version_experiment_treatment_create_request_data_relationships_app_store_version_experiment_v2 import (
        AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperimentV2,
    )


T = TypeVar("T", bound="AppStoreVersionExperimentTreatmentCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperiment, \
        AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperimentV2
    from ..models.app_store_version_experiment_treatment_create_request_data_relationships_app_store_version_experiment import (
        AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperiment,
    )
    from ..models.app_store_version_experiment_treatment_create_request_data_relationships_app_store_version_experiment_v2 import (
        AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperimentV2,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppStoreVersionExperimentTreatmentCreateRequestDataRelationships:
    """
    Attributes:
        app_store_version_experiment
            (AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperiment | Unset):
        app_store_version_experiment_v2
            (AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperimentV2 | Unset):
    """

    app_store_version_experiment: (
        AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperiment
        | Unset
        | None
    ) = UNSET
    app_store_version_experiment_v2: (
        AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperimentV2
        | Unset
        | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_store_version_experiment: dict[str, Any] | Unset | None
        if self.app_store_version_experiment is None:
            app_store_version_experiment = None
        else:
            app_store_version_experiment = UNSET
            if not isinstance(self.app_store_version_experiment, Unset):
                app_store_version_experiment = self.app_store_version_experiment.to_dict()

        app_store_version_experiment_v2: dict[str, Any] | Unset | None
        if self.app_store_version_experiment_v2 is None:
            app_store_version_experiment_v2 = None
        else:
            app_store_version_experiment_v2 = UNSET
            if not isinstance(self.app_store_version_experiment_v2, Unset):
                app_store_version_experiment_v2 = self.app_store_version_experiment_v2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_store_version_experiment is not UNSET:
            field_dict["appStoreVersionExperiment"] = app_store_version_experiment
        if app_store_version_experiment_v2 is not UNSET:
            field_dict["appStoreVersionExperimentV2"] = app_store_version_experiment_v2
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_app_store_version_experiment = src_dict.get("appStoreVersionExperiment", UNSET)
        if _raw_app_store_version_experiment is None:
            app_store_version_experiment = None
        else:
            _app_store_version_experiment = _raw_app_store_version_experiment
            app_store_version_experiment: (
                AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperiment
                | Unset
            )
            if isinstance(_app_store_version_experiment, Unset):
                app_store_version_experiment = UNSET
            else:
                app_store_version_experiment = AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperiment.from_dict(
                    _app_store_version_experiment
                )

        _raw_app_store_version_experiment_v2 = src_dict.get("appStoreVersionExperimentV2", UNSET)
        if _raw_app_store_version_experiment_v2 is None:
            app_store_version_experiment_v2 = None
        else:
            _app_store_version_experiment_v2 = _raw_app_store_version_experiment_v2
            app_store_version_experiment_v2: (
                AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperimentV2
                | Unset
            )
            if isinstance(_app_store_version_experiment_v2, Unset):
                app_store_version_experiment_v2 = UNSET
            else:
                app_store_version_experiment_v2 = AppStoreVersionExperimentTreatmentCreateRequestDataRelationshipsAppStoreVersionExperimentV2.from_dict(
                    _app_store_version_experiment_v2
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_store_version_experiment = app_store_version_experiment
        _model.app_store_version_experiment_v2 = app_store_version_experiment_v2
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
