from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.end_user_license_agreement_relationships_app import EndUserLicenseAgreementRelationshipsApp
    from ..models.end_user_license_agreement_relationships_territories import (
        EndUserLicenseAgreementRelationshipsTerritories,
    )


T = TypeVar("T", bound="EndUserLicenseAgreementRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        EndUserLicenseAgreementRelationshipsApp, \
        EndUserLicenseAgreementRelationshipsTerritories
    from ..models.end_user_license_agreement_relationships_app import EndUserLicenseAgreementRelationshipsApp
    from ..models.end_user_license_agreement_relationships_territories import (
        EndUserLicenseAgreementRelationshipsTerritories,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class EndUserLicenseAgreementRelationships:
    """
    Attributes:
        app (EndUserLicenseAgreementRelationshipsApp | Unset):
        territories (EndUserLicenseAgreementRelationshipsTerritories | Unset):
    """

    app: EndUserLicenseAgreementRelationshipsApp | None = None
    territories: EndUserLicenseAgreementRelationshipsTerritories | None = None
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

        territories: Any = None
        if self.territories is not None:
            territories = UNSET
            if not isinstance(self.territories, Unset):
                territories = self.territories.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app is not None:
            field_dict["app"] = app
        if territories is not None:
            field_dict["territories"] = territories
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
            app: EndUserLicenseAgreementRelationshipsApp | Unset
            if isinstance(_app, Unset):
                app = UNSET
            else:
                app = EndUserLicenseAgreementRelationshipsApp.from_dict(_app)

        _raw_territories = d.pop("territories", None)
        if _raw_territories is None:
            territories = None
        else:
            _territories = _raw_territories
            territories: EndUserLicenseAgreementRelationshipsTerritories | Unset
            if isinstance(_territories, Unset):
                territories = UNSET
            else:
                territories = EndUserLicenseAgreementRelationshipsTerritories.from_dict(_territories)

        end_user_license_agreement_relationships = cls(
            app=app,
            territories=territories,
        )
        end_user_license_agreement_relationships.additional_properties = d
        return end_user_license_agreement_relationships

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
