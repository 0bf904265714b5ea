from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_store_version_experiment_relationships_app_store_version import (
        AppStoreVersionExperimentRelationshipsAppStoreVersion,
    )
    from ..models.app_store_version_experiment_relationships_app_store_version_experiment_treatments import (
        AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatments,
    )


T = TypeVar("T", bound="AppStoreVersionExperimentRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appStoreVersion",
        "appStoreVersionExperimentTreatments",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppStoreVersionExperimentRelationshipsAppStoreVersion, \
        AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatments
    from ..models.app_store_version_experiment_relationships_app_store_version import (
        AppStoreVersionExperimentRelationshipsAppStoreVersion,
    )
    from ..models.app_store_version_experiment_relationships_app_store_version_experiment_treatments import (
        AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatments,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_store_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version = src_dict.get("appStoreVersion")
    if _raw_app_store_version is None:
        app_store_version = None
    else:
        app_store_version = AppStoreVersionExperimentRelationshipsAppStoreVersion.from_dict(
            _raw_app_store_version
        )

    return app_store_version


def _read_app_store_version_experiment_treatments(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiment_treatments = src_dict.get("appStoreVersionExperimentTreatments")
    if _raw_app_store_version_experiment_treatments is None:
        app_store_version_experiment_treatments = None
    else:
        app_store_version_experiment_treatments = (
            AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatments.from_dict(
                _raw_app_store_version_experiment_treatments
            )
        )

    return app_store_version_experiment_treatments


_READERS: dict[str, Any] = {
    "app_store_version": _read_app_store_version,
    "app_store_version_experiment_treatments": _read_app_store_version_experiment_treatments,
}


@_attrs_define(repr=False)
class AppStoreVersionExperimentRelationships:
    """
    Attributes:
        app_store_version (AppStoreVersionExperimentRelationshipsAppStoreVersion | Unset):
        app_store_version_experiment_treatments
            (AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatments | Unset):
    """

    app_store_version: AppStoreVersionExperimentRelationshipsAppStoreVersion | None = None
    app_store_version_experiment_treatments: (
        AppStoreVersionExperimentRelationshipsAppStoreVersionExperimentTreatments | None
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
        app_store_version: Any = None
        if self.app_store_version is not None:
            app_store_version = self.app_store_version.to_dict()

        app_store_version_experiment_treatments: Any = None
        if self.app_store_version_experiment_treatments is not None:
            app_store_version_experiment_treatments = self.app_store_version_experiment_treatments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_store_version is not None:
            field_dict["appStoreVersion"] = app_store_version
        if app_store_version_experiment_treatments is not None:
            field_dict["appStoreVersionExperimentTreatments"] = app_store_version_experiment_treatments
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = (
            src_dict  # app_store_version, app_store_version_experiment_treatments: read on first access
        )
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
