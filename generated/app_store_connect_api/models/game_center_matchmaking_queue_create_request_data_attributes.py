from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="GameCenterMatchmakingQueueCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "referenceName",
        "classicMatchmakingBundleIds",
    }
)


@_attrs_define(repr=False)
class GameCenterMatchmakingQueueCreateRequestDataAttributes:
    """
    Attributes:
        reference_name (str):
        classic_matchmaking_bundle_ids (list[str] | None | Unset):
    """

    reference_name: str
    classic_matchmaking_bundle_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        reference_name = self.reference_name

        classic_matchmaking_bundle_ids: list[str] | None | Unset
        if isinstance(self.classic_matchmaking_bundle_ids, Unset):
            classic_matchmaking_bundle_ids = UNSET
        elif isinstance(self.classic_matchmaking_bundle_ids, list):
            classic_matchmaking_bundle_ids = self.classic_matchmaking_bundle_ids

        else:
            classic_matchmaking_bundle_ids = self.classic_matchmaking_bundle_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["referenceName"] = reference_name
        if classic_matchmaking_bundle_ids is not UNSET:
            field_dict["classicMatchmakingBundleIds"] = classic_matchmaking_bundle_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        reference_name = src_dict["referenceName"]

        def _parse_classic_matchmaking_bundle_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                classic_matchmaking_bundle_ids_type_0 = cast(list[str], data)

                return classic_matchmaking_bundle_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        classic_matchmaking_bundle_ids = _parse_classic_matchmaking_bundle_ids(
            src_dict.get("classicMatchmakingBundleIds", UNSET)
        )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.reference_name = reference_name
        _model.classic_matchmaking_bundle_ids = classic_matchmaking_bundle_ids
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
