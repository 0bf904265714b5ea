from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.ci_workflow_update_request_data_relationships_mac_os_version import (
        CiWorkflowUpdateRequestDataRelationshipsMacOsVersion,
    )
    from ..models.ci_workflow_update_request_data_relationships_xcode_version import (
        CiWorkflowUpdateRequestDataRelationshipsXcodeVersion,
    )


T = TypeVar("T", bound="CiWorkflowUpdateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "macOsVersion",
        "xcodeVersion",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        CiWorkflowUpdateRequestDataRelationshipsMacOsVersion, \
        CiWorkflowUpdateRequestDataRelationshipsXcodeVersion
    from ..models.ci_workflow_update_request_data_relationships_mac_os_version import (
        CiWorkflowUpdateRequestDataRelationshipsMacOsVersion,
    )
    from ..models.ci_workflow_update_request_data_relationships_xcode_version import (
        CiWorkflowUpdateRequestDataRelationshipsXcodeVersion,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CiWorkflowUpdateRequestDataRelationships:
    """
    Attributes:
        mac_os_version (CiWorkflowUpdateRequestDataRelationshipsMacOsVersion | Unset):
        xcode_version (CiWorkflowUpdateRequestDataRelationshipsXcodeVersion | Unset):
    """

    mac_os_version: CiWorkflowUpdateRequestDataRelationshipsMacOsVersion | Unset | None = UNSET
    xcode_version: CiWorkflowUpdateRequestDataRelationshipsXcodeVersion | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        mac_os_version: dict[str, Any] | Unset | None
        if self.mac_os_version is None:
            mac_os_version = None
        else:
            mac_os_version = UNSET
            if not isinstance(self.mac_os_version, Unset):
                mac_os_version = self.mac_os_version.to_dict()

        xcode_version: dict[str, Any] | Unset | None
        if self.xcode_version is None:
            xcode_version = None
        else:
            xcode_version = UNSET
            if not isinstance(self.xcode_version, Unset):
                xcode_version = self.xcode_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mac_os_version is not UNSET:
            field_dict["macOsVersion"] = mac_os_version
        if xcode_version is not UNSET:
            field_dict["xcodeVersion"] = xcode_version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_mac_os_version = src_dict.get("macOsVersion", UNSET)
        if _raw_mac_os_version is None:
            mac_os_version = None
        else:
            _mac_os_version = _raw_mac_os_version
            mac_os_version: CiWorkflowUpdateRequestDataRelationshipsMacOsVersion | Unset
            if isinstance(_mac_os_version, Unset):
                mac_os_version = UNSET
            else:
                mac_os_version = CiWorkflowUpdateRequestDataRelationshipsMacOsVersion.from_dict(
                    _mac_os_version
                )

        _raw_xcode_version = src_dict.get("xcodeVersion", UNSET)
        if _raw_xcode_version is None:
            xcode_version = None
        else:
            _xcode_version = _raw_xcode_version
            xcode_version: CiWorkflowUpdateRequestDataRelationshipsXcodeVersion | Unset
            if isinstance(_xcode_version, Unset):
                xcode_version = UNSET
            else:
                xcode_version = CiWorkflowUpdateRequestDataRelationshipsXcodeVersion.from_dict(_xcode_version)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.mac_os_version = mac_os_version
        _model.xcode_version = xcode_version
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
