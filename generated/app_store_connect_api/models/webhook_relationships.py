from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.webhook_relationships_app import WebhookRelationshipsApp
    from ..models.webhook_relationships_deliveries import WebhookRelationshipsDeliveries


T = TypeVar("T", bound="WebhookRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, WebhookRelationshipsApp, WebhookRelationshipsDeliveries
    from ..models.webhook_relationships_app import WebhookRelationshipsApp
    from ..models.webhook_relationships_deliveries import WebhookRelationshipsDeliveries

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class WebhookRelationships:
    """
    Attributes:
        app (WebhookRelationshipsApp | Unset):
        deliveries (WebhookRelationshipsDeliveries | Unset):
    """

    app: WebhookRelationshipsApp | None = None
    deliveries: WebhookRelationshipsDeliveries | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app: Any = None
        if self.app is not None:
            app = UNSET
            if not isinstance(self.app, Unset):
                app = self.app.to_dict()

        deliveries: Any = None
        if self.deliveries is not None:
            deliveries = UNSET
            if not isinstance(self.deliveries, Unset):
                deliveries = self.deliveries.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app is not None:
            field_dict["app"] = app
        if deliveries is not None:
            field_dict["deliveries"] = deliveries
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_app = d.pop("app", None)
        if _raw_app is None:
            app = None
        else:
            _app = _raw_app
            app: WebhookRelationshipsApp | Unset
            if isinstance(_app, Unset):
                app = UNSET
            else:
                app = WebhookRelationshipsApp.from_dict(_app)

        _raw_deliveries = d.pop("deliveries", None)
        if _raw_deliveries is None:
            deliveries = None
        else:
            _deliveries = _raw_deliveries
            deliveries: WebhookRelationshipsDeliveries | Unset
            if isinstance(_deliveries, Unset):
                deliveries = UNSET
            else:
                deliveries = WebhookRelationshipsDeliveries.from_dict(_deliveries)

        webhook_relationships = cls(
            app=app,
            deliveries=deliveries,
        )
        webhook_relationships.additional_properties = d
        return webhook_relationships

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
