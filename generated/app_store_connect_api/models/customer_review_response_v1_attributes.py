from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_review_response_v1_attributes_state import CustomerReviewResponseV1AttributesState
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="CustomerReviewResponseV1Attributes")
_KNOWN_KEYS = frozenset(
    {
        "lastModifiedDate",
        "responseBody",
        "state",
    }
)


@_attrs_define(repr=False)
class CustomerReviewResponseV1Attributes:
    """
    Attributes:
        last_modified_date (datetime.datetime | Unset):
        response_body (str | Unset):
        state (CustomerReviewResponseV1AttributesState | Unset):
    """

    last_modified_date: datetime.datetime | None = None
    response_body: str | None = None
    state: CustomerReviewResponseV1AttributesState | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        last_modified_date: Any = None
        if self.last_modified_date is not None:
            last_modified_date = self.last_modified_date.isoformat()

        response_body = self.response_body

        state: Any = None
        if self.state is not None:
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if last_modified_date is not None:
            field_dict["lastModifiedDate"] = last_modified_date
        if response_body is not None:
            field_dict["responseBody"] = response_body
        if state is not None:
            field_dict["state"] = state
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_last_modified_date = src_dict.get("lastModifiedDate")
        if _raw_last_modified_date is None:
            last_modified_date = None
        else:
            last_modified_date = datetime.datetime.fromisoformat(_raw_last_modified_date)

        response_body = src_dict.get("responseBody")

        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = CustomerReviewResponseV1AttributesState.of(_raw_state)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.last_modified_date = last_modified_date
        _model.response_body = response_body
        _model.state = state
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
