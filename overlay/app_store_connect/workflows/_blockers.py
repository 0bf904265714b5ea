"""Apple's reasons a version cannot be submitted, in plain words: the `meta.associatedErrors` of a 409
(Q15), and what a read of the version shows."""

from __future__ import annotations

from .._errors import ApiError, ErrorDetail

_BY_FIELD = {
    "contentRightsDeclaration": (
        "the app has no content rights declaration: say whether it uses third-party content (App Store "
        "Connect > App Information > Content Rights, or PATCH the app's contentRightsDeclaration to "
        "DOES_NOT_USE_THIRD_PARTY_CONTENT or USES_THIRD_PARTY_CONTENT)"
    ),
    "build": "the version has no build: attach a VALID build (asc appstore submit --build N)",
    "usesNonExemptEncryption": "the build has no export compliance answer (usesNonExemptEncryption)",
    "whatsNew": "a localization has no release notes (whatsNew)",
    "description": "a localization has no description",
    "privacyPolicyUrl": "the app has no privacy policy URL",
}


def explain(error: ApiError) -> list[str]:
    """One plain line per problem Apple listed; its own words for the ones not known here."""
    details = error.associated_errors or tuple(error.errors)
    return list(dict.fromkeys(_line(detail) for detail in details))


def _line(detail: ErrorDetail) -> str:
    where = (detail.pointer or "").rstrip("/").rpartition("/")[2]
    known = _BY_FIELD.get(where)
    about = f" ({detail.resource})" if detail.resource else ""
    return f"{known}{about}" if known else f"{detail.summary()}{about}"


def blocker(field: str) -> str:
    """The plain line for a missing `field` (e.g. `build`, `contentRightsDeclaration`)."""
    return _BY_FIELD[field]
