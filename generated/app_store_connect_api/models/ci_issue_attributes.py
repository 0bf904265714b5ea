from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_issue_attributes_issue_type import CiIssueAttributesIssueType
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.file_location import FileLocation


T = TypeVar("T", bound="CiIssueAttributes")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, FileLocation
    from ..models.file_location import FileLocation

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CiIssueAttributes:
    """
    Attributes:
        category (str | Unset):
        file_source (FileLocation | Unset):
        issue_type (CiIssueAttributesIssueType | Unset):
        message (str | Unset):
    """

    category: str | None = None
    file_source: FileLocation | None = None
    issue_type: CiIssueAttributesIssueType | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        category = self.category

        file_source: Any = None
        if self.file_source is not None:
            file_source = self.file_source.to_dict()

        issue_type: Any = None
        if self.issue_type is not None:
            issue_type = self.issue_type.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if category is not None:
            field_dict["category"] = category
        if file_source is not None:
            field_dict["fileSource"] = file_source
        if issue_type is not None:
            field_dict["issueType"] = issue_type
        if message is not None:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        category = d.pop("category", None)

        _raw_file_source = d.pop("fileSource", None)
        if _raw_file_source is None:
            file_source = None
        else:
            file_source = FileLocation.from_dict(_raw_file_source)

        _raw_issue_type = d.pop("issueType", None)
        if _raw_issue_type is None:
            issue_type = None
        else:
            issue_type = CiIssueAttributesIssueType(_raw_issue_type)

        message = d.pop("message", None)

        ci_issue_attributes = cls(
            category=category,
            file_source=file_source,
            issue_type=issue_type,
            message=message,
        )
        ci_issue_attributes.additional_properties = d
        return ci_issue_attributes

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
