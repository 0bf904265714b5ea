from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.ci_workflow_create_request_data_relationships_mac_os_version import (
        CiWorkflowCreateRequestDataRelationshipsMacOsVersion,
    )
    from ..models.ci_workflow_create_request_data_relationships_product import (
        CiWorkflowCreateRequestDataRelationshipsProduct,
    )
    from ..models.ci_workflow_create_request_data_relationships_repository import (
        CiWorkflowCreateRequestDataRelationshipsRepository,
    )
    from ..models.ci_workflow_create_request_data_relationships_xcode_version import (
        CiWorkflowCreateRequestDataRelationshipsXcodeVersion,
    )


T = TypeVar("T", bound="CiWorkflowCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "macOsVersion",
        "product",
        "repository",
        "xcodeVersion",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        CiWorkflowCreateRequestDataRelationshipsMacOsVersion, \
        CiWorkflowCreateRequestDataRelationshipsProduct, \
        CiWorkflowCreateRequestDataRelationshipsRepository, \
        CiWorkflowCreateRequestDataRelationshipsXcodeVersion
    from ..models.ci_workflow_create_request_data_relationships_mac_os_version import (
        CiWorkflowCreateRequestDataRelationshipsMacOsVersion,
    )
    from ..models.ci_workflow_create_request_data_relationships_product import (
        CiWorkflowCreateRequestDataRelationshipsProduct,
    )
    from ..models.ci_workflow_create_request_data_relationships_repository import (
        CiWorkflowCreateRequestDataRelationshipsRepository,
    )
    from ..models.ci_workflow_create_request_data_relationships_xcode_version import (
        CiWorkflowCreateRequestDataRelationshipsXcodeVersion,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CiWorkflowCreateRequestDataRelationships:
    """
    Attributes:
        mac_os_version (CiWorkflowCreateRequestDataRelationshipsMacOsVersion):
        product (CiWorkflowCreateRequestDataRelationshipsProduct):
        repository (CiWorkflowCreateRequestDataRelationshipsRepository):
        xcode_version (CiWorkflowCreateRequestDataRelationshipsXcodeVersion):
    """

    mac_os_version: CiWorkflowCreateRequestDataRelationshipsMacOsVersion
    product: CiWorkflowCreateRequestDataRelationshipsProduct
    repository: CiWorkflowCreateRequestDataRelationshipsRepository
    xcode_version: CiWorkflowCreateRequestDataRelationshipsXcodeVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        mac_os_version = self.mac_os_version.to_dict()

        product = self.product.to_dict()

        repository = self.repository.to_dict()

        xcode_version = self.xcode_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["macOsVersion"] = mac_os_version
        field_dict["product"] = product
        field_dict["repository"] = repository
        field_dict["xcodeVersion"] = xcode_version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        mac_os_version = CiWorkflowCreateRequestDataRelationshipsMacOsVersion.from_dict(
            src_dict["macOsVersion"]
        )

        product = CiWorkflowCreateRequestDataRelationshipsProduct.from_dict(src_dict["product"])

        repository = CiWorkflowCreateRequestDataRelationshipsRepository.from_dict(src_dict["repository"])

        xcode_version = CiWorkflowCreateRequestDataRelationshipsXcodeVersion.from_dict(
            src_dict["xcodeVersion"]
        )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.mac_os_version = mac_os_version
        _model.product = product
        _model.repository = repository
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
