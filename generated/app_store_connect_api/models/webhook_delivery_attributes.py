from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_delivery_attributes_delivery_state import WebhookDeliveryAttributesDeliveryState
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.webhook_delivery_attributes_request import WebhookDeliveryAttributesRequest
    from ..models.webhook_delivery_attributes_response import WebhookDeliveryAttributesResponse


T = TypeVar("T", bound="WebhookDeliveryAttributes")
_KNOWN_KEYS = frozenset(
    {
        "createdDate",
        "deliveryState",
        "errorMessage",
        "redelivery",
        "request",
        "response",
        "sentDate",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, WebhookDeliveryAttributesRequest, WebhookDeliveryAttributesResponse
    from ..models.webhook_delivery_attributes_request import WebhookDeliveryAttributesRequest
    from ..models.webhook_delivery_attributes_response import WebhookDeliveryAttributesResponse

    _LAZY_IMPORTS_DONE = True


def _read_request(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_request = src_dict.get("request")
    if _raw_request is None:
        request = None
    else:
        request = WebhookDeliveryAttributesRequest.from_dict(_raw_request)

    return request


def _read_response(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_response = src_dict.get("response")
    if _raw_response is None:
        response = None
    else:
        response = WebhookDeliveryAttributesResponse.from_dict(_raw_response)

    return response


_READERS: dict[str, Any] = {
    "request": _read_request,
    "response": _read_response,
}


@_attrs_define(repr=False)
class WebhookDeliveryAttributes:
    """
    Attributes:
        created_date (datetime.datetime | Unset):
        delivery_state (WebhookDeliveryAttributesDeliveryState | Unset):
        error_message (str | Unset):
        redelivery (bool | Unset):
        request (WebhookDeliveryAttributesRequest | Unset):
        response (WebhookDeliveryAttributesResponse | Unset):
        sent_date (datetime.datetime | Unset):
    """

    created_date: datetime.datetime | None = None
    delivery_state: WebhookDeliveryAttributesDeliveryState | None = None
    error_message: str | None = None
    redelivery: bool | None = None
    request: WebhookDeliveryAttributesRequest | None = None
    response: WebhookDeliveryAttributesResponse | None = None
    sent_date: datetime.datetime | None = None
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
        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        delivery_state: Any = None
        if self.delivery_state is not None:
            delivery_state = self.delivery_state.value

        error_message = self.error_message

        redelivery = self.redelivery

        request: Any = None
        if self.request is not None:
            request = self.request.to_dict()

        response: Any = None
        if self.response is not None:
            response = self.response.to_dict()

        sent_date: Any = None
        if self.sent_date is not None:
            sent_date = self.sent_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if delivery_state is not None:
            field_dict["deliveryState"] = delivery_state
        if error_message is not None:
            field_dict["errorMessage"] = error_message
        if redelivery is not None:
            field_dict["redelivery"] = redelivery
        if request is not None:
            field_dict["request"] = request
        if response is not None:
            field_dict["response"] = response
        if sent_date is not None:
            field_dict["sentDate"] = sent_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        _raw_delivery_state = src_dict.get("deliveryState")
        if _raw_delivery_state is None:
            delivery_state = None
        else:
            delivery_state = WebhookDeliveryAttributesDeliveryState.of(_raw_delivery_state)

        error_message = src_dict.get("errorMessage")

        redelivery = src_dict.get("redelivery")

        _raw_sent_date = src_dict.get("sentDate")
        if _raw_sent_date is None:
            sent_date = None
        else:
            sent_date = datetime.datetime.fromisoformat(_raw_sent_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.created_date = created_date
        _model.delivery_state = delivery_state
        _model.error_message = error_message
        _model.redelivery = redelivery
        _model.sent_date = sent_date
        _model._document = src_dict  # request, response: read on first access
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
