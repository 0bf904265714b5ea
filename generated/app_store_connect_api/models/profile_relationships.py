from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.profile_relationships_bundle_id import ProfileRelationshipsBundleId
    from ..models.profile_relationships_certificates import ProfileRelationshipsCertificates
    from ..models.profile_relationships_devices import ProfileRelationshipsDevices


T = TypeVar("T", bound="ProfileRelationships")
_KNOWN_KEYS = frozenset(
    {
        "bundleId",
        "certificates",
        "devices",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        ProfileRelationshipsBundleId, \
        ProfileRelationshipsCertificates, \
        ProfileRelationshipsDevices
    from ..models.profile_relationships_bundle_id import ProfileRelationshipsBundleId
    from ..models.profile_relationships_certificates import ProfileRelationshipsCertificates
    from ..models.profile_relationships_devices import ProfileRelationshipsDevices

    _LAZY_IMPORTS_DONE = True


def _read_bundle_id(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_bundle_id = src_dict.get("bundleId")
    if _raw_bundle_id is None:
        bundle_id = None
    else:
        bundle_id = ProfileRelationshipsBundleId.from_dict(_raw_bundle_id)

    return bundle_id


def _read_certificates(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_certificates = src_dict.get("certificates")
    if _raw_certificates is None:
        certificates = None
    else:
        certificates = ProfileRelationshipsCertificates.from_dict(_raw_certificates)

    return certificates


def _read_devices(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_devices = src_dict.get("devices")
    if _raw_devices is None:
        devices = None
    else:
        devices = ProfileRelationshipsDevices.from_dict(_raw_devices)

    return devices


_READERS: dict[str, Any] = {
    "bundle_id": _read_bundle_id,
    "certificates": _read_certificates,
    "devices": _read_devices,
}


@_attrs_define(repr=False)
class ProfileRelationships:
    """
    Attributes:
        bundle_id (ProfileRelationshipsBundleId | Unset):
        certificates (ProfileRelationshipsCertificates | Unset):
        devices (ProfileRelationshipsDevices | Unset):
    """

    bundle_id: ProfileRelationshipsBundleId | None = None
    certificates: ProfileRelationshipsCertificates | None = None
    devices: ProfileRelationshipsDevices | None = None
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
        bundle_id: Any = None
        if self.bundle_id is not None:
            bundle_id = self.bundle_id.to_dict()

        certificates: Any = None
        if self.certificates is not None:
            certificates = self.certificates.to_dict()

        devices: Any = None
        if self.devices is not None:
            devices = self.devices.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if bundle_id is not None:
            field_dict["bundleId"] = bundle_id
        if certificates is not None:
            field_dict["certificates"] = certificates
        if devices is not None:
            field_dict["devices"] = devices
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # bundle_id, certificates, devices: read on first access
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
