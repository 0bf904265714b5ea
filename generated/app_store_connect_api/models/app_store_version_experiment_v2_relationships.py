from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_store_version_experiment_v2_relationships_app import (
        AppStoreVersionExperimentV2RelationshipsApp,
    )
    from ..models.app_store_version_experiment_v2_relationships_app_store_version_experiment_treatments import (
        AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatments,
    )
    from ..models.app_store_version_experiment_v2_relationships_control_versions import (
        AppStoreVersionExperimentV2RelationshipsControlVersions,
    )
    from ..models.app_store_version_experiment_v2_relationships_latest_control_version import (
        AppStoreVersionExperimentV2RelationshipsLatestControlVersion,
    )


T = TypeVar("T", bound="AppStoreVersionExperimentV2Relationships")
_KNOWN_KEYS = frozenset(
    {
        "app",
        "appStoreVersionExperimentTreatments",
        "controlVersions",
        "latestControlVersion",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppStoreVersionExperimentV2RelationshipsApp, \
        AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatments, \
        AppStoreVersionExperimentV2RelationshipsControlVersions, \
        AppStoreVersionExperimentV2RelationshipsLatestControlVersion
    from ..models.app_store_version_experiment_v2_relationships_app import (
        AppStoreVersionExperimentV2RelationshipsApp,
    )
    from ..models.app_store_version_experiment_v2_relationships_app_store_version_experiment_treatments import (
        AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatments,
    )
    from ..models.app_store_version_experiment_v2_relationships_control_versions import (
        AppStoreVersionExperimentV2RelationshipsControlVersions,
    )
    from ..models.app_store_version_experiment_v2_relationships_latest_control_version import (
        AppStoreVersionExperimentV2RelationshipsLatestControlVersion,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = src_dict.get("app")
    if _raw_app is None:
        app = None
    else:
        app = AppStoreVersionExperimentV2RelationshipsApp.from_dict(_raw_app)

    return app


def _read_app_store_version_experiment_treatments(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiment_treatments = src_dict.get("appStoreVersionExperimentTreatments")
    if _raw_app_store_version_experiment_treatments is None:
        app_store_version_experiment_treatments = None
    else:
        app_store_version_experiment_treatments = (
            AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatments.from_dict(
                _raw_app_store_version_experiment_treatments
            )
        )

    return app_store_version_experiment_treatments


def _read_control_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_control_versions = src_dict.get("controlVersions")
    if _raw_control_versions is None:
        control_versions = None
    else:
        control_versions = AppStoreVersionExperimentV2RelationshipsControlVersions.from_dict(
            _raw_control_versions
        )

    return control_versions


def _read_latest_control_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_latest_control_version = src_dict.get("latestControlVersion")
    if _raw_latest_control_version is None:
        latest_control_version = None
    else:
        latest_control_version = AppStoreVersionExperimentV2RelationshipsLatestControlVersion.from_dict(
            _raw_latest_control_version
        )

    return latest_control_version


_READERS: dict[str, Any] = {
    "app": _read_app,
    "app_store_version_experiment_treatments": _read_app_store_version_experiment_treatments,
    "control_versions": _read_control_versions,
    "latest_control_version": _read_latest_control_version,
}


@_attrs_define(repr=False)
class AppStoreVersionExperimentV2Relationships:
    """
    Attributes:
        app (AppStoreVersionExperimentV2RelationshipsApp | Unset):
        app_store_version_experiment_treatments
            (AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatments | Unset):
        control_versions (AppStoreVersionExperimentV2RelationshipsControlVersions | Unset):
        latest_control_version (AppStoreVersionExperimentV2RelationshipsLatestControlVersion | Unset):
    """

    app: AppStoreVersionExperimentV2RelationshipsApp | None = None
    app_store_version_experiment_treatments: (
        AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatments | None
    ) = None
    control_versions: AppStoreVersionExperimentV2RelationshipsControlVersions | None = None
    latest_control_version: AppStoreVersionExperimentV2RelationshipsLatestControlVersion | None = None
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
        app: Any = None
        if self.app is not None:
            app = self.app.to_dict()

        app_store_version_experiment_treatments: Any = None
        if self.app_store_version_experiment_treatments is not None:
            app_store_version_experiment_treatments = self.app_store_version_experiment_treatments.to_dict()

        control_versions: Any = None
        if self.control_versions is not None:
            control_versions = self.control_versions.to_dict()

        latest_control_version: Any = None
        if self.latest_control_version is not None:
            latest_control_version = self.latest_control_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app is not None:
            field_dict["app"] = app
        if app_store_version_experiment_treatments is not None:
            field_dict["appStoreVersionExperimentTreatments"] = app_store_version_experiment_treatments
        if control_versions is not None:
            field_dict["controlVersions"] = control_versions
        if latest_control_version is not None:
            field_dict["latestControlVersion"] = latest_control_version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app, app_store_version_experiment_treatments, control_versions, latest_control_version: read on first access
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
