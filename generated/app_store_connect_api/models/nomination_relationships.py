from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.nomination_relationships_created_by_actor import NominationRelationshipsCreatedByActor
    from ..models.nomination_relationships_in_app_events import NominationRelationshipsInAppEvents
    from ..models.nomination_relationships_last_modified_by_actor import (
        NominationRelationshipsLastModifiedByActor,
    )
    from ..models.nomination_relationships_related_apps import NominationRelationshipsRelatedApps
    from ..models.nomination_relationships_submitted_by_actor import NominationRelationshipsSubmittedByActor
    from ..models.nomination_relationships_supported_territories import (
        NominationRelationshipsSupportedTerritories,
    )


T = TypeVar("T", bound="NominationRelationships")
_KNOWN_KEYS = frozenset(
    {
        "createdByActor",
        "inAppEvents",
        "lastModifiedByActor",
        "relatedApps",
        "submittedByActor",
        "supportedTerritories",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        NominationRelationshipsCreatedByActor, \
        NominationRelationshipsInAppEvents, \
        NominationRelationshipsLastModifiedByActor, \
        NominationRelationshipsRelatedApps, \
        NominationRelationshipsSubmittedByActor, \
        NominationRelationshipsSupportedTerritories
    from ..models.nomination_relationships_created_by_actor import NominationRelationshipsCreatedByActor
    from ..models.nomination_relationships_in_app_events import NominationRelationshipsInAppEvents
    from ..models.nomination_relationships_last_modified_by_actor import (
        NominationRelationshipsLastModifiedByActor,
    )
    from ..models.nomination_relationships_related_apps import NominationRelationshipsRelatedApps
    from ..models.nomination_relationships_submitted_by_actor import NominationRelationshipsSubmittedByActor
    from ..models.nomination_relationships_supported_territories import (
        NominationRelationshipsSupportedTerritories,
    )

    _LAZY_IMPORTS_DONE = True


def _read_created_by_actor(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_created_by_actor = src_dict.get("createdByActor")
    if _raw_created_by_actor is None:
        created_by_actor = None
    else:
        created_by_actor = NominationRelationshipsCreatedByActor.from_dict(_raw_created_by_actor)

    return created_by_actor


def _read_in_app_events(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_in_app_events = src_dict.get("inAppEvents")
    if _raw_in_app_events is None:
        in_app_events = None
    else:
        in_app_events = NominationRelationshipsInAppEvents.from_dict(_raw_in_app_events)

    return in_app_events


def _read_last_modified_by_actor(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_last_modified_by_actor = src_dict.get("lastModifiedByActor")
    if _raw_last_modified_by_actor is None:
        last_modified_by_actor = None
    else:
        last_modified_by_actor = NominationRelationshipsLastModifiedByActor.from_dict(
            _raw_last_modified_by_actor
        )

    return last_modified_by_actor


def _read_related_apps(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_related_apps = src_dict.get("relatedApps")
    if _raw_related_apps is None:
        related_apps = None
    else:
        related_apps = NominationRelationshipsRelatedApps.from_dict(_raw_related_apps)

    return related_apps


def _read_submitted_by_actor(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_submitted_by_actor = src_dict.get("submittedByActor")
    if _raw_submitted_by_actor is None:
        submitted_by_actor = None
    else:
        submitted_by_actor = NominationRelationshipsSubmittedByActor.from_dict(_raw_submitted_by_actor)

    return submitted_by_actor


def _read_supported_territories(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_supported_territories = src_dict.get("supportedTerritories")
    if _raw_supported_territories is None:
        supported_territories = None
    else:
        supported_territories = NominationRelationshipsSupportedTerritories.from_dict(
            _raw_supported_territories
        )

    return supported_territories


_READERS: dict[str, Any] = {
    "created_by_actor": _read_created_by_actor,
    "in_app_events": _read_in_app_events,
    "last_modified_by_actor": _read_last_modified_by_actor,
    "related_apps": _read_related_apps,
    "submitted_by_actor": _read_submitted_by_actor,
    "supported_territories": _read_supported_territories,
}


@_attrs_define(repr=False)
class NominationRelationships:
    """
    Attributes:
        created_by_actor (NominationRelationshipsCreatedByActor | Unset):
        in_app_events (NominationRelationshipsInAppEvents | Unset):
        last_modified_by_actor (NominationRelationshipsLastModifiedByActor | Unset):
        related_apps (NominationRelationshipsRelatedApps | Unset):
        submitted_by_actor (NominationRelationshipsSubmittedByActor | Unset):
        supported_territories (NominationRelationshipsSupportedTerritories | Unset):
    """

    created_by_actor: NominationRelationshipsCreatedByActor | None = None
    in_app_events: NominationRelationshipsInAppEvents | None = None
    last_modified_by_actor: NominationRelationshipsLastModifiedByActor | None = None
    related_apps: NominationRelationshipsRelatedApps | None = None
    submitted_by_actor: NominationRelationshipsSubmittedByActor | None = None
    supported_territories: NominationRelationshipsSupportedTerritories | None = None
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

        in_app_events: Any = None
        if self.in_app_events is not None:
            in_app_events = self.in_app_events.to_dict()

        last_modified_by_actor: Any = None
        if self.last_modified_by_actor is not None:
            last_modified_by_actor = self.last_modified_by_actor.to_dict()

        related_apps: Any = None
        if self.related_apps is not None:
            related_apps = self.related_apps.to_dict()

        submitted_by_actor: Any = None
        if self.submitted_by_actor is not None:
            submitted_by_actor = self.submitted_by_actor.to_dict()

        supported_territories: Any = None
        if self.supported_territories is not None:
            supported_territories = self.supported_territories.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_by_actor is not None:
            field_dict["createdByActor"] = created_by_actor
        if in_app_events is not None:
            field_dict["inAppEvents"] = in_app_events
        if last_modified_by_actor is not None:
            field_dict["lastModifiedByActor"] = last_modified_by_actor
        if related_apps is not None:
            field_dict["relatedApps"] = related_apps
        if submitted_by_actor is not None:
            field_dict["submittedByActor"] = submitted_by_actor
        if supported_territories is not None:
            field_dict["supportedTerritories"] = supported_territories
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # created_by_actor, in_app_events, last_modified_by_actor, related_apps, submitted_by_actor, supported_territories: read on first access
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
