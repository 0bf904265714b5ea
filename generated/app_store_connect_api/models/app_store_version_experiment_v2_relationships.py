from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app: Any = None
        if self.app is not None:
            app = UNSET
            if not isinstance(self.app, Unset):
                app = self.app.to_dict()

        app_store_version_experiment_treatments: Any = None
        if self.app_store_version_experiment_treatments is not None:
            app_store_version_experiment_treatments = UNSET
            if not isinstance(self.app_store_version_experiment_treatments, Unset):
                app_store_version_experiment_treatments = (
                    self.app_store_version_experiment_treatments.to_dict()
                )

        control_versions: Any = None
        if self.control_versions is not None:
            control_versions = UNSET
            if not isinstance(self.control_versions, Unset):
                control_versions = self.control_versions.to_dict()

        latest_control_version: Any = None
        if self.latest_control_version is not None:
            latest_control_version = UNSET
            if not isinstance(self.latest_control_version, Unset):
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
        d = dict(src_dict)
        _raw_app = d.pop("app", None)
        if _raw_app is None:
            app = None
        else:
            _app = _raw_app
            app: AppStoreVersionExperimentV2RelationshipsApp | Unset
            if isinstance(_app, Unset):
                app = UNSET
            else:
                app = AppStoreVersionExperimentV2RelationshipsApp.from_dict(_app)

        _raw_app_store_version_experiment_treatments = d.pop("appStoreVersionExperimentTreatments", None)
        if _raw_app_store_version_experiment_treatments is None:
            app_store_version_experiment_treatments = None
        else:
            _app_store_version_experiment_treatments = _raw_app_store_version_experiment_treatments
            app_store_version_experiment_treatments: (
                AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatments | Unset
            )
            if isinstance(_app_store_version_experiment_treatments, Unset):
                app_store_version_experiment_treatments = UNSET
            else:
                app_store_version_experiment_treatments = (
                    AppStoreVersionExperimentV2RelationshipsAppStoreVersionExperimentTreatments.from_dict(
                        _app_store_version_experiment_treatments
                    )
                )

        _raw_control_versions = d.pop("controlVersions", None)
        if _raw_control_versions is None:
            control_versions = None
        else:
            _control_versions = _raw_control_versions
            control_versions: AppStoreVersionExperimentV2RelationshipsControlVersions | Unset
            if isinstance(_control_versions, Unset):
                control_versions = UNSET
            else:
                control_versions = AppStoreVersionExperimentV2RelationshipsControlVersions.from_dict(
                    _control_versions
                )

        _raw_latest_control_version = d.pop("latestControlVersion", None)
        if _raw_latest_control_version is None:
            latest_control_version = None
        else:
            _latest_control_version = _raw_latest_control_version
            latest_control_version: AppStoreVersionExperimentV2RelationshipsLatestControlVersion | Unset
            if isinstance(_latest_control_version, Unset):
                latest_control_version = UNSET
            else:
                latest_control_version = (
                    AppStoreVersionExperimentV2RelationshipsLatestControlVersion.from_dict(
                        _latest_control_version
                    )
                )

        app_store_version_experiment_v2_relationships = cls(
            app=app,
            app_store_version_experiment_treatments=app_store_version_experiment_treatments,
            control_versions=control_versions,
            latest_control_version=latest_control_version,
        )
        app_store_version_experiment_v2_relationships.additional_properties = d
        return app_store_version_experiment_v2_relationships

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
