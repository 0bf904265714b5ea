from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.customer_review_relationships_response import CustomerReviewRelationshipsResponse
    from ..models.customer_review_relationships_review_territory import (
        CustomerReviewRelationshipsReviewTerritory,
    )


T = TypeVar("T", bound="CustomerReviewRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CustomerReviewRelationshipsResponse, CustomerReviewRelationshipsReviewTerritory
    from ..models.customer_review_relationships_response import CustomerReviewRelationshipsResponse
    from ..models.customer_review_relationships_review_territory import (
        CustomerReviewRelationshipsReviewTerritory,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CustomerReviewRelationships:
    """
    Attributes:
        response (CustomerReviewRelationshipsResponse | Unset):
        review_territory (CustomerReviewRelationshipsReviewTerritory | Unset):
    """

    response: CustomerReviewRelationshipsResponse | None = None
    review_territory: CustomerReviewRelationshipsReviewTerritory | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        response: Any = None
        if self.response is not None:
            response = UNSET
            if not isinstance(self.response, Unset):
                response = self.response.to_dict()

        review_territory: Any = None
        if self.review_territory is not None:
            review_territory = UNSET
            if not isinstance(self.review_territory, Unset):
                review_territory = self.review_territory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if response is not None:
            field_dict["response"] = response
        if review_territory is not None:
            field_dict["reviewTerritory"] = review_territory
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_response = d.pop("response", None)
        if _raw_response is None:
            response = None
        else:
            _response = _raw_response
            response: CustomerReviewRelationshipsResponse | Unset
            if isinstance(_response, Unset):
                response = UNSET
            else:
                response = CustomerReviewRelationshipsResponse.from_dict(_response)

        _raw_review_territory = d.pop("reviewTerritory", None)
        if _raw_review_territory is None:
            review_territory = None
        else:
            _review_territory = _raw_review_territory
            review_territory: CustomerReviewRelationshipsReviewTerritory | Unset
            if isinstance(_review_territory, Unset):
                review_territory = UNSET
            else:
                review_territory = CustomerReviewRelationshipsReviewTerritory.from_dict(_review_territory)

        customer_review_relationships = cls(
            response=response,
            review_territory=review_territory,
        )
        customer_review_relationships.additional_properties = d
        return customer_review_relationships

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
