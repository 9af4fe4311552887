"""Fuzz tests of the PosConneXion envelope readers (CCU document section 10).

The only outcomes allowed: a result, or the reader's own error. unwrap_response: the bytes of
a UTF-8 XML document, or one of PosConneXionBadData (answer_lost), ControlUnitMismatch,
PosConneXionRefused, PosConneXionServiceRefused. read_request (the simulator's side): a
PosConneXionRequest or PosConneXionRequestError. Inputs: random bytes, the document's 10.1 and
10.2 examples with real ServiceData, and mutations of them. Budget: tests/fuzz_support.py.
"""

from __future__ import annotations

import base64
from xml.etree import ElementTree

import pytest
from ccu_examples import EXAMPLE_11_1, EXAMPLE_11_2, EXAMPLE_11_3
from fuzz_support import FUZZ, fed, inputs, is_utf8, report
from hypothesis import given
from hypothesis import strategies as st
from posconnexion_examples import (
    EXAMPLE_10_1,
    EXAMPLE_10_2,
    EXAMPLE_10_2_WITHOUT_BRACKET,
    PLACEHOLDER,
    REQUEST_ID,
)

from till.protocols.ccu.errors import (
    ControlUnitMismatch,
    PosConneXionBadData,
    PosConneXionRefused,
    PosConneXionServiceRefused,
)
from till.protocols.ccu.posconnexion import (
    PosConneXionRequest,
    PosConneXionRequestError,
    read_request,
    unwrap_response,
)


def _filled(example: bytes, inner: bytes) -> bytes:
    return example.replace(PLACEHOLDER.encode(), base64.b64encode(inner))


ANSWERS = [
    EXAMPLE_10_2,
    EXAMPLE_10_2_WITHOUT_BRACKET,
    _filled(EXAMPLE_10_2_WITHOUT_BRACKET, EXAMPLE_11_2),
    _filled(EXAMPLE_10_2_WITHOUT_BRACKET, EXAMPLE_11_3),
]
REQUESTS = [EXAMPLE_10_1.encode(), _filled(EXAMPLE_10_1.encode(), EXAMPLE_11_1.encode())]


@pytest.fixture(scope="module", autouse=True)
def _inputs_per_parser(request: pytest.FixtureRequest):
    yield
    report(request, "posconnexion")


@FUZZ
@given(body=inputs(ANSWERS), request_id=st.sampled_from([REQUEST_ID, "x"]))
def test_unwrap_is_a_document_or_its_own_error(body: bytes, request_id: str) -> None:
    fed("posconnexion answer")
    try:
        inner = unwrap_response(body, request_id=request_id)
    except (PosConneXionBadData, ControlUnitMismatch) as error:
        assert error.answer_lost and not error.is_offline
        return
    except (PosConneXionRefused, PosConneXionServiceRefused) as error:
        assert not error.answer_lost and not error.is_offline
        return
    assert is_utf8(body) and is_utf8(inner)
    assert b"<!DOCTYPE" not in body and b"<!DOCTYPE" not in inner
    # Read as written: expat, another parser, finds the same RequestID and codes.
    root = ElementTree.fromstring(body)
    assert (root.findtext("RequestID") or "").strip() == request_id
    assert (root.findtext("ResponseCode") or "").strip() == "0"
    ElementTree.fromstring(inner)  # the inner document is XML for another parser too


@FUZZ
@given(body=inputs(REQUESTS))
def test_read_request_is_a_request_or_its_own_error(body: bytes) -> None:
    fed("posconnexion request")
    try:
        request = read_request(body)
    except PosConneXionRequestError:
        return
    assert isinstance(request, PosConneXionRequest)
    assert len(request.date_time) == 14 and request.date_time.isdigit()
    assert base64.b64encode(request.ctu_request) in body.replace(b"\n", b"").replace(b" ", b"")
