from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.bundle_id_relationships_app import BundleIdRelationshipsApp
    from ..models.bundle_id_relationships_bundle_id_capabilities import (
        BundleIdRelationshipsBundleIdCapabilities,
    )
    from ..models.bundle_id_relationships_profiles import BundleIdRelationshipsProfiles


T = TypeVar("T", bound="BundleIdRelationships")
_KNOWN_KEYS = frozenset(
    {
        "app",
        "bundleIdCapabilities",
        "profiles",
    }
)
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


def _read_app(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = src_dict.get("app")
    if _raw_app is None:
        app = None
    else:
        app = BundleIdRelationshipsApp.from_dict(_raw_app)

    return app


def _read_bundle_id_capabilities(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_bundle_id_capabilities = src_dict.get("bundleIdCapabilities")
    if _raw_bundle_id_capabilities is None:
        bundle_id_capabilities = None
    else:
        bundle_id_capabilities = BundleIdRelationshipsBundleIdCapabilities.from_dict(
            _raw_bundle_id_capabilities
        )

    return bundle_id_capabilities


def _read_profiles(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_profiles = src_dict.get("profiles")
    if _raw_profiles is None:
        profiles = None
    else:
        profiles = BundleIdRelationshipsProfiles.from_dict(_raw_profiles)

    return profiles


_READERS: dict[str, Any] = {
    "app": _read_app,
    "bundle_id_capabilities": _read_bundle_id_capabilities,
    "profiles": _read_profiles,
}


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

        bundle_id_capabilities: Any = None
        if self.bundle_id_capabilities is not None:
            bundle_id_capabilities = self.bundle_id_capabilities.to_dict()

        profiles: Any = None
        if self.profiles is not None:
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
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app, bundle_id_capabilities, profiles: read on first access
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
