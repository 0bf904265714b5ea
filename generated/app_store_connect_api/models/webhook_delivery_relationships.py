from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.webhook_delivery_relationships_event import WebhookDeliveryRelationshipsEvent


T = TypeVar("T", bound="WebhookDeliveryRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, WebhookDeliveryRelationshipsEvent
    from ..models.webhook_delivery_relationships_event import WebhookDeliveryRelationshipsEvent

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class WebhookDeliveryRelationships:
    """
    Attributes:
        event (WebhookDeliveryRelationshipsEvent | Unset):
    """

    event: WebhookDeliveryRelationshipsEvent | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        event: Any = None
        if self.event is not None:
            event = UNSET
            if not isinstance(self.event, Unset):
                event = self.event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if event is not None:
            field_dict["event"] = event
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_event = d.pop("event", None)
        if _raw_event is None:
            event = None
        else:
            _event = _raw_event
            event: WebhookDeliveryRelationshipsEvent | Unset
            if isinstance(_event, Unset):
                event = UNSET
            else:
                event = WebhookDeliveryRelationshipsEvent.from_dict(_event)

        webhook_delivery_relationships = cls(
            event=event,
        )
        webhook_delivery_relationships.additional_properties = d
        return webhook_delivery_relationships

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
