<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../till/ui/about_dialog.py" line="21" />
      <source>About till</source>
      <translation>About till</translation>
    </message>
    <message>
      <location filename="../till/ui/about_dialog.py" line="22" />
      <source>(made at the first start)</source>
      <translation>(made at the first start)</translation>
    </message>
    <message>
      <location filename="../till/ui/about_dialog.py" line="26" />
      <source>Program</source>
      <translation>Program</translation>
    </message>
    <message>
      <location filename="../till/ui/about_dialog.py" line="27" />
      <source>Model</source>
      <translation>Model</translation>
    </message>
    <message>
      <location filename="../till/ui/about_dialog.py" line="28" />
      <source>Maker</source>
      <translation>Maker</translation>
    </message>
    <message>
      <location filename="../till/ui/about_dialog.py" line="29" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../till/ui/about_dialog.py" line="30" />
      <source>Manufacturing number</source>
      <translation>Manufacturing number</translation>
    </message>
    <message>
      <location filename="../till/ui/about_dialog.py" line="38" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>AnswerWithinDialog</name>
    <message>
      <location filename="../till/ui/answer_dialog.py" line="70" />
      <source>{n} s left to answer</source>
      <translation>{n} s left to answer</translation>
    </message>
  </context>
  <context>
    <name>CardIntents</name>
    <message>
      <location filename="../till/ui/card_intents.py" line="33" />
      <source>Klarna payment (Point terminal)</source>
      <translation>Klarna payment (Point terminal)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="35" />
      <source>Card payment</source>
      <translation>Card payment</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="64" />
      <source>there is nothing to pay for</source>
      <translation>there is nothing to pay for</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="67" />
      <source>No Klarna terminal is set up for this till; take another tender.</source>
      <translation>No Klarna terminal is set up for this till; take another tender.</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="71" />
      <source>No card terminal is set up for this till; take another tender.</source>
      <translation>No card terminal is set up for this till; take another tender.</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="91" />
      <source>The card payment was cancelled; the sale is still open.</source>
      <translation>The card payment was cancelled; the sale is still open.</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="105" />
      <source>Card approved {approved} kr; {due} kr still due.</source>
      <translation>Card approved {approved} kr; {due} kr still due.</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="110" />
      <source>Card approved only {approved} kr of {asked} kr; {due} kr still due.</source>
      <translation>Card approved only {approved} kr of {asked} kr; {due} kr still due.</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="128" />
      <source>no card payment is in doubt</source>
      <translation>no card payment is in doubt</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="134" />
      <source>no card payment of this sale is in doubt</source>
      <translation>no card payment of this sale is in doubt</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="157" />
      <source>The money ({amount} kr) went back to the card. The sale is open: take the payment again, or void it.</source>
      <translation>The money ({amount} kr) went back to the card. The sale is open: take the payment again, or void it.</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="164" />
      <source>The reversal did not happen: the card payment of {amount} kr stands. Finish the sale (F8), or give it up again (Shift+F8).</source>
      <translation>The reversal did not happen: the card payment of {amount} kr stands. Finish the sale (F8), or give it up again (Shift+F8).</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="171" />
      <source>The card was charged {amount} kr; {due} kr still due.</source>
      <translation>The card was charged {amount} kr; {due} kr still due.</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="176" />
      <source>The card was not charged ({amount} kr). Take the payment again.</source>
      <translation>The card was not charged ({amount} kr). Take the payment again.</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="188" />
      <source>no card payment of this sale can be given up</source>
      <translation>no card payment of this sale can be given up</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="190" />
      <source>Give up the card payment</source>
      <translation>Give up the card payment</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="192" />
      <source>Reverse {amount} kr to the customer's card? The sale stays open: take another payment, or void it.</source>
      <translation>Reverse {amount} kr to the customer's card? The sale stays open: take another payment, or void it.</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="195" />
      <source>Reverse (Enter)</source>
      <translation>Reverse (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_intents.py" line="202" />
      <source>The card payment of {amount} kr was reversed; the sale is open.</source>
      <translation>The card payment of {amount} kr was reversed; the sale is open.</translation>
    </message>
  </context>
  <context>
    <name>CardPanel</name>
    <message>
      <location filename="../till/ui/card_panel.py" line="47" />
      <source>Ask the terminal again (F7)</source>
      <translation>Ask the terminal again (F7)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="48" />
      <source>Settle by hand – manager (Shift+F7)</source>
      <translation>Settle by hand – manager (Shift+F7)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="49" />
      <source>Retry the control code (F8)</source>
      <translation>Retry the control code (F8)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="50" />
      <source>Give up – reverse the card payment (Shift+F8)</source>
      <translation>Give up – reverse the card payment (Shift+F8)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="74" />
      <source>Paid by card  {amount}</source>
      <translation>Paid by card  {amount}</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="77" />
      <source>Still due  {amount}</source>
      <translation>Still due  {amount}</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="82" />
      <source>Locked: settle the card payment (F7)</source>
      <translation>Locked: settle the card payment (F7)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="84" />
      <source>Scan or type a code   (3*code adds 3)</source>
      <translation>Scan or type a code   (3*code adds 3)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="98" />
      <source>Receipt {number} is with the control unit</source>
      <translation>Receipt {number} is with the control unit</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="102" />
      <source>The control unit was asked for this receipt's control code and its answer did not come through, or the receipt could not be saved. Nothing can change now: F8 finishes this very receipt (the control unit is asked again with the same data).</source>
      <translation>The control unit was asked for this receipt's control code and its answer did not come through, or the receipt could not be saved. Nothing can change now: F8 finishes this very receipt (the control unit is asked again with the same data).</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="111" />
      <source>Sale locked: reversal of {amount} kr in doubt</source>
      <translation>Sale locked: reversal of {amount} kr in doubt</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="115" />
      <source>The till cannot tell whether the money went back to the card. Nothing can be added, paid or voided until it is settled: ask the terminal again (F7), or a manager settles it by hand (Shift+F7) after checking the terminal's last receipt.</source>
      <translation>The till cannot tell whether the money went back to the card. Nothing can be added, paid or voided until it is settled: ask the terminal again (F7), or a manager settles it by hand (Shift+F7) after checking the terminal's last receipt.</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="121" />
      <source>Sale locked: card payment of {amount} kr in doubt</source>
      <translation>Sale locked: card payment of {amount} kr in doubt</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="125" />
      <source>The till cannot tell whether the card was charged. Nothing can be added or paid until it is settled: ask the terminal again, or a manager settles it by hand after checking the terminal.</source>
      <translation>The till cannot tell whether the card was charged. Nothing can be added or paid until it is settled: ask the terminal again, or a manager settles it by hand after checking the terminal.</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="130" />
      <source>Card paid {amount} kr, but no control code</source>
      <translation>Card paid {amount} kr, but no control code</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="134" />
      <source>The receipt can only be made with a control code. Retry when the control unit answers, or give up: the card payment is then reversed.</source>
      <translation>The receipt can only be made with a control code. Retry when the control unit answers, or give up: the card payment is then reversed.</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="138" />
      <source>Paid by card {paid} kr – {due} kr still due</source>
      <translation>Paid by card {paid} kr – {due} kr still due</translation>
    </message>
    <message>
      <location filename="../till/ui/card_panel.py" line="142" />
      <source>Take the rest by card (F11) or in cash (F12). The items cannot change now; to start over, give up and the card payment is reversed.</source>
      <translation>Take the rest by card (F11) or in cash (F12). The items cannot change now; to start over, give up and the card payment is reversed.</translation>
    </message>
  </context>
  <context>
    <name>CardPaymentDialog</name>
    <message>
      <location filename="../till/ui/card_dialog.py" line="92" />
      <source>Card payment</source>
      <translation>Card payment</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="105" />
      <source>Still due</source>
      <translation>Still due</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="110" />
      <source>Charge the card</source>
      <translation>Charge the card</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="125" />
      <source>Terminal – for you</source>
      <translation>Terminal – for you</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="126" />
      <source>Terminal – customer's screen</source>
      <translation>Terminal – customer's screen</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="138" />
      <source>Enter starts the payment on the terminal.</source>
      <translation>Enter starts the payment on the terminal.</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="164" />
      <source>Cancel (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="166" />
      <source>Cash instead (F12)</source>
      <translation>Cash instead (F12)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="168" />
      <source>Start (Enter)</source>
      <translation>Start (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="210" />
      <source>the amount must be more than 0</source>
      <translation>the amount must be more than 0</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="212" />
      <source>at most {due} kr is due</source>
      <translation>at most {due} kr is due</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="235" />
      <source>Waiting for the terminal…</source>
      <translation>Waiting for the terminal…</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="250" />
      <source>Esc: stop waiting for the card     F12: customer pays cash instead</source>
      <translation>Esc: stop waiting for the card     F12: customer pays cash instead</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="252" />
      <source>Enter: start     Esc: back     F12: customer pays cash instead</source>
      <translation>Enter: start     Esc: back     F12: customer pays cash instead</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="263" />
      <source>Customer pays cash: asking the terminal to stop…</source>
      <translation>Customer pays cash: asking the terminal to stop…</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="265" />
      <source>Asking the terminal to stop waiting for the card…</source>
      <translation>Asking the terminal to stop waiting for the card…</translation>
    </message>
  </context>
  <context>
    <name>CartModel</name>
    <message>
      <location filename="../till/ui/cart_model.py" line="28" />
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../till/ui/cart_model.py" line="29" />
      <source>Qty</source>
      <translation>Qty</translation>
    </message>
    <message>
      <location filename="../till/ui/cart_model.py" line="30" />
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../till/ui/cart_model.py" line="31" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../till/ui/cart_model.py" line="32" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../till/ui/cart_model.py" line="33" />
      <source>VAT</source>
      <translation>VAT</translation>
    </message>
  </context>
  <context>
    <name>CashPaymentDialog</name>
    <message>
      <location filename="../till/ui/cash_dialog.py" line="42" />
      <source>Cash payment</source>
      <translation>Cash payment</translation>
    </message>
    <message>
      <location filename="../till/ui/cash_dialog.py" line="51" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../till/ui/cash_dialog.py" line="52" />
      <source>Öre rounding</source>
      <translation>Öre rounding</translation>
    </message>
    <message>
      <location filename="../till/ui/cash_dialog.py" line="53" />
      <source>To pay</source>
      <translation>To pay</translation>
    </message>
    <message>
      <location filename="../till/ui/cash_dialog.py" line="55" />
      <source>Tendered</source>
      <translation>Tendered</translation>
    </message>
    <message>
      <location filename="../till/ui/cash_dialog.py" line="63" />
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../till/ui/cash_dialog.py" line="68" />
      <source>Pay (Enter)</source>
      <translation>Pay (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/cash_dialog.py" line="72" />
      <source>Exact</source>
      <translation>Exact</translation>
    </message>
  </context>
  <context>
    <name>CashierWindow</name>
    <message>
      <location filename="../till/ui/action_buttons.py" line="38" />
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../till/ui/action_buttons.py" line="39" />
      <source>Qty</source>
      <translation>Qty</translation>
    </message>
    <message>
      <location filename="../till/ui/action_buttons.py" line="40" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../till/ui/action_buttons.py" line="41" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../till/ui/action_buttons.py" line="42" />
      <source>Void</source>
      <translation>Void</translation>
    </message>
    <message>
      <location filename="../till/ui/action_buttons.py" line="43" />
      <source>Return</source>
      <translation>Return</translation>
    </message>
    <message>
      <location filename="../till/ui/action_buttons.py" line="44" />
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../till/ui/action_buttons.py" line="45" />
      <source>X report</source>
      <translation>X report</translation>
    </message>
    <message>
      <location filename="../till/ui/action_buttons.py" line="46" />
      <source>Z report</source>
      <translation>Z report</translation>
    </message>
    <message>
      <location filename="../till/ui/action_buttons.py" line="47" />
      <source>Help</source>
      <translation>Help</translation>
    </message>
    <message>
      <location filename="../till/ui/action_buttons.py" line="48" />
      <source>Cash</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="../till/ui/action_buttons.py" line="49" />
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../till/ui/action_buttons.py" line="50" />
      <source>Klarna</source>
      <translation>Klarna</translation>
    </message>
    <message>
      <location filename="../till/ui/cashier_window.py" line="104" />
      <source>Something unexpected went wrong. The sale is kept; details are in the log.</source>
      <translation>Something unexpected went wrong. The sale is kept; details are in the log.</translation>
    </message>
    <message>
      <location filename="../till/ui/cashier_window.py" line="113" />
      <source>TRAINING MODE – no real sales. The receipts are training receipts; no card is charged.</source>
      <translation>TRAINING MODE – no real sales. The receipts are training receipts; no card is charged.</translation>
    </message>
    <message>
      <location filename="../till/ui/cashier_window.py" line="117" />
      <source>The control unit is out: cash invoices (kontantnota). Document the outage and report it to Skatteverket.</source>
      <translation>The control unit is out: cash invoices (kontantnota). Document the outage and report it to Skatteverket.</translation>
    </message>
    <message>
      <location filename="../till/ui/cashier_window.py" line="258" />
      <source>Scan or type a code   (3*code adds 3)</source>
      <translation>Scan or type a code   (3*code adds 3)</translation>
    </message>
    <message>
      <location filename="../till/ui/cashier_window.py" line="397" />
      <source>TRAINING MODE – {title}</source>
      <translation>TRAINING MODE – {title}</translation>
    </message>
    <message>
      <location filename="../till/ui/cashier_window.py" line="462" />
      <source>select a line first (↑/↓)</source>
      <translation>select a line first (↑/↓)</translation>
    </message>
    <message>
      <location filename="../till/ui/cashier_window.py" line="493" />
      <source>Ctrl+O: cash invoices (offline mode) while the control unit is out.</source>
      <translation>Ctrl+O: cash invoices (offline mode) while the control unit is out.</translation>
    </message>
    <message>
      <location filename="../till/ui/cashier_window.py" line="523" />
      <source>No card terminal is set up for this till.</source>
      <translation>No card terminal is set up for this till.</translation>
    </message>
    <message>
      <location filename="../till/ui/cashier_window.py" line="593" />
      <source>The open sale from before the restart is restored.</source>
      <translation>The open sale from before the restart is restored.</translation>
    </message>
  </context>
  <context>
    <name>CatalogDialog</name>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="52" />
      <location filename="../till/ui/catalog_dialog.py" line="294" />
      <source>Catalog</source>
      <translation>Catalog</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="60" />
      <source>Search by name, code or barcode</source>
      <translation>Search by name, code or barcode</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="67" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="68" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="69" />
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="70" />
      <source>VAT</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="71" />
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="72" />
      <source>Barcodes</source>
      <translation>Barcodes</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="92" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="93" />
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="94" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="95" />
      <location filename="../till/ui/catalog_dialog.py" line="295" />
      <source>Price list</source>
      <translation>Price list</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="99" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="137" />
      <source>{price}/kg</source>
      <translation>{price}/kg</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="139" />
      <source>{price} (open)</source>
      <translation>{price} (open)</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="144" />
      <source>{rate} %</source>
      <translation>{rate} %</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="157" />
      <source>{shown} of {count} products</source>
      <translation>{shown} of {count} products</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="229" />
      <source>Saved: {code} {name}.</source>
      <translation>Saved: {code} {name}.</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="234" />
      <source>Remove product</source>
      <translation>Remove product</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="236" />
      <source>Remove {code} {name} from the catalog? It is no longer sold; receipts and the journal keep it.</source>
      <translation>Remove {code} {name} from the catalog? It is no longer sold; receipts and the journal keep it.</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="239" />
      <source>Remove (Enter)</source>
      <translation>Remove (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/catalog_dialog.py" line="254" />
      <source>Removed: {code} {name}.</source>
      <translation>Removed: {code} {name}.</translation>
    </message>
  </context>
  <context>
    <name>ConfirmationDialog</name>
    <message>
      <location filename="../till/ui/confirmation_dialog.py" line="47" />
      <source>The card terminal asks</source>
      <translation>The card terminal asks</translation>
    </message>
    <message>
      <location filename="../till/ui/confirmation_dialog.py" line="52" />
      <source>Ask the customer:</source>
      <translation>Ask the customer:</translation>
    </message>
    <message>
      <location filename="../till/ui/confirmation_dialog.py" line="54" />
      <source>Please confirm:</source>
      <translation>Please confirm:</translation>
    </message>
    <message>
      <location filename="../till/ui/confirmation_dialog.py" line="62" />
      <source>Yes (Enter / Y)</source>
      <translation>Yes (Enter / Y)</translation>
    </message>
    <message>
      <location filename="../till/ui/confirmation_dialog.py" line="64" />
      <source>No (Esc / N)</source>
      <translation>No (Esc / N)</translation>
    </message>
  </context>
  <context>
    <name>DayReportIntents</name>
    <message>
      <location filename="../till/ui/day_report_intents.py" line="24" />
      <source>Day reports are not set up on this till.</source>
      <translation>Day reports are not set up on this till.</translation>
    </message>
    <message>
      <location filename="../till/ui/day_report_intents.py" line="37" />
      <source>The report was not printed: {error}</source>
      <translation>The report was not printed: {error}</translation>
    </message>
    <message>
      <location filename="../till/ui/day_report_intents.py" line="45" />
      <source>Z report</source>
      <translation>Z report</translation>
    </message>
    <message>
      <location filename="../till/ui/day_report_intents.py" line="47" />
      <source>Take the Z report? It closes the day: the day's figures start again from zero, and the card terminal's end of day runs with it.</source>
      <translation>Take the Z report? It closes the day: the day's figures start again from zero, and the card terminal's end of day runs with it.</translation>
    </message>
    <message>
      <location filename="../till/ui/day_report_intents.py" line="50" />
      <source>Take the Z report (Enter)</source>
      <translation>Take the Z report (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/day_report_intents.py" line="62" />
      <source>Z report {number} stored and printed.</source>
      <translation>Z report {number} stored and printed.</translation>
    </message>
    <message>
      <location filename="../till/ui/day_report_intents.py" line="65" />
      <source>Z report {number} is stored but was not printed: {error}</source>
      <translation>Z report {number} is stored but was not printed: {error}</translation>
    </message>
    <message>
      <location filename="../till/ui/day_report_intents.py" line="71" />
      <source>Card terminal end of day: done.</source>
      <translation>Card terminal end of day: done.</translation>
    </message>
    <message>
      <location filename="../till/ui/day_report_intents.py" line="74" />
      <source>The card terminal's end of day failed: {error}. Retry it with Ctrl+T.</source>
      <translation>The card terminal's end of day failed: {error}. Retry it with Ctrl+T.</translation>
    </message>
    <message>
      <location filename="../till/ui/day_report_intents.py" line="90" />
      <source>Reprint a Z report</source>
      <translation>Reprint a Z report</translation>
    </message>
    <message>
      <location filename="../till/ui/day_report_intents.py" line="91" />
      <source>Number of the Z report to print again (marked KOPIA)</source>
      <translation>Number of the Z report to print again (marked KOPIA)</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../till/ui/dialogs.py" line="64" />
      <source>Cancel (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
    <message>
      <location filename="../till/ui/dialogs.py" line="101" />
      <source>Something went wrong; nothing more was changed.</source>
      <translation>Something went wrong; nothing more was changed.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../till/adapters/print_worker.py" line="20" />
      <source>The receipt could not be printed.</source>
      <translation>The receipt could not be printed.</translation>
    </message>
    <message>
      <location filename="../till/adapters/printer.py" line="43" />
      <source>The printer {printer} was not found.</source>
      <translation>The printer {printer} was not found.</translation>
    </message>
    <message>
      <location filename="../till/adapters/printer.py" line="46" />
      <source>There is no receipt printer set up.</source>
      <translation>There is no receipt printer set up.</translation>
    </message>
    <message>
      <location filename="../till/adapters/printer.py" line="50" />
      <source>The receipt folder {folder} cannot be created.</source>
      <translation>The receipt folder {folder} cannot be created.</translation>
    </message>
    <message>
      <location filename="../till/adapters/printer.py" line="54" />
      <source>The receipt folder {folder} is not writable.</source>
      <translation>The receipt folder {folder} is not writable.</translation>
    </message>
    <message>
      <location filename="../till/adapters/printer.py" line="57" />
      <source>The till cannot print to {where}.</source>
      <translation>The till cannot print to {where}.</translation>
    </message>
    <message>
      <location filename="../till/adapters/printer.py" line="60" />
      <source>The till cannot open the printer.</source>
      <translation>The till cannot open the printer.</translation>
    </message>
    <message>
      <location filename="../till/adapters/printer.py" line="64" />
      <source>The printer did not accept the receipt.</source>
      <translation>The printer did not accept the receipt.</translation>
    </message>
    <message>
      <location filename="../till/app.py" line="38" />
      <source>The till cannot start.</source>
      <translation>The till cannot start.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_reversal.py" line="41" />
      <source>Only an approved card payment can be reversed.</source>
      <translation>Only an approved card payment can be reversed.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_reversal.py" line="45" />
      <source>This card payment has no terminal sequence number, so the terminal cannot be told which transaction to reverse. Refund it by other means.</source>
      <translation>This card payment has no terminal sequence number, so the terminal cannot be told which transaction to reverse. Refund it by other means.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_reversal.py" line="53" />
      <source>This card payment went to another kind of terminal than the one set up now, so it cannot be reversed here. Refund it by other means.</source>
      <translation>This card payment went to another kind of terminal than the one set up now, so it cannot be reversed here. Refund it by other means.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_reversal.py" line="61" />
      <source>The reversal of {amount} was not sent: {why} The card payment stands; try again when the terminal answers.</source>
      <translation>The reversal of {amount} was not sent: {why} The card payment stands; try again when the terminal answers.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_reversal.py" line="69" />
      <source>The terminal refused the reversal: {reason} The card payment of {amount} stands: finish the sale, or refund it by other means.</source>
      <translation>The terminal refused the reversal: {reason} The card payment of {amount} stands: finish the sale, or refund it by other means.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_reversal.py" line="77" />
      <source>The terminal's answer to the reversal of {amount} does not name this payment ({why}). The sale is locked: a manager must check the terminal's last receipt and settle it by hand.</source>
      <translation>The terminal's answer to the reversal of {amount} does not name this payment ({why}). The sale is locked: a manager must check the terminal's last receipt and settle it by hand.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_reversal.py" line="86" />
      <source>The card terminal stopped answering during the reversal of {amount}, so the till cannot tell whether the money went back to the card. The sale is locked until that is settled; the till asks the terminal as soon as it answers again.</source>
      <translation>The card terminal stopped answering during the reversal of {amount}, so the till cannot tell whether the money went back to the card. The sale is locked until that is settled; the till asks the terminal as soon as it answers again.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_reversal.py" line="95" />
      <source>The terminal's record does not show whether the money went back to the card. A manager must check the terminal's last receipt and settle the reversal by hand.</source>
      <translation>The terminal's record does not show whether the money went back to the card. A manager must check the terminal's last receipt and settle the reversal by hand.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_reversal.py" line="103" />
      <source>This card payment has no reversal in doubt.</source>
      <translation>This card payment has no reversal in doubt.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_reversal.py" line="107" />
      <source>Settling a reversal by hand needs a reason.</source>
      <translation>Settling a reversal by hand needs a reason.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_sale.py" line="29" />
      <source>A card payment must be more than 0 and at most {due}.</source>
      <translation>A card payment must be more than 0 and at most {due}.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_sale.py" line="33" />
      <source>In training mode a card pays the whole sale.</source>
      <translation>In training mode a card pays the whole sale.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_sale.py" line="35" />
      <source>{due} is still due.</source>
      <translation>{due} is still due.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_sale.py" line="37" />
      <source>There is no card payment to settle.</source>
      <translation>There is no card payment to settle.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_tender.py" line="55" />
      <source>No Klarna terminal is set up for this till; take another tender.</source>
      <translation>No Klarna terminal is set up for this till; take another tender.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_tender.py" line="59" />
      <source>No card terminal is set up for this till; take another tender.</source>
      <translation>No card terminal is set up for this till; take another tender.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_tender.py" line="63" />
      <source>This card payment went to another kind of terminal ({terminal_kind}) than the one set up now; a manager must settle it by hand.</source>
      <translation>This card payment went to another kind of terminal ({terminal_kind}) than the one set up now; a manager must settle it by hand.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_tender.py" line="71" />
      <source>The card was declined. Ask for another card or another way to pay.</source>
      <translation>The card was declined. Ask for another card or another way to pay.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_tender.py" line="77" />
      <source>The card terminal's answer does not say how much was charged, so the till cannot tell whether the card was charged. The sale is locked until that is settled from the terminal's record.</source>
      <translation>The card terminal's answer does not say how much was charged, so the till cannot tell whether the card was charged. The sale is locked until that is settled from the terminal's record.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_tender.py" line="86" />
      <source>The card terminal stopped answering during the payment, so the till cannot tell whether the card was charged. The sale is locked until that is settled; the till asks the terminal as soon as it answers again.</source>
      <translation>The card terminal stopped answering during the payment, so the till cannot tell whether the card was charged. The sale is locked until that is settled; the till asks the terminal as soon as it answers again.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_tender.py" line="95" />
      <source>The terminal's record does not show whether the card was charged. A manager must check the terminal's last receipt and settle the payment by hand.</source>
      <translation>The terminal's record does not show whether the card was charged. A manager must check the terminal's last receipt and settle the payment by hand.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_tender.py" line="103" />
      <source>The card terminal cannot be asked right now; the sale stays locked. The till asks again when the terminal answers.</source>
      <translation>The card terminal cannot be asked right now; the sale stays locked. The till asks again when the terminal answers.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_tender.py" line="111" />
      <source>This card payment is already settled.</source>
      <translation>This card payment is already settled.</translation>
    </message>
    <message>
      <location filename="../till/checkout/card_tender.py" line="115" />
      <source>Settling a card payment by hand needs a reason.</source>
      <translation>Settling a card payment by hand needs a reason.</translation>
    </message>
    <message>
      <location filename="../till/checkout/catalog.py" line="45" />
      <source>Finish or void the open sale before changing the catalog.</source>
      <translation>Finish or void the open sale before changing the catalog.</translation>
    </message>
    <message>
      <location filename="../till/checkout/catalog.py" line="49" />
      <source>{code} is not a product code: at most 32 letters, digits 0-9 and '-'.</source>
      <translation>{code} is not a product code: at most 32 letters, digits 0-9 and '-'.</translation>
    </message>
    <message>
      <location filename="../till/checkout/catalog.py" line="55" />
      <source>Code {code} already belongs to {name}.</source>
      <translation>Code {code} already belongs to {name}.</translation>
    </message>
    <message>
      <location filename="../till/checkout/catalog.py" line="59" />
      <source>Barcode {barcode} already belongs to {name} (code {code}).</source>
      <translation>Barcode {barcode} already belongs to {name} (code {code}).</translation>
    </message>
    <message>
      <location filename="../till/checkout/catalog.py" line="63" />
      <source>Barcode {barcode} is listed twice.</source>
      <translation>Barcode {barcode} is listed twice.</translation>
    </message>
    <message>
      <location filename="../till/checkout/catalog.py" line="66" />
      <source>A price is at most {limit}.</source>
      <translation>A price is at most {limit}.</translation>
    </message>
    <message>
      <location filename="../till/checkout/catalog.py" line="70" />
      <location filename="../till/cli_products.py" line="42" />
      <source>There is no product with the code {code} in the catalog.</source>
      <translation>There is no product with the code {code} in the catalog.</translation>
    </message>
    <message>
      <location filename="../till/checkout/catalog.py" line="74" />
      <source>A manager must approve changes to the catalog first.</source>
      <translation>A manager must approve changes to the catalog first.</translation>
    </message>
    <message>
      <location filename="../till/checkout/catalog.py" line="78" />
      <source>No printer is set up: the price list cannot be printed.</source>
      <translation>No printer is set up: the price list cannot be printed.</translation>
    </message>
    <message>
      <location filename="../till/checkout/catalog.py" line="82" />
      <source>The price list did not print: {why}</source>
      <translation>The price list did not print: {why}</translation>
    </message>
    <message>
      <location filename="../till/checkout/context.py" line="30" />
      <source>A payment is under way; wait for it to finish.</source>
      <translation>A payment is under way; wait for it to finish.</translation>
    </message>
    <message>
      <location filename="../till/checkout/context.py" line="34" />
      <source>Receipt {sequence_number} of this sale is with the control unit: nothing can change until it is finished (F8 asks again with the same receipt).</source>
      <translation>Receipt {sequence_number} of this sale is with the control unit: nothing can change until it is finished (F8 asks again with the same receipt).</translation>
    </message>
    <message>
      <location filename="../till/checkout/context.py" line="42" />
      <source>A card payment of this sale has an unknown outcome: settle it first (the till asks the terminal; a manager can settle it by hand).</source>
      <translation>A card payment of this sale has an unknown outcome: settle it first (the till asks the terminal; a manager can settle it by hand).</translation>
    </message>
    <message>
      <location filename="../till/checkout/context.py" line="50" />
      <source>This sale is partly paid by card: its items cannot change now. Take the rest, or give up the sale (the card payment is reversed).</source>
      <translation>This sale is partly paid by card: its items cannot change now. Take the rest, or give up the sale (the card payment is reversed).</translation>
    </message>
    <message>
      <location filename="../till/checkout/context.py" line="58" />
      <source>This is a return: pay the money back (F12 cash, F11 card).</source>
      <translation>This is a return: pay the money back (F12 cash, F11 card).</translation>
    </message>
    <message>
      <location filename="../till/checkout/context.py" line="60" />
      <source>This is a sale, not a return.</source>
      <translation>This is a sale, not a return.</translation>
    </message>
    <message>
      <location filename="../till/checkout/context.py" line="62" />
      <source>There is nothing to pay for.</source>
      <translation>There is nothing to pay for.</translation>
    </message>
    <message>
      <location filename="../till/checkout/context.py" line="66" />
      <source>A card payment of this sale has an unknown outcome. No new payment can be taken until it is settled, so the customer is never charged twice.</source>
      <translation>A card payment of this sale has an unknown outcome. No new payment can be taken until it is settled, so the customer is never charged twice.</translation>
    </message>
    <message>
      <location filename="../till/checkout/copies.py" line="19" />
      <source>There is no receipt {number} on register {register}.</source>
      <translation>There is no receipt {number} on register {register}.</translation>
    </message>
    <message>
      <location filename="../till/checkout/copies.py" line="23" />
      <source>Only a normal receipt can have a copy (not a training or pro forma one).</source>
      <translation>Only a normal receipt can have a copy (not a training or pro forma one).</translation>
    </message>
    <message>
      <location filename="../till/checkout/copies.py" line="29" />
      <source>Receipt {number} already has its copy: only one copy is allowed.</source>
      <translation>Receipt {number} already has its copy: only one copy is allowed.</translation>
    </message>
    <message>
      <location filename="../till/checkout/copies.py" line="33" />
      <source>The copy is registered but did not print: {why} It cannot be printed again (only one copy is allowed).</source>
      <translation>The copy is registered but did not print: {why} It cannot be printed again (only one copy is allowed).</translation>
    </message>
    <message>
      <location filename="../till/checkout/day_reports.py" line="28" />
      <source>Finish or void the open sale before the Z report.</source>
      <translation>Finish or void the open sale before the Z report.</translation>
    </message>
    <message>
      <location filename="../till/checkout/day_reports.py" line="31" />
      <source>There is no Z report number {number}.</source>
      <translation>There is no Z report number {number}.</translation>
    </message>
    <message>
      <location filename="../till/checkout/manager.py" line="26" />
      <location filename="../till/checkout/users.py" line="33" />
      <source>A manager must approve this, and this till cannot ask for a PIN.</source>
      <translation>A manager must approve this, and this till cannot ask for a PIN.</translation>
    </message>
    <message>
      <location filename="../till/checkout/manager.py" line="30" />
      <source>Not done: {action} needs a manager, and no PIN was set.</source>
      <translation>Not done: {action} needs a manager, and no PIN was set.</translation>
    </message>
    <message>
      <location filename="../till/checkout/manager.py" line="33" />
      <location filename="../till/checkout/users.py" line="36" />
      <source>Not done: {action} was not approved.</source>
      <translation>Not done: {action} was not approved.</translation>
    </message>
    <message>
      <location filename="../till/checkout/manager.py" line="36" />
      <source>Wrong manager PIN: not done.</source>
      <translation>Wrong manager PIN: not done.</translation>
    </message>
    <message>
      <location filename="../till/checkout/manager.py" line="40" />
      <source>Too many wrong PINs: wait {wait} s before trying again.</source>
      <translation>Too many wrong PINs: wait {wait} s before trying again.</translation>
    </message>
    <message>
      <location filename="../till/checkout/modes.py" line="21" />
      <source>Finish or void the open sale before switching training mode.</source>
      <translation>Finish or void the open sale before switching training mode.</translation>
    </message>
    <message>
      <location filename="../till/checkout/modes.py" line="25" />
      <source>Training mode has no cash invoices; leave training mode first.</source>
      <translation>Training mode has no cash invoices; leave training mode first.</translation>
    </message>
    <message>
      <location filename="../till/checkout/modes.py" line="29" />
      <source>Receipt {sequence_number} is with the control unit: it must be finished (F8) before cash invoices can be issued.</source>
      <translation>Receipt {sequence_number} is with the control unit: it must be finished (F8) before cash invoices can be issued.</translation>
    </message>
    <message>
      <location filename="../till/checkout/modes.py" line="37" />
      <source>Opening the drawer without a sale needs a reason.</source>
      <translation>Opening the drawer without a sale needs a reason.</translation>
    </message>
    <message>
      <location filename="../till/checkout/ports.py" line="50" />
      <source>The card was declined.</source>
      <translation>The card was declined.</translation>
    </message>
    <message>
      <location filename="../till/checkout/register.py" line="57" />
      <source>'{text}' is neither a product code nor a barcode.</source>
      <translation>'{text}' is neither a product code nor a barcode.</translation>
    </message>
    <message>
      <location filename="../till/checkout/register.py" line="60" />
      <source>No product has the code {product_code}.</source>
      <translation>No product has the code {product_code}.</translation>
    </message>
    <message>
      <location filename="../till/checkout/registration.py" line="48" />
      <source>A pro forma receipt needs a sale with items.</source>
      <translation>A pro forma receipt needs a sale with items.</translation>
    </message>
    <message>
      <location filename="../till/checkout/registration.py" line="52" />
      <source>No pro forma receipts while the control unit is out.</source>
      <translation>No pro forma receipts while the control unit is out.</translation>
    </message>
    <message>
      <location filename="../till/checkout/registration.py" line="56" />
      <source>The original of receipt {sequence_number} was printed already; only a copy (KOPIA) can be printed now.</source>
      <translation>The original of receipt {sequence_number} was printed already; only a copy (KOPIA) can be printed now.</translation>
    </message>
    <message>
      <location filename="../till/checkout/registration.py" line="64" />
      <source>Receipt {sequence_number} did not print: {print_error}</source>
      <translation>Receipt {sequence_number} did not print: {print_error}</translation>
    </message>
    <message>
      <location filename="../till/checkout/returns.py" line="36" />
      <source>Finish or void the open sale before a return.</source>
      <translation>Finish or void the open sale before a return.</translation>
    </message>
    <message>
      <location filename="../till/checkout/returns.py" line="40" />
      <source>There is no receipt {sequence_number} on {register_id}.</source>
      <translation>There is no receipt {sequence_number} on {register_id}.</translation>
    </message>
    <message>
      <location filename="../till/checkout/returns.py" line="44" />
      <source>Only a normal sale receipt can be returned against.</source>
      <translation>Only a normal sale receipt can be returned against.</translation>
    </message>
    <message>
      <location filename="../till/checkout/returns.py" line="48" />
      <source>This return is not against a receipt.</source>
      <translation>This return is not against a receipt.</translation>
    </message>
    <message>
      <location filename="../till/checkout/returns.py" line="52" />
      <source>That line is not on the original receipt.</source>
      <translation>That line is not on the original receipt.</translation>
    </message>
    <message>
      <location filename="../till/checkout/returns.py" line="56" />
      <source>At most {quantity} of {name} can be returned: more was not sold, or is already returned.</source>
      <translation>At most {quantity} of {name} can be returned: more was not sold, or is already returned.</translation>
    </message>
    <message>
      <location filename="../till/checkout/returns.py" line="63" />
      <source>That item is not on receipt {number}, or all of it is already returned.</source>
      <translation>That item is not on receipt {number}, or all of it is already returned.</translation>
    </message>
    <message>
      <location filename="../till/checkout/returns.py" line="69" />
      <source>This return is already paid back to the card: finish it (F8), or give it up (the credit is reversed).</source>
      <translation>This return is already paid back to the card: finish it (F8), or give it up (the credit is reversed).</translation>
    </message>
    <message>
      <location filename="../till/checkout/returns.py" line="77" />
      <source>The terminal credited another amount: give up the return.</source>
      <translation>The terminal credited another amount: give up the return.</translation>
    </message>
    <message>
      <location filename="../till/checkout/terminal_admin.py" line="31" />
      <source>Type the entry code the terminal shows (digits only).</source>
      <translation>Type the entry code the terminal shows (digits only).</translation>
    </message>
    <message>
      <location filename="../till/checkout/terminal_admin.py" line="34" />
      <source>REG_VER must be 1 or 2, not {reg_ver}.</source>
      <translation>REG_VER must be 1 or 2, not {reg_ver}.</translation>
    </message>
    <message>
      <location filename="../till/checkout/terminal_admin.py" line="38" />
      <source>This terminal is not paired with the till.</source>
      <translation>This terminal is not paired with the till.</translation>
    </message>
    <message>
      <location filename="../till/checkout/users.py" line="28" />
      <source>There is already a manager: sign in instead.</source>
      <translation>There is already a manager: sign in instead.</translation>
    </message>
    <message>
      <location filename="../till/checkout/users.py" line="30" />
      <source>Sign in first.</source>
      <translation>Sign in first.</translation>
    </message>
    <message>
      <location filename="../till/checkout/users.py" line="38" />
      <source>Not done: {why}</source>
      <translation>Not done: {why}</translation>
    </message>
    <message>
      <location filename="../till/checkout/users.py" line="41" />
      <source>{name} cannot disable themselves: another manager must do it.</source>
      <translation>{name} cannot disable themselves: another manager must do it.</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="42" />
      <source>Cannot write {output}: {error}.</source>
      <translation>Cannot write {output}: {error}.</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="46" />
      <source>There is no receipt number {number} for this register.</source>
      <translation>There is no receipt number {number} for this register.</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="50" />
      <source>No terminal in the settings: name one with --host.</source>
      <translation>No terminal in the settings: name one with --host.</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="53" />
      <source>A manager PIN is 4 to 12 digits 0-9.</source>
      <translation>A manager PIN is 4 to 12 digits 0-9.</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="57" />
      <source>No PIN was typed: standard input is closed or empty.</source>
      <translation>No PIN was typed: standard input is closed or empty.</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="59" />
      <source>Not used.</source>
      <translation>Not used.</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="62" />
      <source>There is no Z report number {reprint}.</source>
      <translation>There is no Z report number {reprint}.</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="66" />
      <source>The two PINs differ: the PIN was not changed.</source>
      <translation>The two PINs differ: the PIN was not changed.</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="29" />
      <source>No certificate is set (control_unit.certificate): the till uses the iSecureIPC gateway.</source>
      <translation>No certificate is set (control_unit.certificate): the till uses the iSecureIPC gateway.</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="34" />
      <source>No certificate is set.</source>
      <translation>No certificate is set.</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="37" />
      <source>No passphrase was typed: standard input is closed or empty.</source>
      <translation>No passphrase was typed: standard input is closed or empty.</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="40" />
      <source>The passphrase is empty.</source>
      <translation>The passphrase is empty.</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="30" />
      <source>Give the reason with --reason; it is journaled.</source>
      <translation>Give the reason with --reason; it is journaled.</translation>
    </message>
    <message>
      <location filename="../till/cli_point.py" line="27" />
      <source>Give the code the Klarna terminal shows with --entry-code CODE ({pair}).</source>
      <translation>Give the code the Klarna terminal shows with --entry-code CODE ({pair}).</translation>
    </message>
    <message>
      <location filename="../till/cli_point.py" line="33" />
      <source>"{code_value}" is not a pairing code: the 1 to 16 digits 0-9 the terminal shows.</source>
      <translation>"{code_value}" is not a pairing code: the 1 to 16 digits 0-9 the terminal shows.</translation>
    </message>
    <message>
      <location filename="../till/cli_point.py" line="39" />
      <source>{command} takes the Klarna terminal's address from the settings' [point] section, not from --host/--port.</source>
      <translation>{command} takes the Klarna terminal's address from the settings' [point] section, not from --host/--port.</translation>
    </message>
    <message>
      <location filename="../till/cli_point.py" line="53" />
      <source>No Point (Klarna) terminal in the settings: add a [point] section with its host (`till-admin settings example` shows one).</source>
      <translation>No Point (Klarna) terminal in the settings: add a [point] section with its host (`till-admin settings example` shows one).</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="35" />
      <source>Cannot read {file}: {reason}.</source>
      <translation>Cannot read {file}: {reason}.</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="38" />
      <source>Cannot write {file}: {reason}.</source>
      <translation>Cannot write {file}: {reason}.</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="25" />
      <source>Nothing was typed: standard input is closed or empty.</source>
      <translation>Nothing was typed: standard input is closed or empty.</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="29" />
      <source>The two PINs differ: nothing was changed.</source>
      <translation>The two PINs differ: nothing was changed.</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="33" />
      <source>There is no manager yet: add one first (--role manager).</source>
      <translation>There is no manager yet: add one first (--role manager).</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="37" />
      <source>There are no users yet: add the first manager (users add NAME --role manager).</source>
      <translation>There are no users yet: add the first manager (users add NAME --role manager).</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="42" />
      <source>There is no user {user}.</source>
      <translation>There is no user {user}.</translation>
    </message>
    <message>
      <location filename="../till/core/money.py" line="14" />
      <source>'{text}' is not an amount.</source>
      <translation>'{text}' is not an amount.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="19" />
      <source>{name}: a price cannot be negative.</source>
      <translation>{name}: a price cannot be negative.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="22" />
      <source>'{text}' is not a quantity.</source>
      <translation>'{text}' is not a quantity.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="26" />
      <source>Only weighed goods can have a fractional quantity.</source>
      <translation>Only weighed goods can have a fractional quantity.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="30" />
      <source>The quantity must be more than 0 and at most 999.</source>
      <translation>The quantity must be more than 0 and at most 999.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="34" />
      <source>The amount tendered is less than the amount due.</source>
      <translation>The amount tendered is less than the amount due.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="37" />
      <source>'{text}' is not a receipt number.</source>
      <translation>'{text}' is not a receipt number.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="40" />
      <source>{name} is sold by the piece.</source>
      <translation>{name} is sold by the piece.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="42" />
      <source>{name} has a fixed price.</source>
      <translation>{name} has a fixed price.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="45" />
      <source>{name}: the price must be more than 0 and at most {most}.</source>
      <translation>{name}: the price must be more than 0 and at most {most}.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="49" />
      <source>Items from a receipt can only be taken back in a return.</source>
      <translation>Items from a receipt can only be taken back in a return.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="52" />
      <source>Only {sold} of {name} was sold.</source>
      <translation>Only {sold} of {name} was sold.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="54" />
      <source>There is no line {line_no}.</source>
      <translation>There is no line {line_no}.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="57" />
      <source>The discount would be larger than the line.</source>
      <translation>The discount would be larger than the line.</translation>
    </message>
    <message>
      <location filename="../till/core/sale.py" line="61" />
      <source>A discount must be between 0 and the line's amount.</source>
      <translation>A discount must be between 0 and the line's amount.</translation>
    </message>
    <message>
      <location filename="../till/core/vat.py" line="17" />
      <source>VAT rate {rate} % is not one of 25, 12, 6, 0.</source>
      <translation>VAT rate {rate} % is not one of 25, 12, 6, 0.</translation>
    </message>
    <message>
      <location filename="../till/secrets.py" line="49" />
      <source>No secure keyring is available to the till's user account, so the till cannot keep its journal key safely, and it will not keep it in a plain file. On Linux, install and unlock a keyring with the Secret Service interface (GNOME Keyring or KWallet, in the desktop session the till runs in); on Windows and macOS the system's own keyring is used. Then start the till again. ({why})</source>
      <translation>No secure keyring is available to the till's user account, so the till cannot keep its journal key safely, and it will not keep it in a plain file. On Linux, install and unlock a keyring with the Secret Service interface (GNOME Keyring or KWallet, in the desktop session the till runs in); on Windows and macOS the system's own keyring is used. Then start the till again. ({why})</translation>
    </message>
    <message>
      <location filename="../till/secrets.py" line="62" />
      <source>The journal key in the keyring (service 'till', entry 'journal key') is damaged. Do not delete it; call for service.</source>
      <translation>The journal key in the keyring (service 'till', entry 'journal key') is damaged. Do not delete it; call for service.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="14" />
      <source>The settings file's name "{path}" has a NUL character in it.</source>
      <translation>The settings file's name "{path}" has a NUL character in it.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="18" />
      <source>No settings file at {path}. Create one (`till-admin settings example &gt; {path}`) or name one with --config PATH or TILL_CONFIG.</source>
      <translation>No settings file at {path}. Create one (`till-admin settings example &gt; {path}`) or name one with --config PATH or TILL_CONFIG.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="26" />
      <source>The settings file {path} cannot be read: {error}.</source>
      <translation>The settings file {path} cannot be read: {error}.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="30" />
      <source>The file {path} is too large to be a settings file.</source>
      <translation>The file {path} is too large to be a settings file.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="34" />
      <source>The settings file {source} is not UTF-8 text ({error}); save it as UTF-8.</source>
      <translation>The settings file {source} is not UTF-8 text ({error}); save it as UTF-8.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="40" />
      <source>The settings file {source} is not valid TOML: {error}.</source>
      <translation>The settings file {source} is not valid TOML: {error}.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="44" />
      <source>The settings file {source} is not valid TOML: values nested too deeply.</source>
      <translation>The settings file {source} is not valid TOML: values nested too deeply.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="49" />
      <source>Setting '{key}' in {source}: {why}</source>
      <translation>Setting '{key}' in {source}: {why}</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="55" />
      <source>'{section}' must be a table ([{section}]), not {value}.</source>
      <translation>'{section}' must be a table ([{section}]), not {value}.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="57" />
      <source>is missing.</source>
      <translation>is missing.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="59" />
      <source>{value} is far out of range.</source>
      <translation>{value} is far out of range.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="62" />
      <source>must be a {kind}, not {value}.</source>
      <translation>must be a {kind}, not {value}.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="65" />
      <source>must be between {low} and {high}.</source>
      <translation>must be between {low} and {high}.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="67" />
      <source>must not be empty.</source>
      <translation>must not be empty.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="68" />
      <source>has a NUL character in it.</source>
      <translation>has a NUL character in it.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="71" />
      <source>names a home folder that does not exist: {value}.</source>
      <translation>names a home folder that does not exist: {value}.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="75" />
      <source>must be the shop's name, 1 to 64 characters.</source>
      <translation>must be the shop's name, 1 to 64 characters.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="78" />
      <source>must be the 10-digit organisation number.</source>
      <translation>must be the 10-digit organisation number.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="80" />
      <source>must be the shop's address.</source>
      <translation>must be the shop's address.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="83" />
      <source>must be 1 to {most} letters or digits.</source>
      <translation>must be 1 to {most} letters or digits.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="85" />
      <source>must be "ipc" or "direct".</source>
      <translation>must be "ipc" or "direct".</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="88" />
      <source>must be SaleAmount or PurchaseAmount.</source>
      <translation>must be SaleAmount or PurchaseAmount.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="92" />
      <source>must be 1 to 64 letters, digits, spaces, dots or dashes.</source>
      <translation>must be 1 to 64 letters, digits, spaces, dots or dashes.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="96" />
      <source>is needed with transport = "direct".</source>
      <translation>is needed with transport = "direct".</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="99" />
      <source>must be a printer's name.</source>
      <translation>must be a printer's name.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="101" />
      <source>must be one of {languages}.</source>
      <translation>must be one of {languages}.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="102" />
      <source>must be a host name.</source>
      <translation>must be a host name.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="104" />
      <source>must be a host name or address.</source>
      <translation>must be a host name or address.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="108" />
      <source>must be an https URL, e.g. "https://ccu.example.se:443/posconnexion".</source>
      <translation>must be an https URL, e.g. "https://ccu.example.se:443/posconnexion".</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="114" />
      <source>must be an https URL, e.g. "https://ccu.example.se:443/posconnexion", with no user, query or fragment.</source>
      <translation>must be an https URL, e.g. "https://ccu.example.se:443/posconnexion", with no user, query or fragment.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="122" />
      <source>has a path with characters a URL path cannot have.</source>
      <translation>has a path with characters a URL path cannot have.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="126" />
      <source>must be "none", "wallee", "point" or "both".</source>
      <translation>must be "none", "wallee", "point" or "both".</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="130" />
      <source>is "{stated}", so the file needs {needs}, but it has {has}.</source>
      <translation>is "{stated}", so the file needs {needs}, but it has {has}.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="134" />
      <source>neither a [terminal] nor a [point] section</source>
      <translation>neither a [terminal] nor a [point] section</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="138" />
      <source>a [terminal] section and no [point] section</source>
      <translation>a [terminal] section and no [point] section</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="141" />
      <source>a [point] section and no [terminal] section</source>
      <translation>a [point] section and no [terminal] section</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="144" />
      <source>a [terminal] and a [point] section</source>
      <translation>a [terminal] and a [point] section</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="149" />
      <source>must be an amount in kronor, e.g. "1000,00".</source>
      <translation>must be an amount in kronor, e.g. "1000,00".</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="153" />
      <source>must be an amount in kronor, e.g. "1000,00" (digits 0-9).</source>
      <translation>must be an amount in kronor, e.g. "1000,00" (digits 0-9).</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="155" />
      <source>cannot be negative.</source>
      <translation>cannot be negative.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="157" />
      <source>must be a 3-digit ISO 4217 code.</source>
      <translation>must be a 3-digit ISO 4217 code.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="160" />
      <source>must be a 2-letter ISO 639-1 code.</source>
      <translation>must be a 2-letter ISO 639-1 code.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="163" />
      <source>must differ from point.port ({port}).</source>
      <translation>must differ from point.port ({port}).</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="167" />
      <source>must differ from point.port ({port}) and point.secondary_port ({secondary_port}).</source>
      <translation>must differ from point.port ({port}) and point.secondary_port ({secondary_port}).</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="174" />
      <source>must be the till's IP address as the terminal reaches it, e.g. 192.168.1.20.</source>
      <translation>must be the till's IP address as the terminal reaches it, e.g. 192.168.1.20.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="180" />
      <source>must be 1 to 30 letters, digits, dashes or underscores.</source>
      <translation>must be 1 to 30 letters, digits, dashes or underscores.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="183" />
      <source>must be a payment type, e.g. Klarna.</source>
      <translation>must be a payment type, e.g. Klarna.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="186" />
      <source>must be "system" or "escpos".</source>
      <translation>must be "system" or "escpos".</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="190" />
      <source>must be "network", "serial", "usb" or "file".</source>
      <translation>must be "network", "serial", "usb" or "file".</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="193" />
      <source>must be 80 or 58 (millimetres).</source>
      <translation>must be 80 or 58 (millimetres).</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="195" />
      <source>must be one of {pages}.</source>
      <translation>must be one of {pages}.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="198" />
      <source>must be a serial port, such as COM3 or /dev/ttyS0.</source>
      <translation>must be a serial port, such as COM3 or /dev/ttyS0.</translation>
    </message>
    <message>
      <location filename="../till/settings_texts.py" line="201" />
      <source>must be four hex digits, such as "04b8".</source>
      <translation>must be four hex digits, such as "04b8".</translation>
    </message>
    <message>
      <location filename="../till/store/card_payments.py" line="35" />
      <source>The receipt was NOT saved: its card payment is not (or no longer) approved. Settle the card payment first.</source>
      <translation>The receipt was NOT saved: its card payment is not (or no longer) approved. Settle the card payment first.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="93" />
      <source>Line {line}: {problem}</source>
      <translation>Line {line}: {problem}</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="96" />
      <source>Line {line}, column '{column}': {problem}</source>
      <translation>Line {line}, column '{column}': {problem}</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="100" />
      <source>The file is UTF-16 (Excel's "Unicode text") or not text at all: save it as "CSV UTF-8" or "CSV (semicolon delimited)".</source>
      <translation>The file is UTF-16 (Excel's "Unicode text") or not text at all: save it as "CSV UTF-8" or "CSV (semicolon delimited)".</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="108" />
      <source>Byte 0x{byte} is neither UTF-8 nor Windows-1252 text: save the file as "CSV UTF-8".</source>
      <translation>Byte 0x{byte} is neither UTF-8 nor Windows-1252 text: save the file as "CSV UTF-8".</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="115" />
      <source>This line cannot be read as CSV: a field is longer than 131,072 characters, or its quotes are broken.</source>
      <translation>This line cannot be read as CSV: a field is longer than 131,072 characters, or its quotes are broken.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="123" />
      <source>Expected {expected} fields, found {found}.</source>
      <translation>Expected {expected} fields, found {found}.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="127" />
      <source>Expected {expected} fields, found {found}: quote prices with a decimal comma, or separate the fields with ';'.</source>
      <translation>Expected {expected} fields, found {found}: quote prices with a decimal comma, or separate the fields with ';'.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="134" />
      <source>Code {code} is also on line {other}.</source>
      <translation>Code {code} is also on line {other}.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="138" />
      <source>Barcode {barcode} is also on line {other}.</source>
      <translation>Barcode {barcode} is also on line {other}.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="142" />
      <source>Quick key {position} of group {group} is also on line {other}.</source>
      <translation>Quick key {position} of group {group} is also on line {other}.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="146" />
      <source>The file is empty: the first line must name the columns.</source>
      <translation>The file is empty: the first line must name the columns.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="150" />
      <source>Unknown column {name}: the columns are {columns}.</source>
      <translation>Unknown column {name}: the columns are {columns}.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="153" />
      <source>Column {name} is named twice.</source>
      <translation>Column {name} is named twice.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="157" />
      <source>The column is missing from the header.</source>
      <translation>The column is missing from the header.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="160" />
      <source>A control character is in it.</source>
      <translation>A control character is in it.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="163" />
      <source>{value} has digits other than 0-9.</source>
      <translation>{value} has digits other than 0-9.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="165" />
      <source>A product needs a code.</source>
      <translation>A product needs a code.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="166" />
      <source>A product needs a name.</source>
      <translation>A product needs a name.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="169" />
      <source>{value} is not a price in kronor (write it like 24,90).</source>
      <translation>{value} is not a price in kronor (write it like 24,90).</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="172" />
      <source>A price cannot be negative.</source>
      <translation>A price cannot be negative.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="175" />
      <source>{value} is not a VAT rate: use 25, 12, 6 or 0.</source>
      <translation>{value} is not a VAT rate: use 25, 12, 6 or 0.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="178" />
      <source>{value} is not a unit: use st or kg.</source>
      <translation>{value} is not a unit: use st or kg.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="181" />
      <source>{value} is not yes or no: use ja or nej.</source>
      <translation>{value} is not yes or no: use ja or nej.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="185" />
      <source>{value} is not a barcode: at most 32 letters, digits 0-9 and '-'.</source>
      <translation>{value} is not a barcode: at most 32 letters, digits 0-9 and '-'.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="191" />
      <source>{value} is a barcode Excel turned into a number (its last digits are lost): format the barcode column as text in Excel, type the barcodes again and save.</source>
      <translation>{value} is a barcode Excel turned into a number (its last digits are lost): format the barcode column as text in Excel, type the barcodes again and save.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="199" />
      <source>Barcode {barcode} has a wrong check digit: the last digit should be {expected}.</source>
      <translation>Barcode {barcode} has a wrong check digit: the last digit should be {expected}.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="205" />
      <source>{value} is not a quick key's place: use 1 to 99.</source>
      <translation>{value} is not a quick key's place: use 1 to 99.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="209" />
      <source>A quick key needs a group: give the product one.</source>
      <translation>A quick key needs a group: give the product one.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="212" />
      <source>This is longer than {limit} characters.</source>
      <translation>This is longer than {limit} characters.</translation>
    </message>
    <message>
      <location filename="../till/store/catalog_csv.py" line="216" />
      <source>{error} (The file was read as Windows-1252, as Swedish Excel saves CSV, not as UTF-8.)</source>
      <translation>{error} (The file was read as Windows-1252, as Swedish Excel saves CSV, not as UTF-8.)</translation>
    </message>
    <message>
      <location filename="../till/store/copies.py" line="20" />
      <source>There is no receipt {sequence_number} on register {register_id}; no copy was made.</source>
      <translation>There is no receipt {sequence_number} on register {register_id}; no copy was made.</translation>
    </message>
    <message>
      <location filename="../till/store/copies.py" line="27" />
      <source>Receipt {sequence_number} is {receipt_type}: only a normal receipt can have a copy.</source>
      <translation>Receipt {sequence_number} is {receipt_type}: only a normal receipt can have a copy.</translation>
    </message>
    <message>
      <location filename="../till/store/copies.py" line="34" />
      <source>Receipt {sequence_number} already has its copy; SKVFS 2014:9 allows only one.</source>
      <translation>Receipt {sequence_number} already has its copy; SKVFS 2014:9 allows only one.</translation>
    </message>
    <message>
      <location filename="../till/store/database.py" line="24" />
      <source>This database is from a newer till version (schema {version}; this program knows up to {known}). Install the newer till version; do not delete the database.</source>
      <translation>This database is from a newer till version (schema {version}; this program knows up to {known}). Install the newer till version; do not delete the database.</translation>
    </message>
    <message>
      <location filename="../till/store/database.py" line="39" />
      <source>The database is busy (another till program may have it open). Nothing was lost; try again.</source>
      <translation>The database is busy (another till program may have it open). Nothing was lost; try again.</translation>
    </message>
    <message>
      <location filename="../till/store/database.py" line="47" />
      <source>The disk is full or failing: the last change was NOT saved. Earlier sales and receipts are safe. Free disk space or call for service, then try again.</source>
      <translation>The disk is full or failing: the last change was NOT saved. Earlier sales and receipts are safe. Free disk space or call for service, then try again.</translation>
    </message>
    <message>
      <location filename="../till/store/database.py" line="55" />
      <source>The disk is full or failing: the receipt was NOT saved and the sale is still open. Free disk space or call for service, then try again.</source>
      <translation>The disk is full or failing: the receipt was NOT saved and the sale is still open. Free disk space or call for service, then try again.</translation>
    </message>
    <message>
      <location filename="../till/store/database.py" line="63" />
      <source>The database cannot be written to (read-only file or folder). Nothing was saved; call for service.</source>
      <translation>The database cannot be written to (read-only file or folder). Nothing was saved; call for service.</translation>
    </message>
    <message>
      <location filename="../till/store/database.py" line="71" />
      <source>The database file is damaged or is not a till database. Do not delete it; call for service.</source>
      <translation>The database file is damaged or is not a till database. Do not delete it; call for service.</translation>
    </message>
    <message>
      <location filename="../till/store/database.py" line="79" />
      <source>The database file cannot be opened. Check the disk and the folder's permissions.</source>
      <translation>The database file cannot be opened. Check the disk and the folder's permissions.</translation>
    </message>
    <message>
      <location filename="../till/store/database.py" line="84" />
      <source>The database refused the change: {reason}</source>
      <translation>The database refused the change: {reason}</translation>
    </message>
    <message>
      <location filename="../till/store/database.py" line="88" />
      <source>The database reported an error; nothing was saved. Try again or call for service.</source>
      <translation>The database reported an error; nothing was saved. Try again or call for service.</translation>
    </message>
    <message>
      <location filename="../till/store/day_reports.py" line="39" />
      <source>Z report number {number} cannot be used on register {register_id}: the next Z report is number {expected}. The Z report was NOT saved.</source>
      <translation>Z report number {number} cannot be used on register {register_id}: the next Z report is number {expected}. The Z report was NOT saved.</translation>
    </message>
    <message>
      <location filename="../till/store/day_reports.py" line="47" />
      <source>The Z report does not start where the previous one ended (another Z report was taken meanwhile?). Take the report again.</source>
      <translation>The Z report does not start where the previous one ended (another Z report was taken meanwhile?). Take the report again.</translation>
    </message>
    <message>
      <location filename="../till/store/day_reports.py" line="55" />
      <source>Nothing was registered on register {register_id} since Z report {z_number}: the period is already closed, and a second Z report for it is not allowed.</source>
      <translation>Nothing was registered on register {register_id} since Z report {z_number}: the period is already closed, and a second Z report for it is not allowed.</translation>
    </message>
    <message>
      <location filename="../till/store/day_reports.py" line="63" />
      <source>Nothing was registered on register {register_id}: the period is already closed, and a second Z report for it is not allowed.</source>
      <translation>Nothing was registered on register {register_id}: the period is already closed, and a second Z report for it is not allowed.</translation>
    </message>
    <message>
      <location filename="../till/store/day_reports.py" line="71" />
      <source>The Z report's journal head is not the journal's row it closes. Take the report again.</source>
      <translation>The Z report's journal head is not the journal's row it closes. Take the report again.</translation>
    </message>
    <message>
      <location filename="../till/store/day_reports.py" line="78" />
      <source>The journal names a record the database does not hold; the report cannot be made. Run the journal check (till-admin journal verify) and call for service.</source>
      <translation>The journal names a record the database does not hold; the report cannot be made. Run the journal check (till-admin journal verify) and call for service.</translation>
    </message>
    <message>
      <location filename="../till/store/journal.py" line="45" />
      <source>The journal key is not available, so nothing can be journaled. Call for service.</source>
      <translation>The journal key is not available, so nothing can be journaled. Call for service.</translation>
    </message>
    <message>
      <location filename="../till/store/journal_anchor.py" line="71" />
      <source>The till did not open for sales: its journal failed the check at start.

{problems}

Nothing was changed. Do not delete or replace the database ({path}); call for service. `till-admin journal verify` lists every problem. If the database was put back or started anew on purpose, a manager accepts it with `till-admin journal reset-anchor --reason "..."`, which is journaled.</source>
      <translation>The till did not open for sales: its journal failed the check at start.

{problems}

Nothing was changed. Do not delete or replace the database ({path}); call for service. `till-admin journal verify` lists every problem. If the database was put back or started anew on purpose, a manager accepts it with `till-admin journal reset-anchor --reason "..."`, which is journaled.</translation>
    </message>
    <message>
      <location filename="../till/store/manager_pin.py" line="22" />
      <source>A manager PIN is 4 to 12 digits.</source>
      <translation>A manager PIN is 4 to 12 digits.</translation>
    </message>
    <message>
      <location filename="../till/store/repository.py" line="62" />
      <source>Receipt number {sequence_number} is not the next one ({expected}); nothing was sent.</source>
      <translation>Receipt number {sequence_number} is not the next one ({expected}); nothing was sent.</translation>
    </message>
    <message>
      <location filename="../till/store/returns.py" line="20" />
      <source>There is no receipt {sequence_number} on register {register_id}.</source>
      <translation>There is no receipt {sequence_number} on register {register_id}.</translation>
    </message>
    <message>
      <location filename="../till/store/returns.py" line="24" />
      <source>Receipt {sequence_number} is itself a return: only a sale can be returned.</source>
      <translation>Receipt {sequence_number} is itself a return: only a sale can be returned.</translation>
    </message>
    <message>
      <location filename="../till/store/returns.py" line="30" />
      <source>Receipt {sequence_number} is {receipt_type}: only a normal sale receipt can be returned against.</source>
      <translation>Receipt {sequence_number} is {receipt_type}: only a normal sale receipt can be returned against.</translation>
    </message>
    <message>
      <location filename="../till/store/returns.py" line="38" />
      <source>{name} is not a line of receipt {n}: a return against a receipt can only take back what is on it. The return was NOT saved.</source>
      <translation>{name} is not a line of receipt {n}: a return against a receipt can only take back what is on it. The return was NOT saved.</translation>
    </message>
    <message>
      <location filename="../till/store/returns.py" line="46" />
      <source>{name} does not match line {line} of receipt {n} (code, price or VAT differ). The return was NOT saved.</source>
      <translation>{name} does not match line {line} of receipt {n} (code, price or VAT differ). The return was NOT saved.</translation>
    </message>
    <message>
      <location filename="../till/store/returns.py" line="54" />
      <source>Only {left_text} of {name} from receipt {n} can still be returned. The return was NOT saved.</source>
      <translation>Only {left_text} of {name} from receipt {n} can still be returned. The return was NOT saved.</translation>
    </message>
    <message>
      <location filename="../till/store/sale_documents.py" line="34" />
      <source>Receipt number {sequence_number} cannot be used on register {register_id}: the next number in the series is {expected}. The receipt was NOT saved.</source>
      <translation>Receipt number {sequence_number} cannot be used on register {register_id}: the next number in the series is {expected}. The receipt was NOT saved.</translation>
    </message>
    <message>
      <location filename="../till/store/sale_documents.py" line="42" />
      <source>Cash invoice number {sequence_number} cannot be used on register {register_id}: the next number in the series is {expected}. The cash invoice was NOT saved.</source>
      <translation>Cash invoice number {sequence_number} cannot be used on register {register_id}: the next number in the series is {expected}. The cash invoice was NOT saved.</translation>
    </message>
    <message>
      <location filename="../till/store/sale_documents.py" line="65" />
      <source>a normal receipt</source>
      <translation>a normal receipt</translation>
    </message>
    <message>
      <location filename="../till/store/sale_documents.py" line="68" />
      <source>a training receipt</source>
      <translation>a training receipt</translation>
    </message>
    <message>
      <location filename="../till/store/sale_documents.py" line="71" />
      <source>a pro forma receipt</source>
      <translation>a pro forma receipt</translation>
    </message>
    <message>
      <location filename="../till/store/users.py" line="31" />
      <source>A user's name is 1 to 40 characters and not only digits.</source>
      <translation>A user's name is 1 to 40 characters and not only digits.</translation>
    </message>
    <message>
      <location filename="../till/store/users.py" line="34" />
      <source>There is already a user named {name}.</source>
      <translation>There is already a user named {name}.</translation>
    </message>
    <message>
      <location filename="../till/store/users.py" line="38" />
      <source>This is the only manager: add another before disabling this one.</source>
      <translation>This is the only manager: add another before disabling this one.</translation>
    </message>
    <message>
      <location filename="../till/store/users.py" line="40" />
      <source>{name} is not a manager.</source>
      <translation>{name} is not a manager.</translation>
    </message>
    <message>
      <location filename="../till/store/users.py" line="41" />
      <source>{name} is not a cashier.</source>
      <translation>{name} is not a cashier.</translation>
    </message>
    <message>
      <location filename="../till/store/users.py" line="42" />
      <source>Wrong name or PIN.</source>
      <translation>Wrong name or PIN.</translation>
    </message>
    <message>
      <location filename="../till/store/users.py" line="45" />
      <source>Too many wrong PINs: wait {seconds} s before trying again.</source>
      <translation>Too many wrong PINs: wait {seconds} s before trying again.</translation>
    </message>
    <message>
      <location filename="../till/store/users.py" line="47" />
      <source>This user is disabled.</source>
      <translation>This user is disabled.</translation>
    </message>
    <message>
      <location filename="../till/store/users.py" line="48" />
      <source>There is no user {who}.</source>
      <translation>There is no user {who}.</translation>
    </message>
    <message>
      <location filename="../till/store/users.py" line="49" />
      <source>A PIN is 4 to 12 digits.</source>
      <translation>A PIN is 4 to 12 digits.</translation>
    </message>
    <message>
      <location filename="../till/ui/selftest.py" line="25" />
      <source>Timed out after {timeout} s waiting for {what}.</source>
      <translation>Timed out after {timeout} s waiting for {what}.</translation>
    </message>
    <message>
      <location filename="../till/ui/selftest.py" line="28" />
      <source>Ringing up failed: {error}</source>
      <translation>Ringing up failed: {error}</translation>
    </message>
    <message>
      <location filename="../till/ui/selftest.py" line="31" />
      <source>Payment failed: {error}</source>
      <translation>Payment failed: {error}</translation>
    </message>
    <message>
      <location filename="../till/adapters/client_certificate.py" line="50" />
      <source>The control unit certificate file {path} cannot be read: {why}.</source>
      <translation>The control unit certificate file {path} cannot be read: {why}.</translation>
    </message>
    <message>
      <location filename="../till/adapters/client_certificate.py" line="54" />
      <source>The file {path} is too large to be a certificate file.</source>
      <translation>The file {path} is too large to be a certificate file.</translation>
    </message>
    <message>
      <location filename="../till/adapters/client_certificate.py" line="58" />
      <source>The control unit certificate {path} cannot be opened: the passphrase is wrong or the file is not a PKCS#12 (.p12/.pfx) file. Import it again with `till-admin control-unit certificate --import FILE`.</source>
      <translation>The control unit certificate {path} cannot be opened: the passphrase is wrong or the file is not a PKCS#12 (.p12/.pfx) file. Import it again with `till-admin control-unit certificate --import FILE`.</translation>
    </message>
    <message>
      <location filename="../till/adapters/client_certificate.py" line="67" />
      <source>The file {path} holds no certificate for the key.</source>
      <translation>The file {path} holds no certificate for the key.</translation>
    </message>
    <message>
      <location filename="../till/adapters/client_certificate.py" line="71" />
      <source>The certificate file {path} holds no private key, and the keyring has none (service 'till', entry '{entry}').</source>
      <translation>The certificate file {path} holds no private key, and the keyring has none (service 'till', entry '{entry}').</translation>
    </message>
    <message>
      <location filename="../till/adapters/client_certificate.py" line="79" />
      <source>The private key in the keyring (entry '{entry}') is damaged.</source>
      <translation>The private key in the keyring (entry '{entry}') is damaged.</translation>
    </message>
    <message>
      <location filename="../till/adapters/client_certificate.py" line="83" />
      <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) is not valid yet. Check the computer's clock, or use the current certificate. No sale can get a control code until this is fixed.</source>
      <translation>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) is not valid yet. Check the computer's clock, or use the current certificate. No sale can get a control code until this is fixed.</translation>
    </message>
    <message>
      <location filename="../till/adapters/client_certificate.py" line="93" />
      <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) expired on {day}. Import a renewed certificate with `till-admin control-unit certificate --import FILE`. No sale can get a control code until this is fixed.</source>
      <translation>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) expired on {day}. Import a renewed certificate with `till-admin control-unit certificate --import FILE`. No sale can get a control code until this is fixed.</translation>
    </message>
    <message>
      <location filename="../till/adapters/client_certificate.py" line="103" />
      <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) is issued for {found}, but this shop's organisation number (shop.org_nr) is {org_nr}. Use the certificate Infrasec issued for {org_nr}.</source>
      <translation>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) is issued for {found}, but this shop's organisation number (shop.org_nr) is {org_nr}. Use the certificate Infrasec issued for {org_nr}.</translation>
    </message>
    <message>
      <location filename="../till/adapters/client_certificate.py" line="113" />
      <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) names no organisation number, but this shop's (shop.org_nr) is {org_nr}. Use the certificate Infrasec issued for {org_nr}.</source>
      <translation>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) names no organisation number, but this shop's (shop.org_nr) is {org_nr}. Use the certificate Infrasec issued for {org_nr}.</translation>
    </message>
    <message>
      <location filename="../till/adapters/client_certificate.py" line="123" />
      <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) expires in {days} days: order a renewed one.</source>
      <translation>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) expires in {days} days: order a renewed one.</translation>
    </message>
    <message>
      <location filename="../till/adapters/client_certificate.py" line="132" />
      <source>The CA bundle {path} (control_unit.ca_bundle) cannot be loaded: {why}.</source>
      <translation>The CA bundle {path} (control_unit.ca_bundle) cannot be loaded: {why}.</translation>
    </message>
    <message>
      <location filename="../till/adapters/client_certificate.py" line="138" />
      <source>The control unit certificate and its key do not fit together: {why}.</source>
      <translation>The control unit certificate and its key do not fit together: {why}.</translation>
    </message>
    <message>
      <location filename="../till/adapters/control_unit_direct.py" line="51" />
      <source>The till could not open a secure connection to the control unit at {host}:{port}: {why} The sale is still open; nothing was sent. Call the shop owner: the certificates or control unit settings need fixing.</source>
      <translation>The till could not open a secure connection to the control unit at {host}:{port}: {why} The sale is still open; nothing was sent. Call the shop owner: the certificates or control unit settings need fixing.</translation>
    </message>
    <message>
      <location filename="../till/adapters/control_unit_direct.py" line="60" />
      <source>The server's certificate is for another host name.</source>
      <translation>The server's certificate is for another host name.</translation>
    </message>
    <message>
      <location filename="../till/adapters/control_unit_direct.py" line="63" />
      <source>The server's certificate has expired.</source>
      <translation>The server's certificate has expired.</translation>
    </message>
    <message>
      <location filename="../till/adapters/control_unit_direct.py" line="66" />
      <source>The server's certificate is not valid yet.</source>
      <translation>The server's certificate is not valid yet.</translation>
    </message>
    <message>
      <location filename="../till/adapters/control_unit_direct.py" line="70" />
      <source>The server's certificate is not trusted by control_unit.ca_bundle.</source>
      <translation>The server's certificate is not trusted by control_unit.ca_bundle.</translation>
    </message>
    <message>
      <location filename="../till/adapters/control_unit_direct.py" line="76" />
      <source>The control unit did not accept the till's certificate.</source>
      <translation>The control unit did not accept the till's certificate.</translation>
    </message>
    <message>
      <location filename="../till/adapters/control_unit_direct.py" line="79" />
      <source>The TLS handshake failed.</source>
      <translation>The TLS handshake failed.</translation>
    </message>
    <message>
      <location filename="../till/adapters/control_unit_direct.py" line="83" />
      <source>The control unit closed the connection during the TLS handshake (it may not accept the till's certificate).</source>
      <translation>The control unit closed the connection during the TLS handshake (it may not accept the till's certificate).</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/link.py" line="46" />
      <source>The Klarna terminal at {address} cannot be reached. Check that it is switched on and on the network.</source>
      <translation>The Klarna terminal at {address} cannot be reached. Check that it is switched on and on the network.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/link.py" line="54" />
      <source>The connection to the Klarna terminal broke while sending.</source>
      <translation>The connection to the Klarna terminal broke while sending.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/link.py" line="58" />
      <source>The Klarna terminal did not answer within {seconds} s.</source>
      <translation>The Klarna terminal did not answer within {seconds} s.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/link.py" line="62" />
      <source>The Klarna terminal closed the connection before it answered.</source>
      <translation>The Klarna terminal closed the connection before it answered.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/link.py" line="66" />
      <source>The connection to the Klarna terminal was lost.</source>
      <translation>The connection to the Klarna terminal was lost.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/listener.py" line="33" />
      <source>The till cannot listen for the Klarna terminal on port {port}: the port is taken by another program (or another till). Close that program, or choose another listener port in the till's settings (point.listener_port).</source>
      <translation>The till cannot listen for the Klarna terminal on port {port}: the port is taken by another program (or another till). Close that program, or choose another listener port in the till's settings (point.listener_port).</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/outcomes.py" line="38" />
      <source>The Klarna terminal said approved but gave no amount the till asked for.</source>
      <translation>The Klarna terminal said approved but gave no amount the till asked for.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/outcomes.py" line="43" />
      <source>The Klarna payment was declined.</source>
      <translation>The Klarna payment was declined.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/outcomes.py" line="47" />
      <source>The Klarna terminal answered with result {result_code} ({result}).</source>
      <translation>The Klarna terminal answered with result {result_code} ({result}).</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/outcomes.py" line="53" />
      <source>The Klarna terminal has no transaction on record: nothing was charged.</source>
      <translation>The Klarna terminal has no transaction on record: nothing was charged.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/outcomes.py" line="59" />
      <source>The Klarna terminal has no record of this payment: nothing was charged.</source>
      <translation>The Klarna terminal has no record of this payment: nothing was charged.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/outcomes.py" line="65" />
      <source>The Klarna terminal's record shows the payment voided: nothing was charged.</source>
      <translation>The Klarna terminal's record shows the payment voided: nothing was charged.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/outcomes.py" line="71" />
      <source>The Klarna terminal's record does not say what became of the payment.</source>
      <translation>The Klarna terminal's record does not say what became of the payment.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/outcomes.py" line="77" />
      <source>The customer's ID was not confirmed, so the Klarna payment was declined.</source>
      <translation>The customer's ID was not confirmed, so the Klarna payment was declined.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/outcomes.py" line="83" />
      <source>The reversal did not happen on the Klarna terminal.</source>
      <translation>The reversal did not happen on the Klarna terminal.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/pairing.py" line="46" />
      <source>The Klarna terminal is not paired with this till. A manager pairs it on the terminal admin screen (the terminal shows the pairing code).</source>
      <translation>The Klarna terminal is not paired with this till. A manager pairs it on the terminal admin screen (the terminal shows the pairing code).</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/pairing.py" line="54" />
      <source>The keyring did not keep the MAC key.</source>
      <translation>The keyring did not keep the MAC key.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/pairing.py" line="58" />
      <source>The Klarna terminal's pairing in the keyring is damaged; pair the terminal again.</source>
      <translation>The Klarna terminal's pairing in the keyring is damaged; pair the terminal again.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/pairing.py" line="65" />
      <source>Pairing did not finish: {why} Start the pairing again.</source>
      <translation>Pairing did not finish: {why} Start the pairing again.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/pairing.py" line="69" />
      <source>The terminal refused the pairing: {why}</source>
      <translation>The terminal refused the pairing: {why}</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/said.py" line="9" />
      <source>{why} The terminal's counter could not be read; pair the terminal again.</source>
      <translation>{why} The terminal's counter could not be read; pair the terminal again.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/said.py" line="15" />
      <source>The terminal's last transaction is not this payment, so the till cannot name it to void it. Refund it by other means.</source>
      <translation>The terminal's last transaction is not this payment, so the till cannot name it to void it. Refund it by other means.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/said.py" line="23" />
      <source>The terminal did not accept the new pairing (TEST_MAC failed); start the pairing again.</source>
      <translation>The terminal did not accept the new pairing (TEST_MAC failed); start the pairing again.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/said.py" line="30" />
      <source>The terminal's counter is resynchronised (ADMIN GET_COUNTER): {counter}.</source>
      <translation>The terminal's counter is resynchronised (ADMIN GET_COUNTER): {counter}.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/said.py" line="36" />
      <source>Klarna payments need no end of day here.</source>
      <translation>Klarna payments need no end of day here.</translation>
    </message>
    <message>
      <location filename="../till/adapters/point/said.py" line="40" />
      <source>The terminal did not forget the pairing: {why}</source>
      <translation>The terminal did not forget the pairing: {why}</translation>
    </message>
    <message>
      <location filename="../till/adapters/print_spooler.py" line="47" />
      <source>The printer did not finish within {seconds} s; the receipt is saved and can be shown with F10.</source>
      <translation>The printer did not finish within {seconds} s; the receipt is saved and can be shown with F10.</translation>
    </message>
    <message>
      <location filename="../till/adapters/print_spooler.py" line="55" />
      <source>The printing program stopped; it is restarted.</source>
      <translation>The printing program stopped; it is restarted.</translation>
    </message>
    <message>
      <location filename="../till/adapters/print_spooler.py" line="59" />
      <source>The printing program answered nonsense; it is restarted.</source>
      <translation>The printing program answered nonsense; it is restarted.</translation>
    </message>
    <message>
      <location filename="../till/adapters/print_spooler.py" line="63" />
      <source>The printing program answered out of turn; it is restarted.</source>
      <translation>The printing program answered out of turn; it is restarted.</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/payments.py" line="126" />
      <source>The card terminal said approved but gave no amount.</source>
      <translation>The card terminal said approved but gave no amount.</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/payments.py" line="130" />
      <source>The card terminal answered an unknown result ({result}).</source>
      <translation>The card terminal answered an unknown result ({result}).</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/payments.py" line="134" />
      <source>The card terminal reversed another transaction or another amount than asked.</source>
      <translation>The card terminal reversed another transaction or another amount than asked.</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/payments.py" line="140" />
      <source>The card terminal has no record of this payment: nothing was charged.</source>
      <translation>The card terminal has no record of this payment: nothing was charged.</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/payments.py" line="146" />
      <source>The reversal did not happen on the card terminal.</source>
      <translation>The reversal did not happen on the card terminal.</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/payments.py" line="150" />
      <source>The card terminal's record does not say what became of the payment.</source>
      <translation>The card terminal's record does not say what became of the payment.</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/terminal.py" line="71" />
      <source>The card terminal at {address} cannot be reached. Check that it is switched on and on the network.</source>
      <translation>The card terminal at {address} cannot be reached. Check that it is switched on and on the network.</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/terminal.py" line="79" />
      <source>The connection to the card terminal was lost: {why}</source>
      <translation>The connection to the card terminal was lost: {why}</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/terminal.py" line="83" />
      <source>The card terminal closed the connection.</source>
      <translation>The card terminal closed the connection.</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/terminal.py" line="87" />
      <source>The till could not read the card terminal's message.</source>
      <translation>The till could not read the card terminal's message.</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/terminal.py" line="91" />
      <source>Sending to the card terminal failed.</source>
      <translation>Sending to the card terminal failed.</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/terminal.py" line="95" />
      <source>The card terminal did not answer within {seconds} s.</source>
      <translation>The card terminal did not answer within {seconds} s.</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/terminal.py" line="98" />
      <source>The till closed the connection.</source>
      <translation>The till closed the connection.</translation>
    </message>
    <message>
      <location filename="../till/adapters/wallee/terminal.py" line="101" />
      <source>The card terminal refused a ping.</source>
      <translation>The card terminal refused a ping.</translation>
    </message>
    <message>
      <location filename="../till/checkout/events.py" line="14" />
      <source>No printer is set up.</source>
      <translation>No printer is set up.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="20" />
      <source>The till cannot ask for a control code: the field {field} is not valid. The sale is still open: call the shop owner to check the till settings.</source>
      <translation>The till cannot ask for a control code: the field {field} is not valid. The sale is still open: call the shop owner to check the till settings.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="28" />
      <source>The till cannot reach the control unit at {host}:{port}. The sale is still open: check that the control unit service is running and try again, or call the shop owner.</source>
      <translation>The till cannot reach the control unit at {host}:{port}. The sale is still open: check that the control unit service is running and try again, or call the shop owner.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="36" />
      <source>The control unit did not answer within {seconds} seconds. The sale is still open: try again, or call the shop owner if it goes on.</source>
      <translation>The control unit did not answer within {seconds} seconds. The sale is still open: try again, or call the shop owner if it goes on.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="44" />
      <source>The connection to the control unit was cut before it answered. The sale is still open: try again, or call the shop owner if it goes on.</source>
      <translation>The connection to the control unit was cut before it answered. The sale is still open: try again, or call the shop owner if it goes on.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="52" />
      <location filename="../till/protocols/ccu/errors.py" line="341" />
      <source>The control unit sent an answer the till does not understand. The sale is still open: try again, or call the shop owner if it goes on.</source>
      <translation>The control unit sent an answer the till does not understand. The sale is still open: try again, or call the shop owner if it goes on.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="60" />
      <source>The control unit's answer does not fit this sale. The sale is still open: try again, or call the shop owner if it goes on.</source>
      <translation>The control unit's answer does not fit this sale. The sale is still open: try again, or call the shop owner if it goes on.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="149" />
      <source>The control unit did not accept the till's credentials (HTTP 400). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
      <translation>The control unit did not accept the till's credentials (HTTP 400). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="157" />
      <source>The control unit refused this register access (HTTP 403). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
      <translation>The control unit refused this register access (HTTP 403). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="165" />
      <source>The control unit does not know this register or organisation number, or does not trust the till's certificate (HTTP 412). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
      <translation>The control unit does not know this register or organisation number, or does not trust the till's certificate (HTTP 412). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="174" />
      <source>The control unit could not verify the register's secret (HTTP 901). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
      <translation>The control unit could not verify the register's secret (HTTP 901). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="182" />
      <source>The register's certificate has been revoked by the control unit (HTTP 902). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
      <translation>The register's certificate has been revoked by the control unit (HTTP 902). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="190" />
      <source>The register's certificate is blocked by the control unit (HTTP 903). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
      <translation>The register's certificate is blocked by the control unit (HTTP 903). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="198" />
      <source>The register's certificate is disabled by the control unit (HTTP 904). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
      <translation>The register's certificate is disabled by the control unit (HTTP 904). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="206" />
      <source>The control unit is offline (HTTP 920). The sale is still open: try again, or call the shop owner if it goes on.</source>
      <translation>The control unit is offline (HTTP 920). The sale is still open: try again, or call the shop owner if it goes on.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="214" />
      <source>The control unit rejected the receipt: the register is denied access or the receipt was not accepted (HTTP 921). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
      <translation>The control unit rejected the receipt: the register is denied access or the receipt was not accepted (HTTP 921). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="224" />
      <source>The control unit answered with an unexpected status (HTTP {status}). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
      <translation>The control unit answered with an unexpected status (HTTP {status}). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="232" />
      <source>The control unit refused the receipt (code {response_code}): {why}. The sale is still open: call the shop owner.</source>
      <translation>The control unit refused the receipt (code {response_code}): {why}. The sale is still open: call the shop owner.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="240" />
      <source>The control unit refused the receipt (code {response_code}) and gave no reason. The sale is still open: call the shop owner.</source>
      <translation>The control unit refused the receipt (code {response_code}) and gave no reason. The sale is still open: call the shop owner.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="309" />
      <source>The control unit service refused the request (code {response_code}): {why}. The sale is still open: call the shop owner.</source>
      <translation>The control unit service refused the request (code {response_code}): {why}. The sale is still open: call the shop owner.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="317" />
      <source>The control unit service refused the request (code {response_code}) and gave no reason. The sale is still open: call the shop owner.</source>
      <translation>The control unit service refused the request (code {response_code}) and gave no reason. The sale is still open: call the shop owner.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="325" />
      <source>The control unit refused the receipt (service code {response_code}): {why}. The sale is still open: call the shop owner.</source>
      <translation>The control unit refused the receipt (service code {response_code}): {why}. The sale is still open: call the shop owner.</translation>
    </message>
    <message>
      <location filename="../till/protocols/ccu/errors.py" line="333" />
      <source>The control unit refused the receipt (service code {response_code}) and gave no reason. The sale is still open: call the shop owner.</source>
      <translation>The control unit refused the receipt (service code {response_code}) and gave no reason. The sale is still open: call the shop owner.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="23" />
      <source>The card terminal did not accept the till's request. Try again.</source>
      <translation>The card terminal did not accept the till's request. Try again.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="29" />
      <source>The card terminal found no earlier payment to change.</source>
      <translation>The card terminal found no earlier payment to change.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="33" />
      <source>That earlier payment was not a pre-authorised purchase, so it cannot be completed this way.</source>
      <translation>That earlier payment was not a pre-authorised purchase, so it cannot be completed this way.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="41" />
      <source>That earlier payment did not go through, so it cannot be changed.</source>
      <translation>That earlier payment did not go through, so it cannot be changed.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="47" />
      <source>That earlier payment is only a reservation, so it cannot be changed this way.</source>
      <translation>That earlier payment is only a reservation, so it cannot be changed this way.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="54" />
      <source>The card terminal has no receipt for that earlier payment.</source>
      <translation>The card terminal has no receipt for that earlier payment.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="58" />
      <source>That earlier payment has already been completed.</source>
      <translation>That earlier payment has already been completed.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="62" />
      <source>The amount is higher than the amount the card was authorised for.</source>
      <translation>The amount is higher than the amount the card was authorised for.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="68" />
      <source>The card terminal could not find the earlier payment it was asked about.</source>
      <translation>The card terminal could not find the earlier payment it was asked about.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="74" />
      <source>The card was removed before the payment finished. Ask the customer to try again.</source>
      <translation>The card was removed before the payment finished. Ask the customer to try again.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="80" />
      <source>The payment was stopped on the terminal.</source>
      <translation>The payment was stopped on the terminal.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="84" />
      <source>The card terminal had a technical problem. Try the payment again.</source>
      <translation>The card terminal had a technical problem. Try the payment again.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="90" />
      <source>No card was presented in time. Start the payment again.</source>
      <translation>No card was presented in time. Start the payment again.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="94" />
      <source>The card was not inserted. Ask the customer to insert the card.</source>
      <translation>The card was not inserted. Ask the customer to insert the card.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="100" />
      <source>The card terminal could not read the card. Ask the customer to insert it the right way round and try again.</source>
      <translation>The card terminal could not read the card. Ask the customer to insert it the right way round and try again.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="108" />
      <source>The card terminal could not read the card a second time. Ask the customer to pay another way.</source>
      <translation>The card terminal could not read the card a second time. Ask the customer to pay another way.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="116" />
      <source>The card terminal cannot reverse any more payments.</source>
      <translation>The card terminal cannot reverse any more payments.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="120" />
      <source>This card cannot be used here. Ask the customer to pay another way.</source>
      <translation>This card cannot be used here. Ask the customer to pay another way.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="126" />
      <source>The card is blocked. Ask the customer to pay another way.</source>
      <translation>The card is blocked. Ask the customer to pay another way.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="130" />
      <source>This card cannot be used for this kind of payment. Ask the customer to pay another way.</source>
      <translation>This card cannot be used for this kind of payment. Ask the customer to pay another way.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="138" />
      <source>The card terminal could not read the card. Ask the customer to try again.</source>
      <translation>The card terminal could not read the card. Ask the customer to try again.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="144" />
      <source>The card terminal could not read the card during the payment. Ask the customer to try again.</source>
      <translation>The card terminal could not read the card during the payment. Ask the customer to try again.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="152" />
      <source>This terminal cannot take a signature. Ask the customer to pay another way.</source>
      <translation>This terminal cannot take a signature. Ask the customer to pay another way.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="158" />
      <source>This terminal cannot take an online PIN. Ask the customer to pay another way.</source>
      <translation>This terminal cannot take an online PIN. Ask the customer to pay another way.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="165" />
      <source>The card terminal could not store its keys while setting up. Call the terminal's support.</source>
      <translation>The card terminal could not store its keys while setting up. Call the terminal's support.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="175" />
      <source>The card terminal could not finish what the till asked. Try again.</source>
      <translation>The card terminal could not finish what the till asked. Try again.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/error_codes.py" line="181" />
      <source>The card terminal could not finish what the till asked. Try again. (Terminal: {said})</source>
      <translation>The card terminal could not finish what the till asked. Try again. (Terminal: {said})</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/errors.py" line="18" />
      <source>The card terminal sent something the till cannot read; the connection was reset.</source>
      <translation>The card terminal sent something the till cannot read; the connection was reset.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/errors.py" line="24" />
      <source>The card terminal sent data the till cannot read; the connection was reset.</source>
      <translation>The card terminal sent data the till cannot read; the connection was reset.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/errors.py" line="30" />
      <source>The card terminal sent a message the till cannot read; the connection was reset.</source>
      <translation>The card terminal sent a message the till cannot read; the connection was reset.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/errors.py" line="36" />
      <source>The card terminal reported an amount the till did not ask for; the connection was reset.</source>
      <translation>The card terminal reported an amount the till did not ask for; the connection was reset.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/errors.py" line="43" />
      <source>The card terminal answered a different request than the one the till asked; the connection was reset.</source>
      <translation>The card terminal answered a different request than the one the till asked; the connection was reset.</translation>
    </message>
    <message>
      <location filename="../till/protocols/lti/errors.py" line="51" />
      <source>The till tried to send the card terminal a message out of turn.</source>
      <translation>The till tried to send the card terminal a message out of turn.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/errors.py" line="18" />
      <source>The Klarna terminal sent something the till cannot read; the connection was reset.</source>
      <translation>The Klarna terminal sent something the till cannot read; the connection was reset.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/errors.py" line="25" />
      <source>The Klarna terminal sent data the till cannot read; the connection was reset.</source>
      <translation>The Klarna terminal sent data the till cannot read; the connection was reset.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/errors.py" line="31" />
      <source>The Klarna terminal sent a message the till cannot read; the connection was reset.</source>
      <translation>The Klarna terminal sent a message the till cannot read; the connection was reset.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/errors.py" line="38" />
      <source>The Klarna terminal answered a different request than the one the till asked; the connection was reset.</source>
      <translation>The Klarna terminal answered a different request than the one the till asked; the connection was reset.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/errors.py" line="46" />
      <source>The till tried to send the Klarna terminal a message out of turn.</source>
      <translation>The till tried to send the Klarna terminal a message out of turn.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/errors.py" line="52" />
      <source>Pairing with the Klarna terminal failed; start the pairing again.</source>
      <translation>Pairing with the Klarna terminal failed; start the pairing again.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/pairing.py" line="45" />
      <source>Pairing failed: the terminal echoed another entry code than the one the till showed; start the pairing again.</source>
      <translation>Pairing failed: the terminal echoed another entry code than the one the till showed; start the pairing again.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="46" />
      <source>The terminal did not accept the till's signature (MAC).</source>
      <translation>The terminal did not accept the till's signature (MAC).</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="50" />
      <source>The terminal refused the till's message counter.</source>
      <translation>The terminal refused the till's message counter.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="54" />
      <source>The terminal answered with result code {result_code}: {text}.</source>
      <translation>The terminal answered with result code {result_code}: {text}.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="58" />
      <source>The terminal answered with result code {result_code}.</source>
      <translation>The terminal answered with result code {result_code}.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="68" />
      <source>Done.</source>
      <translation>Done.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="73" />
      <source>The terminal is sending the payment to the bank.</source>
      <translation>The terminal is sending the payment to the bank.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="80" />
      <source>The terminal does not know this till; pair the terminal again.</source>
      <translation>The terminal does not know this till; pair the terminal again.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="90" />
      <source>The terminal could not encode its answer.</source>
      <translation>The terminal could not encode its answer.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="97" />
      <source>The terminal could not encrypt its answer.</source>
      <translation>The terminal could not encrypt its answer.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="104" />
      <source>The terminal could not check the till's message; pair the terminal again.</source>
      <translation>The terminal could not check the till's message; pair the terminal again.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="115" />
      <source>The terminal did not accept the till's signature (MAC); pair the terminal again.</source>
      <translation>The terminal did not accept the till's signature (MAC); pair the terminal again.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="126" />
      <source>The pairing code typed on the terminal was not the one the till showed.</source>
      <translation>The pairing code typed on the terminal was not the one the till showed.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="135" />
      <source>The terminal found a different invoice number for a repeated payment.</source>
      <translation>The terminal found a different invoice number for a repeated payment.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="144" />
      <source>The terminal declined the payment as a duplicate of an earlier one.</source>
      <translation>The terminal declined the payment as a duplicate of an earlier one.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="153" />
      <source>The payment was cancelled on the terminal (by the customer or a timeout).</source>
      <translation>The payment was cancelled on the terminal (by the customer or a timeout).</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="163" />
      <source>The terminal is busy with another request; try again in a moment.</source>
      <translation>The terminal is busy with another request; try again in a moment.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="172" />
      <source>The terminal already has a payment session open.</source>
      <translation>The terminal already has a payment session open.</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="184" />
      <source>The terminal was not waiting for an ID check answer (Confirmation Unexpected).</source>
      <translation>The terminal was not waiting for an ID check answer (Confirmation Unexpected).</translation>
    </message>
    <message>
      <location filename="../till/protocols/point/result_codes.py" line="194" />
      <source>The terminal did not accept the ID check answer (Incorrect Confirmation Value).</source>
      <translation>The terminal did not accept the ID check answer (Incorrect Confirmation Value).</translation>
    </message>
    <message>
      <location filename="../till/settings_file.py" line="36" />
      <source>This till was started without a settings file (the demo), so there is nowhere to save the settings.</source>
      <translation>This till was started without a settings file (the demo), so there is nowhere to save the settings.</translation>
    </message>
    <message>
      <location filename="../till/settings_file.py" line="44" />
      <source>The settings could not be saved to {path}: {why}</source>
      <translation>The settings could not be saved to {path}: {why}</translation>
    </message>
    <message>
      <location filename="../till/settings_file.py" line="48" />
      <source>The register id cannot change: register {register} has receipts, and a register's receipts are numbered in one series under its id (the control unit and the tax agency know them by it). A new register id needs a new register with its own database.</source>
      <translation>The register id cannot change: register {register} has receipts, and a register's receipts are numbered in one series under its id (the control unit and the tax agency know them by it). A new register id needs a new register with its own database.</translation>
    </message>
    <message>
      <location filename="../till/settings_file.py" line="58" />
      <source>A settings file appeared at {path} while this screen was open: it was left as it is. Start the till again to use it.</source>
      <translation>A settings file appeared at {path} while this screen was open: it was left as it is. Start the till again to use it.</translation>
    </message>
    <message>
      <location filename="../till/adapters/escpos/status.py" line="20" />
      <source>The printer is out of paper.</source>
      <translation>The printer is out of paper.</translation>
    </message>
    <message>
      <location filename="../till/adapters/escpos/status.py" line="23" />
      <source>The printer's cover is open.</source>
      <translation>The printer's cover is open.</translation>
    </message>
    <message>
      <location filename="../till/adapters/escpos/status.py" line="27" />
      <source>The printer is offline (an error light may tell why).</source>
      <translation>The printer is offline (an error light may tell why).</translation>
    </message>
    <message>
      <location filename="../till/adapters/escpos/status.py" line="31" />
      <source>The printer at {where} cannot be reached.</source>
      <translation>The printer at {where} cannot be reached.</translation>
    </message>
    <message>
      <location filename="../till/adapters/escpos/status.py" line="35" />
      <source>The printer at {where} did not answer within {seconds} s.</source>
      <translation>The printer at {where} did not answer within {seconds} s.</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <location filename="../till/ui/help_dialog.py" line="46" />
      <source>Keys</source>
      <translation>Keys</translation>
    </message>
    <message>
      <location filename="../till/ui/help_dialog.py" line="64" />
      <source>till {version}, made by {maker}</source>
      <translation>till {version}, made by {maker}</translation>
    </message>
    <message>
      <location filename="../till/ui/help_dialog.py" line="72" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../till/ui/help_dialog.py" line="78" />
      <source>About</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../till/ui/help_dialog.py" line="89" />
      <source>Control unit certificate: {subject}, org. nr {org_nr}, valid from {start} to {end}</source>
      <translation>Control unit certificate: {subject}, org. nr {org_nr}, valid from {start} to {end}</translation>
    </message>
  </context>
  <context>
    <name>IdCheckDialog</name>
    <message>
      <location filename="../till/ui/id_check_dialog.py" line="40" />
      <source>Check the customer's ID</source>
      <translation>Check the customer's ID</translation>
    </message>
    <message>
      <location filename="../till/ui/id_check_dialog.py" line="43" />
      <source>The Klarna terminal asks you to check the customer's ID against this:</source>
      <translation>The Klarna terminal asks you to check the customer's ID against this:</translation>
    </message>
    <message>
      <location filename="../till/ui/id_check_dialog.py" line="53" />
      <source>ID checked (Enter / Y)</source>
      <translation>ID checked (Enter / Y)</translation>
    </message>
    <message>
      <location filename="../till/ui/id_check_dialog.py" line="55" />
      <source>Deny (Esc / N)</source>
      <translation>Deny (Esc / N)</translation>
    </message>
  </context>
  <context>
    <name>JournalKind</name>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="65" />
      <source>Card payment approved</source>
      <translation>Card payment approved</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="66" />
      <source>Card payment declined</source>
      <translation>Card payment declined</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="67" />
      <source>Card payment failed</source>
      <translation>Card payment failed</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="68" />
      <source>Card payment settled</source>
      <translation>Card payment settled</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="69" />
      <source>Card payment settled by hand</source>
      <translation>Card payment settled by hand</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="72" />
      <source>Card payment started</source>
      <translation>Card payment started</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="73" />
      <source>Card payment in doubt</source>
      <translation>Card payment in doubt</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="74" />
      <source>Card reversal confirmed</source>
      <translation>Card reversal confirmed</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="75" />
      <source>Card reversal not sent</source>
      <translation>Card reversal not sent</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="76" />
      <source>Card reversal refused</source>
      <translation>Card reversal refused</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="77" />
      <source>Card reversal requested</source>
      <translation>Card reversal requested</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="78" />
      <source>Card reversal settled</source>
      <translation>Card reversal settled</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="79" />
      <source>Card reversal settled by hand</source>
      <translation>Card reversal settled by hand</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="82" />
      <source>Card reversal in doubt</source>
      <translation>Card reversal in doubt</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="83" />
      <source>Control unit certificate imported</source>
      <translation>Control unit certificate imported</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="86" />
      <source>Control code failed</source>
      <translation>Control code failed</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="87" />
      <source>Control code received</source>
      <translation>Control code received</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="88" />
      <source>Control code requested</source>
      <translation>Control code requested</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="89" />
      <source>Control code in doubt</source>
      <translation>Control code in doubt</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="90" />
      <source>Drawer opened</source>
      <translation>Drawer opened</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="91" />
      <source>Product group added</source>
      <translation>Product group added</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="92" />
      <source>Installation created</source>
      <translation>Installation created</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="93" />
      <source>Journal anchor reset</source>
      <translation>Journal anchor reset</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="94" />
      <source>Manager approved</source>
      <translation>Manager approved</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="95" />
      <source>Manager PIN set</source>
      <translation>Manager PIN set</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="96" />
      <source>Manager refused</source>
      <translation>Manager refused</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="97" />
      <source>Offline mode</source>
      <translation>Offline mode</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="98" />
      <source>Original printed</source>
      <translation>Original printed</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="99" />
      <source>Klarna ID check</source>
      <translation>Klarna ID check</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="100" />
      <source>Price changed</source>
      <translation>Price changed</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="101" />
      <source>Product added</source>
      <translation>Product added</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="102" />
      <source>Product changed</source>
      <translation>Product changed</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="103" />
      <source>Product removed</source>
      <translation>Product removed</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="104" />
      <source>Products imported</source>
      <translation>Products imported</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="105" />
      <source>Quick key removed</source>
      <translation>Quick key removed</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="106" />
      <source>Quick key set</source>
      <translation>Quick key set</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="107" />
      <source>Receipt</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="108" />
      <source>Receipt copy</source>
      <translation>Receipt copy</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="109" />
      <source>Sale finished</source>
      <translation>Sale finished</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="110" />
      <source>Sale voided</source>
      <translation>Sale voided</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="111" />
      <source>Setting changed</source>
      <translation>Setting changed</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="112" />
      <source>Settings saved</source>
      <translation>Settings saved</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="113" />
      <source>Sign-in refused</source>
      <translation>Sign-in refused</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="114" />
      <source>Signed in</source>
      <translation>Signed in</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="115" />
      <source>Terminal administration</source>
      <translation>Terminal administration</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="116" />
      <source>Terminal counter advanced</source>
      <translation>Terminal counter advanced</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="117" />
      <source>Till started</source>
      <translation>Till started</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="118" />
      <source>Training mode</source>
      <translation>Training mode</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="119" />
      <source>User added</source>
      <translation>User added</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="120" />
      <source>User disabled</source>
      <translation>User disabled</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="121" />
      <source>User PIN reset</source>
      <translation>User PIN reset</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="122" />
      <source>Z report</source>
      <translation>Z report</translation>
    </message>
  </context>
  <context>
    <name>JournalModel</name>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="215" />
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="216" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="217" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="218" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
  </context>
  <context>
    <name>JournalViewer</name>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="58" />
      <source>All kinds</source>
      <translation>All kinds</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="197" />
      <source>Id: {id}</source>
      <translation>Id: {id}</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="198" />
      <source>Time: {time} (stored as {stored})</source>
      <translation>Time: {time} (stored as {stored})</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="201" />
      <source>Kind: {label} ({kind})</source>
      <translation>Kind: {label} ({kind})</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="204" />
      <source>Register: {register}</source>
      <translation>Register: {register}</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="205" />
      <source>Hash: {hash}</source>
      <translation>Hash: {hash}</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="206" />
      <source>Previous hash: {hash}</source>
      <translation>Previous hash: {hash}</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="303" />
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="313" />
      <source>◀ Previous day</source>
      <translation>◀ Previous day</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="315" />
      <source>Next day ▶</source>
      <translation>Next day ▶</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="321" />
      <source>&amp;All days</source>
      <translation>&amp;All days</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="330" />
      <source>Any</source>
      <translation>Any</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="333" />
      <source>&amp;Older rows</source>
      <translation>&amp;Older rows</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="339" />
      <source>&amp;Day</source>
      <translation>&amp;Day</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="341" />
      <source>&amp;Kind</source>
      <translation>&amp;Kind</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="343" />
      <source>&amp;Receipt number</source>
      <translation>&amp;Receipt number</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="395" />
      <source>Choose a row to see all it holds.</source>
      <translation>Choose a row to see all it holds.</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="493" />
      <source> (older rows not shown)</source>
      <translation> (older rows not shown)</translation>
    </message>
    <message>
      <location filename="../till/ui/journal_viewer.py" line="495" />
      <source>{shown} of {total} rows</source>
      <translation>{shown} of {total} rows</translation>
    </message>
  </context>
  <context>
    <name>ManagerPinDialog</name>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="20" />
      <source>return</source>
      <translation>return</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="21" />
      <source>training mode on</source>
      <translation>training mode on</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="22" />
      <source>training mode off</source>
      <translation>training mode off</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="23" />
      <source>drawer without a sale</source>
      <translation>drawer without a sale</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="24" />
      <source>Z report</source>
      <translation>Z report</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="25" />
      <source>journal viewer</source>
      <translation>journal viewer</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="26" />
      <source>pair the payment terminal</source>
      <translation>pair the payment terminal</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="27" />
      <source>unpair the payment terminal</source>
      <translation>unpair the payment terminal</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="28" />
      <source>settle a card payment by hand</source>
      <translation>settle a card payment by hand</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="29" />
      <source>terminal deactivate</source>
      <translation>terminal deactivate</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="30" />
      <source>terminal end-of-day</source>
      <translation>terminal end-of-day</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="31" />
      <source>editing the catalog</source>
      <translation>editing the catalog</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="57" />
      <source>Set the manager PIN</source>
      <translation>Set the manager PIN</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="59" />
      <source>No manager PIN is set on this till yet. The manager chooses one now ({low}–{high} digits) and types it twice. Needed for: {action}.</source>
      <translation>No manager PIN is set on this till yet. The manager chooses one now ({low}–{high} digits) and types it twice. Needed for: {action}.</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="63" />
      <source>Manager approval</source>
      <translation>Manager approval</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="64" />
      <source>A manager approves: {action}. Type the manager PIN.</source>
      <translation>A manager approves: {action}. Type the manager PIN.</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="80" />
      <source>New PIN</source>
      <translation>New PIN</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="80" />
      <source>Manager PIN</source>
      <translation>Manager PIN</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="83" />
      <source>The same PIN again</source>
      <translation>The same PIN again</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="91" />
      <source>Set PIN (Enter)</source>
      <translation>Set PIN (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="91" />
      <source>Approve (Enter)</source>
      <translation>Approve (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="105" />
      <source>The PIN is {low} to {high} digits, nothing else.</source>
      <translation>The PIN is {low} to {high} digits, nothing else.</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="119" />
      <source>The two PINs differ: type it again.</source>
      <translation>The two PINs differ: type it again.</translation>
    </message>
    <message>
      <location filename="../till/ui/manager_dialog.py" line="122" />
      <source>Type the manager PIN, or Esc to cancel.</source>
      <translation>Type the manager PIN, or Esc to cancel.</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="57" />
      <source>settings</source>
      <translation>settings</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="47" />
      <source>cashiers</source>
      <translation>cashiers</translation>
    </message>
  </context>
  <context>
    <name>ModeIntents</name>
    <message>
      <location filename="../till/ui/mode_intents.py" line="21" />
      <source>Pro forma receipt {number} (EJ KVITTO) printed; the sale is still open.</source>
      <translation>Pro forma receipt {number} (EJ KVITTO) printed; the sale is still open.</translation>
    </message>
    <message>
      <location filename="../till/ui/mode_intents.py" line="30" />
      <source>Training mode on: receipts are ÖVNINGSKVITTO and no card is charged.</source>
      <translation>Training mode on: receipts are ÖVNINGSKVITTO and no card is charged.</translation>
    </message>
    <message>
      <location filename="../till/ui/mode_intents.py" line="32" />
      <source>Training mode off: sales are real again.</source>
      <translation>Training mode off: sales are real again.</translation>
    </message>
    <message>
      <location filename="../till/ui/mode_intents.py" line="38" />
      <source>The till already issues cash invoices (offline mode).</source>
      <translation>The till already issues cash invoices (offline mode).</translation>
    </message>
    <message>
      <location filename="../till/ui/mode_intents.py" line="44" />
      <source>Offline mode is only for when the control unit cannot be reached, and no payment has failed for that.</source>
      <translation>Offline mode is only for when the control unit cannot be reached, and no payment has failed for that.</translation>
    </message>
    <message>
      <location filename="../till/ui/mode_intents.py" line="49" />
      <source>Cash invoices (offline mode)</source>
      <translation>Cash invoices (offline mode)</translation>
    </message>
    <message>
      <location filename="../till/ui/mode_intents.py" line="51" />
      <source>The control unit cannot be reached: {reason}

From now on every sale gets a cash invoice (kontantnota) from its own number series, until the control unit answers again. The outage must be documented and reported to Skatteverket.</source>
      <translation>The control unit cannot be reached: {reason}

From now on every sale gets a cash invoice (kontantnota) from its own number series, until the control unit answers again. The outage must be documented and reported to Skatteverket.</translation>
    </message>
    <message>
      <location filename="../till/ui/mode_intents.py" line="55" />
      <source>Cash invoices (Enter)</source>
      <translation>Cash invoices (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/mode_intents.py" line="63" />
      <source>Offline mode: take the payment again (F12 or F11); the customer gets a cash invoice (kontantnota).</source>
      <translation>Offline mode: take the payment again (F12 or F11); the customer gets a cash invoice (kontantnota).</translation>
    </message>
    <message>
      <location filename="../till/ui/mode_intents.py" line="73" />
      <source>Open the drawer</source>
      <translation>Open the drawer</translation>
    </message>
    <message>
      <location filename="../till/ui/mode_intents.py" line="74" />
      <source>Why is the drawer opened without a sale? (required, kept in the journal)</source>
      <translation>Why is the drawer opened without a sale? (required, kept in the journal)</translation>
    </message>
    <message>
      <location filename="../till/ui/mode_intents.py" line="81" />
      <source>The drawer is open; the opening is journaled.</source>
      <translation>The drawer is open; the opening is journaled.</translation>
    </message>
  </context>
  <context>
    <name>NumericPad</name>
    <message>
      <location filename="../till/ui/numeric_pad.py" line="66" />
      <source>Delete the last character</source>
      <translation>Delete the last character</translation>
    </message>
    <message>
      <location filename="../till/ui/numeric_pad.py" line="67" />
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
  </context>
  <context>
    <name>PadValueDialog</name>
    <message>
      <location filename="../till/ui/numeric_pad.py" line="134" />
      <source>OK (Enter)</source>
      <translation>OK (Enter)</translation>
    </message>
  </context>
  <context>
    <name>PinForm</name>
    <message>
      <location filename="../till/ui/users_dialog.py" line="82" />
      <source>Cashier</source>
      <translation>Cashier</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="83" />
      <source>Manager</source>
      <translation>Manager</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="98" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="99" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="106" />
      <source>PIN (4 to 12 digits)</source>
      <translation>PIN (4 to 12 digits)</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="107" />
      <source>The same PIN again</source>
      <translation>The same PIN again</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="119" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="166" />
      <source>Type the person's name.</source>
      <translation>Type the person's name.</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="169" />
      <source>The two PINs differ: type the same PIN twice.</source>
      <translation>The two PINs differ: type the same PIN twice.</translation>
    </message>
  </context>
  <context>
    <name>PriceDialog</name>
    <message>
      <location filename="../till/ui/price_dialog.py" line="18" />
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../till/ui/price_dialog.py" line="19" />
      <source>Price of {name}</source>
      <translation>Price of {name}</translation>
    </message>
    <message>
      <location filename="../till/ui/price_dialog.py" line="22" />
      <source>kr</source>
      <translation>kr</translation>
    </message>
  </context>
  <context>
    <name>PriceListDialog</name>
    <message>
      <location filename="../till/ui/price_list.py" line="42" />
      <source>Price list</source>
      <translation>Price list</translation>
    </message>
    <message>
      <location filename="../till/ui/price_list.py" line="48" />
      <source>Prices incl. VAT, valid from {time}</source>
      <translation>Prices incl. VAT, valid from {time}</translation>
    </message>
    <message>
      <location filename="../till/ui/price_list.py" line="56" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../till/ui/price_list.py" line="56" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../till/ui/price_list.py" line="56" />
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../till/ui/price_list.py" line="56" />
      <source>VAT</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../till/ui/price_list.py" line="69" />
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../till/ui/price_list.py" line="71" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../till/ui/price_list.py" line="98" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../till/ui/price_list.py" line="101" />
      <source>open price</source>
      <translation>open price</translation>
    </message>
    <message>
      <location filename="../till/ui/price_list.py" line="103" />
      <source>{price}/kg</source>
      <translation>{price}/kg</translation>
    </message>
    <message>
      <location filename="../till/ui/price_list.py" line="106" />
      <source>{rate} %</source>
      <translation>{rate} %</translation>
    </message>
    <message>
      <location filename="../till/ui/price_list.py" line="144" />
      <source>Printed: {count} products.</source>
      <translation>Printed: {count} products.</translation>
    </message>
    <message>
      <location filename="../till/ui/price_list.py" line="151" />
      <source>The price list did not print.</source>
      <translation>The price list did not print.</translation>
    </message>
  </context>
  <context>
    <name>ProductDialog</name>
    <message>
      <location filename="../till/ui/product_dialog.py" line="52" />
      <source>New product</source>
      <translation>New product</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="52" />
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="62" />
      <source>{rate} %</source>
      <translation>{rate} %</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="65" />
      <source>per piece</source>
      <translation>per piece</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="66" />
      <source>per kg (weighed)</source>
      <translation>per kg (weighed)</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="67" />
      <source>Open price: the cashier types it at each sale</source>
      <translation>Open price: the cashier types it at each sale</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="69" />
      <source>A service, not goods</source>
      <translation>A service, not goods</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="78" />
      <source>Several are separated by spaces</source>
      <translation>Several are separated by spaces</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="79" />
      <source>A quick key in the group's grid</source>
      <translation>A quick key in the group's grid</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="82" />
      <source>Key text (empty: the name)</source>
      <translation>Key text (empty: the name)</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="95" />
      <source>Code (PLU)</source>
      <translation>Code (PLU)</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="96" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="97" />
      <source>Price incl. VAT (kr)</source>
      <translation>Price incl. VAT (kr)</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="98" />
      <source>VAT</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="99" />
      <source>Sold</source>
      <translation>Sold</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="102" />
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="103" />
      <source>Barcodes</source>
      <translation>Barcodes</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="105" />
      <source>Key text</source>
      <translation>Key text</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="108" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../till/ui/product_dialog.py" line="110" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>ProductSearchDialog</name>
    <message>
      <location filename="../till/ui/product_search.py" line="35" />
      <source>Product search</source>
      <translation>Product search</translation>
    </message>
    <message>
      <location filename="../till/ui/product_search.py" line="46" />
      <source>Part of the product's name</source>
      <translation>Part of the product's name</translation>
    </message>
    <message>
      <location filename="../till/ui/product_search.py" line="51" />
      <source>Type part of a name; ↑/↓ choose, Enter adds.</source>
      <translation>Type part of a name; ↑/↓ choose, Enter adds.</translation>
    </message>
    <message>
      <location filename="../till/ui/product_search.py" line="115" />
      <source>{n} found</source>
      <translation>{n} found</translation>
    </message>
    <message>
      <location filename="../till/ui/product_search.py" line="117" />
      <source>No product matches</source>
      <translation>No product matches</translation>
    </message>
    <message>
      <location filename="../till/ui/product_search.py" line="132" />
      <source>No product chosen</source>
      <translation>No product chosen</translation>
    </message>
    <message>
      <location filename="../till/ui/product_search.py" line="144" />
      <source>The search failed; see the log.</source>
      <translation>The search failed; see the log.</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../till/ui/reason_dialog.py" line="16" />
      <source>Write why: the reason is kept in the journal.</source>
      <translation>Write why: the reason is kept in the journal.</translation>
    </message>
    <message>
      <location filename="../till/ui/reason_dialog.py" line="30" />
      <source>e.g. 'change for the bank', 'customer's lost coin'</source>
      <translation>e.g. 'change for the bank', 'customer's lost coin'</translation>
    </message>
    <message>
      <location filename="../till/ui/reason_dialog.py" line="54" />
      <source>'{text}' is not a Z report number</source>
      <translation>'{text}' is not a Z report number</translation>
    </message>
  </context>
  <context>
    <name>ReceiptIntents</name>
    <message>
      <location filename="../till/ui/receipt_intents.py" line="15" />
      <source>no receipt has been made since the till started</source>
      <translation>no receipt has been made since the till started</translation>
    </message>
    <message>
      <location filename="../till/ui/receipt_intents.py" line="25" />
      <source>Copy of a receipt</source>
      <translation>Copy of a receipt</translation>
    </message>
    <message>
      <location filename="../till/ui/receipt_intents.py" line="26" />
      <source>Which receipt? Scan its barcode or type its number. It gets one copy only.</source>
      <translation>Which receipt? Scan its barcode or type its number. It gets one copy only.</translation>
    </message>
    <message>
      <location filename="../till/ui/receipt_intents.py" line="35" />
      <source>Copy of receipt {number} printed (KOPIA).</source>
      <translation>Copy of receipt {number} printed (KOPIA).</translation>
    </message>
    <message>
      <location filename="../till/ui/receipt_intents.py" line="47" />
      <source>{count} stored receipt(s) were not printed: Ctrl+U prints them.</source>
      <translation>{count} stored receipt(s) were not printed: Ctrl+U prints them.</translation>
    </message>
    <message>
      <location filename="../till/ui/receipt_intents.py" line="56" />
      <source>Every stored receipt has been printed.</source>
      <translation>Every stored receipt has been printed.</translation>
    </message>
    <message>
      <location filename="../till/ui/receipt_intents.py" line="67" />
      <source>Receipt {number} printed; {count} more not printed (Ctrl+U).</source>
      <translation>Receipt {number} printed; {count} more not printed (Ctrl+U).</translation>
    </message>
    <message>
      <location filename="../till/ui/receipt_intents.py" line="73" />
      <source>Receipt {number} printed.</source>
      <translation>Receipt {number} printed.</translation>
    </message>
  </context>
  <context>
    <name>ReceiptNumberDialog</name>
    <message>
      <location filename="../till/ui/reason_dialog.py" line="47" />
      <source>Number, or scan the receipt's barcode</source>
      <translation>Number, or scan the receipt's barcode</translation>
    </message>
  </context>
  <context>
    <name>ReceiptPreview</name>
    <message>
      <location filename="../till/ui/receipt_view.py" line="68" />
      <source>Receipt {number}</source>
      <translation>Receipt {number}</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../till/ui/report_dialog.py" line="31" />
      <source>Z report {number}</source>
      <translation>Z report {number}</translation>
    </message>
    <message>
      <location filename="../till/ui/report_dialog.py" line="33" />
      <source>X report</source>
      <translation>X report</translation>
    </message>
    <message>
      <location filename="../till/ui/report_dialog.py" line="35" />
      <source> – copy (KOPIA)</source>
      <translation> – copy (KOPIA)</translation>
    </message>
  </context>
  <context>
    <name>ReturnDialog</name>
    <message>
      <location filename="../till/ui/return_dialog.py" line="56" />
      <source>Return</source>
      <translation>Return</translation>
    </message>
    <message>
      <location filename="../till/ui/return_dialog.py" line="62" />
      <source>Scan the barcode at the foot of the customer's receipt, or type its number. A manager approves every return.</source>
      <translation>Scan the barcode at the foot of the customer's receipt, or type its number. A manager approves every return.</translation>
    </message>
    <message>
      <location filename="../till/ui/return_dialog.py" line="70" />
      <source>Receipt number or barcode</source>
      <translation>Receipt number or barcode</translation>
    </message>
    <message>
      <location filename="../till/ui/return_dialog.py" line="74" />
      <source>Without a receipt (F3)</source>
      <translation>Without a receipt (F3)</translation>
    </message>
    <message>
      <location filename="../till/ui/return_dialog.py" line="80" />
      <source>No receipt? The items are scanned as in a sale.</source>
      <translation>No receipt? The items are scanned as in a sale.</translation>
    </message>
    <message>
      <location filename="../till/ui/return_dialog.py" line="90" />
      <source>Against this receipt (Enter)</source>
      <translation>Against this receipt (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/return_dialog.py" line="98" />
      <source>Scan or type the receipt's number, or F3 for a return without one.</source>
      <translation>Scan or type the receipt's number, or F3 for a return without one.</translation>
    </message>
  </context>
  <context>
    <name>ReturnIntents</name>
    <message>
      <location filename="../till/ui/return_intents.py" line="22" />
      <source>This return has no receipt: scan or type the items coming back.</source>
      <translation>This return has no receipt: scan or type the items coming back.</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="26" />
      <source>finish or void the open sale before a return</source>
      <translation>finish or void the open sale before a return</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="43" />
      <source>Everything on receipt {number} has come back already.</source>
      <translation>Everything on receipt {number} has come back already.</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="55" />
      <source>Quantity to take back</source>
      <translation>Quantity to take back</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="56" />
      <source>How much of {name} comes back? ({left} can){unit}</source>
      <translation>How much of {name} comes back? ({left} can){unit}</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="59" />
      <source> (kg)</source>
      <translation> (kg)</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="78" />
      <location filename="../till/ui/return_intents.py" line="96" />
      <source>nothing to pay back: take an item back first</source>
      <translation>nothing to pay back: take an item back first</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="80" />
      <source>Pay back in cash</source>
      <translation>Pay back in cash</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="82" />
      <source>Pay back {amount} kr in cash? Enter registers the return receipt and the drawer opens.</source>
      <translation>Pay back {amount} kr in cash? Enter registers the return receipt and the drawer opens.</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="85" />
      <source>Pay back (Enter)</source>
      <translation>Pay back (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="100" />
      <source>No Klarna terminal is set up for this till; pay back in cash (F12).</source>
      <translation>No Klarna terminal is set up for this till; pay back in cash (F12).</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="104" />
      <source>No card terminal is set up for this till; pay back in cash (F12).</source>
      <translation>No card terminal is set up for this till; pay back in cash (F12).</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="109" />
      <source>Pay back {amount} kr through Klarna</source>
      <translation>Pay back {amount} kr through Klarna</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="111" />
      <source>Pay back {amount} kr to the card</source>
      <translation>Pay back {amount} kr to the card</translation>
    </message>
    <message>
      <location filename="../till/ui/return_intents.py" line="127" />
      <source>The card refund was cancelled; the return is still open.</source>
      <translation>The card refund was cancelled; the return is still open.</translation>
    </message>
  </context>
  <context>
    <name>ReturnLinesDialog</name>
    <message>
      <location filename="../till/ui/return_dialog.py" line="217" />
      <source>Return against receipt {number}</source>
      <translation>Return against receipt {number}</translation>
    </message>
    <message>
      <location filename="../till/ui/return_dialog.py" line="222" />
      <source>Choose what comes back (↑/↓, Enter); the quantity is asked next. Esc: scan the items instead.</source>
      <translation>Choose what comes back (↑/↓, Enter); the quantity is asked next. Esc: scan the items instead.</translation>
    </message>
    <message>
      <location filename="../till/ui/return_dialog.py" line="236" />
      <source>Take back (Enter)</source>
      <translation>Take back (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/return_dialog.py" line="249" />
      <source>Choose a line first (↑/↓).</source>
      <translation>Choose a line first (↑/↓).</translation>
    </message>
    <message>
      <location filename="../till/ui/return_dialog.py" line="252" />
      <source>All of {name} has come back already.</source>
      <translation>All of {name} has come back already.</translation>
    </message>
  </context>
  <context>
    <name>ReturnPanel</name>
    <message>
      <location filename="../till/ui/return_panel.py" line="42" />
      <source>F12 pays back in cash, F11 to the card, F9 cancels the return.</source>
      <translation>F12 pays back in cash, F11 to the card, F9 cancels the return.</translation>
    </message>
    <message>
      <location filename="../till/ui/return_panel.py" line="44" />
      <source>RETUR utan kvitto – scan the items coming back. </source>
      <translation>RETUR utan kvitto – scan the items coming back. </translation>
    </message>
    <message>
      <location filename="../till/ui/return_panel.py" line="45" />
      <source>Scan or type the items coming back</source>
      <translation>Scan or type the items coming back</translation>
    </message>
    <message>
      <location filename="../till/ui/return_panel.py" line="51" />
      <source>RETUR mot kvitto {number} – scan the items coming back or pick a line (Ctrl+R). </source>
      <translation>RETUR mot kvitto {number} – scan the items coming back or pick a line (Ctrl+R). </translation>
    </message>
    <message>
      <location filename="../till/ui/return_panel.py" line="56" />
      <source>Scan an item from receipt {number}, or Ctrl+R</source>
      <translation>Scan an item from receipt {number}, or Ctrl+R</translation>
    </message>
    <message>
      <location filename="../till/ui/return_panel.py" line="60" />
      <source>Receipt {number} ({code}): what can come back</source>
      <translation>Receipt {number} ({code}): what can come back</translation>
    </message>
  </context>
  <context>
    <name>ReturnableModel</name>
    <message>
      <location filename="../till/ui/return_dialog.py" line="133" />
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../till/ui/return_dialog.py" line="134" />
      <source>Sold</source>
      <translation>Sold</translation>
    </message>
    <message>
      <location filename="../till/ui/return_dialog.py" line="135" />
      <source>Can return</source>
      <translation>Can return</translation>
    </message>
    <message>
      <location filename="../till/ui/return_dialog.py" line="136" />
      <source>Amount sold</source>
      <translation>Amount sold</translation>
    </message>
  </context>
  <context>
    <name>SaleIntents</name>
    <message>
      <location filename="../till/ui/sale_intents.py" line="63" />
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="64" />
      <source>New quantity for {name}</source>
      <translation>New quantity for {name}</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="65" />
      <source> (kg)</source>
      <translation> (kg)</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="80" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="81" />
      <source>Discount in kronor on {name} ({amount})</source>
      <translation>Discount in kronor on {name} ({amount})</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="103" />
      <source>there is nothing to pay for</source>
      <translation>there is nothing to pay for</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="108" />
      <source>Cash payment – the rest after the card payment</source>
      <translation>Cash payment – the rest after the card payment</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="122" />
      <source>Cancel the return</source>
      <translation>Cancel the return</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="123" />
      <source>Cancel the whole return? Nothing is paid back; the journal keeps it.</source>
      <translation>Cancel the whole return? Nothing is paid back; the journal keeps it.</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="124" />
      <source>Cancel the return (Enter)</source>
      <translation>Cancel the return (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="129" />
      <source>Void sale</source>
      <translation>Void sale</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="130" />
      <source>Void the whole sale? It is kept in the journal as an unfinished sale.</source>
      <translation>Void the whole sale? It is kept in the journal as an unfinished sale.</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="131" />
      <source>Void sale (Enter)</source>
      <translation>Void sale (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="140" />
      <source>The return is still open: a return with nothing taken back yet cannot be cancelled. Take one item back, then F9 again.</source>
      <translation>The return is still open: a return with nothing taken back yet cannot be cancelled. Take one item back, then F9 again.</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="145" />
      <source>Return cancelled</source>
      <translation>Return cancelled</translation>
    </message>
    <message>
      <location filename="../till/ui/sale_intents.py" line="145" />
      <source>Sale voided</source>
      <translation>Sale voided</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="87" />
      <source>Set up this till</source>
      <translation>Set up this till</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="89" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="98" />
      <source>Shop and register</source>
      <translation>Shop and register</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="99" />
      <source>Control unit</source>
      <translation>Control unit</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="100" />
      <source>Payment terminals</source>
      <translation>Payment terminals</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="101" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="106" />
      <source>This till has no settings yet. Fill in the shop and the register id the control unit's provider issued, check the other pages, and save: the settings file {path} is written and the till starts. Later a manager changes them here (Ctrl+,).</source>
      <translation>This till has no settings yet. Fill in the shop and the register id the control unit's provider issued, check the other pages, and save: the settings file {path} is written and the till starts. Later a manager changes them here (Ctrl+,).</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="113" />
      <source>Saved settings apply when the till starts next. The settings file is {path}.</source>
      <translation>Saved settings apply when the till starts next. The settings file is {path}.</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="116" />
      <source>The demo has no settings file: changes here cannot be saved.</source>
      <translation>The demo has no settings file: changes here cannot be saved.</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="124" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="124" />
      <source>Save and start</source>
      <translation>Save and start</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="147" />
      <source>For example: {example}</source>
      <translation>For example: {example}</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="189" />
      <source>Shop name</source>
      <translation>Shop name</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="190" />
      <source>Organisation number</source>
      <translation>Organisation number</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="191" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="192" />
      <source>Register id</source>
      <translation>Register id</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="195" />
      <source>Fixed: this register has receipts under its id.</source>
      <translation>Fixed: this register has receipts under its id.</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="196" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="198" />
      <source>Idle lock (minutes, 0: never)</source>
      <translation>Idle lock (minutes, 0: never)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="200" />
      <source>Full screen without a window frame (kiosk)</source>
      <translation>Full screen without a window frame (kiosk)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="211" />
      <source>iSecureIPC gateway (host and port)</source>
      <translation>iSecureIPC gateway (host and port)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="212" />
      <source>Direct to the control unit (HTTPS address)</source>
      <translation>Direct to the control unit (HTTPS address)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="214" />
      <location filename="../till/ui/settings_dialog.py" line="260" />
      <source>Connection</source>
      <translation>Connection</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="216" />
      <source>Gateway host</source>
      <translation>Gateway host</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="217" />
      <source>Gateway port</source>
      <translation>Gateway port</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="218" />
      <source>Control unit address (https://…)</source>
      <translation>Control unit address (https://…)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="220" />
      <source>Connect timeout (seconds)</source>
      <translation>Connect timeout (seconds)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="222" />
      <source>Answer timeout (seconds)</source>
      <translation>Answer timeout (seconds)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="228" />
      <source>None (cash only)</source>
      <translation>None (cash only)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="229" />
      <source>Card terminal (Wallee)</source>
      <translation>Card terminal (Wallee)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="230" />
      <source>Klarna terminal (Verifone Point)</source>
      <translation>Klarna terminal (Verifone Point)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="231" />
      <source>Both</source>
      <translation>Both</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="233" />
      <source>Terminals</source>
      <translation>Terminals</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="235" />
      <source>Card terminal host</source>
      <translation>Card terminal host</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="236" />
      <source>Card terminal port</source>
      <translation>Card terminal port</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="237" />
      <source>Klarna terminal host</source>
      <translation>Klarna terminal host</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="238" />
      <source>Klarna terminal port</source>
      <translation>Klarna terminal port</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="239" />
      <source>Klarna terminal second port</source>
      <translation>Klarna terminal second port</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="240" />
      <source>The till's listening port</source>
      <translation>The till's listening port</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="246" />
      <source>A printer with a system driver (or PDF files)</source>
      <translation>A printer with a system driver (or PDF files)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="247" />
      <source>A thermal receipt printer (ESC/POS)</source>
      <translation>A thermal receipt printer (ESC/POS)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="249" />
      <source>Printer kind</source>
      <translation>Printer kind</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="251" />
      <source>Printer (empty: the default)</source>
      <translation>Printer (empty: the default)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="252" />
      <source>PDF folder (instead of paper, or a copy of it)</source>
      <translation>PDF folder (instead of paper, or a copy of it)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="255" />
      <source>Network (port 9100)</source>
      <translation>Network (port 9100)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="256" />
      <source>Serial port</source>
      <translation>Serial port</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="257" />
      <source>USB</source>
      <translation>USB</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="258" />
      <source>A device file (/dev/usb/lp0)</source>
      <translation>A device file (/dev/usb/lp0)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="262" />
      <source>Printer address</source>
      <translation>Printer address</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="263" />
      <source>Printer port</source>
      <translation>Printer port</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="264" />
      <source>Serial port or device file</source>
      <translation>Serial port or device file</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="265" />
      <source>Baud rate</source>
      <translation>Baud rate</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="266" />
      <source>USB vendor id (hex)</source>
      <translation>USB vendor id (hex)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="267" />
      <source>USB product id (hex)</source>
      <translation>USB product id (hex)</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="268" />
      <source>80 mm</source>
      <translation>80 mm</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="268" />
      <source>58 mm</source>
      <translation>58 mm</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="269" />
      <source>Paper width</source>
      <translation>Paper width</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="270" />
      <source>Code page</source>
      <translation>Code page</translation>
    </message>
    <message>
      <location filename="../till/ui/settings_dialog.py" line="431" />
      <source>Settings saved ({count} changed). They apply when the till starts next.</source>
      <translation>Settings saved ({count} changed). They apply when the till starts next.</translation>
    </message>
  </context>
  <context>
    <name>SettleDialog</name>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="37" />
      <source>Settle a card payment by hand (manager)</source>
      <translation>Settle a card payment by hand (manager)</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="45" />
      <source>The till cannot tell whether the card was charged {amount} kr (started {started}, {reference}).
Check the terminal's last receipt or the acquirer's report first.</source>
      <translation>The till cannot tell whether the card was charged {amount} kr (started {started}, {reference}).
Check the terminal's last receipt or the acquirer's report first.</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="54" />
      <source>Was the customer charged?</source>
      <translation>Was the customer charged?</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="55" />
      <source>&amp;Yes, the customer was charged</source>
      <translation>&amp;Yes, the customer was charged</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="56" />
      <source>&amp;No, the customer was not charged</source>
      <translation>&amp;No, the customer was not charged</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="58" />
      <source>Settle a card reversal by hand (manager)</source>
      <translation>Settle a card reversal by hand (manager)</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="61" />
      <source>The card payment of {amount} kr was being reversed (requested {requested}, terminal transaction {seq}), and the till cannot tell whether the money went back to the card.
Check the terminal's last receipt (a reversal slip) or the acquirer's report first.</source>
      <translation>The card payment of {amount} kr was being reversed (requested {requested}, terminal transaction {seq}), and the till cannot tell whether the money went back to the card.
Check the terminal's last receipt (a reversal slip) or the acquirer's report first.</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="72" />
      <source>Was the money given back to the card?</source>
      <translation>Was the money given back to the card?</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="73" />
      <source>&amp;Yes, the money was given back to the card</source>
      <translation>&amp;Yes, the money was given back to the card</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="74" />
      <source>&amp;No, the card payment stands</source>
      <translation>&amp;No, the card payment stands</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="95" />
      <source>Reason, e.g. 'terminal receipt 0421 shows it approved'</source>
      <translation>Reason, e.g. 'terminal receipt 0421 shows it approved'</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="102" />
      <source>Settle (Enter)</source>
      <translation>Settle (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="110" />
      <source>Reason (required, kept in the journal)</source>
      <translation>Reason (required, kept in the journal)</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="121" />
      <source>Why: the till stopped before the terminal answered.</source>
      <translation>Why: the till stopped before the terminal answered.</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="123" />
      <source>Why: no answer from the terminal said what happened.</source>
      <translation>Why: no answer from the terminal said what happened.</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="125" />
      <source>Why: the till stopped before the terminal answered the reversal.</source>
      <translation>Why: the till stopped before the terminal answered the reversal.</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="127" />
      <source>Why: no answer from the terminal said what became of the reversal.</source>
      <translation>Why: no answer from the terminal said what became of the reversal.</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="135" />
      <source>Choose whether the customer was charged.</source>
      <translation>Choose whether the customer was charged.</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="137" />
      <source>Choose whether the money was given back to the card.</source>
      <translation>Choose whether the money was given back to the card.</translation>
    </message>
    <message>
      <location filename="../till/ui/settle_dialog.py" line="141" />
      <source>Write why: the reason is kept in the journal.</source>
      <translation>Write why: the reason is kept in the journal.</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../till/ui/shortcuts.py" line="34" />
      <source>Add the product typed or scanned in the entry line (`3*code` adds 3)</source>
      <translation>Add the product typed or scanned in the entry line (`3*code` adds 3)</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="42" />
      <source>Search a product by name and add it</source>
      <translation>Search a product by name and add it</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="47" />
      <source>Change the quantity of the selected line</source>
      <translation>Change the quantity of the selected line</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="52" />
      <source>Give a discount (in kronor) on the selected line</source>
      <translation>Give a discount (in kronor) on the selected line</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="57" />
      <source>Remove the selected line (entry empty)</source>
      <translation>Remove the selected line (entry empty)</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="63" />
      <source>Select the line above</source>
      <translation>Select the line above</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="67" />
      <source>Select the line below</source>
      <translation>Select the line below</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="72" />
      <source>Pay cash: tendered amount, change, öre rounding. In a return: pay the money back in cash (the amount to hand over is shown)</source>
      <translation>Pay cash: tendered amount, change, öre rounding. In a return: pay the money back in cash (the amount to hand over is shown)</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="81" />
      <source>Pay by card: all that is due, or type less and take the rest another way. In a return: pay the money back to the card</source>
      <translation>Pay by card: all that is due, or type less and take the rest another way. In a return: pay the money back to the card</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="90" />
      <source>Pay with Klarna (Point terminal); the terminal may ask you to check the customer's ID. In a return: pay the money back through Klarna</source>
      <translation>Pay with Klarna (Point terminal); the terminal may ask you to check the customer's ID. In a return: pay the money back through Klarna</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="99" />
      <source>Card payment in doubt: ask the terminal again</source>
      <translation>Card payment in doubt: ask the terminal again</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="104" />
      <source>Card payment in doubt: settle it by hand (manager; a reason is journaled)</source>
      <translation>Card payment in doubt: settle it by hand (manager; a reason is journaled)</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="111" />
      <source>No control code yet (card paid, or the answer lost): ask the control unit again with the same receipt and finish the sale</source>
      <translation>No control code yet (card paid, or the answer lost): ask the control unit again with the same receipt and finish the sale</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="120" />
      <source>Give up a card-paid sale: reverse its card payments (asks first); the sale stays open</source>
      <translation>Give up a card-paid sale: reverse its card payments (asks first); the sale stays open</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="128" />
      <source>Void the open sale or return (asks to confirm)</source>
      <translation>Void the open sale or return (asks to confirm)</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="133" />
      <source>Show the last receipt on screen</source>
      <translation>Show the last receipt on screen</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="138" />
      <source>Return (manager): against a receipt (scan its barcode or type its number) or without one. In a return against a receipt: pick a line of it to take back</source>
      <translation>Return (manager): against a receipt (scan its barcode or type its number) or without one. In a return against a receipt: pick a line of it to take back</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="147" />
      <source>Print a receipt's copy (KOPIA): scan its barcode or type its number; one copy only</source>
      <translation>Print a receipt's copy (KOPIA): scan its barcode or type its number; one copy only</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="155" />
      <source>Pro forma receipt (EJ KVITTO) of the open sale; the sale stays open for payment</source>
      <translation>Pro forma receipt (EJ KVITTO) of the open sale; the sale stays open for payment</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="163" />
      <source>Training mode on or off (manager): ÖVNINGSKVITTO receipts, no card is charged</source>
      <translation>Training mode on or off (manager): ÖVNINGSKVITTO receipts, no card is charged</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="171" />
      <source>Control unit out: issue cash invoices (kontantnota) instead of receipts, after a payment failed for it (asks first); ends by itself when the unit answers</source>
      <translation>Control unit out: issue cash invoices (kontantnota) instead of receipts, after a payment failed for it (asks first); ends by itself when the unit answers</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="180" />
      <source>Open the cash drawer without a sale (manager; the reason is journaled)</source>
      <translation>Open the cash drawer without a sale (manager; the reason is journaled)</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="187" />
      <source>X report (X-dagrapport): the day so far; closes nothing</source>
      <translation>X report (X-dagrapport): the day so far; closes nothing</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="192" />
      <source>Z report (Z-dagrapport): closes the day (manager, asks first); the card terminal's end of day runs with it</source>
      <translation>Z report (Z-dagrapport): closes the day (manager, asks first); the card terminal's end of day runs with it</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="201" />
      <source>Reprint a Z report by its number (marked KOPIA)</source>
      <translation>Reprint a Z report by its number (marked KOPIA)</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="206" />
      <source>Print a receipt that was stored but never printed (its original, once)</source>
      <translation>Print a receipt that was stored but never printed (its original, once)</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="214" />
      <source>Journal (manager): every event, by day and kind, in full</source>
      <translation>Journal (manager): every event, by day and kind, in full</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="219" />
      <source>Card terminal: activation, end of day, receipts, ping</source>
      <translation>Card terminal: activation, end of day, receipts, ping</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="224" />
      <source>Switch cashier: sign out (the sale stays) and the next one signs in</source>
      <translation>Switch cashier: sign out (the sale stays) and the next one signs in</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="228" />
      <source>Show this list of keys</source>
      <translation>Show this list of keys</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="232" />
      <source>About: program, model, maker, version and manufacturing number</source>
      <translation>About: program, model, maker, version and manufacturing number</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="239" />
      <source>Settings (manager): shop, register, control unit, terminals, printer, language</source>
      <translation>Settings (manager): shop, register, control unit, terminals, printer, language</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="247" />
      <source>Catalog (manager): products, prices, groups and quick keys; every change journaled</source>
      <translation>Catalog (manager): products, prices, groups and quick keys; every change journaled</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="255" />
      <source>Cashiers (manager): add a cashier or manager, disable one, set a new PIN</source>
      <translation>Cashiers (manager): add a cashier or manager, disable one, set a new PIN</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="263" />
      <source>Price list: every product's price and VAT rate, to show or print</source>
      <translation>Price list: every product's price and VAT rate, to show or print</translation>
    </message>
    <message>
      <location filename="../till/ui/shortcuts.py" line="270" />
      <source>Clear the entry line; in a dialog: cancel</source>
      <translation>Clear the entry line; in a dialog: cancel</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="40" />
      <source>The first manager</source>
      <translation>The first manager</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="42" />
      <source>No one can sign in on this till yet. Add the first manager: a name and a PIN ({low}–{high} digits), typed twice.</source>
      <translation>No one can sign in on this till yet. Add the first manager: a name and a PIN ({low}–{high} digits), typed twice.</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="46" />
      <source>Manager approval</source>
      <translation>Manager approval</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="48" />
      <source>A manager approves: {action}. The manager types their name or number and PIN.</source>
      <translation>A manager approves: {action}. The manager types their name or number and PIN.</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="51" />
      <source>Sign in</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="52" />
      <source>Sign in: your name or number and your PIN.</source>
      <translation>Sign in: your name or number and your PIN.</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="70" />
      <source>Name or number</source>
      <translation>Name or number</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="72" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="76" />
      <source>The same PIN again</source>
      <translation>The same PIN again</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="86" />
      <source>Approve (Enter)</source>
      <translation>Approve (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="86" />
      <source>OK (Enter)</source>
      <translation>OK (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="94" />
      <source>Type a name or number.</source>
      <translation>Type a name or number.</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="98" />
      <source>The PIN is {low} to {high} digits, nothing else.</source>
      <translation>The PIN is {low} to {high} digits, nothing else.</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_dialog.py" line="106" />
      <source>The two PINs differ: type it again.</source>
      <translation>The two PINs differ: type it again.</translation>
    </message>
  </context>
  <context>
    <name>SignInIntents</name>
    <message>
      <location filename="../till/ui/sign_in_intents.py" line="23" />
      <source>Sign in first (F3).</source>
      <translation>Sign in first (F3).</translation>
    </message>
    <message>
      <location filename="../till/ui/sign_in_intents.py" line="98" />
      <source>nobody signed in</source>
      <translation>nobody signed in</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <location filename="../till/ui/status_bar.py" line="30" />
      <source>Register {id}</source>
      <translation>Register {id}</translation>
    </message>
    <message>
      <location filename="../till/ui/status_bar.py" line="50" />
      <source>Terminal: none</source>
      <translation>Terminal: none</translation>
    </message>
    <message>
      <location filename="../till/ui/status_bar.py" line="52" />
      <source>Terminal: online</source>
      <translation>Terminal: online</translation>
    </message>
    <message>
      <location filename="../till/ui/status_bar.py" line="54" />
      <source>Terminal: offline</source>
      <translation>Terminal: offline</translation>
    </message>
    <message>
      <location filename="../till/ui/status_bar.py" line="56" />
      <location filename="../till/ui/status_bar.py" line="86" />
      <location filename="../till/ui/status_bar.py" line="96" />
      <source>{state} – {reason}</source>
      <translation>{state} – {reason}</translation>
    </message>
    <message>
      <location filename="../till/ui/status_bar.py" line="64" />
      <source>Control unit: reachable</source>
      <translation>Control unit: reachable</translation>
    </message>
    <message>
      <location filename="../till/ui/status_bar.py" line="66" />
      <source>Control unit: asking for a control code</source>
      <translation>Control unit: asking for a control code</translation>
    </message>
    <message>
      <location filename="../till/ui/status_bar.py" line="68" />
      <source>Control unit: offline</source>
      <translation>Control unit: offline</translation>
    </message>
    <message>
      <location filename="../till/ui/status_bar.py" line="69" />
      <source>Control unit: not asked yet</source>
      <translation>Control unit: not asked yet</translation>
    </message>
    <message>
      <location filename="../till/ui/status_bar.py" line="73" />
      <source>Printer: ready</source>
      <translation>Printer: ready</translation>
    </message>
    <message>
      <location filename="../till/ui/status_bar.py" line="75" />
      <source>Printer: out of paper</source>
      <translation>Printer: out of paper</translation>
    </message>
    <message>
      <location filename="../till/ui/status_bar.py" line="77" />
      <source>Printer: cover open</source>
      <translation>Printer: cover open</translation>
    </message>
    <message>
      <location filename="../till/ui/status_bar.py" line="79" />
      <source>Printer: offline</source>
      <translation>Printer: offline</translation>
    </message>
    <message>
      <location filename="../till/ui/status_bar.py" line="80" />
      <source>Printer: not connected</source>
      <translation>Printer: not connected</translation>
    </message>
  </context>
  <context>
    <name>TerminalAdminDialog</name>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="44" />
      <source>Something unexpected went wrong; details are in the log.</source>
      <translation>Something unexpected went wrong; details are in the log.</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="50" />
      <source>Activate</source>
      <translation>Activate</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="51" />
      <source>Deactivate</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="52" />
      <source>SI config</source>
      <translation>SI config</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="53" />
      <source>SI init</source>
      <translation>SI init</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="54" />
      <source>End of day (final balance)</source>
      <translation>End of day (final balance)</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="55" />
      <source>Transmission</source>
      <translation>Transmission</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="56" />
      <source>Submission</source>
      <translation>Submission</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="57" />
      <source>Intermediate EOD receipt</source>
      <translation>Intermediate EOD receipt</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="58" />
      <source>Reprint last receipt</source>
      <translation>Reprint last receipt</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="59" />
      <source>Config data</source>
      <translation>Config data</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="60" />
      <source>PIN pad information</source>
      <translation>PIN pad information</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="61" />
      <source>Ping</source>
      <translation>Ping</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="63" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="64" />
      <source>Test the pairing (TEST_MAC)</source>
      <translation>Test the pairing (TEST_MAC)</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="65" />
      <source>Last transaction</source>
      <translation>Last transaction</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="66" />
      <source>Resynchronise the counter</source>
      <translation>Resynchronise the counter</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="67" />
      <source>End of day</source>
      <translation>End of day</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="84" />
      <source>Card terminal</source>
      <translation>Card terminal</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="99" />
      <source>Talks to the acquirer: may take minutes</source>
      <translation>Talks to the acquirer: may take minutes</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="107" />
      <location filename="../till/ui/terminal_admin_dialog.py" line="185" />
      <source>Pair Point terminal</source>
      <translation>Pair Point terminal</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="108" />
      <source>Unpair Point terminal</source>
      <translation>Unpair Point terminal</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="113" />
      <source>Manager only</source>
      <translation>Manager only</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="120" />
      <source>Terminal at {address}. Choose a command (arrows, Enter).</source>
      <translation>Terminal at {address}. Choose a command (arrows, Enter).</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="135" />
      <source>What the terminal answers and prints shows here.</source>
      <translation>What the terminal answers and prints shows here.</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="137" />
      <source>Close (Esc)</source>
      <translation>Close (Esc)</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="170" />
      <source>{command}: waiting for the terminal{slow}…</source>
      <translation>{command}: waiting for the terminal{slow}…</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="171" />
      <source> (this can take minutes)</source>
      <translation> (this can take minutes)</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="182" />
      <source>Unpaired: the till forgot the MAC key.</source>
      <translation>Unpaired: the till forgot the MAC key.</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="186" />
      <source>Type the entry code the terminal shows:</source>
      <translation>Type the entry code the terminal shows:</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="195" />
      <source>Paired (MAC_LABEL {label}).</source>
      <translation>Paired (MAC_LABEL {label}).</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="203" />
      <location filename="../till/ui/terminal_admin_dialog.py" line="233" />
      <source>Choose a command (arrows, Enter).</source>
      <translation>Choose a command (arrows, Enter).</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="218" />
      <source>{command}: done.</source>
      <translation>{command}: done.</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="222" />
      <source>The terminal refused: {why}</source>
      <translation>The terminal refused: {why}</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="260" />
      <source>Wait for the terminal to finish: a command cannot be stopped half-way.</source>
      <translation>Wait for the terminal to finish: a command cannot be stopped half-way.</translation>
    </message>
    <message>
      <location filename="../till/ui/terminal_admin_dialog.py" line="287" />
      <source>The entry code is digits only.</source>
      <translation>The entry code is digits only.</translation>
    </message>
  </context>
  <context>
    <name>TerminalStatus</name>
    <message>
      <location filename="../till/ui/card_dialog.py" line="47" />
      <source>Card presented (contactless)</source>
      <translation>Card presented (contactless)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="48" />
      <source>Card swiped (magstripe)</source>
      <translation>Card swiped (magstripe)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="49" />
      <source>Card inserted (chip)</source>
      <translation>Card inserted (chip)</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="50" />
      <source>Card read</source>
      <translation>Card read</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="51" />
      <source>Card removed</source>
      <translation>Card removed</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="52" />
      <source>Transaction started</source>
      <translation>Transaction started</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="53" />
      <source>Transaction ended</source>
      <translation>Transaction ended</translation>
    </message>
    <message>
      <location filename="../till/ui/card_dialog.py" line="54" />
      <source>Transaction aborted</source>
      <translation>Transaction aborted</translation>
    </message>
  </context>
  <context>
    <name>TillAdmin</name>
    <message>
      <location filename="../till/cli.py" line="71" />
      <source>{count} receipts exported.</source>
      <translation>{count} receipts exported.</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="74" />
      <source>{count} events exported.</source>
      <translation>{count} events exported.</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="78" />
      <source>No manager PIN is set yet: choose one (4 to 12 digits).</source>
      <translation>No manager PIN is set yet: choose one (4 to 12 digits).</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="82" />
      <source>Manager PIN for {action}:</source>
      <translation>Manager PIN for {action}:</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="85" />
      <source>New manager PIN:</source>
      <translation>New manager PIN:</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="89" />
      <source>Run the terminal's end of day too: till-admin terminal end-of-day</source>
      <translation>Run the terminal's end of day too: till-admin terminal end-of-day</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="95" />
      <source>Manager PIN set.</source>
      <translation>Manager PIN set.</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="97" />
      <source>Interrupted.</source>
      <translation>Interrupted.</translation>
    </message>
    <message>
      <location filename="../till/cli.py" line="100" />
      <source>Unexpected error ({error}); run again with TILL_DEBUG=1 for details.</source>
      <translation>Unexpected error ({error}); run again with TILL_DEBUG=1 for details.</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="50" />
      <source>Subject</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="55" />
      <source>Issuer</source>
      <translation>Issuer</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="60" />
      <source>Serial</source>
      <translation>Serial</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="65" />
      <source>Org number</source>
      <translation>Org number</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="70" />
      <source>(none found)</source>
      <translation>(none found)</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="75" />
      <source>Valid from</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="80" />
      <source>Valid to</source>
      <translation>Valid to</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="85" />
      <source>Warning: {warning}</source>
      <translation>Warning: {warning}</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="90" />
      <source>The passphrase is kept in the keyring (service 'till').</source>
      <translation>The passphrase is kept in the keyring (service 'till').</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="95" />
      <source>Set control_unit.certificate = "{path}" in {source} (and transport = "direct") for the till to use it.</source>
      <translation>Set control_unit.certificate = "{path}" in {source} (and transport = "direct") for the till to use it.</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="104" />
      <source>Not usable: {why}</source>
      <translation>Not usable: {why}</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="107" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../till/cli_control_unit.py" line="110" />
      <source>usable for org number {org_nr}</source>
      <translation>usable for org number {org_nr}</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="36" />
      <source>There is no database at {path} yet: nothing to check.</source>
      <translation>There is no database at {path} yet: nothing to check.</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="41" />
      <source>{path} does not exist.</source>
      <translation>{path} does not exist.</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="46" />
      <source>Journal head: row {row}, hash {hash}</source>
      <translation>Journal head: row {row}, hash {hash}</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="51" />
      <source>PROBLEM: {problem}</source>
      <translation>PROBLEM: {problem}</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="56" />
      <source>Journal intact: {rows} rows checked.</source>
      <translation>Journal intact: {rows} rows checked.</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="61" />
      <source>Journal NOT intact: {problems} problems in {rows} rows.</source>
      <translation>Journal NOT intact: {problems} problems in {rows} rows.</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="66" />
      <source>The keyring's anchor for register {register}: {rows} journal rows, head row {row} (saved {saved_at}).</source>
      <translation>The keyring's anchor for register {register}: {rows} journal rows, head row {row} (saved {saved_at}).</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="75" />
      <source>The keyring's anchor for register {register} is damaged.</source>
      <translation>The keyring's anchor for register {register} is damaged.</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="80" />
      <source>There is no anchor for register {register} in the keyring.</source>
      <translation>There is no anchor for register {register} in the keyring.</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="85" />
      <source>The database {path} will be used as it is.</source>
      <translation>The database {path} will be used as it is.</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="90" />
      <source>The database {path} does not exist and will be made anew, empty.</source>
      <translation>The database {path} does not exist and will be made anew, empty.</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="97" />
      <source>From now on the till checks the journal against this database. The reset is journaled with the old anchor, what the check finds and your reason.</source>
      <translation>From now on the till checks the journal against this database. The reset is journaled with the old anchor, what the check finds and your reason.</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="106" />
      <source>Type {word} to go on:</source>
      <translation>Type {word} to go on:</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="111" />
      <source>Nothing was changed.</source>
      <translation>Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../till/cli_journal.py" line="116" />
      <source>Anchor reset: register {register}'s journal is anchored at row {row} (hash {hash}); the reset is that row in the journal.</source>
      <translation>Anchor reset: register {register}'s journal is anchored at row {row} (hash {hash}); the reset is that row in the journal.</translation>
    </message>
    <message>
      <location filename="../till/cli_point.py" line="64" />
      <source>Paired with the Klarna terminal at {address} (MAC_LABEL {label}, REG_VER {reg_ver}); the MAC key is in the keyring.</source>
      <translation>Paired with the Klarna terminal at {address} (MAC_LABEL {label}, REG_VER {reg_ver}); the MAC key is in the keyring.</translation>
    </message>
    <message>
      <location filename="../till/cli_point.py" line="73" />
      <source>The Klarna terminal at {address} is unpaired from this till.</source>
      <translation>The Klarna terminal at {address} is unpaired from this till.</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="46" />
      <source>{read} products read, {changed} new or changed.</source>
      <translation>{read} products read, {changed} new or changed.</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="51" />
      <source>Not imported: {error}</source>
      <translation>Not imported: {error}</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="56" />
      <source>{count} rows were not imported; the other rows were.</source>
      <translation>{count} rows were not imported; the other rows were.</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="60" />
      <source>{count} products exported.</source>
      <translation>{count} products exported.</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="64" />
      <source>Removed {code} {name}: it is no longer sold; receipts and the journal keep it.</source>
      <translation>Removed {code} {name}: it is no longer sold; receipts and the journal keep it.</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="72" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="73" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="74" />
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="75" />
      <source>VAT</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="76" />
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="77" />
      <source>Barcodes</source>
      <translation>Barcodes</translation>
    </message>
    <message>
      <location filename="../till/cli_products.py" line="79" />
      <source>{price}/kg</source>
      <translation>{price}/kg</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="48" />
      <source>Manager (name or number) for {action}:</source>
      <translation>Manager (name or number) for {action}:</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="51" />
      <source>PIN:</source>
      <translation>PIN:</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="52" />
      <source>New PIN:</source>
      <translation>New PIN:</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="54" />
      <source>The same PIN again:</source>
      <translation>The same PIN again:</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="57" />
      <source>Added {number} {name} (manager).</source>
      <translation>Added {number} {name} (manager).</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="60" />
      <source>Added {number} {name} (cashier).</source>
      <translation>Added {number} {name} (cashier).</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="63" />
      <source>Disabled {number} {name}.</source>
      <translation>Disabled {number} {name}.</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="66" />
      <source>New PIN set for {number} {name}.</source>
      <translation>New PIN set for {number} {name}.</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="69" />
      <source>manager</source>
      <translation>manager</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="70" />
      <source>cashier</source>
      <translation>cashier</translation>
    </message>
    <message>
      <location filename="../till/cli_users.py" line="72" />
      <source>(disabled)</source>
      <translation>(disabled)</translation>
    </message>
  </context>
  <context>
    <name>TotalsPanel</name>
    <message>
      <location filename="../till/ui/totals_panel.py" line="30" />
      <location filename="../till/ui/totals_panel.py" line="114" />
      <source>TOTAL</source>
      <translation>TOTAL</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="110" />
      <source>TO PAY BACK</source>
      <translation>TO PAY BACK</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="112" />
      <source>STILL TO PAY</source>
      <translation>STILL TO PAY</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="125" />
      <source>VAT</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="125" />
      <source>of amount</source>
      <translation>of amount</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="129" />
      <source>{n} lines</source>
      <translation>{n} lines</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="138" />
      <source>Training receipt</source>
      <translation>Training receipt</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="139" />
      <source>Cash invoice</source>
      <translation>Cash invoice</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="140" />
      <source>Receipt</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="142" />
      <source>Pro forma {number} (EJ KVITTO)  ·  the sale is still open</source>
      <translation>Pro forma {number} (EJ KVITTO)  ·  the sale is still open</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="147" />
      <source>Return receipt</source>
      <translation>Return receipt</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="149" />
      <source>{name} {number}  ·  hand over {amount}</source>
      <translation>{name} {number}  ·  hand over {amount}</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="153" />
      <source>{name} {number}  ·  paid back through Klarna</source>
      <translation>{name} {number}  ·  paid back through Klarna</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="157" />
      <source>{name} {number}  ·  paid back to the card</source>
      <translation>{name} {number}  ·  paid back to the card</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="162" />
      <source>{name} {number}  ·  change {change}</source>
      <translation>{name} {number}  ·  change {change}</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="166" />
      <source>Change {amount}</source>
      <translation>Change {amount}</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="169" />
      <source>{name} {number}  ·  paid with Klarna</source>
      <translation>{name} {number}  ·  paid with Klarna</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="171" />
      <source>{name} {number}  ·  paid by card</source>
      <translation>{name} {number}  ·  paid by card</translation>
    </message>
    <message>
      <location filename="../till/ui/totals_panel.py" line="176" />
      <source>Receipt {number} is stored but was not printed: {error} Ctrl+U prints it when the printer works again.</source>
      <translation>Receipt {number} is stored but was not printed: {error} Ctrl+U prints it when the printer works again.</translation>
    </message>
  </context>
  <context>
    <name>UnprintedDialog</name>
    <message>
      <location filename="../till/ui/unprinted_dialog.py" line="25" />
      <source>Receipts not printed</source>
      <translation>Receipts not printed</translation>
    </message>
    <message>
      <location filename="../till/ui/unprinted_dialog.py" line="29" />
      <source>These receipts are stored with their control code but were never printed. Enter prints the chosen one's original (only once; it is not a copy).</source>
      <translation>These receipts are stored with their control code but were never printed. Enter prints the chosen one's original (only once; it is not a copy).</translation>
    </message>
    <message>
      <location filename="../till/ui/unprinted_dialog.py" line="41" />
      <source>Print (Enter)</source>
      <translation>Print (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/unprinted_dialog.py" line="47" />
      <source>Cash invoice</source>
      <translation>Cash invoice</translation>
    </message>
    <message>
      <location filename="../till/ui/unprinted_dialog.py" line="49" />
      <source>Receipt</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../till/ui/unprinted_dialog.py" line="51" />
      <source>{name} {number}  ·  {time}  ·  {amount} kr</source>
      <translation>{name} {number}  ·  {time}  ·  {amount} kr</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <location filename="../till/ui/users_dialog.py" line="188" />
      <location filename="../till/ui/users_dialog.py" line="389" />
      <source>Cashiers</source>
      <translation>Cashiers</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="198" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="198" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="198" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="198" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="217" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="218" />
      <location filename="../till/ui/users_dialog.py" line="320" />
      <source>Disable</source>
      <translation>Disable</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="219" />
      <location filename="../till/ui/users_dialog.py" line="349" />
      <source>New PIN</source>
      <translation>New PIN</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="223" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="243" />
      <source>Manager</source>
      <translation>Manager</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="243" />
      <source>Cashier</source>
      <translation>Cashier</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="245" />
      <source>Disabled</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="247" />
      <source>Locked ({seconds} s)</source>
      <translation>Locked ({seconds} s)</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="249" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="294" />
      <source>Add a cashier or manager</source>
      <translation>Add a cashier or manager</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="295" />
      <source>The name they sign in with, their role, and their PIN twice.</source>
      <translation>The name they sign in with, their role, and their PIN twice.</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="314" />
      <source>Added: {number} {name}.</source>
      <translation>Added: {number} {name}.</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="322" />
      <source>Disable {number} {name}? They can no longer sign in; a new PIN enables them again. The journal keeps what they did.</source>
      <translation>Disable {number} {name}? They can no longer sign in; a new PIN enables them again. The journal keeps what they did.</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="325" />
      <source>Disable (Enter)</source>
      <translation>Disable (Enter)</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="340" />
      <source>Disabled: {number} {name}.</source>
      <translation>Disabled: {number} {name}.</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="351" />
      <source>A new PIN for {number} {name}; it also ends a lockout and enables them again.</source>
      <translation>A new PIN for {number} {name}; it also ends a lockout and enables them again.</translation>
    </message>
    <message>
      <location filename="../till/ui/users_dialog.py" line="369" />
      <source>New PIN set: {number} {name}.</source>
      <translation>New PIN set: {number} {name}.</translation>
    </message>
  </context>
  <context>
    <name>ValueDialog</name>
    <message>
      <location filename="../till/ui/input_dialogs.py" line="49" />
      <source>OK (Enter)</source>
      <translation>OK (Enter)</translation>
    </message>
  </context>
  <context>
    <name>WeightDialog</name>
    <message>
      <location filename="../till/ui/weight_dialog.py" line="19" />
      <source>Weight</source>
      <translation>Weight</translation>
    </message>
    <message>
      <location filename="../till/ui/weight_dialog.py" line="20" />
      <source>Weight of {name} ({price}/kg)</source>
      <translation>Weight of {name} ({price}/kg)</translation>
    </message>
    <message>
      <location filename="../till/ui/weight_dialog.py" line="24" />
      <source>kg</source>
      <translation>kg</translation>
    </message>
  </context>
</TS>