"""Pairing: the till's key, REGISTER, and the MAC key decrypted for both REG_VER values.

The terminal's side is played here with `cryptography` directly: a known MAC key is encrypted
to the public key the till sent, and the codec must get exactly that key back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from till.protocols.point import (
    PointPairingError,
    RegisterResponse,
    decode_request,
    decode_response,
    encode_request,
    mac,
)
from till.protocols.point.pairing import (
    complete_pairing,
    decrypt_mac_key,
    generate_key,
    load_private_key,
    new_entry_code,
    private_key_pem,
    public_key_field,
    register_request,
)

MAC_KEY = bytes.fromhex("00112233445566778899aabbccddeeff")


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return generate_key()


def _terminal_public_key(request_bytes: bytes) -> rsa.RSAPublicKey:
    """What the terminal reads from KEY: base64 DER SubjectPublicKeyInfo."""
    request, _auth, _extra = decode_request(request_bytes)
    public = serialization.load_der_public_key(base64.b64decode(request.key))
    assert isinstance(public, rsa.RSAPublicKey)
    return public


def _answer(ciphertext: bytes, label: str = "P_3kF9", entry_code: str | None = None) -> bytes:
    echo = f"<ENTRY_CODE>{entry_code}</ENTRY_CODE>" if entry_code else ""
    return (
        "<RESPONSE><RESPONSE_TEXT>Registered</RESPONSE_TEXT><RESULT>OK</RESULT>"
        "<RESULT_CODE>-1</RESULT_CODE><TERMINATION_STATUS>SUCCESS</TERMINATION_STATUS>"
        f"<MAC_KEY>{base64.b64encode(ciphertext).decode()}</MAC_KEY>"
        f"<MAC_LABEL>{label}</MAC_LABEL>{echo}</RESPONSE>"
    ).encode()


def _oaep(hash_: hashes.HashAlgorithm, mgf: hashes.HashAlgorithm) -> padding.OAEP:
    return padding.OAEP(mgf=padding.MGF1(algorithm=mgf), algorithm=hash_, label=None)


def test_the_public_key_is_base64_der_spki_of_rsa_2048(key: rsa.RSAPrivateKey) -> None:
    field = public_key_field(key)
    der = base64.b64decode(field, validate=True)
    public = serialization.load_der_public_key(der)
    assert isinstance(public, rsa.RSAPublicKey)
    assert public.key_size == 2048
    assert public.public_numbers() == key.public_key().public_numbers()
    assert der[0] == 0x30 and b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01" in der  # rsaEncryption OID


def test_reg_ver_1_pkcs1_v15(key: rsa.RSAPrivateKey) -> None:
    code = new_entry_code()
    assert len(code) == 4 and code.isdigit()
    data = encode_request(register_request(key, 1, code))
    assert f"<ENTRY_CODE>{code}</ENTRY_CODE>".encode() in data and b"<REG_VER>1</REG_VER>" in data
    ciphertext = _terminal_public_key(data).encrypt(MAC_KEY, padding.PKCS1v15())
    answer = decode_response(_answer(ciphertext), RegisterResponse)
    assert isinstance(answer, RegisterResponse)
    pairing = complete_pairing(key, answer, 1)
    assert pairing.mac_key == MAC_KEY and pairing.mac_label == "P_3kF9"
    assert "0011" not in repr(pairing)  # the key never reaches a log line
    # the key then signs: checked against hmac directly
    expected = base64.b64encode(hmac.new(MAC_KEY, b"1", hashlib.sha256).digest()).decode()
    assert mac(pairing.mac_key, 1) == expected


@pytest.mark.parametrize(
    ("oaep_hash", "mgf_hash"),
    [
        (hashes.SHA256(), hashes.SHA256()),  # "SHA2 with OAEP padding"
        (hashes.SHA256(), hashes.SHA1()),  # Java's OAEPWithSHA-256AndMGF1Padding
        (hashes.SHA1(), hashes.SHA1()),
    ],
)
def test_reg_ver_2_oaep(key: rsa.RSAPrivateKey, oaep_hash, mgf_hash) -> None:
    data = encode_request(register_request(key, 2, "ignored"))
    assert b"ENTRY_CODE" not in data and b"<REG_VER>2</REG_VER>" in data
    ciphertext = _terminal_public_key(data).encrypt(MAC_KEY, _oaep(oaep_hash, mgf_hash))
    echo = base64.b64encode(b"AB12CD34").decode()
    answer = decode_response(_answer(ciphertext, entry_code=echo), RegisterResponse)
    assert isinstance(answer, RegisterResponse)
    pairing = complete_pairing(key, answer, 2, entry_code="AB12CD34")
    assert pairing.mac_key == MAC_KEY


def test_reg_ver_2_refuses_another_entry_code(key: rsa.RSAPrivateKey) -> None:
    ciphertext = key.public_key().encrypt(MAC_KEY, _oaep(hashes.SHA256(), hashes.SHA256()))
    for echo in [None, "ZZZZZZZZ", base64.b64encode(b"AB12CD35").decode()]:
        answer = decode_response(_answer(ciphertext, entry_code=echo), RegisterResponse)
        assert isinstance(answer, RegisterResponse)
        with pytest.raises(PointPairingError):
            complete_pairing(key, answer, 2, entry_code="AB12CD34")
    answer = decode_response(_answer(ciphertext, entry_code="AB12CD34"), RegisterResponse)
    assert complete_pairing(key, answer, 2, entry_code="AB12CD34").mac_key == MAC_KEY


def test_a_ciphertext_for_another_key_or_padding_is_refused(key: rsa.RSAPrivateKey) -> None:
    other = generate_key()
    ciphertext = other.public_key().encrypt(MAC_KEY, _oaep(hashes.SHA256(), hashes.SHA256()))
    with pytest.raises(PointPairingError):
        decrypt_mac_key(key, base64.b64encode(ciphertext).decode(), 2)
    pkcs1 = key.public_key().encrypt(MAC_KEY, padding.PKCS1v15())
    with pytest.raises(PointPairingError):  # REG_VER 2 never accepts PKCS#1 v1.5
        decrypt_mac_key(key, base64.b64encode(pkcs1).decode(), 2)
    for field in ["not base64!", base64.b64encode(b"short").decode(), ""]:
        with pytest.raises(PointPairingError):
            decrypt_mac_key(key, field, 1)
    with pytest.raises(PointPairingError):  # a 1-byte key is no MAC key
        decrypt_mac_key(
            key, base64.b64encode(key.public_key().encrypt(b"k", padding.PKCS1v15())).decode(), 1
        )


def test_unsuccessful_or_incomplete_answers(key: rsa.RSAPrivateKey) -> None:
    failed = decode_response(
        b"<RESPONSE><RESPONSE_TEXT>Entry code mismatch</RESPONSE_TEXT><RESULT>ERROR</RESULT>"
        b"<RESULT_CODE>40009</RESULT_CODE></RESPONSE>",
        RegisterResponse,
    )
    assert isinstance(failed, RegisterResponse)
    with pytest.raises(PointPairingError, match="40009"):
        complete_pairing(key, failed, 1)
    no_label = decode_response(
        b"<RESPONSE><RESULT_CODE>-1</RESULT_CODE><MAC_KEY>QUJD</MAC_KEY></RESPONSE>",
        RegisterResponse,
    )
    assert isinstance(no_label, RegisterResponse)
    with pytest.raises(PointPairingError):
        complete_pairing(key, no_label, 1)


def test_the_private_key_round_trips_through_pem(key: rsa.RSAPrivateKey) -> None:
    pem = private_key_pem(key)
    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    again = load_private_key(pem)
    ciphertext = key.public_key().encrypt(MAC_KEY, padding.PKCS1v15())
    assert decrypt_mac_key(again, base64.b64encode(ciphertext).decode(), 1) == MAC_KEY
    with pytest.raises(PointPairingError):
        load_private_key(b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(PointPairingError):
        load_private_key(private_key_pem(small))


def test_register_request_refuses_other_versions(key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(ValueError):
        register_request(key, 3, "1234")
