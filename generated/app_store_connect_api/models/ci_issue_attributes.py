from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_issue_attributes_issue_type import CiIssueAttributesIssueType
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.file_location import FileLocation


T = TypeVar("T", bound="CiIssueAttributes")
_KNOWN_KEYS = frozenset(
    {
        "category",
        "fileSource",
        "issueType",
        "message",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, FileLocation
    from ..models.file_location import FileLocation

    _LAZY_IMPORTS_DONE = True


def _read_file_source(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_file_source = src_dict.get("fileSource")
    if _raw_file_source is None:
        file_source = None
    else:
        file_source = FileLocation.from_dict(_raw_file_source)

    return file_source


_READERS: dict[str, Any] = {
    "file_source": _read_file_source,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        category = src_dict.get("category")

        _raw_issue_type = src_dict.get("issueType")
        if _raw_issue_type is None:
            issue_type = None
        else:
            issue_type = CiIssueAttributesIssueType.of(_raw_issue_type)

        message = src_dict.get("message")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.category = category
        _model.issue_type = issue_type
        _model.message = message
        _model._document = src_dict  # file_source: read on first access
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
