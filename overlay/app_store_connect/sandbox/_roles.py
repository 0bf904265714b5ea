"""Key roles: what a team key of each App Store Connect role may do, checked before any handler runs.

ADMIN (and ACCOUNT_HOLDER) may do everything. Reads are open to every role except the reports:
finance reports need FINANCE; sales reports FINANCE, SALES or ACCESS_TO_REPORTS; analytics reports
those or APP_MANAGER. Creating an analytics report request needs ADMIN: a role that may read the
reports gets the 405 users report, one that may not the 403 (Q10). Writes: APP_MANAGER everything but
users; DEVELOPER TestFlight, uploads and provisioning; CUSTOMER_SUPPORT review responses; others none.
Individual keys (no role) are refused sales and finance reports by the report modules (Auth facts).
"""

from __future__ import annotations

from ._auth import Principal
from ._http import ApiError, forbidden

ALL_POWERFUL = frozenset({"ADMIN", "ACCOUNT_HOLDER"})
REPORT_READERS = {
    "financeReports": frozenset({"FINANCE"}),
    "salesReports": frozenset({"FINANCE", "SALES", "ACCESS_TO_REPORTS"}),
    "analytics": frozenset({"FINANCE", "SALES", "ACCESS_TO_REPORTS", "APP_MANAGER"}),
}
_DEVELOPER_WRITES = frozenset(
    {
        "betaAppLocalizations",
        "betaAppReviewDetails",
        "betaAppReviewSubmissions",
        "betaBuildLocalizations",
        "betaGroups",
        "betaTesterInvitations",
        "betaTesters",
        "buildBetaDetails",
        "buildBetaNotifications",
        "buildUploadFiles",
        "buildUploads",
        "builds",
        "bundleIdCapabilities",
        "bundleIds",
        "certificates",
        "devices",
        "profiles",
    }
)
WRITES_BY_ROLE = {
    "DEVELOPER": _DEVELOPER_WRITES,
    "CUSTOMER_SUPPORT": frozenset({"customerReviewResponses"}),
}
ADMIN_ONLY_WRITES = frozenset({"users", "userInvitations"})


def check_role(principal: Principal | None, method: str, pattern: str) -> None:
    """Refuse `method pattern` (a route such as `/v1/salesReports`) when the key's roles do not allow it."""
    if principal is None or principal.key.issuer_id is None:
        return  # individual keys act as their user; the report modules refuse what they cannot do
    roles = principal.key.roles
    if roles & ALL_POWERFUL:
        return
    names = [segment for segment in pattern.strip("/").split("/")[1:] if not segment.startswith("{")]
    resource = names[-1]  # what is read or changed: `/v1/apps/{id}/relationships/betaTesters` -> betaTesters
    families = {"analytics" if name.startswith("analyticsReport") else name for name in names}
    for family, readers in REPORT_READERS.items():
        if family in families and not roles & readers:
            raise forbidden("The API key in use does not allow access to these reports")
    if method == "GET":
        return
    if (method, pattern) == ("POST", "/v1/analyticsReportRequests"):
        raise ApiError(  # Q10: users report 405 for report requests their key's role cannot make
            405,
            "METHOD_NOT_ALLOWED",
            "The request method is not valid for the resource path.",
            "The resource 'analyticsReportRequests' does not allow 'CREATE'. "
            "Allowed operations are: GET_COLLECTION, GET_INSTANCE",
        )
    if "APP_MANAGER" in roles and resource not in ADMIN_ONLY_WRITES:
        return
    if not any(resource in WRITES_BY_ROLE.get(role, ()) for role in roles):
        raise forbidden(f"The API key in use does not allow this request: {method} on '{resource}'")
