from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.subscription_group_relationships_subscription_group_localizations import (
        SubscriptionGroupRelationshipsSubscriptionGroupLocalizations,
    )
    from ..models.subscription_group_relationships_subscriptions import (
        SubscriptionGroupRelationshipsSubscriptions,
    )
    from ..models.subscription_group_relationships_versions import SubscriptionGroupRelationshipsVersions


T = TypeVar("T", bound="SubscriptionGroupRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        SubscriptionGroupRelationshipsSubscriptionGroupLocalizations, \
        SubscriptionGroupRelationshipsSubscriptions, \
        SubscriptionGroupRelationshipsVersions
    from ..models.subscription_group_relationships_subscription_group_localizations import (
        SubscriptionGroupRelationshipsSubscriptionGroupLocalizations,
    )
    from ..models.subscription_group_relationships_subscriptions import (
        SubscriptionGroupRelationshipsSubscriptions,
    )
    from ..models.subscription_group_relationships_versions import SubscriptionGroupRelationshipsVersions

    _LAZY_IMPORTS_DONE = True


def _read_subscription_group_localizations(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subscription_group_localizations = d.pop("subscriptionGroupLocalizations", None)
    if _raw_subscription_group_localizations is None:
        subscription_group_localizations = None
    else:
        subscription_group_localizations = (
            SubscriptionGroupRelationshipsSubscriptionGroupLocalizations.from_dict(
                _raw_subscription_group_localizations
            )
        )

    return subscription_group_localizations


def _read_subscriptions(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subscriptions = d.pop("subscriptions", None)
    if _raw_subscriptions is None:
        subscriptions = None
    else:
        subscriptions = SubscriptionGroupRelationshipsSubscriptions.from_dict(_raw_subscriptions)

    return subscriptions


def _read_versions(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_versions = d.pop("versions", None)
    if _raw_versions is None:
        versions = None
    else:
        versions = SubscriptionGroupRelationshipsVersions.from_dict(_raw_versions)

    return versions


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "subscriptionGroupLocalizations",
        "subscriptions",
        "versions",
    }
)
_READERS: dict[str, Any] = {
    "subscription_group_localizations": _read_subscription_group_localizations,
    "subscriptions": _read_subscriptions,
    "versions": _read_versions,
    "additional_properties": _read_additional_properties,
}


@_attrs_define(repr=False)
class SubscriptionGroupRelationships:
    """
    Attributes:
        subscription_group_localizations (SubscriptionGroupRelationshipsSubscriptionGroupLocalizations | Unset):
        subscriptions (SubscriptionGroupRelationshipsSubscriptions | Unset):
        versions (SubscriptionGroupRelationshipsVersions | Unset):
    """

    subscription_group_localizations: SubscriptionGroupRelationshipsSubscriptionGroupLocalizations | None = (
        None
    )
    subscriptions: SubscriptionGroupRelationshipsSubscriptions | None = None
    versions: SubscriptionGroupRelationshipsVersions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def __getattr__(self, name: str) -> Any:
        """A field not read yet is read from the document now (`from_dict` defers them all)."""
        read = _READERS.get(name)
        if read is None or self._document is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = read(self._document)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        subscription_group_localizations: Any = None
        if self.subscription_group_localizations is not None:
            subscription_group_localizations = self.subscription_group_localizations.to_dict()

        subscriptions: Any = None
        if self.subscriptions is not None:
            subscriptions = self.subscriptions.to_dict()

        versions: Any = None
        if self.versions is not None:
            versions = self.versions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if subscription_group_localizations is not None:
            field_dict["subscriptionGroupLocalizations"] = subscription_group_localizations
        if subscriptions is not None:
            field_dict["subscriptions"] = subscriptions
        if versions is not None:
            field_dict["versions"] = versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        subscription_group_relationships = cls.__new__(cls)
        subscription_group_relationships._document = dict(src_dict)  # each field is read on first access
        return subscription_group_relationships

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
