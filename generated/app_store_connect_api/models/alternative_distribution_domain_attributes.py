from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="AlternativeDistributionDomainAttributes")


@_attrs_define(repr=False)
class AlternativeDistributionDomainAttributes:
    """
    Attributes:
        created_date (datetime.datetime | Unset):
        domain (str | Unset):
        reference_name (str | Unset):
    """

    created_date: datetime.datetime | None = None
    domain: str | None = None
    reference_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        domain = self.domain

        reference_name = self.reference_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if domain is not None:
            field_dict["domain"] = domain
        if reference_name is not None:
            field_dict["referenceName"] = reference_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _raw_created_date = d.pop("createdDate", None)
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        domain = d.pop("domain", None)

        reference_name = d.pop("referenceName", None)

        alternative_distribution_domain_attributes = cls(
            created_date=created_date,
            domain=domain,
            reference_name=reference_name,
        )
        alternative_distribution_domain_attributes.additional_properties = d
        return alternative_distribution_domain_attributes

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
