# ruff: noqa: E501  (the listings are verbatim, long lines and all)
"""Every example listing of the Wallee LTI document 2.46, verbatim, as bytes.

Extracted from ../shared/specs/wallee-lti-2.46.txt: each XML block that follows a
"Listing N" caption, from its declaration to the end of its root element. `LISTINGS` maps the
listing number to (section, caption, payload). Do not edit these by hand: they are the spec.
"""

from __future__ import annotations

# Listing 1, section 6.1 FinancialTrx Message: Example Request financialTrxRequest
LISTING_1 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:financialTrxRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
   <posId>12345678</posId>
   <trxSyncNumber>41</trxSyncNumber>
   <trxData>
      <amount>100</amount>
      <currency>756</currency>
      <transactionType>0</transactionType>
      <partialApprovalCap>1</partialApprovalCap>
      <noDCC>true</noDCC>
   </trxData>
   <trxInfo>AAAf</trxInfo>
   <receiptFormat>2</receiptFormat>
   <tillMode>SDK</tillMode>
</vcs-pos:financialTrxRequest>
"""

# Listing 2, section 6.1 FinancialTrx Message: Example Response: financialTrxResponse
LISTING_2 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:financialTrxResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <ep2AuthResponseCode>00</ep2AuthResponseCode>
    <ep2AuthResult>0</ep2AuthResult>
    <ep2AuthCode>741392</ep2AuthCode>
    <ep2TrmId>47110815</ep2TrmId>
    <ep2TrxSeqCnt>281</ep2TrxSeqCnt>
    <trxResult>0</trxResult>
    <amountAuth>600</amountAuth>
    <amountAuthCurr>756</amountAuthCurr>
    <amountTip>100</amountTip>
    <transactionRefNumber>654321</transactionRefNumber>
    <cardNumber>XXXXXXXXXXXX0267</cardNumber>
    <cardExpDate>151231</cardExpDate>
    <cardAppLabel>Visa</cardAppLabel>
    <cardAppId>A0000001570030</cardAppId>
    <transactionTime>20150319160258</transactionTime>
    <acquirerId>00000000001</acquirerId>
    <dccTrxAmount>552</dccTrxAmount>
    <dccTrxAmountCurr>978</dccTrxAmountCurr>
    <cvm>2</cvm>
    <trxSyncNumber>41</trxSyncNumber>
    <merchantReference>Merchants Custom Ref</merchantReference>
    <amountRemaining>200</amountRemaining><!-- in case of partial approval -->
    <partialApprovalFlag>1</partialApprovalFlag>
</vcs-pos:financialTrxResponse>
"""

# Listing 3, section 6.2 Activation Message: Example Request: activationRequest
LISTING_3 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:activationRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
    <language>en</language>
    <receiptFormat>1</receiptFormat>
</vcs-pos:activationRequest>
"""

# Listing 4, section 6.2 Activation Message: Example Response: activationResponse
LISTING_4 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:activationResponse xmlns:vcs-pos="http://www.vibbek.com/pos"/>
"""

# Listing 5, section 6.3 SiConfig Message: Example Request: siConfigRequest
LISTING_5 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:siConfigRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
</vcs-pos:siConfigRequest>
"""

# Listing 6, section 6.3 SiConfig Message: Example Response: siConfigResponse
LISTING_6 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:siConfigResponse xmlns:vcs-pos="http://www.vibbek.com/pos"/>
"""

# Listing 7, section 6.4 Deactivation Message: Example Request: deactivationRequest
LISTING_7 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:deactivationRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
    <receiptFormat>2</receiptFormat>
</vcs-pos:deactivationRequest>
"""

# Listing 8, section 6.4 Deactivation Message: Example Response: deactivationResponse
LISTING_8 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:deactivationResponse xmlns:vcs-pos="http://www.vibbek.com/pos"/>
"""

# Listing 9, section 6.5 BEFinalBalance Message: Example Request: beFinalBalanceRequest
LISTING_9 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:beFinalBalanceRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
    <trxSyncNumber>2001</trxSyncNumber>
</vcs-pos:beFinalBalanceRequest>
"""

# Listing 10, section 6.5 BEFinalBalance Message: Example Response: beFinalBalanceResponse
LISTING_10 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:beFinalBalanceResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <trxSyncNumber>2001</trxSyncNumber>
</vcs-pos:beFinalBalanceResponse>
"""

# Listing 11, section 6.6 SIInit Message: Example Request: siInitRequest
LISTING_11 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:siInitRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
</vcs-pos:siInitRequest>
"""

# Listing 12, section 6.6 SIInit Message: Example Response: siInitResponse
LISTING_12 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:siInitResponse xmlns:vcs-pos="http://www.vibbek.com/pos"/>
"""

# Listing 13, section 6.7 Ping Message: Example Request: pingRequest
LISTING_13 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:pingRequest xmlns:vcs-pos="http://www.vibbek.com/pos" />
"""

# Listing 14, section 6.7 Ping Message: Example Response: pingResponse
LISTING_14 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:pingResponse xmlns:vcs-pos="http://www.vibbek.com/pos"/>
"""

# Listing 15, section 6.8 Reversal Message: Example Request: reversalRequest
LISTING_15 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:reversalRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
    <merchantReference>No. 1234567890</merchantReference>
    <receiptFormat>1</receiptFormat>
    <tillMode>VTIApp</tillMode>
</vcs-pos:reversalRequest>
"""

# Listing 16, section 6.8 Reversal Message: Example Response: reversalResponse
LISTING_16 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:reversalResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <ep2TrmId>TERM1234</ep2TrmId>
    <ep2TrxSeqCnt>99985449</ep2TrxSeqCnt>
    <ep2TrxSeqCntOrigTrx>99985448</ep2TrxSeqCntOrigTrx>
    <ep2TrxTypeExtOrigTrx>0</ep2TrxTypeExtOrigTrx>
    <amountRev>600</amountRev>
    <amountRevCurr>756</amountRevCurr>
    <cardNumber>XXXXXXXXXXXX0267</cardNumber>
    <cardSeqNumber>1</cardSeqNumber>
    <cardExpDate>151231</cardExpDate>
    <cardAppLabel>Visa</cardAppLabel>
    <cardAppId>A0000001570030</cardAppId>
    <transactionTime>20150319160258</transactionTime>
    <acquirerId>00000000001</acquirerId>
</vcs-pos:reversalResponse>
"""

# Listing 17, section 6.9 CancelReservation Message: Example Request: cancelReservationRequest
LISTING_17 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:cancelReservationRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
    <acquirerId>00000000001</acquirerId>
    <transactionRefNumber>654321</transactionRefNumber>
</vcs-pos:cancelReservationRequest>
"""

# Listing 18, section 6.9 CancelReservation Message: Example Response: cancelReservationResponse
LISTING_18 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:cancelReservationResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <acquirerId>00000000001</acquirerId>
    <transactionRefNumber>654321</transactionRefNumber>
    <ep2TrxSeqCnt>99985449</ep2TrxSeqCnt>
    <amountAuth>500</amountAuth>
    <amountAuthCurr>756</amountAuthCurr>
    <ep2AuthResult>0</ep2AuthResult>
    <ep2TrmId>TERM1234</ep2TrmId>
    <result>0</result>
    <transactionTime>20150319160258</transactionTime>
</vcs-pos:cancelReservationResponse>
"""

# Listing 19, section 6.10 MISubmission Message: Example Request: miSubmissionRequest
LISTING_19 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:miSubmissionRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
</vcs-pos:miSubmissionRequest>
"""

# Listing 20, section 6.10 MISubmission Message: Example Response: miSubmissionResponse
LISTING_20 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:miSubmissionResponse xmlns:vcs-pos="http://www.vibbek.com/pos"/>
"""

# Listing 21, section 6.11 BETransmission Message: Example Request: beTransmissionRequest
LISTING_21 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:beTransmissionRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
</vcs-pos:beTransmissionRequest>
"""

# Listing 22, section 6.11 BETransmission Message: Example Response: beTransmissionResponse
LISTING_22 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:beTransmissionResponse xmlns:vcs-pos="http://www.vibbek.com/pos"/>
"""

# Listing 23, section 6.12 ReprintReceipt Message: Example Request: reprintReceiptRequest
LISTING_23 = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<vcs-pos:reprintReceiptRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
    <type>TRX</type>
</vcs-pos:reprintReceiptRequest>
"""

# Listing 24, section 6.12 ReprintReceipt Message: Example Response: reprintReceiptResponse
LISTING_24 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:reprintReceiptResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <lastTrx>
        <ep2AuthResponseCode>00</ep2AuthResponseCode>
        <ep2AuthResult>0</ep2AuthResult>
        <ep2AuthCode>741392</ep2AuthCode>
        <ep2TrmId>47110815</ep2TrmId>
        <ep2TrxSeqCnt>281</ep2TrxSeqCnt>
        <trxResult>0</trxResult>
        <amountAuth>600</amountAuth>
        <amountAuthCurr>756</amountAuthCurr>
        <amountTip>100</amountTip>
        <transactionRefNumber>654321</transactionRefNumber>
        <cardNumber>XXXXXXXXXXXX0267</cardNumber>
        <cardExpDate>151231</cardExpDate>
        <cardAppLabel>Visa</cardAppLabel>
        <cardAppId>A0000001570030</cardAppId>
        <transactionTime>20150319160258</transactionTime>
        <acquirerId>00000000001</acquirerId>
        <dccTrxAmount>552</dccTrxAmount>
        <dccTrxAmountCurr>978</dccTrxAmountCurr>
        <cvm>2</cvm>
        <trxSyncNumber>41</trxSyncNumber>
        <merchantReference>Merchants Custom Ref</merchantReference>
        <amountRemaining>200</amountRemaining><!-- in case of partial approval -->
        <partialApprovalFlag>1</partialApprovalFlag>
    </lastTrx>
</vcs-pos:reprintReceiptResponse>
"""

# Listing 25, section 6.12 ReprintReceipt Message: Example Response: reprintReceiptResponse
LISTING_25 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:reprintReceiptResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <lastRev>
        <ep2TrmId>TERM1234</ep2TrmId>
        <ep2TrxSeqCnt>99985449</ep2TrxSeqCnt>
        <ep2TrxSeqCntOrigTrx>99985448</ep2TrxSeqCntOrigTrx>
        <ep2TrxTypeExtOrigTrx>0</ep2TrxTypeExtOrigTrx>
        <amountRev>600</amountRev>
        <amountRevCurr>756</amountRevCurr>
        <cardNumber>XXXXXXXXXXXX0267</cardNumber>
        <cardSeqNumber>1</cardSeqNumber>
        <cardExpDate>151231</cardExpDate>
        <cardAppLabel>Visa</cardAppLabel>
        <cardAppId>A0000001570030</cardAppId>
        <transactionTime>20150319160258</transactionTime>
        <acquirerId>00000000001</acquirerId>
    </lastRev>
</vcs-pos:reprintReceiptResponse>
"""

# Listing 26, section 6.12 ReprintReceipt Message: Example Response: reprintReceiptResponse
LISTING_26 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:reprintReceiptResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <lastCancelRes>
        <acquirerId>00000000001</acquirerId>
        <transactionRefNumber>654321</transactionRefNumber>
        <ep2TrxSeqCnt>99985449</ep2TrxSeqCnt>
        <amountAuth>500</amountAuth>
        <amountAuthCurr>756</amountAuthCurr>
        <ep2AuthResult>0</ep2AuthResult>
        <ep2TrmId>TERM1234</ep2TrmId>
        <result>0</result>
        <transactionTime>20150319160258</transactionTime>
    </lastCancelRes>
</vcs-pos:reprintReceiptResponse>
"""

# Listing 27, section 6.13 ConfigData Message: Example Request: configDataRequest
LISTING_27 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:configDataRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
</vcs-pos:configDataRequest>
"""

# Listing 28, section 6.13 ConfigData Message: Example Response: configDataResponse
LISTING_28 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:configDataResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <acquirerDataList>
        <acquirerData>
            <acquirerId>00000000001</acquirerId>
            <terminalApplicationConfigDataList>
                <terminalApplicationConfigData>
                    <aid>QTAwMDAwMDAwMDQzMDYw</aid>
                    <brand>Maestro</brand>
                </terminalApplicationConfigData>
                <terminalApplicationConfigData>
                    <aid>QTAwMDAwMDAwMDMyMDIw</aid>
                    <brand>Visa</brand>
                </terminalApplicationConfigData>
            </terminalApplicationConfigDataList>
        </acquirerData>
    </acquirerDataList>
    <ep2Tcd>
        <commAddrGateWay>
            <internetPortNo>8080</internetPortNo>
            <internetAddr>127.0.0.1</internetAddr>
        </commAddrGateWay>
        <trmId>12345678</trmId>
    </ep2Tcd>
    <ep2Version>0620</ep2Version>
</vcs-pos:configDataResponse>
"""

# Listing 29, section 6.14 ErrorNotification: Example Notification: errorNotification
LISTING_29 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:errorNotification xmlns:vcs-pos="http://www.vibbek.com/pos"/>
"""

# Listing 30, section 6.15 Confirmation Message: Example Request: confirmationRequest
LISTING_30 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-device:confirmationRequest xmlns:vcs-device="http://www.vibbek.com/device" displayType="CARDHOLDER">
    <display>
        <line>Trx Amount</line>
        <line>CHF 8.00 OK?</line>
    </display>
    <timeout>30</timeout>
    <timeoutReminder>30</timeoutReminder>
</vcs-device:confirmationRequest>
"""

# Listing 31, section 6.15 Confirmation Message: Example Response: confirmationResponse
LISTING_31 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-device:confirmationResponse xmlns:vcs-device="http://www.vibbek.com/device">
    <result>1</result>
</vcs-device:confirmationResponse>
"""

# Listing 32, section 6.15 Confirmation Message: Example Notification: timeoutNotification
LISTING_32 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-device:timeoutNotification xmlns:vcs-device="http://www.vibbek.com/device"/>
"""

# Listing 33, section 6.16 DisplayNotification Message: Example Notification: displayNotification
LISTING_33 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-device:displayNotification xmlns:vcs-device="http://www.vibbek.com/device" displayType="CARDHOLDER">
    <display>
        <line>CHF 99.99</line>
        <line>Available amount</line>
    </display>
    <minDisplayTime>4</minDisplayTime>
</vcs-device:displayNotification>
"""

# Listing 34, section 6.17 PrinterNotification Message: Example Notification: printerNotification
LISTING_34 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-device:printerNotification xmlns:vcs-device="http://www.vibbek.com/device">
    <merchantReceipt admin="false">
        Purchase
        MasterCard
        541333XXXXXXXXXX
        15.05.2006 10:44:34
        Trm-Id: TERM1234
        Act-Id: 49
        AID: A0000000041010
        Trx. Seq-Cnt: 99985389
        8BE3C3842018142128EEE1EA
        A74C22049542D649538E9815
        EFT CHF : 301.00
        Tip CHF : 0.00
        Total-EFT CHF : 301.00
        TSI: E800
    </merchantReceipt>
</vcs-device:printerNotification>
"""

# Listing 35, section 6.17 PrinterNotification Message: Example Notification: printerNotification
LISTING_35 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-device:printerNotification xmlns:vcs-device="http://www.vibbek.com/device">
    <cardholderReceipt>
        ***Cardholder Receipt***
        Purchase
        MasterCard
        541333XXXXXXXXXX
        15.05.2006 10:44:34
        Trm-Id: TERM1234
        Trx. Seq-Cnt: 99985389
        EFT CHF : 301.00
        Tip CHF : 0.00
        Total-EFT CHF : 301.00
    </cardholderReceipt>
</vcs-device:printerNotification>
"""

# Listing 36, section 6.18 AbortCardEntryNotification Message: Example Notification: abortCardEntryNotification
LISTING_36 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-device:abortCardEntryNotification xmlns:vcs-device="http://www.vibbek.com/device">
    <abortCode>01</abortCode>
</vcs-device:abortCardEntryNotification>
"""

# Listing 37, section 6.19 WaitForCardPresent Message: Example Request: waitForCardPresentRequest
LISTING_37 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:waitForCardPresentRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <timeout>60</timeout>
</vcs-pos:waitForCardPresentRequest>
"""

# Listing 38, section 6.19 WaitForCardPresent Message: Example Response: waitForCardPresentResponse
LISTING_38 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:waitForCardPresentResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <cardPresent>true</cardPresent>
</vcs-pos:waitForCardPresentResponse>
"""

# Listing 39, section 6.20 WaitForCardRemoved Message: Example Request: waitForCardRemovedRequest
LISTING_39 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:waitForCardRemovedRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <timeout>60</timeout>
</vcs-pos:waitForCardRemovedRequest>
"""

# Listing 40, section 6.20 WaitForCardRemoved Message: Example Response: waitForCardRemovedResponse
LISTING_40 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:waitForCardRemovedResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <cardPresent>false</cardPresent>
</vcs-pos:waitForCardRemovedResponse>
"""

# Listing 41, section 6.21 IntermediateEodReceipt Message: Example Request: interEodReceiptRequest
LISTING_41 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:interEodReceiptRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
</vcs-pos:interEodReceiptRequest>
"""

# Listing 42, section 6.21 IntermediateEodReceipt Message: Example Response: interEodReceiptResponse
LISTING_42 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:interEodReceiptResponse xmlns:vcs-pos="http://www.vibbek.com/pos"/>
"""

# Listing 43, section 6.22 CheckCouponId Message: Example Request: checkCouponIdRequest
LISTING_43 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:checkCouponIdRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
    <couponId>123456</couponId>
</vcs-pos:checkCouponIdRequest>
"""

# Listing 44, section 6.22 CheckCouponId Message: Example Response: checkCouponIdResponse
LISTING_44 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:checkCouponIdResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <result>0</result>
</vcs-pos:checkCouponIdResponse>
"""

# Listing 45, section 6.23 PinpadInformation Message: Example Request: pinpadInformationRequest
LISTING_45 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:pinpadInformationRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
</vcs-pos:pinpadInformationRequest>
"""

# Listing 46, section 6.23 PinpadInformation Message: Example Response: pinpadInformationResponse
LISTING_46 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:pinpadInformationResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <terminalId>12345678</terminalId>
    <vpjSoftwareVersion>1.0.r1234</vpjSoftwareVersion>
    <serialNumber>1234</serialNumber>
    <hardwareType>Yomani</hardwareType>
    <simCardNumber>1</simCardNumber>
    <logLevel>DEBUG</logLevel>
    <vcsIpAddr>192.168.0.1</vcsIpAddr>
    <vcsIpPort>61613</vcsIpPort>
    <vcsConnectTimeout>30</vcsConnectTimeout>
    <vcsInactiveTimeout>60</vcsInactiveTimeout>
    <pinpadLocalTime>1472724587</pinpadLocalTime>
    <pinpadCurrentTime>1472724589</pinpadCurrentTime>
    <timeZone>Europe/Berlin</timeZone>
    <nextContactTime>60</nextContactTime>
    <pinpadRunningTime>1234</pinpadRunningTime>
    <freeRamMemory>3490696 B</freeRamMemory>
    <freeFlashMemory>13490696 B</freeFlashMemory>
    <offlineTrxNumber>1</offlineTrxNumber>
    <offlineTrxAmount>1299</offlineTrxAmount>
</vcs-pos:pinpadInformationResponse>
"""

# Listing 47, section 6.24 GeneratePanToken Message: Example Request: generatePanTokenRequest
LISTING_47 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:generatePanTokenRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
</vcs-pos:generatePanTokenRequest>
"""

# Listing 48, section 6.24 GeneratePanToken Message: Example Response: generatePanTokenResponse
LISTING_48 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:generatePanTokenResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <panToken>MTE0NDU1MjAwMTE0MzU2Ng==</panToken>
</vcs-pos:generatePanTokenResponse>
"""

# Listing 49, section 6.25 PrintCurrencyRateTicket Message: Example Request: printCurrencyRateTicketRequest
LISTING_49 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:printCurrencyRateTicketRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
</vcs-pos:printCurrencyRateTicketRequest>
"""

# Listing 50, section 6.25 PrintCurrencyRateTicket Message: Example
LISTING_50 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:printCurrencyRateTicketResponse xmlns:vcs-pos="http://www.vibbek.com/pos"/>
"""

# Listing 51, section 6.26.1 CardEntryNotification: Example Notification: cardEntryNotification
LISTING_51 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-device:cardEntryNotification xmlns:vcs-device="http://www.vibbek.com/device">
    <cardEntryMode>1</cardEntryMode>
</vcs-device:cardEntryNotification>
"""

# Listing 52, section 6.26.2 CardRemovalNotification: Example Notification: cardRemovalNotification
LISTING_52 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-device:cardRemovalNotification xmlns:vcs-device="http://www.vibbek.com/device"/>
"""

# Listing 53, section 6.26.3 TransactionStartNotification: Example Notification: trxStartNotification
LISTING_53 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-device:trxStartNotification xmlns:vcs-device="http://www.vibbek.com/device"/>
"""

# Listing 54, section 6.26.4 TransactionEndNotification: Example Notification: trxEndNotification
LISTING_54 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-device:trxEndNotification xmlns:vcs-device="http://www.vibbek.com/device"/>
"""

# Listing 55, section 6.26.5 TransactionAbortNotification: Example Notification: trxAbortNotification
LISTING_55 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-device:trxAbortNotification xmlns:vcs-device="http://www.vibbek.com/device"/>
"""

# Listing 56, section 6.27 Low Power Mode Messages: Example Request: sleepRequest
LISTING_56 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:sleepRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
</vcs-pos:sleepRequest>
"""

# Listing 57, section 6.27 Low Power Mode Messages: Example Response: sleepResponse
LISTING_57 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:sleepResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <nextContactTime>120</nextContactTime>
</vcs-pos:sleepResponse>
"""

# Listing 58, section 6.28 AdaptAmount Message: Example Request: adaptAmountRequest
LISTING_58 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:adaptAmountRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
    <adaptedAmount>400</adaptedAmount>
    <currency>756</currency>
</vcs-pos:adaptAmountRequest>
"""

# Listing 59, section 6.28 AdaptAmount Message: Example Response: adaptAmountResponse
LISTING_59 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:adaptAmountResponse xmlns:vcs-pos="http://www.vibbek.com/pos"/>
"""

# Listing 60, section 6.29 CommitAuthorisationPurchase Message: Example Request: commitAuthorisationPurchaseRequest
LISTING_60 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:commitAuthorisationPurchaseRequest xmlns:vcs-pos="http://www.vibbek.com/pos">
    <posId>2001</posId>
    <amount>350</amount>
    <currency>756</currency>
    <ep2TrxSeqCntOrigTrx>99985448</ep2TrxSeqCntOrigTrx>
</vcs-pos:commitAuthorisationPurchaseRequest>
"""

# Listing 61, section 6.29 CommitAuthorisationPurchase Message: Example Response: commitAuthorisationPurchaseResponse
LISTING_61 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:commitAuthorisationPurchaseResponse xmlns:vcs-pos="http://www.vibbek.com/pos"/>
"""

# Listing 62, section 8.1.1 TaxFreeVoucher Message: Example Request: taxFreeVoucherRequest
LISTING_62 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:taxFreeVoucherRequest xmlns:vcs-pos="http://www.vibbek.com/pos" xmlns:vcs-device="http://www.vibbek.com/device">
    <posId>1111</posId>
    <barcodeData>225042011234560876543345</barcodeData>
    <invoiceLineItems>
        <lineItem>
            <description>Invoice Item</description>
            <grossAmount>108000</grossAmount>
            <netAmount>100000</netAmount>
            <quantity>1</quantity>
            <vatAmount>8000</vatAmount>
            <vatRate>800</vatRate>
        </lineItem>
    </invoiceLineItems>
    <invoiceNumber>78145</invoiceNumber>
    <operatorId>1</operatorId>
    <totalGrossAmount>108000</totalGrossAmount>
    <totalNetAmount>100000</totalNetAmount>
    <totalVatAmount>8000</totalVatAmount>
    <transactionDate>20161115</transactionDate>
    <transactionTime>235959</transactionTime>
    <transactionType>1</transactionType>
</vcs-pos:taxFreeVoucherRequest>
"""

# Listing 63, section 8.1.1 TaxFreeVoucher Message: Example Response: taxFreeVoucherResponse
LISTING_63 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:taxFreeVoucherResponse xmlns:vcs-pos="http://www.vibbek.com/pos">
    <voucherNumber>27562202-000334-0110000131</voucherNumber>
</vcs-pos:taxFreeVoucherResponse>
"""

# Listing 64, section 8.1.2 TaxFreeVoidVoucher Message: Example Request: taxFreeVoidVoucherRequest
LISTING_64 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:taxFreeVoidVoucherRequest xmlns:vcs-pos="http://www.vibbek.com/pos" xmlns:vcs-device="http://www.vibbek.com/device">
    <posId>1111</posId>
    <operatorId>1</operatorId>
    <voucherBarcode>225042011234560876543216</voucherBarcode>
    <voucherNumber>27562202-000334-0110000131</voucherNumber>
</vcs-pos:taxFreeVoidVoucherRequest>
"""

# Listing 65, section 8.1.2 TaxFreeVoidVoucher Message: Example Response: taxFreeVoidVoucherResponse
LISTING_65 = b"""\
<?xml version="1.0" encoding="UTF-8" ?>
<vcs-pos:taxFreeVoidVoucherResponse xmlns:vcs-pos="http://www.vibbek.com/pos"/>
"""

LISTINGS: dict[int, tuple[str, str, bytes]] = {
    1: ("6.1", "Example Request financialTrxRequest", LISTING_1),
    2: ("6.1", "Example Response: financialTrxResponse", LISTING_2),
    3: ("6.2", "Example Request: activationRequest", LISTING_3),
    4: ("6.2", "Example Response: activationResponse", LISTING_4),
    5: ("6.3", "Example Request: siConfigRequest", LISTING_5),
    6: ("6.3", "Example Response: siConfigResponse", LISTING_6),
    7: ("6.4", "Example Request: deactivationRequest", LISTING_7),
    8: ("6.4", "Example Response: deactivationResponse", LISTING_8),
    9: ("6.5", "Example Request: beFinalBalanceRequest", LISTING_9),
    10: ("6.5", "Example Response: beFinalBalanceResponse", LISTING_10),
    11: ("6.6", "Example Request: siInitRequest", LISTING_11),
    12: ("6.6", "Example Response: siInitResponse", LISTING_12),
    13: ("6.7", "Example Request: pingRequest", LISTING_13),
    14: ("6.7", "Example Response: pingResponse", LISTING_14),
    15: ("6.8", "Example Request: reversalRequest", LISTING_15),
    16: ("6.8", "Example Response: reversalResponse", LISTING_16),
    17: ("6.9", "Example Request: cancelReservationRequest", LISTING_17),
    18: ("6.9", "Example Response: cancelReservationResponse", LISTING_18),
    19: ("6.10", "Example Request: miSubmissionRequest", LISTING_19),
    20: ("6.10", "Example Response: miSubmissionResponse", LISTING_20),
    21: ("6.11", "Example Request: beTransmissionRequest", LISTING_21),
    22: ("6.11", "Example Response: beTransmissionResponse", LISTING_22),
    23: ("6.12", "Example Request: reprintReceiptRequest", LISTING_23),
    24: ("6.12", "Example Response: reprintReceiptResponse", LISTING_24),
    25: ("6.12", "Example Response: reprintReceiptResponse", LISTING_25),
    26: ("6.12", "Example Response: reprintReceiptResponse", LISTING_26),
    27: ("6.13", "Example Request: configDataRequest", LISTING_27),
    28: ("6.13", "Example Response: configDataResponse", LISTING_28),
    29: ("6.14", "Example Notification: errorNotification", LISTING_29),
    30: ("6.15", "Example Request: confirmationRequest", LISTING_30),
    31: ("6.15", "Example Response: confirmationResponse", LISTING_31),
    32: ("6.15", "Example Notification: timeoutNotification", LISTING_32),
    33: ("6.16", "Example Notification: displayNotification", LISTING_33),
    34: ("6.17", "Example Notification: printerNotification", LISTING_34),
    35: ("6.17", "Example Notification: printerNotification", LISTING_35),
    36: ("6.18", "Example Notification: abortCardEntryNotification", LISTING_36),
    37: ("6.19", "Example Request: waitForCardPresentRequest", LISTING_37),
    38: ("6.19", "Example Response: waitForCardPresentResponse", LISTING_38),
    39: ("6.20", "Example Request: waitForCardRemovedRequest", LISTING_39),
    40: ("6.20", "Example Response: waitForCardRemovedResponse", LISTING_40),
    41: ("6.21", "Example Request: interEodReceiptRequest", LISTING_41),
    42: ("6.21", "Example Response: interEodReceiptResponse", LISTING_42),
    43: ("6.22", "Example Request: checkCouponIdRequest", LISTING_43),
    44: ("6.22", "Example Response: checkCouponIdResponse", LISTING_44),
    45: ("6.23", "Example Request: pinpadInformationRequest", LISTING_45),
    46: ("6.23", "Example Response: pinpadInformationResponse", LISTING_46),
    47: ("6.24", "Example Request: generatePanTokenRequest", LISTING_47),
    48: ("6.24", "Example Response: generatePanTokenResponse", LISTING_48),
    49: ("6.25", "Example Request: printCurrencyRateTicketRequest", LISTING_49),
    50: ("6.25", "Example", LISTING_50),
    51: ("6.26.1", "Example Notification: cardEntryNotification", LISTING_51),
    52: ("6.26.2", "Example Notification: cardRemovalNotification", LISTING_52),
    53: ("6.26.3", "Example Notification: trxStartNotification", LISTING_53),
    54: ("6.26.4", "Example Notification: trxEndNotification", LISTING_54),
    55: ("6.26.5", "Example Notification: trxAbortNotification", LISTING_55),
    56: ("6.27", "Example Request: sleepRequest", LISTING_56),
    57: ("6.27", "Example Response: sleepResponse", LISTING_57),
    58: ("6.28", "Example Request: adaptAmountRequest", LISTING_58),
    59: ("6.28", "Example Response: adaptAmountResponse", LISTING_59),
    60: ("6.29", "Example Request: commitAuthorisationPurchaseRequest", LISTING_60),
    61: ("6.29", "Example Response: commitAuthorisationPurchaseResponse", LISTING_61),
    62: ("8.1.1", "Example Request: taxFreeVoucherRequest", LISTING_62),
    63: ("8.1.1", "Example Response: taxFreeVoucherResponse", LISTING_63),
    64: ("8.1.2", "Example Request: taxFreeVoidVoucherRequest", LISTING_64),
    65: ("8.1.2", "Example Response: taxFreeVoidVoucherResponse", LISTING_65),
}
