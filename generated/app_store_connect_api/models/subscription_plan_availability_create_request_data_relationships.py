from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.subscription_plan_availability_create_request_data_relationships_available_territories import (
        SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritories,
    )
    from ..models.subscription_plan_availability_create_request_data_relationships_subscription import (
        SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscription,
    )


T = TypeVar("T", bound="SubscriptionPlanAvailabilityCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "availableTerritories",
        "subscription",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritories, \
        SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscription
    from ..models.subscription_plan_availability_create_request_data_relationships_available_territories import (
        SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritories,
    )
    from ..models.subscription_plan_availability_create_request_data_relationships_subscription import (
        SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscription,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class SubscriptionPlanAvailabilityCreateRequestDataRelationships:
    """
    Attributes:
        available_territories (SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritories):
        subscription (SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscription):
    """

    available_territories: SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritories
    subscription: SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscription
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        available_territories = self.available_territories.to_dict()

        subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["availableTerritories"] = available_territories
        field_dict["subscription"] = subscription
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        available_territories = (
            SubscriptionPlanAvailabilityCreateRequestDataRelationshipsAvailableTerritories.from_dict(
                src_dict["availableTerritories"]
            )
        )

        subscription = SubscriptionPlanAvailabilityCreateRequestDataRelationshipsSubscription.from_dict(
            src_dict["subscription"]
        )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.available_territories = available_territories
        _model.subscription = subscription
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
