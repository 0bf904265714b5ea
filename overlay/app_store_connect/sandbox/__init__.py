"""A local App Store Connect: a real HTTP server on 127.0.0.1 with a seeded account and the live API's quirks.

    with Sandbox(quirks="q1,q6", seed=0) as sandbox:
        sandbox.base_url            # the API origin, e.g. http://127.0.0.1:53211
        sandbox.presigned_base_url  # the presigned upload/download host (refuses `Authorization`, Q13)
        sandbox.key_id, sandbox.issuer_id, sandbox.private_key_pem  # the built-in demo team key
        sandbox.inject(Fault.BAD_GATEWAY, times=2, path="/v1/apps")  # fail the next two matching requests
        sandbox.requests            # every request received, with headers and the status it got

Tokens are checked like Apple checks them (ES256 for a registered key, `aud`, at most 20 minutes,
`iat` not in the future, `iss` or `sub: "user"`). Run `python -m app_store_connect.sandbox` to serve one
in the foreground.

Every operation of Apple's spec is served (`sandbox.operations()` says how): a generic JSON:API store
made from the spec (`model.json.gz`) with Apple's parameter checks, request-document checks and error
documents; state machines for builds, beta review, App Store versions and review submissions; key
roles (`register_key(..., roles=("DEVELOPER",))`); `fast=True` moves every state at the next read.
"""

from ._quirks import Fault, Host, Injection, Quirk
from ._server import RecordedRequest, Sandbox, ServedOperation

__all__ = ["Fault", "Host", "Injection", "Quirk", "RecordedRequest", "Sandbox", "ServedOperation"]
