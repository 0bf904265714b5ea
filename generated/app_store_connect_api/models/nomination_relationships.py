from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        created_by_actor: Any = None
        if self.created_by_actor is not None:
            created_by_actor = UNSET
            if not isinstance(self.created_by_actor, Unset):
                created_by_actor = self.created_by_actor.to_dict()

        in_app_events: Any = None
        if self.in_app_events is not None:
            in_app_events = UNSET
            if not isinstance(self.in_app_events, Unset):
                in_app_events = self.in_app_events.to_dict()

        last_modified_by_actor: Any = None
        if self.last_modified_by_actor is not None:
            last_modified_by_actor = UNSET
            if not isinstance(self.last_modified_by_actor, Unset):
                last_modified_by_actor = self.last_modified_by_actor.to_dict()

        related_apps: Any = None
        if self.related_apps is not None:
            related_apps = UNSET
            if not isinstance(self.related_apps, Unset):
                related_apps = self.related_apps.to_dict()

        submitted_by_actor: Any = None
        if self.submitted_by_actor is not None:
            submitted_by_actor = UNSET
            if not isinstance(self.submitted_by_actor, Unset):
                submitted_by_actor = self.submitted_by_actor.to_dict()

        supported_territories: Any = None
        if self.supported_territories is not None:
            supported_territories = UNSET
            if not isinstance(self.supported_territories, Unset):
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
        d = dict(src_dict)
        _raw_created_by_actor = d.pop("createdByActor", None)
        if _raw_created_by_actor is None:
            created_by_actor = None
        else:
            _created_by_actor = _raw_created_by_actor
            created_by_actor: NominationRelationshipsCreatedByActor | Unset
            if isinstance(_created_by_actor, Unset):
                created_by_actor = UNSET
            else:
                created_by_actor = NominationRelationshipsCreatedByActor.from_dict(_created_by_actor)

        _raw_in_app_events = d.pop("inAppEvents", None)
        if _raw_in_app_events is None:
            in_app_events = None
        else:
            _in_app_events = _raw_in_app_events
            in_app_events: NominationRelationshipsInAppEvents | Unset
            if isinstance(_in_app_events, Unset):
                in_app_events = UNSET
            else:
                in_app_events = NominationRelationshipsInAppEvents.from_dict(_in_app_events)

        _raw_last_modified_by_actor = d.pop("lastModifiedByActor", None)
        if _raw_last_modified_by_actor is None:
            last_modified_by_actor = None
        else:
            _last_modified_by_actor = _raw_last_modified_by_actor
            last_modified_by_actor: NominationRelationshipsLastModifiedByActor | Unset
            if isinstance(_last_modified_by_actor, Unset):
                last_modified_by_actor = UNSET
            else:
                last_modified_by_actor = NominationRelationshipsLastModifiedByActor.from_dict(
                    _last_modified_by_actor
                )

        _raw_related_apps = d.pop("relatedApps", None)
        if _raw_related_apps is None:
            related_apps = None
        else:
            _related_apps = _raw_related_apps
            related_apps: NominationRelationshipsRelatedApps | Unset
            if isinstance(_related_apps, Unset):
                related_apps = UNSET
            else:
                related_apps = NominationRelationshipsRelatedApps.from_dict(_related_apps)

        _raw_submitted_by_actor = d.pop("submittedByActor", None)
        if _raw_submitted_by_actor is None:
            submitted_by_actor = None
        else:
            _submitted_by_actor = _raw_submitted_by_actor
            submitted_by_actor: NominationRelationshipsSubmittedByActor | Unset
            if isinstance(_submitted_by_actor, Unset):
                submitted_by_actor = UNSET
            else:
                submitted_by_actor = NominationRelationshipsSubmittedByActor.from_dict(_submitted_by_actor)

        _raw_supported_territories = d.pop("supportedTerritories", None)
        if _raw_supported_territories is None:
            supported_territories = None
        else:
            _supported_territories = _raw_supported_territories
            supported_territories: NominationRelationshipsSupportedTerritories | Unset
            if isinstance(_supported_territories, Unset):
                supported_territories = UNSET
            else:
                supported_territories = NominationRelationshipsSupportedTerritories.from_dict(
                    _supported_territories
                )

        nomination_relationships = cls(
            created_by_actor=created_by_actor,
            in_app_events=in_app_events,
            last_modified_by_actor=last_modified_by_actor,
            related_apps=related_apps,
            submitted_by_actor=submitted_by_actor,
            supported_territories=supported_territories,
        )
        nomination_relationships.additional_properties = d
        return nomination_relationships

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
