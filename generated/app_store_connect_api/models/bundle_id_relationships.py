from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.bundle_id_relationships_app import BundleIdRelationshipsApp
    from ..models.bundle_id_relationships_bundle_id_capabilities import (
        BundleIdRelationshipsBundleIdCapabilities,
    )
    from ..models.bundle_id_relationships_profiles import BundleIdRelationshipsProfiles


T = TypeVar("T", bound="BundleIdRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        BundleIdRelationshipsApp, \
        BundleIdRelationshipsBundleIdCapabilities, \
        BundleIdRelationshipsProfiles
    from ..models.bundle_id_relationships_app import BundleIdRelationshipsApp
    from ..models.bundle_id_relationships_bundle_id_capabilities import (
        BundleIdRelationshipsBundleIdCapabilities,
    )
    from ..models.bundle_id_relationships_profiles import BundleIdRelationshipsProfiles

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BundleIdRelationships:
    """
    Attributes:
        app (BundleIdRelationshipsApp | Unset):
        bundle_id_capabilities (BundleIdRelationshipsBundleIdCapabilities | Unset):
        profiles (BundleIdRelationshipsProfiles | Unset):
    """

    app: BundleIdRelationshipsApp | None = None
    bundle_id_capabilities: BundleIdRelationshipsBundleIdCapabilities | None = None
    profiles: BundleIdRelationshipsProfiles | None = None
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

        bundle_id_capabilities: Any = None
        if self.bundle_id_capabilities is not None:
            bundle_id_capabilities = UNSET
            if not isinstance(self.bundle_id_capabilities, Unset):
                bundle_id_capabilities = self.bundle_id_capabilities.to_dict()

        profiles: Any = None
        if self.profiles is not None:
            profiles = UNSET
            if not isinstance(self.profiles, Unset):
                profiles = self.profiles.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app is not None:
            field_dict["app"] = app
        if bundle_id_capabilities is not None:
            field_dict["bundleIdCapabilities"] = bundle_id_capabilities
        if profiles is not None:
            field_dict["profiles"] = profiles
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
            app: BundleIdRelationshipsApp | Unset
            if isinstance(_app, Unset):
                app = UNSET
            else:
                app = BundleIdRelationshipsApp.from_dict(_app)

        _raw_bundle_id_capabilities = d.pop("bundleIdCapabilities", None)
        if _raw_bundle_id_capabilities is None:
            bundle_id_capabilities = None
        else:
            _bundle_id_capabilities = _raw_bundle_id_capabilities
            bundle_id_capabilities: BundleIdRelationshipsBundleIdCapabilities | Unset
            if isinstance(_bundle_id_capabilities, Unset):
                bundle_id_capabilities = UNSET
            else:
                bundle_id_capabilities = BundleIdRelationshipsBundleIdCapabilities.from_dict(
                    _bundle_id_capabilities
                )

        _raw_profiles = d.pop("profiles", None)
        if _raw_profiles is None:
            profiles = None
        else:
            _profiles = _raw_profiles
            profiles: BundleIdRelationshipsProfiles | Unset
            if isinstance(_profiles, Unset):
                profiles = UNSET
            else:
                profiles = BundleIdRelationshipsProfiles.from_dict(_profiles)

        bundle_id_relationships = cls(
            app=app,
            bundle_id_capabilities=bundle_id_capabilities,
            profiles=profiles,
        )
        bundle_id_relationships.additional_properties = d
        return bundle_id_relationships

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
