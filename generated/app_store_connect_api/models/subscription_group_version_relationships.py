from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.subscription_group_version_relationships_localizations import (
        SubscriptionGroupVersionRelationshipsLocalizations,
    )
    from ..models.subscription_group_version_relationships_subscription_group import (
        SubscriptionGroupVersionRelationshipsSubscriptionGroup,
    )


T = TypeVar("T", bound="SubscriptionGroupVersionRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        SubscriptionGroupVersionRelationshipsLocalizations, \
        SubscriptionGroupVersionRelationshipsSubscriptionGroup
    from ..models.subscription_group_version_relationships_localizations import (
        SubscriptionGroupVersionRelationshipsLocalizations,
    )
    from ..models.subscription_group_version_relationships_subscription_group import (
        SubscriptionGroupVersionRelationshipsSubscriptionGroup,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class SubscriptionGroupVersionRelationships:
    """
    Attributes:
        localizations (SubscriptionGroupVersionRelationshipsLocalizations | Unset):
        subscription_group (SubscriptionGroupVersionRelationshipsSubscriptionGroup | Unset):
    """

    localizations: SubscriptionGroupVersionRelationshipsLocalizations | None = None
    subscription_group: SubscriptionGroupVersionRelationshipsSubscriptionGroup | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        localizations: Any = None
        if self.localizations is not None:
            localizations = UNSET
            if not isinstance(self.localizations, Unset):
                localizations = self.localizations.to_dict()

        subscription_group: Any = None
        if self.subscription_group is not None:
            subscription_group = UNSET
            if not isinstance(self.subscription_group, Unset):
                subscription_group = self.subscription_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if localizations is not None:
            field_dict["localizations"] = localizations
        if subscription_group is not None:
            field_dict["subscriptionGroup"] = subscription_group
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_localizations = d.pop("localizations", None)
        if _raw_localizations is None:
            localizations = None
        else:
            _localizations = _raw_localizations
            localizations: SubscriptionGroupVersionRelationshipsLocalizations | Unset
            if isinstance(_localizations, Unset):
                localizations = UNSET
            else:
                localizations = SubscriptionGroupVersionRelationshipsLocalizations.from_dict(_localizations)

        _raw_subscription_group = d.pop("subscriptionGroup", None)
        if _raw_subscription_group is None:
            subscription_group = None
        else:
            _subscription_group = _raw_subscription_group
            subscription_group: SubscriptionGroupVersionRelationshipsSubscriptionGroup | Unset
            if isinstance(_subscription_group, Unset):
                subscription_group = UNSET
            else:
                subscription_group = SubscriptionGroupVersionRelationshipsSubscriptionGroup.from_dict(
                    _subscription_group
                )

        subscription_group_version_relationships = cls(
            localizations=localizations,
            subscription_group=subscription_group,
        )
        subscription_group_version_relationships.additional_properties = d
        return subscription_group_version_relationships

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
