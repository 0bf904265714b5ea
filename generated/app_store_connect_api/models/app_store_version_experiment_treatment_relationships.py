from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

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


def _read_app_store_version_experiment(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiment = d.pop("appStoreVersionExperiment", None)
    if _raw_app_store_version_experiment is None:
        app_store_version_experiment = None
    else:
        app_store_version_experiment = (
            AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperiment.from_dict(
                _raw_app_store_version_experiment
            )
        )

    return app_store_version_experiment


def _read_app_store_version_experiment_treatment_localizations(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiment_treatment_localizations = d.pop(
        "appStoreVersionExperimentTreatmentLocalizations", None
    )
    if _raw_app_store_version_experiment_treatment_localizations is None:
        app_store_version_experiment_treatment_localizations = None
    else:
        app_store_version_experiment_treatment_localizations = AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentTreatmentLocalizations.from_dict(
            _raw_app_store_version_experiment_treatment_localizations
        )

    return app_store_version_experiment_treatment_localizations


def _read_app_store_version_experiment_v2(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiment_v2 = d.pop("appStoreVersionExperimentV2", None)
    if _raw_app_store_version_experiment_v2 is None:
        app_store_version_experiment_v2 = None
    else:
        app_store_version_experiment_v2 = (
            AppStoreVersionExperimentTreatmentRelationshipsAppStoreVersionExperimentV2.from_dict(
                _raw_app_store_version_experiment_v2
            )
        )

    return app_store_version_experiment_v2


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "appStoreVersionExperiment",
        "appStoreVersionExperimentTreatmentLocalizations",
        "appStoreVersionExperimentV2",
    }
)
_READERS: dict[str, Any] = {
    "app_store_version_experiment": _read_app_store_version_experiment,
    "app_store_version_experiment_treatment_localizations": _read_app_store_version_experiment_treatment_localizations,
    "app_store_version_experiment_v2": _read_app_store_version_experiment_v2,
    "additional_properties": _read_additional_properties,
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
    _document: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def __getattr__(self, name: str) -> Any:
        """A field not read yet is read from the document now (`from_dict` defers them all)."""
        read = _READERS.get(name)
        if read is None or self._document is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = read(self._document)
        setattr(self, name, value)
        return value

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
        app_store_version_experiment_treatment_relationships = cls.__new__(cls)
        app_store_version_experiment_treatment_relationships._document = dict(
            src_dict
        )  # each field is read on first access
        return app_store_version_experiment_treatment_relationships

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
