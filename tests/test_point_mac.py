"""MAC and COUNTER rules, checked against HMAC-SHA256 computed here independently."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from till.protocols.point import MAX_COUNTER, Counter, CounterExhausted, authenticate, mac


def _hmac_sha256_by_hand(key: bytes, message: bytes) -> bytes:
    """RFC 2104 written out with hashlib, to check the codec without the hmac module."""
    block = 64
    if len(key) > block:
        key = hashlib.sha256(key).digest()
    key = key.ljust(block, b"\0")
    inner = hashlib.sha256(bytes(k ^ 0x36 for k in key) + message).digest()
    return hashlib.sha256(bytes(k ^ 0x5C for k in key) + inner).digest()


@pytest.mark.parametrize(
    ("key", "counter"),
    [
        (bytes(range(16)), 1),
        (b"\xff" * 16, 100),  # the document's example COUNTER
        (b"a 32-byte key for HMAC-SHA-256!", 4_294_967_295),
        (bytes(range(200)), 7),  # longer than a block: hashed first
    ],
)
def test_mac_is_base64_hmac_sha256_of_the_decimal_counter(key: bytes, counter: int) -> None:
    expected = base64.b64encode(_hmac_sha256_by_hand(key, str(counter).encode())).decode()
    assert mac(key, counter) == expected
    # and the stdlib agrees with the hand-written one
    assert (
        expected
        == base64.b64encode(hmac.new(key, str(counter).encode(), hashlib.sha256).digest()).decode()
    )


def test_mac_depends_on_key_and_counter() -> None:
    key = b"k" * 16
    assert mac(key, 1) != mac(key, 2)
    assert mac(key, 1) != mac(b"j" * 16, 1)
    assert mac(key, 10) != mac(key, 1)  # "10", not a byte 0x0a or a padded field


@pytest.mark.parametrize("counter", [0, -1, MAX_COUNTER + 1])
def test_mac_refuses_counters_outside_the_range(counter: int) -> None:
    with pytest.raises(ValueError):
        mac(b"k" * 16, counter)


def test_authenticate_gives_the_three_fields() -> None:
    auth = authenticate(b"k" * 16, "REG1", 5)
    assert (auth.counter, auth.mac_label) == (5, "REG1")
    assert auth.mac == mac(b"k" * 16, 5)
    for label in ["", "x" * 51, "REG\n1", "RÉG1"]:
        with pytest.raises(ValueError):
            authenticate(b"k" * 16, label, 5)


def test_counter_is_strictly_increasing() -> None:
    counter = Counter()
    assert counter.next_value == 1
    counter.used(1)
    assert counter.next_value == 2
    counter.used(5)  # a value written ahead and lost is skipped, never repeated
    assert counter.next_value == 6
    for stale in (5, 4, 0):
        with pytest.raises(ValueError):
            counter.used(stale)
    assert counter.last == 5


def test_resync_never_goes_backwards() -> None:
    counter = Counter(10)
    counter.resync(42)  # the terminal saw more than the till remembers
    assert counter.next_value == 43
    counter.resync(3)  # a stale answer: values above 3 may still be in flight
    assert counter.next_value == 43
    with pytest.raises(ValueError):
        counter.resync(-1)
    with pytest.raises(ValueError):
        counter.resync(MAX_COUNTER + 1)


def test_counter_bounds_and_reset() -> None:
    counter = Counter(MAX_COUNTER - 1)
    assert counter.next_value == MAX_COUNTER
    counter.used(MAX_COUNTER)
    with pytest.raises(CounterExhausted):
        _ = counter.next_value
    counter.reset()  # REGISTER starts the terminal's counter again from 0
    assert counter.next_value == 1
    with pytest.raises(ValueError):
        Counter(-1)
