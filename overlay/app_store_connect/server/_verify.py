"""Verifying signed transactions, renewal info and notifications (V2) with Apple's `SignedDataVerifier`.

Apple's root certificates are the trust anchor, supplied by you as Apple documents: download them
from the Apple PKI page (https://www.apple.com/certificateauthority/, "Apple Root CA - G3") and keep
them with your server; they are never fetched at run time. DER (`.cer`) and PEM files both load.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import jwt
from appstoreserverlibrary.models.AppTransaction import AppTransaction
from appstoreserverlibrary.models.JWSRenewalInfoDecodedPayload import JWSRenewalInfoDecodedPayload
from appstoreserverlibrary.models.JWSTransactionDecodedPayload import JWSTransactionDecodedPayload
from appstoreserverlibrary.models.ResponseBodyV2DecodedPayload import ResponseBodyV2DecodedPayload
from appstoreserverlibrary.signed_data_verifier import (
    SignedDataVerifier,
    VerificationException,
    VerificationStatus,
)
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from .._errors import AppStoreConnectError, ConfigurationError
from ._environment import Environment, environment_of

__all__ = ["SignedDataError", "Verifier", "load_root_certificates"]

T = TypeVar("T")
APPLE_PKI = "https://www.apple.com/certificateauthority/"
_CERTIFICATE_SUFFIXES = {".cer", ".crt", ".der", ".pem"}

_ADVICE = {
    VerificationStatus.VERIFICATION_FAILURE: "the signature or its certificate chain does not verify against "
    "the root certificates given: the data was not signed by Apple, was altered, or the roots are not "
    "Apple's",
    VerificationStatus.INVALID_APP_IDENTIFIER: "it was signed for another app (bundle id, or app Apple ID in "
    "production): check the verifier's bundle_id and app_apple_id",
    VerificationStatus.INVALID_CERTIFICATE: "a certificate could not be read: give Apple's root certificates "
    f"from {APPLE_PKI}",
    VerificationStatus.INVALID_CHAIN_LENGTH: "its x5c header does not hold the three certificates Apple uses",
    VerificationStatus.INVALID_CHAIN: "its certificate chain is not valid",
    VerificationStatus.RETRYABLE_VERIFICATION_FAILURE: "the online revocation check (OCSP) could not be "
    "completed: retry later",
}


class SignedDataError(AppStoreConnectError):
    """Signed data failed verification; `status` is Apple's `VerificationStatus`. Never trust its content."""

    def __init__(self, message: str, status: VerificationStatus) -> None:
        super().__init__(message)
        self.status = status


def load_root_certificates(sources: Iterable[str | os.PathLike[str] | bytes]) -> list[bytes]:
    """DER bytes of each certificate in `sources`: files (DER or PEM), folders of them, or bytes."""
    found: list[bytes] = []
    for source in sources:
        if isinstance(source, bytes):
            found.append(_der(source, "a root certificate given as bytes"))
            continue
        path = Path(source).expanduser()
        files = (
            sorted(p for p in path.iterdir() if p.suffix.lower() in _CERTIFICATE_SUFFIXES)
            if path.is_dir()
            else [path]
        )
        for file in files:
            try:
                found.append(_der(file.read_bytes(), str(file)))
            except OSError as error:
                raise ConfigurationError(
                    f"cannot read root certificate {file}: {error.strerror}; download Apple's root "
                    f"certificates from {APPLE_PKI}"
                ) from None
    if not found:
        raise ConfigurationError(
            f"no root certificates: download Apple Root CA - G3 (AppleRootCA-G3.cer) from {APPLE_PKI} and "
            "pass its path; signed data cannot be trusted without them"
        )
    return found


def _der(data: bytes, source: str) -> bytes:
    try:
        certificate = (
            x509.load_pem_x509_certificate(data)
            if b"-----BEGIN" in data
            else x509.load_der_x509_certificate(data)
        )
    except ValueError:
        raise ConfigurationError(
            f"{source} is not a certificate (DER or PEM); Apple's root certificates are at {APPLE_PKI}"
        ) from None
    return certificate.public_bytes(serialization.Encoding.DER)


class Verifier(SignedDataVerifier):
    """Apple's `SignedDataVerifier` with its failures inside this library's tree (`SignedDataError`).

    `online_checks` asks Apple's OCSP responder whether a certificate was revoked (Apple's advice in
    production); without it, certificates are checked at the date the data was signed.
    """

    def __init__(
        self,
        root_certificates: Iterable[str | os.PathLike[str] | bytes],
        *,
        bundle_id: str,
        environment: Environment | str,
        app_apple_id: int | None = None,
        online_checks: bool = True,
    ) -> None:
        chosen = environment_of(environment)
        if chosen is Environment.PRODUCTION and app_apple_id is None:
            raise ConfigurationError(
                "verifying production data needs app_apple_id, the app's Apple ID (App Store Connect > App "
                "Information > Apple ID)"
            )
        super().__init__(
            load_root_certificates(root_certificates), online_checks, chosen, bundle_id, app_apple_id
        )
        self.environment = chosen

    def verify_and_decode_signed_transaction(self, signed_transaction: str) -> JWSTransactionDecodedPayload:
        """A signed transaction (from the API, a notification or a device), verified and decoded."""
        return self._verified("transaction", signed_transaction, super().verify_and_decode_signed_transaction)

    def verify_and_decode_renewal_info(self, signed_renewal_info: str) -> JWSRenewalInfoDecodedPayload:
        """Signed renewal info, verified and decoded."""
        return self._verified("renewal info", signed_renewal_info, super().verify_and_decode_renewal_info)

    def verify_and_decode_notification(self, signed_payload: str) -> ResponseBodyV2DecodedPayload:
        """An App Store Server Notification V2 `signedPayload`, verified and decoded."""
        return self._verified("notification", signed_payload, super().verify_and_decode_notification)

    def verify_and_decode_app_transaction(self, signed_app_transaction: str) -> AppTransaction:
        """A signed AppTransaction, verified and decoded."""
        return self._verified(
            "app transaction", signed_app_transaction, super().verify_and_decode_app_transaction
        )

    def _verified(self, what: str, signed: str, verify: Callable[[str], T]) -> T:
        try:
            return verify(signed)
        except VerificationException as error:
            raise SignedDataError(
                f"signed {what} rejected ({error.status.name}): {self._advice(error.status, signed)}",
                error.status,
            ) from error
        except (ValueError, TypeError, KeyError) as error:  # a payload that is not of the documented shape
            raise SignedDataError(
                f"signed {what} rejected: its payload is not as documented ({type(error).__name__})",
                VerificationStatus.VERIFICATION_FAILURE,
            ) from error

    def _advice(self, status: VerificationStatus, signed: str) -> str:
        if status is not VerificationStatus.INVALID_ENVIRONMENT:
            return _ADVICE.get(status, "see Apple's VerificationStatus")
        found = _unverified_environment(signed)
        where = f"in {found}" if found else "in another environment"
        return (
            f"it was signed {where}, and this verifier is for {self.environment.value}: verify it with "
            "a Verifier of that environment (sandbox purchases, TestFlight and Xcode are not production)"
        )


def _unverified_environment(signed: str) -> str | None:
    """The `environment` a payload claims, read without verification: only to word an error."""
    try:
        claims: dict[str, Any] = jwt.decode(signed, options={"verify_signature": False})
    except jwt.PyJWTError:
        return None
    data = claims.get("data") if isinstance(claims.get("data"), dict) else claims
    value = data.get("environment") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None
