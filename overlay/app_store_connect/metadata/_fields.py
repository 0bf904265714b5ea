"""The App Store texts kept as files: where each lives in App Store Connect, its file, and Apple's limit.

The file names are fastlane deliver's (`metadata/<locale>/description.txt`, `metadata/copyright.txt`,
`metadata/review_information/notes.txt`), so a deliver folder works unchanged. The limits are Apple's,
checked before any request: App Store Connect Help, "Platform version information" (promotional text
170 characters, description 4,000, keywords 100 bytes, what's new 4,000) and "App information" (name
and subtitle 30 characters); Apple counts keywords in bytes (developer forums thread 705360: Thai
keywords of 91 characters refused with `ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Owner(Enum):
    """The resource a field belongs to."""

    VERSION_LOCALIZATION = "appStoreVersionLocalizations"
    INFO_LOCALIZATION = "appInfoLocalizations"
    VERSION = "appStoreVersions"
    REVIEW_DETAIL = "appStoreReviewDetails"
    APP_INFO = "appInfos"  # categories: relationships, not attributes
    AGE_RATING = "ageRatingDeclarations"

    @property
    def localized(self) -> bool:
        """Whether the field has one value per locale."""
        return self in (Owner.VERSION_LOCALIZATION, Owner.INFO_LOCALIZATION)


@dataclass(frozen=True)
class Field:
    """One text: its file (relative to the metadata folder, per locale when localized) and attribute."""

    file: str  # e.g. "release_notes" (.txt is added), "review_information/notes"
    attribute: str  # the API's attribute (or relationship, for categories)
    owner: Owner
    limit: int | None = None
    in_bytes: bool = False  # the limit counts UTF-8 bytes, not characters

    def measure(self, value: str) -> int:
        """The length Apple compares with the limit."""
        return len(value.encode()) if self.in_bytes else len(value)

    def problem(self, value: str) -> str | None:
        """Why Apple would refuse `value`, or None."""
        if self.limit is None or (size := self.measure(value)) <= self.limit:
            return None
        unit = "bytes" if self.in_bytes else "characters"
        return f"{size} {unit}, over Apple's limit of {self.limit} {unit}"


_V, _I = Owner.VERSION_LOCALIZATION, Owner.INFO_LOCALIZATION
LOCALIZED_FIELDS = (
    Field("description", "description", _V, 4000),
    Field("keywords", "keywords", _V, 100, in_bytes=True),
    Field("release_notes", "whatsNew", _V, 4000),
    Field("promotional_text", "promotionalText", _V, 170),
    Field("marketing_url", "marketingUrl", _V),
    Field("support_url", "supportUrl", _V),
    Field("name", "name", _I, 30),
    Field("subtitle", "subtitle", _I, 30),
    Field("privacy_url", "privacyPolicyUrl", _I),
    Field("privacy_choices_url", "privacyChoicesUrl", _I),
    Field("apple_tv_privacy_policy", "privacyPolicyText", _I),
)
_R = Owner.REVIEW_DETAIL
GLOBAL_FIELDS = (
    Field("copyright", "copyright", Owner.VERSION),
    Field("review_information/first_name", "contactFirstName", _R),
    Field("review_information/last_name", "contactLastName", _R),
    Field("review_information/phone_number", "contactPhone", _R),
    Field("review_information/email_address", "contactEmail", _R),
    Field("review_information/demo_user", "demoAccountName", _R),
    Field("review_information/demo_password", "demoAccountPassword", _R),
    Field("review_information/notes", "notes", _R, 4000),
    Field("primary_category", "primaryCategory", Owner.APP_INFO),
    Field("primary_first_sub_category", "primarySubcategoryOne", Owner.APP_INFO),
    Field("primary_second_sub_category", "primarySubcategoryTwo", Owner.APP_INFO),
    Field("secondary_category", "secondaryCategory", Owner.APP_INFO),
    Field("secondary_first_sub_category", "secondarySubcategoryOne", Owner.APP_INFO),
    Field("secondary_second_sub_category", "secondarySubcategoryTwo", Owner.APP_INFO),
)
AGE_RATING_FILE = "age_rating.json"  # one JSON object: the declaration's attributes, compared one by one
AGE_RATING_PREFIX = "age_rating/"

_BY_FILE = {field.file: field for field in (*LOCALIZED_FIELDS, *GLOBAL_FIELDS)}


@dataclass(frozen=True)
class Key:
    """Where one value lives: a field, its locale when localized, or an age rating attribute."""

    field: Field
    locale: str | None = None

    @property
    def path(self) -> str:
        """The value's name in plans and reports: `en-US/description`, `copyright`, `age_rating/gambling`."""
        return f"{self.locale}/{self.field.file}" if self.locale else self.field.file


def field_named(file: str) -> Field | None:
    """The field whose file (without `.txt`) is `file`."""
    return _BY_FILE.get(file)


def age_rating_field(attribute: str) -> Field:
    """The field of one age rating attribute."""
    return Field(AGE_RATING_PREFIX + attribute, attribute, Owner.AGE_RATING)
