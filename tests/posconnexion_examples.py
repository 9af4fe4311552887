"""The PosConneXion examples of the Infrasec CCU document (section 10), once each, verbatim.

tests/test_ccu_posconnexion.py checks that each appears in /work/shared/specs/infrasec-ccu-api.md
byte for byte. Requests are text, answers bytes, as in ccu_examples.py.
"""

from __future__ import annotations

# CCU document 10.1, verbatim.
EXAMPLE_10_1 = """\
<posConneXionRequest>
  <ApplicationID>ACME POS v1.0</ApplicationID>
  <RequestID>806e589fc9506474</RequestID>
  <OrgNr>1212121212</OrgNr>
  <RegisterId>EX112121212101</RegisterId>
  <DateTime>20170131142620</DateTime>
  <posConnexionServiceList>
    <posConnexionService>
      <ServiceID>CCU</ServiceID>
      <ServiceVersion>1.0</ServiceVersion>
      <ServiceFormat>application/xml</ServiceFormat>
      <ServiceEncoding>base64</ServiceEncoding>
      <ServiceData>BASE64XXX</ServiceData>
    </posConnexionService>
  </posConnexionServiceList>
</posConneXionRequest>
"""

# CCU document 10.2, verbatim, with its stray "[" line before the root element.
EXAMPLE_10_2 = b"""\
[
<posConneXionResponse>
  <TransactionID>18198178230534683852</TransactionID>
  <ApplicationID>ACME POS v1.0</ApplicationID>
  <RequestID>806e589fc9506474</RequestID>
  <OrgNr>1212121212</OrgNr>
  <RegisterId>EX112121212101</RegisterId>
  <ResponseCode>0</ResponseCode>
  <ResponseMessage>Success</ResponseMessage>
  <ResponseReason></ResponseReason>
  <posConnexionServiceList>
    <posConnexionService>
      <ServiceID>CCU</ServiceID>
      <ResponseCode>0</ResponseCode>
      <ResponseMessage>Success</ResponseMessage>
      <ResponseReason></ResponseReason>
      <ServiceData>BASE64XXX</ServiceData>
    </posConnexionService>
  </posConnexionServiceList>
</posConneXionResponse>
"""

# 10.2 as a control unit would send it: without the "[" line (the document's slip).
EXAMPLE_10_2_WITHOUT_BRACKET = EXAMPLE_10_2.removeprefix(b"[\n")
# The header values of 10.1 / 10.2 (DateTime is 10.1's, YYYYMMDDhhmmss).
APPLICATION_ID = "ACME POS v1.0"
REQUEST_ID = "806e589fc9506474"
ORG_NR = "1212121212"
REGISTER_ID = "EX112121212101"
TRANSACTION_ID = "18198178230534683852"
PLACEHOLDER = "BASE64XXX"  # ServiceData in both examples
