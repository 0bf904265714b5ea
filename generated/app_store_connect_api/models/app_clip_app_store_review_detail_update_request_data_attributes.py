from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AppClipAppStoreReviewDetailUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "invocationUrls",
    }
)


@_attrs_define(repr=False)
class AppClipAppStoreReviewDetailUpdateRequestDataAttributes:
    """
    Attributes:
        invocation_urls (list[str] | None | Unset):
    """

    invocation_urls: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        invocation_urls: list[str] | None | Unset
        if isinstance(self.invocation_urls, Unset):
            invocation_urls = UNSET
        elif isinstance(self.invocation_urls, list):
            invocation_urls = self.invocation_urls

        else:
            invocation_urls = self.invocation_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if invocation_urls is not UNSET:
            field_dict["invocationUrls"] = invocation_urls
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_invocation_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                invocation_urls_type_0 = cast(list[str], data)

                return invocation_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        invocation_urls = _parse_invocation_urls(src_dict.get("invocationUrls", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.invocation_urls = invocation_urls
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
