from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.in_app_purchase_offer_code_custom_code_relationships_created_by_actor import (
        InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActor,
    )
    from ..models.in_app_purchase_offer_code_custom_code_relationships_deactivated_by_actor import (
        InAppPurchaseOfferCodeCustomCodeRelationshipsDeactivatedByActor,
    )


T = TypeVar("T", bound="InAppPurchaseOfferCodeCustomCodeRelationships")
_KNOWN_KEYS = frozenset(
    {
        "createdByActor",
        "deactivatedByActor",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActor, \
        InAppPurchaseOfferCodeCustomCodeRelationshipsDeactivatedByActor
    from ..models.in_app_purchase_offer_code_custom_code_relationships_created_by_actor import (
        InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActor,
    )
    from ..models.in_app_purchase_offer_code_custom_code_relationships_deactivated_by_actor import (
        InAppPurchaseOfferCodeCustomCodeRelationshipsDeactivatedByActor,
    )

    _LAZY_IMPORTS_DONE = True


def _read_created_by_actor(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_created_by_actor = src_dict.get("createdByActor")
    if _raw_created_by_actor is None:
        created_by_actor = None
    else:
        created_by_actor = InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActor.from_dict(
            _raw_created_by_actor
        )

    return created_by_actor


def _read_deactivated_by_actor(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_deactivated_by_actor = src_dict.get("deactivatedByActor")
    if _raw_deactivated_by_actor is None:
        deactivated_by_actor = None
    else:
        deactivated_by_actor = InAppPurchaseOfferCodeCustomCodeRelationshipsDeactivatedByActor.from_dict(
            _raw_deactivated_by_actor
        )

    return deactivated_by_actor


_READERS: dict[str, Any] = {
    "created_by_actor": _read_created_by_actor,
    "deactivated_by_actor": _read_deactivated_by_actor,
}


@_attrs_define(repr=False)
class InAppPurchaseOfferCodeCustomCodeRelationships:
    """
    Attributes:
        created_by_actor (InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActor | Unset):
        deactivated_by_actor (InAppPurchaseOfferCodeCustomCodeRelationshipsDeactivatedByActor | Unset):
    """

    created_by_actor: InAppPurchaseOfferCodeCustomCodeRelationshipsCreatedByActor | None = None
    deactivated_by_actor: InAppPurchaseOfferCodeCustomCodeRelationshipsDeactivatedByActor | None = None
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
        created_by_actor: Any = None
        if self.created_by_actor is not None:
            created_by_actor = self.created_by_actor.to_dict()

        deactivated_by_actor: Any = None
        if self.deactivated_by_actor is not None:
            deactivated_by_actor = self.deactivated_by_actor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_by_actor is not None:
            field_dict["createdByActor"] = created_by_actor
        if deactivated_by_actor is not None:
            field_dict["deactivatedByActor"] = deactivated_by_actor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # created_by_actor, deactivated_by_actor: read on first access
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
