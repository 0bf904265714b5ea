from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_review_state import BetaReviewState
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BetaAppReviewSubmissionAttributes")
_KNOWN_KEYS = frozenset(
    {
        "betaReviewState",
        "submittedDate",
    }
)


@_attrs_define(repr=False)
class BetaAppReviewSubmissionAttributes:
    """
    Attributes:
        beta_review_state (BetaReviewState | Unset):
        submitted_date (datetime.datetime | Unset):
    """

    beta_review_state: BetaReviewState | None = None
    submitted_date: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        beta_review_state: Any = None
        if self.beta_review_state is not None:
            beta_review_state = self.beta_review_state.value

        submitted_date: Any = None
        if self.submitted_date is not None:
            submitted_date = self.submitted_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if beta_review_state is not None:
            field_dict["betaReviewState"] = beta_review_state
        if submitted_date is not None:
            field_dict["submittedDate"] = submitted_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_beta_review_state = src_dict.get("betaReviewState")
        if _raw_beta_review_state is None:
            beta_review_state = None
        else:
            beta_review_state = BetaReviewState.of(_raw_beta_review_state)

        _raw_submitted_date = src_dict.get("submittedDate")
        if _raw_submitted_date is None:
            submitted_date = None
        else:
            submitted_date = datetime.datetime.fromisoformat(_raw_submitted_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.beta_review_state = beta_review_state
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
