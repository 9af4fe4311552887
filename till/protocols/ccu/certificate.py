"""Which organisation a shop's X.509 certificate is for: one rule, used by the till and the
simulator alike.

Section 8 of the CCU document: every register (or server) talks to the control unit with an
X.509 certificate issued for the merchant, whose organisation number (OrgNr, 10.3.3, 10
digits, section 9) the certificate must name. The document does not say where, so the till's
rule is:

- the subject's serialNumber attribute (OID 2.5.4.5) is the 10 digits, optionally written
  "SE" + 10 digits or "16" + 10 digits (the Swedish 12-digit form); or
- the subject's organizationIdentifier (OID 2.5.4.97) is "NTRSE-" + 10 digits, the form of
  ETSI EN 319 412-1 section 5.1.4 (legal person semantics, national trade register, Sweden).

Several such attributes must all agree; none, or a disagreement, is "no org number" (None).
Pure: the certificate is already parsed (cryptography.x509), nothing is read or checked here.
API used: https://cryptography.io/en/latest/x509/reference/ (Name.get_attributes_for_oid).
"""

from __future__ import annotations

import re

from cryptography import x509
from cryptography.x509.oid import NameOID

__all__ = ["org_nr_of", "subject_for_org_nr"]

_SERIAL = re.compile(r"(?:SE|16)?([0-9]{10})", re.ASCII)
_ORGANIZATION_IDENTIFIER = re.compile(r"NTRSE-([0-9]{10})", re.ASCII)


def _values(name: x509.Name, oid: x509.ObjectIdentifier) -> list[str]:
    return [str(attribute.value).strip() for attribute in name.get_attributes_for_oid(oid)]


def org_nr_of(certificate: x509.Certificate) -> str | None:
    """The 10-digit organisation number the certificate's subject names, or None."""
    found: set[str] = set()
    for value in _values(certificate.subject, NameOID.SERIAL_NUMBER):
        match = _SERIAL.fullmatch(value)
        if match is None:
            return None  # a serialNumber that is not an org number: do not guess
        found.add(match.group(1))
    for value in _values(certificate.subject, NameOID.ORGANIZATION_IDENTIFIER):
        match = _ORGANIZATION_IDENTIFIER.fullmatch(value)
        if match is None:
            return None
        found.add(match.group(1))
    return found.pop() if len(found) == 1 else None


def subject_for_org_nr(org_nr: str, common_name: str, organization: str = "") -> x509.Name:
    """A subject that org_nr_of reads as `org_nr` (serialNumber), for test certificates."""
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "SE")]
    if organization:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization))
    attributes += [
        x509.NameAttribute(NameOID.SERIAL_NUMBER, org_nr),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ]
    return x509.Name(attributes)
