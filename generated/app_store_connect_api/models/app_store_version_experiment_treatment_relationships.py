from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_store_version_experiment_treatment_relationships_app_store_version_experiment import (
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperiment,
    )
    from ..models.app_store_version_experiment_treatment_relationships_app_store_version_experiment_treatment_localizations import (
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizations,
    )
    from ..models.app_store_version_experiment_treatment_relationships_app_store_version_experiment_v2 import (
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentV2,
    )


T = TypeVar("T", bound="AppStoreVersionExperimentTreatmentRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appStoreVersionExperiment",
        "appStoreVersionExperimentTreatmentLocalizations",
        "appStoreVersionExperimentV2",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperiment, \
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizations, \
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentV2
    from ..models.app_store_version_experiment_treatment_relationships_app_store_version_experiment import (
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperiment,
    )
    from ..models.app_store_version_experiment_treatment_relationships_app_store_version_experiment_treatment_localizations import (
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizations,
    )
    from ..models.app_store_version_experiment_treatment_relationships_app_store_version_experiment_v2 import (
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentV2,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_store_version_experiment(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiment = src_dict.get("appStoreVersionExperiment")
    if _raw_app_store_version_experiment is None:
        app_store_version_experiment = None
    else:
        app_store_version_experiment = (
            AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperiment.from_dict(
                _raw_app_store_version_experiment
            )
        )

    return app_store_version_experiment


def _read_app_store_version_experiment_treatment_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiment_treatment_localizations = src_dict.get(
        "appStoreVersionExperimentTreatmentLocalizations"
    )
    if _raw_app_store_version_experiment_treatment_localizations is None:
        app_store_version_experiment_treatment_localizations = None
    else:
        app_store_version_experiment_treatment_localizations = AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizations.from_dict(
            _raw_app_store_version_experiment_treatment_localizations
        )

    return app_store_version_experiment_treatment_localizations


def _read_app_store_version_experiment_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiment_v2 = src_dict.get("appStoreVersionExperimentV2")
    if _raw_app_store_version_experiment_v2 is None:
        app_store_version_experiment_v2 = None
    else:
        app_store_version_experiment_v2 = (
            AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentV2.from_dict(
                _raw_app_store_version_experiment_v2
            )
        )

    return app_store_version_experiment_v2


_READERS: dict[str, Any] = {
    "app_store_version_experiment": _read_app_store_version_experiment,
    "app_store_version_experiment_treatment_localizations": _read_app_store_version_experiment_treatment_localizations,
    "app_store_version_experiment_v2": _read_app_store_version_experiment_v2,
}


@_attrs_define(repr=False)
class AppStoreVersionExperimentTreatmentRelationships:
    """
    Attributes:
        app_store_version_experiment (AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperiment | Unset):
        app_store_version_experiment_treatment_localizations
            (AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizations | Unset):
        app_store_version_experiment_v2 (AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentV2 |
            Unset):
    """

    app_store_version_experiment: (
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperiment | None
    ) = None
    app_store_version_experiment_treatment_localizations: (
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizations | None
    ) = None
    app_store_version_experiment_v2: (
        AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentV2 | None
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
        app_store_version_experiment: Any = None
        if self.app_store_version_experiment is not None:
            app_store_version_experiment = self.app_store_version_experiment.to_dict()

        app_store_version_experiment_treatment_localizations: Any = None
        if self.app_store_version_experiment_treatment_localizations is not None:
            app_store_version_experiment_treatment_localizations = (
                self.app_store_version_experiment_treatment_localizations.to_dict()
            )

        app_store_version_experiment_v2: Any = None
        if self.app_store_version_experiment_v2 is not None:
            app_store_version_experiment_v2 = self.app_store_version_experiment_v2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_store_version_experiment is not None:
            field_dict["appStoreVersionExperiment"] = app_store_version_experiment
        if app_store_version_experiment_treatment_localizations is not None:
            field_dict["appStoreVersionExperimentTreatmentLocalizations"] = (
                app_store_version_experiment_treatment_localizations
            )
        if app_store_version_experiment_v2 is not None:
            field_dict["appStoreVersionExperimentV2"] = app_store_version_experiment_v2
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app_store_version_experiment, app_store_version_experiment_treatment_localizations, app_store_version_experiment_v2: read on first access
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
