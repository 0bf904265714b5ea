from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BetaPublicLinkUsagesV1MetricResponseDataItemDataPointsItemValues")
_KNOWN_KEYS = frozenset(
    {
        "acceptedCount",
        "didNotAcceptCount",
        "didNotMeetCriteriaCount",
        "notClearRatio",
        "notInterestingRatio",
        "notRelevantRatio",
        "viewCount",
    }
)


@_attrs_define(repr=False)
class BetaPublicLinkUsagesV1MetricResponseDataItemDataPointsItemValues:
    """
    Attributes:
        accepted_count (int | Unset):
        did_not_accept_count (int | Unset):
        did_not_meet_criteria_count (int | Unset):
        not_clear_ratio (float | Unset):
        not_interesting_ratio (float | Unset):
        not_relevant_ratio (float | Unset):
        view_count (int | Unset):
    """

    accepted_count: int | None = None
    did_not_accept_count: int | None = None
    did_not_meet_criteria_count: int | None = None
    not_clear_ratio: float | None = None
    not_interesting_ratio: float | None = None
    not_relevant_ratio: float | None = None
    view_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        accepted_count = self.accepted_count

        did_not_accept_count = self.did_not_accept_count

        did_not_meet_criteria_count = self.did_not_meet_criteria_count

        not_clear_ratio = self.not_clear_ratio

        not_interesting_ratio = self.not_interesting_ratio

        not_relevant_ratio = self.not_relevant_ratio

        view_count = self.view_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if accepted_count is not None:
            field_dict["acceptedCount"] = accepted_count
        if did_not_accept_count is not None:
            field_dict["didNotAcceptCount"] = did_not_accept_count
        if did_not_meet_criteria_count is not None:
            field_dict["didNotMeetCriteriaCount"] = did_not_meet_criteria_count
        if not_clear_ratio is not None:
            field_dict["notClearRatio"] = not_clear_ratio
        if not_interesting_ratio is not None:
            field_dict["notInterestingRatio"] = not_interesting_ratio
        if not_relevant_ratio is not None:
            field_dict["notRelevantRatio"] = not_relevant_ratio
        if view_count is not None:
            field_dict["viewCount"] = view_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        accepted_count = src_dict.get("acceptedCount")

        did_not_accept_count = src_dict.get("didNotAcceptCount")

        did_not_meet_criteria_count = src_dict.get("didNotMeetCriteriaCount")

        not_clear_ratio = src_dict.get("notClearRatio")

        not_interesting_ratio = src_dict.get("notInterestingRatio")

        not_relevant_ratio = src_dict.get("notRelevantRatio")

        view_count = src_dict.get("viewCount")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.accepted_count = accepted_count
        _model.did_not_accept_count = did_not_accept_count
        _model.did_not_meet_criteria_count = did_not_meet_criteria_count
        _model.not_clear_ratio = not_clear_ratio
        _model.not_interesting_ratio = not_interesting_ratio
        _model.not_relevant_ratio = not_relevant_ratio
        _model.view_count = view_count
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
