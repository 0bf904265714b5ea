"""A local stand-in for Apple's signing certificates: a root, an intermediate and a leaf that carry the
extensions Apple's verifier looks for, and JWS signed with the leaf as the App Store signs (x5c chain).

Only for the local stand-in and tests: data signed here verifies with this root, never with Apple's.
"""

from __future__ import annotations

import base64
import datetime
from dataclasses import dataclass
from typing import Any

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

__all__ = ["SigningChain"]

# The extensions Apple's SignedDataVerifier requires on the leaf and on the intermediate.
LEAF_OID = x509.ObjectIdentifier("1.2.840.113635.100.6.11.1")
INTERMEDIATE_OID = x509.ObjectIdentifier("1.2.840.113635.100.6.2.1")
_ASN1_NULL = b"\x05\x00"


@dataclass(frozen=True)
class _Issued:
    certificate: x509.Certificate
    key: ec.EllipticCurvePrivateKey


class SigningChain:
    """Root, intermediate and leaf (EC P-256), valid a year either side of now."""

    def __init__(self, name: str = "Local App Store stand-in") -> None:
        now = datetime.datetime.now(datetime.UTC)
        self._validity = (now - datetime.timedelta(days=365), now + datetime.timedelta(days=365))
        self.root = self._issue(f"{name} Root CA", None, ca=True, marker=None)
        self.intermediate = self._issue(f"{name} Intermediate", self.root, ca=True, marker=INTERMEDIATE_OID)
        self.leaf = self._issue(f"{name} Signing", self.intermediate, ca=False, marker=LEAF_OID)

    @property
    def root_der(self) -> bytes:
        """The root certificate, DER: what a `Verifier` is given in place of Apple's roots."""
        return self.root.certificate.public_bytes(serialization.Encoding.DER)

    def sign(self, payload: dict[str, Any]) -> str:
        """`payload` as a JWS signed by the leaf, with the chain in `x5c` (leaf, intermediate, root)."""
        chain = [
            base64.b64encode(issued.certificate.public_bytes(serialization.Encoding.DER)).decode()
            for issued in (self.leaf, self.intermediate, self.root)
        ]
        return jwt.encode(payload, self.leaf.key, algorithm="ES256", headers={"x5c": chain})

    def _issue(
        self, common_name: str, issuer: _Issued | None, *, ca: bool, marker: x509.ObjectIdentifier | None
    ) -> _Issued:
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
        signer = issuer.key if issuer else key
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer.certificate.subject if issuer else subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(self._validity[0])
            .not_valid_after(self._validity[1])
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=not ca,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=ca,
                    crl_sign=ca,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.public_key()), critical=False
            )
        )
        if marker is not None:
            builder = builder.add_extension(x509.UnrecognizedExtension(marker, _ASN1_NULL), critical=False)
        return _Issued(builder.sign(signer, hashes.SHA256()), key)
