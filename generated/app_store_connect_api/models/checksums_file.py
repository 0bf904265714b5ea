from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checksum_algorithm import ChecksumAlgorithm
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="ChecksumsFile")
_KNOWN_KEYS = frozenset(
    {
        "algorithm",
        "hash",
    }
)


@_attrs_define(repr=False)
class ChecksumsFile:
    """
    Attributes:
        algorithm (ChecksumAlgorithm | Unset):
        hash_ (str | Unset):
    """

    algorithm: ChecksumAlgorithm | Unset | None = UNSET
    hash_: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        algorithm: str | Unset | None
        if self.algorithm is None:
            algorithm = None
        else:
            algorithm = UNSET
            if not isinstance(self.algorithm, Unset):
                algorithm = self.algorithm.value

        hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_algorithm = src_dict.get("algorithm", UNSET)
        if _raw_algorithm is None:
            algorithm = None
        else:
            _algorithm = _raw_algorithm
            algorithm: ChecksumAlgorithm | Unset
            if isinstance(_algorithm, Unset):
                algorithm = UNSET
            else:
                algorithm = ChecksumAlgorithm.of(_algorithm)

        hash_ = src_dict.get("hash", UNSET)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.algorithm = algorithm
        _model.hash_ = hash_
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
