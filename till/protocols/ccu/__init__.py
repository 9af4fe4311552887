"""Infrasec CCU control codes over iSecureIPC or PosConneXion: sans-IO codecs (no sockets,
no asyncio, no Qt)."""

from till.protocols.ccu.errors import (
    CcuProtocolError,
    ControlUnitDropped,
    ControlUnitError,
    ControlUnitMismatch,
    ControlUnitRefusedReceipt,
    ControlUnitRejected,
    ControlUnitTimeout,
    ControlUnitUnreachable,
    CtuFieldError,
    PosConneXionBadData,
    PosConneXionRefused,
    PosConneXionServiceRefused,
)
from till.protocols.ccu.http import HttpAnswer, HttpAnswerReader, build_http_request
from till.protocols.ccu.posconnexion import unwrap_response, wrap_ctu_request
from till.protocols.ccu.request import (
    ControlData,
    build_ctu_request,
    format_ccu_amount,
    validate_control_data,
    validate_ctu_request_xml,
)
from till.protocols.ccu.response import CtuResponse, control_code_from_answer, parse_ctu_response

__all__ = [
    "CcuProtocolError",
    "ControlData",
    "ControlUnitDropped",
    "ControlUnitError",
    "ControlUnitMismatch",
    "ControlUnitRefusedReceipt",
    "ControlUnitRejected",
    "ControlUnitTimeout",
    "ControlUnitUnreachable",
    "CtuFieldError",
    "CtuResponse",
    "HttpAnswer",
    "HttpAnswerReader",
    "PosConneXionBadData",
    "PosConneXionRefused",
    "PosConneXionServiceRefused",
    "build_ctu_request",
    "build_http_request",
    "control_code_from_answer",
    "format_ccu_amount",
    "parse_ctu_response",
    "unwrap_response",
    "validate_control_data",
    "validate_ctu_request_xml",
    "wrap_ctu_request",
]
