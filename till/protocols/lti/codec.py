"""XML of LTI messages (section 4) to and from the dataclasses of messages/.

Encoding follows the listings: the declaration, a root element prefixed vcs-pos: or
vcs-device: in its namespace, children without a prefix, None fields left out. Decoding is
lenient where the wire is known to vary: the root is matched by its local name in either
namespace (and the https spelling of 4.1.2), children by local name in any order, unknown
children ignored, an unknown root returned as UnknownMessage. It is strict where a wrong
value could move money: a missing required element or a bad number raises LtiMessageError.

Every way a frame can be wrong ends as LtiMessageError, never as another exception (issue 7,
found by fuzzing): the XML is read by till.protocols.device_xml (UTF-8 only, no DTD however
encoded, no markup inside a scalar); a number is ASCII digits only, at most MAX_DIGITS of them
and never negative (the document types them xsd:unsignedLong/unsignedInt/integer, and the few
xsd:integer ones are timeouts and ids); an element that appears twice is refused rather than
letting the last one win; a field with a closed set of values (trxResult 0/1) refuses others.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import textwrap
import types
import typing
from collections.abc import Callable
from typing import Any

from lxml import etree

from till.protocols.device_xml import XmlRefused, parse_document, scalar_text
from till.protocols.lti.errors import LtiMessageError
from till.protocols.lti.messages import (
    DEVICE_NAMESPACE,
    MESSAGE_CLASSES,
    POS_NAMESPACE,
    LtiMessage,
    OpaqueData,
    UnknownMessage,
)

_sub_element = etree.SubElement
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
_PREFIX = {POS_NAMESPACE: "vcs-pos", DEVICE_NAMESPACE: "vcs-device"}
_KNOWN_NAMESPACES = frozenset(
    {
        "",  # no namespace at all: lenient, the message is still unambiguous
        POS_NAMESPACE,
        DEVICE_NAMESPACE,
        "https://www.vibbek.com/pos",
        "https://www.vibbek.com/device",  # the misprint of section 4.1.2
    }
)
# 18 digits: above any amount, counter or timeout a terminal sends, and inside the signed
# 64-bit integers of SQLite and of the terminal's own Java; Python's int() would take 4300.
MAX_DIGITS = 18
_XML_SPACE = " \t\r\n"
_TRUE = frozenset({"true", "1"})
_FALSE = frozenset({"false", "0"})


class _Invalid(Exception):
    """A bad value deep inside a message. It collects the element path on its way up and
    becomes LtiMessageError at the top, so the good path builds no path strings at all."""

    def __init__(self, problem: str, path: tuple[str, ...] = ()) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path = path

    def within(self, element: str) -> _Invalid:
        return _Invalid(self.problem, (element, *self.path))

    def describe(self) -> str:
        path = "/".join(self.path)
        return f"missing {path}" if self.problem == "missing" else f"{path} {self.problem}"


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part[:1].upper() + part[1:] for part in rest)


# -- scalar conversions -------------------------------------------------------------------


def _to_int(text: str) -> int:
    digits = text.strip(_XML_SPACE)
    # isascii() first: isdigit() alone takes Arabic-Indic digits and superscripts, and int()
    # takes "1_000" and non-ASCII digits; neither may become an amount.
    if not (digits.isascii() and digits.isdigit()):
        raise _Invalid(f"is not a whole number: {text[:40]!r}")
    if len(digits) > MAX_DIGITS:
        raise _Invalid(f"has {len(digits)} digits, at most {MAX_DIGITS} are allowed")
    return int(digits)


def _to_bool(text: str) -> bool:
    value = text.strip(_XML_SPACE)
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise _Invalid(f"is not true or false: {text[:40]!r}")


def _to_bytes(text: str) -> bytes:
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise _Invalid(f"is not base64: {text[:40]!r}") from None


def _to_str(text: str) -> str:
    return text


def _to_receipt(text: str) -> str:
    """Receipt text without the indentation and blank edge lines that pretty-printed XML adds
    (Listings 34, 35); the lines themselves stay as the terminal formatted them."""
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return textwrap.dedent("\n".join(lines))


def _from_int(value: int) -> str:
    return str(int(value))


def _from_bool(value: bool) -> str:
    return "true" if value else "false"


def _from_bytes(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


_SCALARS: dict[type, tuple[Callable[[str], Any], Callable[[Any], str]]] = {
    str: (_to_str, str),
    int: (_to_int, _from_int),
    bool: (_to_bool, _from_bool),
    bytes: (_to_bytes, _from_bytes),
}


def _local(tag: str) -> str:
    return tag[tag.rfind("}") + 1 :]


# -- per-class layout, computed once ----------------------------------------------------------


@dataclasses.dataclass(slots=True)
class _Field:
    name: str  # python field
    xml: str  # element or attribute name
    required: bool
    decode: Callable[[Any], Any]  # element (or attribute text) -> value
    encode: Callable[[Any, Any], None] | None  # (parent element, value) -> appends children
    to_text: Callable[[Any], str] | None = None  # for attributes
    from_text: Callable[[str], Any] | None = None  # plain-text elements: a shortcut for decode
    attribute: bool = False
    attribute_of: tuple[str, ...] = ()  # the child elements carrying the attribute


@dataclasses.dataclass(slots=True)
class _Layout:
    cls: type
    fields: list[_Field]
    children: dict[str, _Field]  # element local name -> field
    root_attributes: list[_Field]
    child_attributes: dict[str, list[_Field]]  # element local name -> attribute fields
    required: list[_Field]


_LAYOUTS: dict[type, _Layout] = {}


def _plain_type(hint: Any) -> Any:
    """`X | None` -> X; tuple[X, ...] -> (tuple, X)."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    if typing.get_origin(hint) is tuple:
        return (tuple, typing.get_args(hint)[0])
    return hint


def _whole_text(elem: Any) -> str:
    try:
        return scalar_text(elem)
    except XmlRefused as exc:
        raise _Invalid(str(exc)) from None


def _one_of(to_value: Callable[[str], Any], choices: tuple[Any, ...]) -> Callable[[str], Any]:
    def decode(text: str) -> Any:
        value = to_value(text)
        if value not in choices:
            raise _Invalid(f"is {value!r}, not one of {', '.join(map(str, choices))}")
        return value

    return decode


def _scalar_codec(
    kind: type, xml: str, receipt: bool = False, choices: tuple[Any, ...] = ()
) -> tuple[Any, Any]:
    to_value = _to_receipt if receipt else _SCALARS[kind][0]
    if choices:
        to_value = _one_of(to_value, choices)
    to_text = _SCALARS[kind][1]

    def decode(elem: Any) -> Any:
        return to_value(_whole_text(elem))

    def encode(parent: Any, value: Any) -> Any:
        child = _sub_element(parent, xml)
        child.text = to_text(value)
        return child

    return decode, encode


def _nested_codec(layout: _Layout, xml: str) -> tuple[Any, Any]:
    def decode(elem: Any) -> Any:
        return _decode_fields(layout, elem)

    def encode(parent: Any, value: Any) -> Any:
        child = _sub_element(parent, xml)
        _encode_fields(layout, value, child)
        return child

    return decode, encode


def _opaque_codec(xml: str) -> tuple[Any, Any]:
    def decode(elem: Any) -> OpaqueData:
        return OpaqueData(
            children=tuple((_local(c.tag), _whole_text(c)) for c in elem if isinstance(c.tag, str))
        )

    def encode(parent: Any, value: OpaqueData) -> Any:
        child = _sub_element(parent, xml)
        for name, text in value.children:
            _sub_element(child, name).text = text
        return child

    return decode, encode


def _list_codec(wrapper: str, item: str, item_type: type) -> tuple[Any, Any]:
    if item_type in _SCALARS:
        item_decode, item_encode = _scalar_codec(item_type, item)
    else:
        item_decode, item_encode = _nested_codec(_layout(item_type), item)

    def decode(elem: Any) -> tuple[Any, ...]:
        items = []
        for child in elem:
            tag = child.tag
            if isinstance(tag, str) and tag[tag.rfind("}") + 1 :] == item:
                try:
                    items.append(item_decode(child))
                except _Invalid as exc:
                    raise exc.within(item) from None
        return tuple(items)

    def encode(parent: Any, value: tuple[Any, ...]) -> Any:
        if not value:
            return None  # an empty list is the same as none: leave the wrapper out
        child = _sub_element(parent, wrapper)
        for entry in value:
            item_encode(child, entry)
        return child

    return decode, encode


def _layout(cls: type) -> _Layout:
    layout = _LAYOUTS.get(cls)
    if layout is not None:
        return layout
    hints = typing.get_type_hints(cls)
    fields: list[_Field] = []
    for f in dataclasses.fields(cls):
        meta = f.metadata
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        xml = meta.get("xml", _camel(f.name))
        hint = _plain_type(hints[f.name])
        if meta.get("attribute"):
            to_value, to_text = _SCALARS[hint]
            spec = _Field(
                f.name,
                xml,
                required,
                decode=to_value,
                encode=None,
                to_text=to_text,
                attribute=True,
                attribute_of=meta["of"],
            )
        elif isinstance(hint, tuple):  # repeated items inside a wrapper element
            xml = meta["wrapper"]
            spec = _Field(f.name, xml, required, *_list_codec(xml, meta["item"], hint[1]))
        elif hint is OpaqueData:
            spec = _Field(f.name, xml, required, *_opaque_codec(xml))
        elif hint in _SCALARS:
            receipt = bool(meta.get("receipt"))
            choices = tuple(meta.get("choices", ()))
            spec = _Field(f.name, xml, required, *_scalar_codec(hint, xml, receipt, choices))
            spec.from_text = _to_receipt if receipt else _SCALARS[hint][0]
            if choices:
                spec.from_text = _one_of(spec.from_text, choices)
        else:
            spec = _Field(f.name, xml, required, *_nested_codec(_layout(hint), xml))
        fields.append(spec)
    child_attributes: dict[str, list[_Field]] = {}
    for spec in fields:
        for owner in spec.attribute_of:
            child_attributes.setdefault(owner, []).append(spec)
    layout = _Layout(
        cls=cls,
        fields=fields,
        children={spec.xml: spec for spec in fields if not spec.attribute},
        root_attributes=[spec for spec in fields if spec.attribute and not spec.attribute_of],
        child_attributes=child_attributes,
        required=[spec for spec in fields if spec.required],
    )
    _LAYOUTS[cls] = layout
    return layout


# -- decoding -------------------------------------------------------------------------------


def _decode_fields(layout: _Layout, elem: Any) -> Any:
    values: dict[str, Any] = {}
    children = layout.children
    child_attributes = layout.child_attributes
    for child in elem:
        tag = child.tag
        if not isinstance(tag, str):  # comments and processing instructions
            continue
        spec = children.get(tag)  # children come without a namespace, as a rule
        local = tag if spec is not None else tag[tag.rfind("}") + 1 :]
        if spec is None:
            spec = children.get(local)
        try:
            if spec is not None:
                if spec.name in values:  # the last one must not silently win
                    raise _Invalid("appears more than once")
                from_text = spec.from_text
                if from_text is not None:
                    if len(child):  # an element, comment or PI inside: see device_xml
                        raise _Invalid("holds markup, not just text")
                    values[spec.name] = from_text(child.text or "")
                else:
                    values[spec.name] = spec.decode(child)
            if child_attributes:
                for attr_spec in child_attributes.get(local, ()):
                    text = child.get(attr_spec.xml)
                    if text is not None:
                        try:
                            values[attr_spec.name] = attr_spec.decode(text)
                        except _Invalid as exc:
                            raise exc.within("@" + attr_spec.xml) from None
        except _Invalid as exc:
            raise exc.within(local) from None
    for spec in layout.root_attributes:
        text = elem.get(spec.xml)
        if text is not None:
            try:
                values[spec.name] = spec.decode(text)
            except _Invalid as exc:
                raise exc.within("@" + spec.xml) from None
    for spec in layout.required:
        if spec.name not in values:
            raise _Invalid("missing", (spec.xml,))
    return layout.cls(**values)


_BY_ELEMENT: dict[str, type[LtiMessage]] = {cls.element: cls for cls in MESSAGE_CLASSES}
for _cls in MESSAGE_CLASSES:
    _layout(_cls)


def decode_message(payload: bytes) -> LtiMessage | UnknownMessage:
    """The message in one frame's payload. Raises LtiMessageError for anything that is not
    a readable LTI message; returns UnknownMessage for a well-formed message of unknown kind."""
    try:
        root = parse_document(payload)
    except XmlRefused as exc:
        raise LtiMessageError(str(exc)) from None
    tag = root.tag
    namespace, _, name = tag[1:].rpartition("}") if tag.startswith("{") else ("", "", tag)
    cls = _BY_ELEMENT.get(name)
    if cls is None or namespace not in _KNOWN_NAMESPACES:
        return UnknownMessage(name=name, payload=payload)
    try:
        return _decode_fields(_LAYOUTS[cls], root)
    except _Invalid as exc:
        # The class goes with the error: a malformed device notification can be skipped,
        # a malformed final answer cannot (LtiConnection.next_event).
        raise LtiMessageError(f"{name}: {exc.describe()}", message_class=cls) from None


# -- encoding -------------------------------------------------------------------------------


def _encode_fields(layout: _Layout, obj: Any, elem: Any) -> None:
    for spec in layout.fields:
        value = getattr(obj, spec.name)
        if value is None:
            continue
        if spec.encode is None:  # an attribute
            if not spec.attribute_of:
                elem.set(spec.xml, spec.to_text(value))
            continue  # attributes of children are set with their element below
        child = spec.encode(elem, value)
        if child is not None and layout.child_attributes:
            for attr_spec in layout.child_attributes.get(spec.xml, ()):
                attr_value = getattr(obj, attr_spec.name)
                if attr_value is not None:
                    child.set(attr_spec.xml, attr_spec.to_text(attr_value))


def encode_message(msg: LtiMessage) -> bytes:
    """The XML payload of `msg` (without the frame length)."""
    cls = type(msg)
    layout = _LAYOUTS.get(cls)
    if layout is None or not isinstance(msg, LtiMessage):
        raise TypeError(f"not an LTI message: {msg!r}")
    namespace = cls.namespace
    root = etree.Element(f"{{{namespace}}}{cls.element}", nsmap={_PREFIX[namespace]: namespace})
    _encode_fields(layout, msg, root)
    return XML_DECLARATION + etree.tostring(root, encoding="UTF-8", xml_declaration=False)
