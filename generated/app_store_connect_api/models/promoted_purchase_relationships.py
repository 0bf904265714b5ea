from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.promoted_purchase_relationships_in_app_purchase_v2 import (
        PromotedPurchaseRelationshipsInAppPurchaseV2,
    )
    from ..models.promoted_purchase_relationships_subscription import (
        PromotedPurchaseRelationshipsSubscription,
    )


T = TypeVar("T", bound="PromotedPurchaseRelationships")
_KNOWN_KEYS = frozenset(
    {
        "inAppPurchaseV2",
        "subscription",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        PromotedPurchaseRelationshipsInAppPurchaseV2, \
        PromotedPurchaseRelationshipsSubscription
    from ..models.promoted_purchase_relationships_in_app_purchase_v2 import (
        PromotedPurchaseRelationshipsInAppPurchaseV2,
    )
    from ..models.promoted_purchase_relationships_subscription import (
        PromotedPurchaseRelationshipsSubscription,
    )

    _LAZY_IMPORTS_DONE = True


def _read_in_app_purchase_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_in_app_purchase_v2 = src_dict.get("inAppPurchaseV2")
    if _raw_in_app_purchase_v2 is None:
        in_app_purchase_v2 = None
    else:
        in_app_purchase_v2 = PromotedPurchaseRelationshipsInAppPurchaseV2.from_dict(_raw_in_app_purchase_v2)

    return in_app_purchase_v2


def _read_subscription(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subscription = src_dict.get("subscription")
    if _raw_subscription is None:
        subscription = None
    else:
        subscription = PromotedPurchaseRelationshipsSubscription.from_dict(_raw_subscription)

    return subscription


_READERS: dict[str, Any] = {
    "in_app_purchase_v2": _read_in_app_purchase_v2,
    "subscription": _read_subscription,
}


@_attrs_define(repr=False)
class PromotedPurchaseRelationships:
    """
    Attributes:
        in_app_purchase_v2 (PromotedPurchaseRelationshipsInAppPurchaseV2 | Unset):
        subscription (PromotedPurchaseRelationshipsSubscription | Unset):
    """

    in_app_purchase_v2: PromotedPurchaseRelationshipsInAppPurchaseV2 | None = None
    subscription: PromotedPurchaseRelationshipsSubscription | None = None
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
        in_app_purchase_v2: Any = None
        if self.in_app_purchase_v2 is not None:
            in_app_purchase_v2 = self.in_app_purchase_v2.to_dict()

        subscription: Any = None
        if self.subscription is not None:
            subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if in_app_purchase_v2 is not None:
            field_dict["inAppPurchaseV2"] = in_app_purchase_v2
        if subscription is not None:
            field_dict["subscription"] = subscription
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # in_app_purchase_v2, subscription: read on first access
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
