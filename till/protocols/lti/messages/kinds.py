"""What every LTI message is made of: its kind (who sends it, in which namespace), the
decorators that name it, and the field markers the codec reads (see the package docstring)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

POS_NAMESPACE = "http://www.vibbek.com/pos"
DEVICE_NAMESPACE = "http://www.vibbek.com/device"

RECEIPT_FORMAT_TEXT = 1
RECEIPT_FORMAT_HTML = 2


def items(wrapper: str, item: str) -> Any:
    """A wrapper element holding repeated elements of a nested type."""
    return field(default=(), metadata={"wrapper": wrapper, "item": item})


def display_lines() -> Any:
    """Repeated <line> children inside <display>: `tuple[str, ...]`."""
    return items("display", "line")


def attribute(name: str, *, of: tuple[str, ...] = ()) -> Any:
    """An XML attribute of the root element, or of the child elements named in `of`."""
    return field(default=None, metadata={"xml": name, "attribute": True, "of": of})


def one_of(*choices: int) -> Any:
    """A required number with a closed set of values: any other is a protocol error, never
    read as the nearest meaning (a trxResult of 7 is neither approved nor declined)."""
    return field(metadata={"choices": choices})


def receipt_text() -> Any:
    """Receipt text: the codec strips the listings' indentation and blank edge lines."""
    return field(default=None, metadata={"receipt": True})


class LtiMessage:
    """Base of all messages. `element` is the root's local name, `namespace` its URI,
    `from_till` tells who sends it."""

    __slots__ = ()
    element: ClassVar[str]
    namespace: ClassVar[str]
    from_till: ClassVar[bool]


class PosResponse(LtiMessage):
    """A response to a PoS request, sent by the terminal (vcs-pos namespace)."""

    __slots__ = ()
    namespace = POS_NAMESPACE
    from_till = False


class PosRequest(LtiMessage):
    """A request from the till to the terminal (vcs-pos namespace). `response` is the class
    that answers it; an ErrorNotification may answer any request instead (section 6.14)."""

    __slots__ = ()
    namespace = POS_NAMESPACE
    from_till = True
    response: ClassVar[type[PosResponse]]


class DeviceMessage(LtiMessage):
    """A device message sent by the terminal during a request: display, printer, status,
    confirmationRequest (vcs-device namespace, sections 6.15 to 6.26)."""

    __slots__ = ()
    namespace = DEVICE_NAMESPACE
    from_till = False


class TillDeviceMessage(LtiMessage):
    """A device message sent by the till: confirmationResponse, timeoutNotification,
    abortCardEntryNotification (vcs-device namespace)."""

    __slots__ = ()
    namespace = DEVICE_NAMESPACE
    from_till = True


frozen = dataclass(frozen=True, kw_only=True, slots=True)


def named(element: str) -> Any:
    def mark(cls: type) -> type:
        cls.element = element
        return cls

    return mark


def pos_request(element: str, response: type[PosResponse]) -> Any:
    def mark(cls: type) -> type:
        cls.element = element
        cls.response = response
        return cls

    return mark


@named("errorNotification")
@frozen
class ErrorNotification(LtiMessage):
    """Section 6.14: the terminal's answer to any request it could not answer properly.
    Sent in the vcs-pos namespace (Listing 29). Codes in error_codes.py."""

    namespace = POS_NAMESPACE
    from_till = False

    error_code: str | None = None
    error_text: str | None = None
    card_id: str | None = None


@frozen
class UnknownMessage:
    """A well-formed frame whose root element the till does not know: a value, not an error,
    because a newer terminal may send messages this document does not have."""

    name: str
    payload: bytes
