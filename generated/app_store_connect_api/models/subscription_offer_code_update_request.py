from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.subscription_offer_code_update_request_data import SubscriptionOfferCodeUpdateRequestData


T = TypeVar("T", bound="SubscriptionOfferCodeUpdateRequest")
_KNOWN_KEYS = frozenset(
    {
        "data",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, SubscriptionOfferCodeUpdateRequestData
    from ..models.subscription_offer_code_update_request_data import SubscriptionOfferCodeUpdateRequestData

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class SubscriptionOfferCodeUpdateRequest:
    """
    Attributes:
        data (SubscriptionOfferCodeUpdateRequestData):
    """

    data: SubscriptionOfferCodeUpdateRequestData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = data
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        data = SubscriptionOfferCodeUpdateRequestData.from_dict(src_dict["data"])

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.data = data
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
