"""Signed transactions and notifications verified by Apple's SignedDataVerifier, against a root the user
supplies (here the stand-in's own CA chain, made with cryptography; in production Apple's roots)."""

from __future__ import annotations

from pathlib import Path

import pytest
from appstoreserverlibrary.signed_data_verifier import VerificationStatus
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app_store_connect import AppStoreConnectError, ConfigurationError
from app_store_connect.server import ServerClient, SignedDataError, Verifier, load_root_certificates
from app_store_connect.server._pki import SigningChain
from app_store_connect.server.sandbox import ServerSandbox


def _signed_transaction(client: ServerClient, stand_in: ServerSandbox) -> str:
    signed = client.get_transaction_info(stand_in.transaction_ids("sandbox")[0]).signedTransactionInfo
    assert signed is not None
    return signed


def test_a_signed_transaction_verifies_against_the_given_root(
    client: ServerClient, stand_in: ServerSandbox, verifier: Verifier
) -> None:
    transaction = verifier.verify_and_decode_signed_transaction(_signed_transaction(client, stand_in))
    assert transaction.transactionId == stand_in.transaction_ids("sandbox")[0]
    assert transaction.bundleId == stand_in.bundle_id


def test_data_signed_under_another_root_is_rejected(client: ServerClient, stand_in: ServerSandbox) -> None:
    stranger = Verifier(
        [SigningChain("Stranger").root_der],
        bundle_id=stand_in.bundle_id,
        environment="sandbox",
        online_checks=False,
    )
    with pytest.raises(SignedDataError, match="does not verify") as caught:
        stranger.verify_and_decode_signed_transaction(_signed_transaction(client, stand_in))
    assert caught.value.status is VerificationStatus.VERIFICATION_FAILURE
    assert isinstance(caught.value, AppStoreConnectError)


def test_sandbox_data_given_to_a_production_verifier_names_the_environment(
    client: ServerClient, stand_in: ServerSandbox
) -> None:
    production = Verifier(
        [stand_in.root_der],
        bundle_id=stand_in.bundle_id,
        environment="production",
        app_apple_id=stand_in.app_apple_id,
        online_checks=False,
    )
    with pytest.raises(
        SignedDataError, match="signed in Sandbox, and this verifier is for Production"
    ) as caught:
        production.verify_and_decode_signed_transaction(_signed_transaction(client, stand_in))
    assert caught.value.status is VerificationStatus.INVALID_ENVIRONMENT


def test_data_of_another_app_is_rejected(client: ServerClient, stand_in: ServerSandbox) -> None:
    other = Verifier(
        [stand_in.root_der], bundle_id="com.example.other", environment="sandbox", online_checks=False
    )
    with pytest.raises(SignedDataError) as caught:
        other.verify_and_decode_signed_transaction(_signed_transaction(client, stand_in))
    assert caught.value.status is VerificationStatus.INVALID_APP_IDENTIFIER


def test_a_tampered_payload_is_rejected(
    client: ServerClient, stand_in: ServerSandbox, verifier: Verifier
) -> None:
    header, payload, signature = _signed_transaction(client, stand_in).split(".")
    tampered = ".".join((header, payload[:-4] + ("AAAA" if payload[-4:] != "AAAA" else "BBBB"), signature))
    with pytest.raises(SignedDataError):
        verifier.verify_and_decode_signed_transaction(tampered)


def test_root_certificates_load_from_der_pem_folders_and_bytes(
    tmp_path: Path, stand_in: ServerSandbox
) -> None:
    certificate = x509.load_der_x509_certificate(stand_in.root_der)
    (tmp_path / "AppleRootCA-G3.cer").write_bytes(stand_in.root_der)
    (tmp_path / "root.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "notes.txt").write_text("not a certificate")
    assert load_root_certificates([tmp_path]) == [stand_in.root_der] * 2
    assert load_root_certificates([tmp_path / "root.pem", stand_in.root_der]) == [stand_in.root_der] * 2


def test_missing_or_wrong_root_certificates_say_where_apples_are(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"apple\.com/certificateauthority"):
        load_root_certificates([])
    (tmp_path / "bad.cer").write_bytes(b"nope")
    with pytest.raises(ConfigurationError, match="is not a certificate"):
        load_root_certificates([tmp_path / "bad.cer"])
    with pytest.raises(ConfigurationError, match="cannot read root certificate"):
        load_root_certificates([tmp_path / "absent.cer"])


def test_production_verification_needs_the_app_apple_id(stand_in: ServerSandbox) -> None:
    with pytest.raises(ConfigurationError, match="app_apple_id"):
        Verifier([stand_in.root_der], bundle_id=stand_in.bundle_id, environment="production")
