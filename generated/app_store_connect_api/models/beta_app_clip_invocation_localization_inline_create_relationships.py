from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.beta_app_clip_invocation_localization_inline_create_relationships_beta_app_clip_invocation import (
        BetaAppClipInvocationLocalizationInlineCreateRelationshipsBetaAppClipInvocation,
    )


T = TypeVar("T", bound="BetaAppClipInvocationLocalizationInlineCreateRelationships")
_KNOWN_KEYS = frozenset(
    {
        "betaAppClipInvocation",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BetaAppClipInvocationLocalizationInlineCreateRelationshipsBetaAppClipInvocation
    from ..models.beta_app_clip_invocation_localization_inline_create_relationships_beta_app_clip_invocation import (
        BetaAppClipInvocationLocalizationInlineCreateRelationshipsBetaAppClipInvocation,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BetaAppClipInvocationLocalizationInlineCreateRelationships:
    """
    Attributes:
        beta_app_clip_invocation (BetaAppClipInvocationLocalizationInlineCreateRelationshipsBetaAppClipInvocation |
            Unset):
    """

    beta_app_clip_invocation: (
        BetaAppClipInvocationLocalizationInlineCreateRelationshipsBetaAppClipInvocation | Unset | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        beta_app_clip_invocation: dict[str, Any] | Unset | None
        if self.beta_app_clip_invocation is None:
            beta_app_clip_invocation = None
        else:
            beta_app_clip_invocation = UNSET
            if not isinstance(self.beta_app_clip_invocation, Unset):
                beta_app_clip_invocation = self.beta_app_clip_invocation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if beta_app_clip_invocation is not UNSET:
            field_dict["betaAppClipInvocation"] = beta_app_clip_invocation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_beta_app_clip_invocation = src_dict.get("betaAppClipInvocation", UNSET)
        if _raw_beta_app_clip_invocation is None:
            beta_app_clip_invocation = None
        else:
            _beta_app_clip_invocation = _raw_beta_app_clip_invocation
            beta_app_clip_invocation: (
                BetaAppClipInvocationLocalizationInlineCreateRelationshipsBetaAppClipInvocation | Unset
            )
            if isinstance(_beta_app_clip_invocation, Unset):
                beta_app_clip_invocation = UNSET
            else:
                beta_app_clip_invocation = (
                    BetaAppClipInvocationLocalizationInlineCreateRelationshipsBetaAppClipInvocation.from_dict(
                        _beta_app_clip_invocation
                    )
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.beta_app_clip_invocation = beta_app_clip_invocation
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
