from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_store_version_create_request_data_relationships_app import (
        AppStoreVersionCreateRequestDataRelationshipsApp,
    )
    from ..models.app_store_version_create_request_data_relationships_app_store_version_localizations import (
        AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizations,
    )
    from ..models.app_store_version_create_request_data_relationships_build import (
        AppStoreVersionCreateRequestDataRelationshipsBuild,
    )


T = TypeVar("T", bound="AppStoreVersionCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "app",
        "appStoreVersionLocalizations",
        "build",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppStoreVersionCreateRequestDataRelationshipsApp, \
        AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizations, \
        AppStoreVersionCreateRequestDataRelationshipsBuild
    from ..models.app_store_version_create_request_data_relationships_app import (
        AppStoreVersionCreateRequestDataRelationshipsApp,
    )
    from ..models.app_store_version_create_request_data_relationships_app_store_version_localizations import (
        AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizations,
    )
    from ..models.app_store_version_create_request_data_relationships_build import (
        AppStoreVersionCreateRequestDataRelationshipsBuild,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppStoreVersionCreateRequestDataRelationships:
    """
    Attributes:
        app (AppStoreVersionCreateRequestDataRelationshipsApp):
        app_store_version_localizations (AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizations |
            Unset):
        build (AppStoreVersionCreateRequestDataRelationshipsBuild | Unset):
    """

    app: AppStoreVersionCreateRequestDataRelationshipsApp
    app_store_version_localizations: (
        AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizations | Unset | None
    ) = UNSET
    build: AppStoreVersionCreateRequestDataRelationshipsBuild | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app = self.app.to_dict()

        app_store_version_localizations: dict[str, Any] | Unset | None
        if self.app_store_version_localizations is None:
            app_store_version_localizations = None
        else:
            app_store_version_localizations = UNSET
            if not isinstance(self.app_store_version_localizations, Unset):
                app_store_version_localizations = self.app_store_version_localizations.to_dict()

        build: dict[str, Any] | Unset | None
        if self.build is None:
            build = None
        else:
            build = UNSET
            if not isinstance(self.build, Unset):
                build = self.build.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["app"] = app
        if app_store_version_localizations is not UNSET:
            field_dict["appStoreVersionLocalizations"] = app_store_version_localizations
        if build is not UNSET:
            field_dict["build"] = build
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app = AppStoreVersionCreateRequestDataRelationshipsApp.from_dict(src_dict["app"])

        _raw_app_store_version_localizations = src_dict.get("appStoreVersionLocalizations", UNSET)
        if _raw_app_store_version_localizations is None:
            app_store_version_localizations = None
        else:
            _app_store_version_localizations = _raw_app_store_version_localizations
            app_store_version_localizations: (
                AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizations | Unset
            )
            if isinstance(_app_store_version_localizations, Unset):
                app_store_version_localizations = UNSET
            else:
                app_store_version_localizations = (
                    AppStoreVersionCreateRequestDataRelationshipsAppStoreVersionLocalizations.from_dict(
                        _app_store_version_localizations
                    )
                )

        _raw_build = src_dict.get("build", UNSET)
        if _raw_build is None:
            build = None
        else:
            _build = _raw_build
            build: AppStoreVersionCreateRequestDataRelationshipsBuild | Unset
            if isinstance(_build, Unset):
                build = UNSET
            else:
                build = AppStoreVersionCreateRequestDataRelationshipsBuild.from_dict(_build)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app = app
        _model.app_store_version_localizations = app_store_version_localizations
        _model.build = build
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
