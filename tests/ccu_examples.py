"""The Infrasec CCU document's examples (/work/shared/specs/infrasec-ccu-api.md), once each.

Every constant names the section it comes from. The example texts are verbatim; what is
derived from them (split into head and body, CRLF line ends, a fitted length, a real code in
place of a placeholder) is built from them below, each deviation said where it is made.
Requests are text, as the request tests edit them; answers are bytes, as read off a socket.
"""

from __future__ import annotations

from datetime import datetime

from till.core.receipt import ReceiptType
from till.core.vat import vat_sections
from till.protocols.ccu.request import ControlData

# CCU document 11.1, verbatim.
EXAMPLE_11_1 = """\
<CtuRequest>
  <ApplicationID>RegApp123</ApplicationID>
  <RequestID>RegApp123_1001</RequestID>
  <ControlData>
    <DateTime>201012241945</DateTime>
    <OrgNr>1111111111</OrgNr>
    <ManRegisterID>RA01AB0101330001</ManRegisterID>
    <SequenceNumber>1001</SequenceNumber>
    <ReceiptType Type="normal"/>
    <SaleAmount>100,00</SaleAmount>
    <VAT1>
      <Percent>25,00</Percent>
      <Amount>20,00</Amount>
    </VAT1>
    <VAT2>
      <Percent>12,00</Percent>
      <Amount>0,00</Amount>
    </VAT2>
    <VAT3>
      <Percent>6,00</Percent>
      <Amount>0,00</Amount>
    </VAT3>
    <VAT4>
      <Percent>0,00</Percent>
      <Amount>0,00</Amount>
    </VAT4>
  </ControlData>
</CtuRequest>
"""

# CCU document 11.1: the control data (kvittodata) of the example, 100,00 kr at 25 % VAT.
DATA_11_1 = ControlData(
    date_time=datetime(2010, 12, 24, 19, 45),
    org_nr="1111111111",
    register_id="RA01AB0101330001",
    sequence_number=1001,
    receipt_type=ReceiptType.NORMAL,
    amount=10000,
    vat=vat_sections([(25, 10000)]),
)

# CCU document 11.2, verbatim.
EXAMPLE_11_2 = b"""\
<CtuResponse>
  <ResponseCode>0</ResponseCode>
  <ResponseMessage>Success</ResponseMessage>
  <ResponseReason></ResponseReason>
  <ApplicationID>RegApp123</ApplicationID>
  <RequestID>RegApp123_1001</RequestID>
  <ControlCode>
    <CTUID>ISCCUSE0000000000</CTUID>
    <Code>JC3VIWNLDPZNM3FE6C5AUW4ITVAALKXD;6RZAYXAANQU5C5FUWNREDO2EP4</Code>
  </ControlCode>
</CtuResponse>
"""

# CCU document 11.2: the control code (59 characters) and CTUID (17) of the example; 11.3 and
# section 12 show the same CTUID.
CODE_11_2 = "JC3VIWNLDPZNM3FE6C5AUW4ITVAALKXD;6RZAYXAANQU5C5FUWNREDO2EP4"
CTUID = "ISCCUSE0000000000"

# CCU document 11.3, verbatim.
EXAMPLE_11_3 = b"""\
<CtuResponse>
  <ResponseCode>130</ResponseCode>
  <ResponseMessage>
    The receipt CTU server is not accepting the receipt
  </ResponseMessage>
  <ResponseReason>
    The referenced organization identity is incorrect
  </ResponseReason>
  <ApplicationID>RegApp123</ApplicationID>
  <RequestID>RegApp123_1001</RequestID>
  <ControlCode>
    <CTUID>ISCCUSE0000000000</CTUID>
  </ControlCode>
</CtuResponse>
"""

# CCU document section 12, the example request, verbatim (as printed: LF line ends, and the
# body with the newlines the document says it added after counting 594 bytes).
EXAMPLE_12_REQUEST = """\
POST /ctuserver HTTP/1.1
User-Agent: custombroker
Host: 127.0.0.1
Content-type: text/xml; charset=utf-8
Content-length: 594
Connection: Close
Cache-Control: no-cache

<CtuRequest>
<ApplicationID>REG APP 1.0.0.0</ApplicationID>
<RequestID>RA_VERIFY_RA01AB0101330001_1234</RequestID>
<ControlData>
<DateTime>201012241200</DateTime>
<OrgNr>1212121212</OrgNr>
<ManRegisterID>RA01AB0101330001</ManRegisterID>
<SequenceNumber>13416</SequenceNumber>
<ReceiptType Type="normal"/>
<PurchaseAmount>262,00</PurchaseAmount>
<VAT1><Percent>25,00</Percent><Amount>52,40</Amount></VAT1>
<VAT2><Percent>12,00</Percent><Amount>0,00</Amount></VAT2>
<VAT3><Percent>6,00</Percent><Amount>0,00</Amount></VAT3>
<VAT4><Percent>0,00</Percent><Amount>0,00</Amount></VAT4>
</ControlData>
</CtuRequest>
"""
# Section 12: the example request's header lines and its body, each verbatim.
EXAMPLE_12_REQUEST_HEAD, EXAMPLE_12_REQUEST_BODY = EXAMPLE_12_REQUEST.split("\n\n", 1)

# Section 12, the example request as a till sends it: CRLF line ends, and only Content-length
# made to fit the body as printed (the document counted it without the newlines).
REQUEST_12_WIRE = (
    EXAMPLE_12_REQUEST_HEAD.replace("594", str(len(EXAMPLE_12_REQUEST_BODY))).replace("\n", "\r\n")
    + "\r\n\r\n"
    + EXAMPLE_12_REQUEST_BODY
).encode()

# Section 12: the control data of the example request, 262,00 kr at 25 % VAT. The 59 seconds
# are ours: DateTime carries minutes only, so the request must drop them, not round them up.
DATA_12 = ControlData(
    date_time=datetime(2010, 12, 24, 12, 0, 59),
    org_nr="1212121212",
    register_id="RA01AB0101330001",
    sequence_number=13416,
    receipt_type=ReceiptType.NORMAL,
    amount=26200,
    vat=vat_sections([(25, 26200)]),
)

# CCU document section 12, the example answer, verbatim (as printed: LF line ends, and the
# body with the newlines the document says it added after counting 363 bytes).
EXAMPLE_12_ANSWER = b"""\
HTTP/1.1 200 OK
Server: InfraSec iSecureServer
Content-Length: 363
Connection : Close
Content-Type: text/xml; charset=utf-8
Cache-Control: no-cache

<CtuResponse>
<ResponseCode>0</ResponseCode>
<ResponseMessage>Success</ResponseMessage>
<ResponseReason></ResponseReason>
<ApplicationID>REG APP 1.0.0.0</ApplicationID>
<RequestID>RA_VERIFY_RA01AB0101330001_1234</RequestID>
<ControlCode>
<CTUID>ISCCUSE0000000000</CTUID>
<Code>XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX;YYYYYYYYYYYYYYYYYYYYYYYYYYYY</Code>
</ControlCode>
</CtuResponse>
"""
# Section 12: the example answer's header lines and its body, each verbatim.
EXAMPLE_12_ANSWER_HEAD, EXAMPLE_12_ANSWER_BODY = EXAMPLE_12_ANSWER.split(b"\n\n", 1)

# Section 12, the example answer made real: the placeholder code has 65 characters, a real one
# has 59 (section 9; 11.2's is used), and the body is without the newlines the document added.
ANSWER_12_BODY = EXAMPLE_12_ANSWER_BODY.replace(b"\n", b"").replace(
    b"XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX;YYYYYYYYYYYYYYYYYYYYYYYYYYYY", CODE_11_2.encode()
)
# ... with the header as printed (LF) or as HTTP has it (CRLF).
ANSWER_12_LF = EXAMPLE_12_ANSWER_HEAD + b"\n\n" + ANSWER_12_BODY
ANSWER_12_CRLF = EXAMPLE_12_ANSWER_HEAD.replace(b"\n", b"\r\n") + b"\r\n\r\n" + ANSWER_12_BODY
