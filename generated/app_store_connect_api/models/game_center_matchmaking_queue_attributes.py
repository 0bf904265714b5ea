from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="GameCenterMatchmakingQueueAttributes")
_KNOWN_KEYS = frozenset(
    {
        "classicMatchmakingBundleIds",
        "referenceName",
    }
)


@_attrs_define(repr=False)
class GameCenterMatchmakingQueueAttributes:
    """
    Attributes:
        classic_matchmaking_bundle_ids (list[str] | Unset):
        reference_name (str | Unset):
    """

    classic_matchmaking_bundle_ids: list[str] | None = None
    reference_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        classic_matchmaking_bundle_ids: Any = None
        if self.classic_matchmaking_bundle_ids is not None:
            classic_matchmaking_bundle_ids = self.classic_matchmaking_bundle_ids

        reference_name = self.reference_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if classic_matchmaking_bundle_ids is not None:
            field_dict["classicMatchmakingBundleIds"] = classic_matchmaking_bundle_ids
        if reference_name is not None:
            field_dict["referenceName"] = reference_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_classic_matchmaking_bundle_ids = src_dict.get("classicMatchmakingBundleIds")
        if _raw_classic_matchmaking_bundle_ids is None:
            classic_matchmaking_bundle_ids = None
        else:
            classic_matchmaking_bundle_ids = cast(list[str], _raw_classic_matchmaking_bundle_ids)

        reference_name = src_dict.get("referenceName")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.classic_matchmaking_bundle_ids = classic_matchmaking_bundle_ids
        _model.reference_name = reference_name
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
