from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..models.review_submission_attributes_state import ReviewSubmissionAttributesState
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="ReviewSubmissionAttributes")
_KNOWN_KEYS = frozenset(
    {
        "platform",
        "state",
        "submittedDate",
    }
)


@_attrs_define(repr=False)
class ReviewSubmissionAttributes:
    """
    Attributes:
        platform (Platform | Unset):
        state (ReviewSubmissionAttributesState | Unset):
        submitted_date (datetime.datetime | Unset):
    """

    platform: Platform | None = None
    state: ReviewSubmissionAttributesState | None = None
    submitted_date: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        platform: Any = None
        if self.platform is not None:
            platform = self.platform.value

        state: Any = None
        if self.state is not None:
            state = self.state.value

        submitted_date: Any = None
        if self.submitted_date is not None:
            submitted_date = self.submitted_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if platform is not None:
            field_dict["platform"] = platform
        if state is not None:
            field_dict["state"] = state
        if submitted_date is not None:
            field_dict["submittedDate"] = submitted_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_platform = src_dict.get("platform")
        if _raw_platform is None:
            platform = None
        else:
            platform = Platform.of(_raw_platform)

        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = ReviewSubmissionAttributesState.of(_raw_state)

        _raw_submitted_date = src_dict.get("submittedDate")
        if _raw_submitted_date is None:
            submitted_date = None
        else:
            submitted_date = datetime.datetime.fromisoformat(_raw_submitted_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.platform = platform
        _model.state = state
        _model.submitted_date = submitted_date
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
