from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.document_links import DocumentLinks
    from ..models.subscription_promoted_purchase_linkage_response_data import (
        SubscriptionPromotedPurchaseLinkageResponseData,
    )


T = TypeVar("T", bound="SubscriptionPromotedPurchaseLinkageResponse")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, DocumentLinks, SubscriptionPromotedPurchaseLinkageResponseData
    from ..models.document_links import DocumentLinks
    from ..models.subscription_promoted_purchase_linkage_response_data import (
        SubscriptionPromotedPurchaseLinkageResponseData,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class SubscriptionPromotedPurchaseLinkageResponse:
    """
    Attributes:
        data (SubscriptionPromotedPurchaseLinkageResponseData):
        links (DocumentLinks | Unset):
    """

    data: SubscriptionPromotedPurchaseLinkageResponseData
    links: DocumentLinks | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        data = self.data.to_dict()

        links: Any = None
        if self.links is not None:
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = data
        if links is not None:
            field_dict["links"] = links
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        data = SubscriptionPromotedPurchaseLinkageResponseData.from_dict(d.pop("data"))

        _raw_links = d.pop("links", None)
        if _raw_links is None:
            links = None
        else:
            links = DocumentLinks.from_dict(_raw_links)

        subscription_promoted_purchase_linkage_response = cls(
            data=data,
            links=links,
        )
        subscription_promoted_purchase_linkage_response.additional_properties = d
        return subscription_promoted_purchase_linkage_response

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
