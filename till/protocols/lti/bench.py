"""How many LTI frames per second the codec handles: encode, frame, deframe, decode."""

from __future__ import annotations

import time

from till.protocols.lti.codec import decode_message, encode_message
from till.protocols.lti.framing import FrameDecoder, encode_frame
from till.protocols.lti.messages import (
    DISPLAY_ATTENDANT,
    DISPLAY_CARDHOLDER,
    DisplayNotification,
    FinancialTrxResponse,
    LtiMessage,
)


def _mix() -> list[LtiMessage]:
    """What a card payment looks like on the wire: mostly display lines, one response."""
    displays = [
        DisplayNotification(display_type=DISPLAY_CARDHOLDER, lines=("SEK 1 234,50", "Insert card")),
        DisplayNotification(display_type=DISPLAY_ATTENDANT, lines=("Waiting for card",)),
        DisplayNotification(
            display_type=DISPLAY_CARDHOLDER, lines=("Enter PIN", "****"), min_display_time=1
        ),
        DisplayNotification(display_type=DISPLAY_ATTENDANT, lines=("Authorising...",)),
    ]
    response = FinancialTrxResponse(
        ep2_auth_response_code="00",
        ep2_auth_result=0,
        ep2_auth_code="741392",
        ep2_trm_id="47110815",
        ep2_trx_seq_cnt=281,
        trx_result=0,
        amount_auth=123450,
        amount_auth_curr="752",
        transaction_ref_number="654321",
        card_number="XXXXXXXXXXXX0267",
        card_exp_date="271231",
        card_app_label="Visa",
        card_app_id="A0000000031010",
        transaction_time="20240507120000",
        acquirer_id="00000000001",
        cvm=3,
        trx_sync_number=41,
    )
    return [*displays, response]


def benchmark_codec(frames: int = 50_000) -> float:
    """Frames per second for encode + frame + decode of a realistic mix, fed to the decoder
    in reads of a few frames each, as a socket would deliver them."""
    mix = _mix()
    decoder = FrameDecoder()
    done = 0
    start = time.perf_counter()
    while done < frames:
        chunk = b"".join(encode_frame(encode_message(msg)) for msg in mix)
        decoder.receive_data(chunk)
        while (frame := decoder.next_frame()) is not None:
            decode_message(frame)
            done += 1
    return done / (time.perf_counter() - start)


if __name__ == "__main__":
    print(f"{benchmark_codec():,.0f} LTI frames/s")
