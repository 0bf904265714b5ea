from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phased_release_state import PhasedReleaseState
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AppStoreVersionPhasedReleaseCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "phasedReleaseState",
    }
)


@_attrs_define(repr=False)
class AppStoreVersionPhasedReleaseCreateRequestDataAttributes:
    """
    Attributes:
        phased_release_state (PhasedReleaseState | Unset):
    """

    phased_release_state: PhasedReleaseState | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        phased_release_state: str | Unset | None
        if self.phased_release_state is None:
            phased_release_state = None
        else:
            phased_release_state = UNSET
            if not isinstance(self.phased_release_state, Unset):
                phased_release_state = self.phased_release_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phased_release_state is not UNSET:
            field_dict["phasedReleaseState"] = phased_release_state
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_phased_release_state = src_dict.get("phasedReleaseState", UNSET)
        if _raw_phased_release_state is None:
            phased_release_state = None
        else:
            _phased_release_state = _raw_phased_release_state
            phased_release_state: PhasedReleaseState | Unset
            if isinstance(_phased_release_state, Unset):
                phased_release_state = UNSET
            else:
                phased_release_state = PhasedReleaseState.of(_phased_release_state)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.phased_release_state = phased_release_state
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
