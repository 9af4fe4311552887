<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../till/ui/about_dialog.py" line="21"/>
        <source>About till</source>
        <translation>Über till</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="22"/>
        <source>(made at the first start)</source>
        <translation>(beim ersten Start erstellt)</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="26"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="27"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="28"/>
        <source>Maker</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="29"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="30"/>
        <source>Manufacturing number</source>
        <translation>Herstellungsnummer</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="38"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AnswerWithinDialog</name>
    <message>
        <location filename="../till/ui/answer_dialog.py" line="70"/>
        <source>{n} s left to answer</source>
        <translation>Noch {n} s zum Antworten</translation>
    </message>
</context>
<context>
    <name>CardIntents</name>
    <message>
        <location filename="../till/ui/card_intents.py" line="33"/>
        <source>Klarna payment (Point terminal)</source>
        <translation>Klarna-Zahlung (Point-Terminal)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="35"/>
        <source>Card payment</source>
        <translation>Kartenzahlung</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="64"/>
        <source>there is nothing to pay for</source>
        <translation>es gibt nichts zu bezahlen</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="67"/>
        <source>No Klarna terminal is set up for this till; take another tender.</source>
        <translation>Für diese Kasse ist kein Klarna-Terminal eingerichtet; nehmen Sie eine andere Zahlungsart.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="71"/>
        <source>No card terminal is set up for this till; take another tender.</source>
        <translation>Für diese Kasse ist kein Kartenterminal eingerichtet; nehmen Sie eine andere Zahlungsart.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="91"/>
        <source>The card payment was cancelled; the sale is still open.</source>
        <translation>Die Kartenzahlung wurde abgebrochen; der Verkauf ist noch offen.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="105"/>
        <source>Card approved {approved} kr; {due} kr still due.</source>
        <translation>Karte genehmigt: {approved} kr; noch {due} kr offen.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="110"/>
        <source>Card approved only {approved} kr of {asked} kr; {due} kr still due.</source>
        <translation>Karte nur über {approved} kr von {asked} kr genehmigt; noch {due} kr offen.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="128"/>
        <source>no card payment is in doubt</source>
        <translation>keine Kartenzahlung ist ungeklärt</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="134"/>
        <source>no card payment of this sale is in doubt</source>
        <translation>keine Kartenzahlung dieses Verkaufs ist ungeklärt</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="157"/>
        <source>The money ({amount} kr) went back to the card. The sale is open: take the payment again, or void it.</source>
        <translation>Das Geld ({amount} kr) wurde auf die Karte zurückgebucht. Der Verkauf ist offen: Kassieren Sie erneut oder stornieren Sie den Verkauf.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="164"/>
        <source>The reversal did not happen: the card payment of {amount} kr stands. Finish the sale (F8), or give it up again (Shift+F8).</source>
        <translation>Das Storno hat nicht stattgefunden: Die Kartenzahlung über {amount} kr bleibt bestehen. Schließen Sie den Verkauf ab (F8) oder geben Sie sie erneut auf (Shift+F8).</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="171"/>
        <source>The card was charged {amount} kr; {due} kr still due.</source>
        <translation>Die Karte wurde mit {amount} kr belastet; noch {due} kr offen.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="176"/>
        <source>The card was not charged ({amount} kr). Take the payment again.</source>
        <translation>Die Karte wurde nicht belastet ({amount} kr). Kassieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="188"/>
        <source>no card payment of this sale can be given up</source>
        <translation>keine Kartenzahlung dieses Verkaufs kann aufgegeben werden</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="190"/>
        <source>Give up the card payment</source>
        <translation>Kartenzahlung aufgeben</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="192"/>
        <source>Reverse {amount} kr to the customer&apos;s card? The sale stays open: take another payment, or void it.</source>
        <translation>{amount} kr auf die Karte des Kunden zurückbuchen (Storno)? Der Verkauf bleibt offen: Nehmen Sie eine andere Zahlung an oder stornieren Sie den Verkauf.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="195"/>
        <source>Reverse (Enter)</source>
        <translation>Zurückbuchen (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="202"/>
        <source>The card payment of {amount} kr was reversed; the sale is open.</source>
        <translation>Die Kartenzahlung über {amount} kr wurde storniert; der Verkauf ist offen.</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../till/ui/card_panel.py" line="47"/>
        <source>Ask the terminal again (F7)</source>
        <translation>Terminal erneut fragen (F7)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="48"/>
        <source>Settle by hand – manager (Shift+F7)</source>
        <translation>Von Hand klären – Leiter (Shift+F7)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="49"/>
        <source>Retry the control code (F8)</source>
        <translation>Kontrollcode erneut anfordern (F8)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="50"/>
        <source>Give up – reverse the card payment (Shift+F8)</source>
        <translation>Aufgeben – Kartenzahlung stornieren (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="74"/>
        <source>Paid by card  {amount}</source>
        <translation>Mit Karte bezahlt  {amount}</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="77"/>
        <source>Still due  {amount}</source>
        <translation>Noch offen  {amount}</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="82"/>
        <source>Locked: settle the card payment (F7)</source>
        <translation>Gesperrt: Kartenzahlung klären (F7)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="84"/>
        <source>Scan or type a code   (3*code adds 3)</source>
        <translation>Code scannen oder eingeben   (3*Code fügt 3 hinzu)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="98"/>
        <source>Receipt {number} is with the control unit</source>
        <translation>Beleg {number} liegt bei der Kontrolleinheit</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="102"/>
        <source>The control unit was asked for this receipt&apos;s control code and its answer did not come through, or the receipt could not be saved. Nothing can change now: F8 finishes this very receipt (the control unit is asked again with the same data).</source>
        <translation>Die Kontrolleinheit wurde nach dem Kontrollcode dieses Belegs gefragt, aber ihre Antwort kam nicht an, oder der Beleg konnte nicht gespeichert werden. Jetzt kann nichts mehr geändert werden: F8 schließt genau diesen Beleg ab (die Kontrolleinheit wird mit denselben Daten erneut gefragt).</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="111"/>
        <source>Sale locked: reversal of {amount} kr in doubt</source>
        <translation>Verkauf gesperrt: Storno über {amount} kr ungeklärt</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="115"/>
        <source>The till cannot tell whether the money went back to the card. Nothing can be added, paid or voided until it is settled: ask the terminal again (F7), or a manager settles it by hand (Shift+F7) after checking the terminal&apos;s last receipt.</source>
        <translation>Die Kasse kann nicht feststellen, ob das Geld auf die Karte zurückgebucht wurde. Bis das geklärt ist, kann nichts hinzugefügt, bezahlt oder storniert werden: Fragen Sie das Terminal erneut (F7), oder ein Leiter klärt es von Hand (Shift+F7), nachdem er den letzten Beleg des Terminals geprüft hat.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="121"/>
        <source>Sale locked: card payment of {amount} kr in doubt</source>
        <translation>Verkauf gesperrt: Kartenzahlung über {amount} kr ungeklärt</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="125"/>
        <source>The till cannot tell whether the card was charged. Nothing can be added or paid until it is settled: ask the terminal again, or a manager settles it by hand after checking the terminal.</source>
        <translation>Die Kasse kann nicht feststellen, ob die Karte belastet wurde. Bis das geklärt ist, kann nichts hinzugefügt oder bezahlt werden: Fragen Sie das Terminal erneut, oder ein Leiter klärt es von Hand, nachdem er das Terminal geprüft hat.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="130"/>
        <source>Card paid {amount} kr, but no control code</source>
        <translation>Mit Karte bezahlt: {amount} kr, aber kein Kontrollcode</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="134"/>
        <source>The receipt can only be made with a control code. Retry when the control unit answers, or give up: the card payment is then reversed.</source>
        <translation>Der Beleg kann nur mit einem Kontrollcode erstellt werden. Versuchen Sie es erneut, wenn die Kontrolleinheit antwortet, oder geben Sie auf: Die Kartenzahlung wird dann storniert.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="138"/>
        <source>Paid by card {paid} kr – {due} kr still due</source>
        <translation>Mit Karte bezahlt: {paid} kr – noch {due} kr offen</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="142"/>
        <source>Take the rest by card (F11) or in cash (F12). The items cannot change now; to start over, give up and the card payment is reversed.</source>
        <translation>Kassieren Sie den Rest mit Karte (F11) oder bar (F12). Die Artikel können jetzt nicht mehr geändert werden; um neu zu beginnen, geben Sie auf, und die Kartenzahlung wird storniert.</translation>
    </message>
</context>
<context>
    <name>CardPaymentDialog</name>
    <message>
        <location filename="../till/ui/card_dialog.py" line="92"/>
        <source>Card payment</source>
        <translation>Kartenzahlung</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="105"/>
        <source>Still due</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="110"/>
        <source>Charge the card</source>
        <translation>Karte belasten</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="125"/>
        <source>Terminal – for you</source>
        <translation>Terminal – für Sie</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="126"/>
        <source>Terminal – customer&apos;s screen</source>
        <translation>Terminal – Anzeige des Kunden</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="138"/>
        <source>Enter starts the payment on the terminal.</source>
        <translation>Enter startet die Zahlung am Terminal.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="164"/>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="166"/>
        <source>Cash instead (F12)</source>
        <translation>Stattdessen bar (F12)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="168"/>
        <source>Start (Enter)</source>
        <translation>Starten (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="210"/>
        <source>the amount must be more than 0</source>
        <translation>der Betrag muss größer als 0 sein</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="212"/>
        <source>at most {due} kr is due</source>
        <translation>höchstens {due} kr sind offen</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="235"/>
        <source>Waiting for the terminal…</source>
        <translation>Warte auf das Terminal…</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="250"/>
        <source>Esc: stop waiting for the card     F12: customer pays cash instead</source>
        <translation>Esc: nicht mehr auf die Karte warten     F12: Kunde zahlt stattdessen bar</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="252"/>
        <source>Enter: start     Esc: back     F12: customer pays cash instead</source>
        <translation>Enter: starten     Esc: zurück     F12: Kunde zahlt stattdessen bar</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="263"/>
        <source>Customer pays cash: asking the terminal to stop…</source>
        <translation>Kunde zahlt bar: Terminal wird zum Abbrechen aufgefordert…</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="265"/>
        <source>Asking the terminal to stop waiting for the card…</source>
        <translation>Terminal wird aufgefordert, nicht mehr auf die Karte zu warten…</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../till/ui/cart_model.py" line="28"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="29"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="30"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="31"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="32"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="33"/>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
</context>
<context>
    <name>CashPaymentDialog</name>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="42"/>
        <source>Cash payment</source>
        <translation>Barzahlung</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="51"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="52"/>
        <source>Öre rounding</source>
        <translation>Öre-Rundung</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="53"/>
        <source>To pay</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="55"/>
        <source>Tendered</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="63"/>
        <source>Change</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="68"/>
        <source>Pay (Enter)</source>
        <translation>Bezahlen (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="72"/>
        <source>Exact</source>
        <translation>Passend</translation>
    </message>
</context>
<context>
    <name>CashierWindow</name>
    <message>
        <location filename="../till/ui/action_buttons.py" line="38"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="39"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="40"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="41"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="42"/>
        <source>Void</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="43"/>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="44"/>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="45"/>
        <source>X report</source>
        <translation>X-Bericht</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="46"/>
        <source>Z report</source>
        <translation>Z-Bericht</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="47"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="48"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="49"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="50"/>
        <source>Klarna</source>
        <translation>Klarna</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="104"/>
        <source>Something unexpected went wrong. The sale is kept; details are in the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Der Verkauf bleibt erhalten; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="113"/>
        <source>TRAINING MODE – no real sales. The receipts are training receipts; no card is charged.</source>
        <translation>ÜBUNGSMODUS – keine echten Verkäufe. Die Belege sind Übungsbelege; keine Karte wird belastet.</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="117"/>
        <source>The control unit is out: cash invoices (kontantnota). Document the outage and report it to Skatteverket.</source>
        <translation>Die Kontrolleinheit ist ausgefallen: Barrechnungen (kontantnota). Dokumentieren Sie den Ausfall und melden Sie ihn dem Skatteverket.</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="258"/>
        <source>Scan or type a code   (3*code adds 3)</source>
        <translation>Code scannen oder eingeben   (3*Code fügt 3 hinzu)</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="397"/>
        <source>TRAINING MODE – {title}</source>
        <translation>ÜBUNGSMODUS – {title}</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="462"/>
        <source>select a line first (↑/↓)</source>
        <translation>wählen Sie zuerst eine Zeile (↑/↓)</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="493"/>
        <source>Ctrl+O: cash invoices (offline mode) while the control unit is out.</source>
        <translation>Ctrl+O: Barrechnungen (Notbetrieb), solange die Kontrolleinheit ausgefallen ist.</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="523"/>
        <source>No card terminal is set up for this till.</source>
        <translation>Für diese Kasse ist kein Kartenterminal eingerichtet.</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="593"/>
        <source>The open sale from before the restart is restored.</source>
        <translation>Der offene Verkauf von vor dem Neustart wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="52"/>
        <location filename="../till/ui/catalog_dialog.py" line="294"/>
        <source>Catalog</source>
        <translation>Artikelkatalog</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="60"/>
        <source>Search by name, code or barcode</source>
        <translation>Nach Name, Code oder Barcode suchen</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="67"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="68"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="69"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="70"/>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="71"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="72"/>
        <source>Barcodes</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="92"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="93"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="94"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="95"/>
        <location filename="../till/ui/catalog_dialog.py" line="295"/>
        <source>Price list</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="99"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="137"/>
        <source>{price}/kg</source>
        <translation>{price}/kg</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="139"/>
        <source>{price} (open)</source>
        <translation>{price} (frei)</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="144"/>
        <source>{rate} %</source>
        <translation>{rate} %</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="157"/>
        <source>{shown} of {count} products</source>
        <translation>{shown} von {count} Artikeln</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="229"/>
        <source>Saved: {code} {name}.</source>
        <translation>Gespeichert: {code} {name}.</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="234"/>
        <source>Remove product</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="236"/>
        <source>Remove {code} {name} from the catalog? It is no longer sold; receipts and the journal keep it.</source>
        <translation>{code} {name} aus dem Artikelkatalog entfernen? Der Artikel wird nicht mehr verkauft; Belege und Journal behalten ihn.</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="239"/>
        <source>Remove (Enter)</source>
        <translation>Entfernen (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="254"/>
        <source>Removed: {code} {name}.</source>
        <translation>Entfernt: {code} {name}.</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <location filename="../till/ui/confirmation_dialog.py" line="47"/>
        <source>The card terminal asks</source>
        <translation>Das Kartenterminal fragt</translation>
    </message>
    <message>
        <location filename="../till/ui/confirmation_dialog.py" line="52"/>
        <source>Ask the customer:</source>
        <translation>Fragen Sie den Kunden:</translation>
    </message>
    <message>
        <location filename="../till/ui/confirmation_dialog.py" line="54"/>
        <source>Please confirm:</source>
        <translation>Bitte bestätigen Sie:</translation>
    </message>
    <message>
        <location filename="../till/ui/confirmation_dialog.py" line="62"/>
        <source>Yes (Enter / Y)</source>
        <translation>Ja (Enter / Y)</translation>
    </message>
    <message>
        <location filename="../till/ui/confirmation_dialog.py" line="64"/>
        <source>No (Esc / N)</source>
        <translation>Nein (Esc / N)</translation>
    </message>
</context>
<context>
    <name>DayReportIntents</name>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="24"/>
        <source>Day reports are not set up on this till.</source>
        <translation>Tagesberichte sind an dieser Kasse nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="37"/>
        <source>The report was not printed: {error}</source>
        <translation>Der Bericht wurde nicht gedruckt: {error}</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="45"/>
        <source>Z report</source>
        <translation>Z-Bericht</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="47"/>
        <source>Take the Z report? It closes the day: the day&apos;s figures start again from zero, and the card terminal&apos;s end of day runs with it.</source>
        <translation>Den Z-Bericht erstellen? Er schließt den Tag ab: Die Tageszahlen beginnen wieder bei null, und der Tagesabschluss des Kartenterminals läuft mit.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="50"/>
        <source>Take the Z report (Enter)</source>
        <translation>Z-Bericht erstellen (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="62"/>
        <source>Z report {number} stored and printed.</source>
        <translation>Z-Bericht {number} gespeichert und gedruckt.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="65"/>
        <source>Z report {number} is stored but was not printed: {error}</source>
        <translation>Z-Bericht {number} ist gespeichert, wurde aber nicht gedruckt: {error}</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="71"/>
        <source>Card terminal end of day: done.</source>
        <translation>Tagesabschluss des Kartenterminals: erledigt.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="74"/>
        <source>The card terminal&apos;s end of day failed: {error}. Retry it with Ctrl+T.</source>
        <translation>Der Tagesabschluss des Kartenterminals ist fehlgeschlagen: {error}. Wiederholen Sie ihn mit Ctrl+T.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="90"/>
        <source>Reprint a Z report</source>
        <translation>Z-Bericht erneut drucken</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="91"/>
        <source>Number of the Z report to print again (marked KOPIA)</source>
        <translation>Nummer des Z-Berichts, der erneut gedruckt wird (mit KOPIA markiert)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../till/ui/dialogs.py" line="64"/>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../till/ui/dialogs.py" line="101"/>
        <source>Something went wrong; nothing more was changed.</source>
        <translation>Etwas ist schiefgegangen; nichts weiter wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../till/adapters/print_worker.py" line="20"/>
        <source>The receipt could not be printed.</source>
        <translation>Der Beleg konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="43"/>
        <source>The printer {printer} was not found.</source>
        <translation>Der Drucker {printer} wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="46"/>
        <source>There is no receipt printer set up.</source>
        <translation>Es ist kein Belegdrucker eingerichtet.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="50"/>
        <source>The receipt folder {folder} cannot be created.</source>
        <translation>Der Belegordner {folder} kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="54"/>
        <source>The receipt folder {folder} is not writable.</source>
        <translation>In den Belegordner {folder} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="57"/>
        <source>The till cannot print to {where}.</source>
        <translation>Die Kasse kann nicht auf {where} drucken.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="60"/>
        <source>The till cannot open the printer.</source>
        <translation>Die Kasse kann den Drucker nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="64"/>
        <source>The printer did not accept the receipt.</source>
        <translation>Der Drucker hat den Beleg nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../till/app.py" line="38"/>
        <source>The till cannot start.</source>
        <translation>Die Kasse kann nicht starten.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="41"/>
        <source>Only an approved card payment can be reversed.</source>
        <translation>Nur eine genehmigte Kartenzahlung kann storniert werden.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="45"/>
        <source>This card payment has no terminal sequence number, so the terminal cannot be told which transaction to reverse. Refund it by other means.</source>
        <translation>Diese Kartenzahlung hat keine Terminal-Sequenznummer, daher kann dem Terminal nicht mitgeteilt werden, welche Transaktion storniert werden soll. Erstatten Sie sie auf anderem Weg.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="53"/>
        <source>This card payment went to another kind of terminal than the one set up now, so it cannot be reversed here. Refund it by other means.</source>
        <translation>Diese Kartenzahlung lief über eine andere Art von Terminal als das jetzt eingerichtete, daher kann sie hier nicht storniert werden. Erstatten Sie sie auf anderem Weg.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="61"/>
        <source>The reversal of {amount} was not sent: {why} The card payment stands; try again when the terminal answers.</source>
        <translation>Das Storno über {amount} wurde nicht gesendet: {why} Die Kartenzahlung bleibt bestehen; versuchen Sie es erneut, wenn das Terminal antwortet.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="69"/>
        <source>The terminal refused the reversal: {reason} The card payment of {amount} stands: finish the sale, or refund it by other means.</source>
        <translation>Das Terminal hat das Storno abgelehnt: {reason} Die Kartenzahlung über {amount} bleibt bestehen: Schließen Sie den Verkauf ab oder erstatten Sie sie auf anderem Weg.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="77"/>
        <source>The terminal&apos;s answer to the reversal of {amount} does not name this payment ({why}). The sale is locked: a manager must check the terminal&apos;s last receipt and settle it by hand.</source>
        <translation>Die Antwort des Terminals auf das Storno über {amount} nennt nicht diese Zahlung ({why}). Der Verkauf ist gesperrt: Ein Leiter muss den letzten Beleg des Terminals prüfen und das Storno von Hand klären.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="86"/>
        <source>The card terminal stopped answering during the reversal of {amount}, so the till cannot tell whether the money went back to the card. The sale is locked until that is settled; the till asks the terminal as soon as it answers again.</source>
        <translation>Das Kartenterminal hat während des Stornos über {amount} aufgehört zu antworten, daher kann die Kasse nicht feststellen, ob das Geld auf die Karte zurückgebucht wurde. Der Verkauf ist gesperrt, bis das geklärt ist; die Kasse fragt das Terminal, sobald es wieder antwortet.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="95"/>
        <source>The terminal&apos;s record does not show whether the money went back to the card. A manager must check the terminal&apos;s last receipt and settle the reversal by hand.</source>
        <translation>Die Aufzeichnung des Terminals zeigt nicht, ob das Geld auf die Karte zurückgebucht wurde. Ein Leiter muss den letzten Beleg des Terminals prüfen und das Storno von Hand klären.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="103"/>
        <source>This card payment has no reversal in doubt.</source>
        <translation>Bei dieser Kartenzahlung ist kein Storno ungeklärt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="107"/>
        <source>Settling a reversal by hand needs a reason.</source>
        <translation>Um ein Storno von Hand zu klären, ist ein Grund nötig.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_sale.py" line="29"/>
        <source>A card payment must be more than 0 and at most {due}.</source>
        <translation>Eine Kartenzahlung muss größer als 0 und höchstens {due} sein.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_sale.py" line="33"/>
        <source>In training mode a card pays the whole sale.</source>
        <translation>Im Übungsmodus bezahlt eine Karte den ganzen Verkauf.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_sale.py" line="35"/>
        <source>{due} is still due.</source>
        <translation>{due} sind noch offen.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_sale.py" line="37"/>
        <source>There is no card payment to settle.</source>
        <translation>Es gibt keine Kartenzahlung zu klären.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="55"/>
        <source>No Klarna terminal is set up for this till; take another tender.</source>
        <translation>Für diese Kasse ist kein Klarna-Terminal eingerichtet; nehmen Sie eine andere Zahlungsart.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="59"/>
        <source>No card terminal is set up for this till; take another tender.</source>
        <translation>Für diese Kasse ist kein Kartenterminal eingerichtet; nehmen Sie eine andere Zahlungsart.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="63"/>
        <source>This card payment went to another kind of terminal ({terminal_kind}) than the one set up now; a manager must settle it by hand.</source>
        <translation>Diese Kartenzahlung lief über eine andere Art von Terminal ({terminal_kind}) als das jetzt eingerichtete; ein Leiter muss sie von Hand klären.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="71"/>
        <source>The card was declined. Ask for another card or another way to pay.</source>
        <translation>Die Karte wurde abgelehnt. Bitten Sie um eine andere Karte oder eine andere Zahlungsart.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="77"/>
        <source>The card terminal&apos;s answer does not say how much was charged, so the till cannot tell whether the card was charged. The sale is locked until that is settled from the terminal&apos;s record.</source>
        <translation>Die Antwort des Kartenterminals sagt nicht, wie viel belastet wurde, daher kann die Kasse nicht feststellen, ob die Karte belastet wurde. Der Verkauf ist gesperrt, bis das anhand der Aufzeichnung des Terminals geklärt ist.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="86"/>
        <source>The card terminal stopped answering during the payment, so the till cannot tell whether the card was charged. The sale is locked until that is settled; the till asks the terminal as soon as it answers again.</source>
        <translation>Das Kartenterminal hat während der Zahlung aufgehört zu antworten, daher kann die Kasse nicht feststellen, ob die Karte belastet wurde. Der Verkauf ist gesperrt, bis das geklärt ist; die Kasse fragt das Terminal, sobald es wieder antwortet.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="95"/>
        <source>The terminal&apos;s record does not show whether the card was charged. A manager must check the terminal&apos;s last receipt and settle the payment by hand.</source>
        <translation>Die Aufzeichnung des Terminals zeigt nicht, ob die Karte belastet wurde. Ein Leiter muss den letzten Beleg des Terminals prüfen und die Zahlung von Hand klären.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="103"/>
        <source>The card terminal cannot be asked right now; the sale stays locked. The till asks again when the terminal answers.</source>
        <translation>Das Kartenterminal kann gerade nicht gefragt werden; der Verkauf bleibt gesperrt. Die Kasse fragt erneut, wenn das Terminal antwortet.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="111"/>
        <source>This card payment is already settled.</source>
        <translation>Diese Kartenzahlung ist bereits geklärt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="115"/>
        <source>Settling a card payment by hand needs a reason.</source>
        <translation>Um eine Kartenzahlung von Hand zu klären, ist ein Grund nötig.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="45"/>
        <source>Finish or void the open sale before changing the catalog.</source>
        <translation>Schließen Sie den offenen Verkauf ab oder stornieren Sie ihn, bevor Sie den Artikelkatalog ändern.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="49"/>
        <source>{code} is not a product code: at most 32 letters, digits 0-9 and &apos;-&apos;.</source>
        <translation>{code} ist kein Artikelcode: höchstens 32 Buchstaben, Ziffern 0-9 und &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="55"/>
        <source>Code {code} already belongs to {name}.</source>
        <translation>Der Code {code} gehört bereits zu {name}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="59"/>
        <source>Barcode {barcode} already belongs to {name} (code {code}).</source>
        <translation>Der Barcode {barcode} gehört bereits zu {name} (Code {code}).</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="63"/>
        <source>Barcode {barcode} is listed twice.</source>
        <translation>Der Barcode {barcode} ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="66"/>
        <source>A price is at most {limit}.</source>
        <translation>Ein Preis beträgt höchstens {limit}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="70"/>
        <location filename="../till/cli_products.py" line="42"/>
        <source>There is no product with the code {code} in the catalog.</source>
        <translation>Im Artikelkatalog gibt es keinen Artikel mit dem Code {code}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="74"/>
        <source>A manager must approve changes to the catalog first.</source>
        <translation>Ein Leiter muss Änderungen am Artikelkatalog zuerst genehmigen.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="78"/>
        <source>No printer is set up: the price list cannot be printed.</source>
        <translation>Es ist kein Drucker eingerichtet: Die Preisliste kann nicht gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="82"/>
        <source>The price list did not print: {why}</source>
        <translation>Die Preisliste wurde nicht gedruckt: {why}</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="30"/>
        <source>A payment is under way; wait for it to finish.</source>
        <translation>Eine Zahlung läuft gerade; warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="34"/>
        <source>Receipt {sequence_number} of this sale is with the control unit: nothing can change until it is finished (F8 asks again with the same receipt).</source>
        <translation>Beleg {sequence_number} dieses Verkaufs liegt bei der Kontrolleinheit: Bis er abgeschlossen ist, kann nichts geändert werden (F8 fragt mit demselben Beleg erneut).</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="42"/>
        <source>A card payment of this sale has an unknown outcome: settle it first (the till asks the terminal; a manager can settle it by hand).</source>
        <translation>Eine Kartenzahlung dieses Verkaufs hat ein unbekanntes Ergebnis: Klären Sie sie zuerst (die Kasse fragt das Terminal; ein Leiter kann sie von Hand klären).</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="50"/>
        <source>This sale is partly paid by card: its items cannot change now. Take the rest, or give up the sale (the card payment is reversed).</source>
        <translation>Dieser Verkauf ist teilweise mit Karte bezahlt: Seine Artikel können jetzt nicht mehr geändert werden. Kassieren Sie den Rest, oder geben Sie den Verkauf auf (die Kartenzahlung wird storniert).</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="58"/>
        <source>This is a return: pay the money back (F12 cash, F11 card).</source>
        <translation>Dies ist eine Rückgabe: Zahlen Sie das Geld zurück (F12 bar, F11 Karte).</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="60"/>
        <source>This is a sale, not a return.</source>
        <translation>Dies ist ein Verkauf, keine Rückgabe.</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="62"/>
        <source>There is nothing to pay for.</source>
        <translation>Es gibt nichts zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="66"/>
        <source>A card payment of this sale has an unknown outcome. No new payment can be taken until it is settled, so the customer is never charged twice.</source>
        <translation>Eine Kartenzahlung dieses Verkaufs hat ein unbekanntes Ergebnis. Bis sie geklärt ist, kann keine neue Zahlung angenommen werden, damit der Kunde nie doppelt belastet wird.</translation>
    </message>
    <message>
        <location filename="../till/checkout/copies.py" line="19"/>
        <source>There is no receipt {number} on register {register}.</source>
        <translation>Auf Kasse {register} gibt es keinen Beleg {number}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/copies.py" line="23"/>
        <source>Only a normal receipt can have a copy (not a training or pro forma one).</source>
        <translation>Nur ein normaler Beleg kann eine Kopie haben (kein Übungs- oder Pro-forma-Beleg).</translation>
    </message>
    <message>
        <location filename="../till/checkout/copies.py" line="29"/>
        <source>Receipt {number} already has its copy: only one copy is allowed.</source>
        <translation>Beleg {number} hat bereits seine Kopie: Es ist nur eine Kopie erlaubt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/copies.py" line="33"/>
        <source>The copy is registered but did not print: {why} It cannot be printed again (only one copy is allowed).</source>
        <translation>Die Kopie ist registriert, wurde aber nicht gedruckt: {why} Sie kann nicht erneut gedruckt werden (es ist nur eine Kopie erlaubt).</translation>
    </message>
    <message>
        <location filename="../till/checkout/day_reports.py" line="28"/>
        <source>Finish or void the open sale before the Z report.</source>
        <translation>Schließen Sie den offenen Verkauf ab oder stornieren Sie ihn vor dem Z-Bericht.</translation>
    </message>
    <message>
        <location filename="../till/checkout/day_reports.py" line="31"/>
        <source>There is no Z report number {number}.</source>
        <translation>Es gibt keinen Z-Bericht mit der Nummer {number}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/manager.py" line="26"/>
        <location filename="../till/checkout/users.py" line="33"/>
        <source>A manager must approve this, and this till cannot ask for a PIN.</source>
        <translation>Ein Leiter muss dies genehmigen, und diese Kasse kann nicht nach einer PIN fragen.</translation>
    </message>
    <message>
        <location filename="../till/checkout/manager.py" line="30"/>
        <source>Not done: {action} needs a manager, and no PIN was set.</source>
        <translation>Nicht ausgeführt: {action} erfordert einen Leiter, und es wurde keine PIN festgelegt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/manager.py" line="33"/>
        <location filename="../till/checkout/users.py" line="36"/>
        <source>Not done: {action} was not approved.</source>
        <translation>Nicht ausgeführt: {action} wurde nicht genehmigt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/manager.py" line="36"/>
        <source>Wrong manager PIN: not done.</source>
        <translation>Falsche Leiter-PIN: nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/manager.py" line="40"/>
        <source>Too many wrong PINs: wait {wait} s before trying again.</source>
        <translation>Zu viele falsche PINs: Warten Sie {wait} s, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../till/checkout/modes.py" line="21"/>
        <source>Finish or void the open sale before switching training mode.</source>
        <translation>Schließen Sie den offenen Verkauf ab oder stornieren Sie ihn, bevor Sie den Übungsmodus umschalten.</translation>
    </message>
    <message>
        <location filename="../till/checkout/modes.py" line="25"/>
        <source>Training mode has no cash invoices; leave training mode first.</source>
        <translation>Im Übungsmodus gibt es keine Barrechnungen; verlassen Sie zuerst den Übungsmodus.</translation>
    </message>
    <message>
        <location filename="../till/checkout/modes.py" line="29"/>
        <source>Receipt {sequence_number} is with the control unit: it must be finished (F8) before cash invoices can be issued.</source>
        <translation>Beleg {sequence_number} liegt bei der Kontrolleinheit: Er muss abgeschlossen werden (F8), bevor Barrechnungen ausgestellt werden können.</translation>
    </message>
    <message>
        <location filename="../till/checkout/modes.py" line="37"/>
        <source>Opening the drawer without a sale needs a reason.</source>
        <translation>Um die Schublade ohne Verkauf zu öffnen, ist ein Grund nötig.</translation>
    </message>
    <message>
        <location filename="../till/checkout/ports.py" line="50"/>
        <source>The card was declined.</source>
        <translation>Die Karte wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/register.py" line="57"/>
        <source>&apos;{text}&apos; is neither a product code nor a barcode.</source>
        <translation>&apos;{text}&apos; ist weder ein Artikelcode noch ein Barcode.</translation>
    </message>
    <message>
        <location filename="../till/checkout/register.py" line="60"/>
        <source>No product has the code {product_code}.</source>
        <translation>Kein Artikel hat den Code {product_code}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/registration.py" line="48"/>
        <source>A pro forma receipt needs a sale with items.</source>
        <translation>Ein Pro-forma-Beleg braucht einen Verkauf mit Artikeln.</translation>
    </message>
    <message>
        <location filename="../till/checkout/registration.py" line="52"/>
        <source>No pro forma receipts while the control unit is out.</source>
        <translation>Keine Pro-forma-Belege, solange die Kontrolleinheit ausgefallen ist.</translation>
    </message>
    <message>
        <location filename="../till/checkout/registration.py" line="56"/>
        <source>The original of receipt {sequence_number} was printed already; only a copy (KOPIA) can be printed now.</source>
        <translation>Das Original von Beleg {sequence_number} wurde bereits gedruckt; jetzt kann nur noch eine Kopie (KOPIA) gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../till/checkout/registration.py" line="64"/>
        <source>Receipt {sequence_number} did not print: {print_error}</source>
        <translation>Beleg {sequence_number} wurde nicht gedruckt: {print_error}</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="36"/>
        <source>Finish or void the open sale before a return.</source>
        <translation>Schließen Sie den offenen Verkauf ab oder stornieren Sie ihn vor einer Rückgabe.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="40"/>
        <source>There is no receipt {sequence_number} on {register_id}.</source>
        <translation>Auf {register_id} gibt es keinen Beleg {sequence_number}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="44"/>
        <source>Only a normal sale receipt can be returned against.</source>
        <translation>Eine Rückgabe ist nur gegen einen normalen Verkaufsbeleg möglich.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="48"/>
        <source>This return is not against a receipt.</source>
        <translation>Diese Rückgabe bezieht sich auf keinen Beleg.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="52"/>
        <source>That line is not on the original receipt.</source>
        <translation>Diese Zeile steht nicht auf dem Originalbeleg.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="56"/>
        <source>At most {quantity} of {name} can be returned: more was not sold, or is already returned.</source>
        <translation>Von {name} können höchstens {quantity} zurückgegeben werden: Mehr wurde nicht verkauft oder ist bereits zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="63"/>
        <source>That item is not on receipt {number}, or all of it is already returned.</source>
        <translation>Dieser Artikel steht nicht auf Beleg {number}, oder er ist bereits vollständig zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="69"/>
        <source>This return is already paid back to the card: finish it (F8), or give it up (the credit is reversed).</source>
        <translation>Diese Rückgabe ist bereits auf die Karte zurückgezahlt: Schließen Sie sie ab (F8) oder geben Sie sie auf (die Gutschrift wird storniert).</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="77"/>
        <source>The terminal credited another amount: give up the return.</source>
        <translation>Das Terminal hat einen anderen Betrag gutgeschrieben: Geben Sie die Rückgabe auf.</translation>
    </message>
    <message>
        <location filename="../till/checkout/terminal_admin.py" line="31"/>
        <source>Type the entry code the terminal shows (digits only).</source>
        <translation>Geben Sie den Eingabecode ein, den das Terminal anzeigt (nur Ziffern).</translation>
    </message>
    <message>
        <location filename="../till/checkout/terminal_admin.py" line="34"/>
        <source>REG_VER must be 1 or 2, not {reg_ver}.</source>
        <translation>REG_VER muss 1 oder 2 sein, nicht {reg_ver}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/terminal_admin.py" line="38"/>
        <source>This terminal is not paired with the till.</source>
        <translation>Dieses Terminal ist nicht mit der Kasse gekoppelt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/users.py" line="28"/>
        <source>There is already a manager: sign in instead.</source>
        <translation>Es gibt bereits einen Leiter: Melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <location filename="../till/checkout/users.py" line="30"/>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location filename="../till/checkout/users.py" line="38"/>
        <source>Not done: {why}</source>
        <translation>Nicht ausgeführt: {why}</translation>
    </message>
    <message>
        <location filename="../till/checkout/users.py" line="41"/>
        <source>{name} cannot disable themselves: another manager must do it.</source>
        <translation>{name} kann sich nicht selbst sperren: ein anderer Leiter muss das tun.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="42"/>
        <source>Cannot write {output}: {error}.</source>
        <translation>{output} kann nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="46"/>
        <source>There is no receipt number {number} for this register.</source>
        <translation>Für diese Kasse gibt es keinen Beleg mit der Nummer {number}.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="50"/>
        <source>No terminal in the settings: name one with --host.</source>
        <translation>Kein Terminal in den Einstellungen: Geben Sie eines mit --host an.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="53"/>
        <source>A manager PIN is 4 to 12 digits 0-9.</source>
        <translation>Eine Leiter-PIN besteht aus 4 bis 12 Ziffern 0-9.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="57"/>
        <source>No PIN was typed: standard input is closed or empty.</source>
        <translation>Es wurde keine PIN eingegeben: Die Standardeingabe ist geschlossen oder leer.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="59"/>
        <source>Not used.</source>
        <translation>Nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="62"/>
        <source>There is no Z report number {reprint}.</source>
        <translation>Es gibt keinen Z-Bericht mit der Nummer {reprint}.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="66"/>
        <source>The two PINs differ: the PIN was not changed.</source>
        <translation>Die beiden PINs unterscheiden sich: Die PIN wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="29"/>
        <source>No certificate is set (control_unit.certificate): the till uses the iSecureIPC gateway.</source>
        <translation>Es ist kein Zertifikat festgelegt (control_unit.certificate): Die Kasse verwendet das iSecureIPC-Gateway.</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="34"/>
        <source>No certificate is set.</source>
        <translation>Es ist kein Zertifikat festgelegt.</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="37"/>
        <source>No passphrase was typed: standard input is closed or empty.</source>
        <translation>Es wurde keine Passphrase eingegeben: Die Standardeingabe ist geschlossen oder leer.</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="40"/>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="30"/>
        <source>Give the reason with --reason; it is journaled.</source>
        <translation>Geben Sie den Grund mit --reason an; er wird im Journal festgehalten.</translation>
    </message>
    <message>
        <location filename="../till/cli_point.py" line="27"/>
        <source>Give the code the Klarna terminal shows with --entry-code CODE ({pair}).</source>
        <translation>Geben Sie den Code, den das Klarna-Terminal anzeigt, mit --entry-code CODE an ({pair}).</translation>
    </message>
    <message>
        <location filename="../till/cli_point.py" line="33"/>
        <source>&quot;{code_value}&quot; is not a pairing code: the 1 to 16 digits 0-9 the terminal shows.</source>
        <translation>&quot;{code_value}&quot; ist kein Kopplungscode: die 1 bis 16 Ziffern 0-9, die das Terminal anzeigt.</translation>
    </message>
    <message>
        <location filename="../till/cli_point.py" line="39"/>
        <source>{command} takes the Klarna terminal&apos;s address from the settings&apos; [point] section, not from --host/--port.</source>
        <translation>{command} nimmt die Adresse des Klarna-Terminals aus dem Abschnitt [point] der Einstellungen, nicht aus --host/--port.</translation>
    </message>
    <message>
        <location filename="../till/cli_point.py" line="53"/>
        <source>No Point (Klarna) terminal in the settings: add a [point] section with its host (`till-admin settings example` shows one).</source>
        <translation>Kein Point-Terminal (Klarna) in den Einstellungen: Fügen Sie einen Abschnitt [point] mit seinem Host hinzu (`till-admin settings example` zeigt einen).</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="35"/>
        <source>Cannot read {file}: {reason}.</source>
        <translation>{file} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="38"/>
        <source>Cannot write {file}: {reason}.</source>
        <translation>{file} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="25"/>
        <source>Nothing was typed: standard input is closed or empty.</source>
        <translation>Es wurde nichts eingegeben: Die Standardeingabe ist geschlossen oder leer.</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="29"/>
        <source>The two PINs differ: nothing was changed.</source>
        <translation>Die beiden PINs unterscheiden sich: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="33"/>
        <source>There is no manager yet: add one first (--role manager).</source>
        <translation>Es gibt noch keinen Leiter: Legen Sie zuerst einen an (--role manager).</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="37"/>
        <source>There are no users yet: add the first manager (users add NAME --role manager).</source>
        <translation>Es gibt noch keine Benutzer: Legen Sie den ersten Leiter an (users add NAME --role manager).</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="42"/>
        <source>There is no user {user}.</source>
        <translation>Es gibt keinen Benutzer {user}.</translation>
    </message>
    <message>
        <location filename="../till/core/money.py" line="14"/>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>&apos;{text}&apos; ist kein Betrag.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="19"/>
        <source>{name}: a price cannot be negative.</source>
        <translation>{name}: Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="22"/>
        <source>&apos;{text}&apos; is not a quantity.</source>
        <translation>&apos;{text}&apos; ist keine Menge.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="26"/>
        <source>Only weighed goods can have a fractional quantity.</source>
        <translation>Nur gewogene Waren können eine gebrochene Menge haben.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="30"/>
        <source>The quantity must be more than 0 and at most 999.</source>
        <translation>Die Menge muss größer als 0 und höchstens 999 sein.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="34"/>
        <source>The amount tendered is less than the amount due.</source>
        <translation>Der gegebene Betrag ist kleiner als der zu zahlende Betrag.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="37"/>
        <source>&apos;{text}&apos; is not a receipt number.</source>
        <translation>&apos;{text}&apos; ist keine Belegnummer.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="40"/>
        <source>{name} is sold by the piece.</source>
        <translation>{name} wird pro Stück verkauft.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="42"/>
        <source>{name} has a fixed price.</source>
        <translation>{name} hat einen festen Preis.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="45"/>
        <source>{name}: the price must be more than 0 and at most {most}.</source>
        <translation>{name}: Der Preis muss größer als 0 und höchstens {most} sein.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="49"/>
        <source>Items from a receipt can only be taken back in a return.</source>
        <translation>Artikel eines Belegs können nur in einer Rückgabe zurückgenommen werden.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="52"/>
        <source>Only {sold} of {name} was sold.</source>
        <translation>Von {name} wurden nur {sold} verkauft.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="54"/>
        <source>There is no line {line_no}.</source>
        <translation>Es gibt keine Zeile {line_no}.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="57"/>
        <source>The discount would be larger than the line.</source>
        <translation>Der Rabatt wäre größer als die Zeile.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="61"/>
        <source>A discount must be between 0 and the line&apos;s amount.</source>
        <translation>Ein Rabatt muss zwischen 0 und dem Betrag der Zeile liegen.</translation>
    </message>
    <message>
        <location filename="../till/core/vat.py" line="17"/>
        <source>VAT rate {rate} % is not one of 25, 12, 6, 0.</source>
        <translation>Der MwSt.-Satz {rate} % ist keiner von 25, 12, 6, 0.</translation>
    </message>
    <message>
        <location filename="../till/secrets.py" line="49"/>
        <source>No secure keyring is available to the till&apos;s user account, so the till cannot keep its journal key safely, and it will not keep it in a plain file. On Linux, install and unlock a keyring with the Secret Service interface (GNOME Keyring or KWallet, in the desktop session the till runs in); on Windows and macOS the system&apos;s own keyring is used. Then start the till again. ({why})</source>
        <translation>Für das Benutzerkonto der Kasse ist kein sicherer Schlüsselbund verfügbar, daher kann die Kasse ihren Journalschlüssel nicht sicher aufbewahren, und in einer einfachen Datei bewahrt sie ihn nicht auf. Unter Linux installieren und entsperren Sie einen Schlüsselbund mit der Secret-Service-Schnittstelle (GNOME Keyring oder KWallet, in der Desktop-Sitzung, in der die Kasse läuft); unter Windows und macOS wird der Schlüsselbund des Systems verwendet. Starten Sie die Kasse dann erneut. ({why})</translation>
    </message>
    <message>
        <location filename="../till/secrets.py" line="62"/>
        <source>The journal key in the keyring (service &apos;till&apos;, entry &apos;journal key&apos;) is damaged. Do not delete it; call for service.</source>
        <translation>Der Journalschlüssel im Schlüsselbund (Dienst &apos;till&apos;, Eintrag &apos;journal key&apos;) ist beschädigt. Löschen Sie ihn nicht; rufen Sie den Service.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="14"/>
        <source>The settings file&apos;s name &quot;{path}&quot; has a NUL character in it.</source>
        <translation>Der Name der Einstellungsdatei &quot;{path}&quot; enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="18"/>
        <source>No settings file at {path}. Create one (`till-admin settings example &gt; {path}`) or name one with --config PATH or TILL_CONFIG.</source>
        <translation>Keine Einstellungsdatei unter {path}. Legen Sie eine an (`till-admin settings example &gt; {path}`) oder geben Sie eine mit --config PATH oder TILL_CONFIG an.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="26"/>
        <source>The settings file {path} cannot be read: {error}.</source>
        <translation>Die Einstellungsdatei {path} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="30"/>
        <source>The file {path} is too large to be a settings file.</source>
        <translation>Die Datei {path} ist zu groß für eine Einstellungsdatei.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="34"/>
        <source>The settings file {source} is not UTF-8 text ({error}); save it as UTF-8.</source>
        <translation>Die Einstellungsdatei {source} ist kein UTF-8-Text ({error}); speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="40"/>
        <source>The settings file {source} is not valid TOML: {error}.</source>
        <translation>Die Einstellungsdatei {source} ist kein gültiges TOML: {error}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="44"/>
        <source>The settings file {source} is not valid TOML: values nested too deeply.</source>
        <translation>Die Einstellungsdatei {source} ist kein gültiges TOML: Werte zu tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="49"/>
        <source>Setting &apos;{key}&apos; in {source}: {why}</source>
        <translation>Einstellung &apos;{key}&apos; in {source}: {why}</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="55"/>
        <source>&apos;{section}&apos; must be a table ([{section}]), not {value}.</source>
        <translation>&apos;{section}&apos; muss eine Tabelle sein ([{section}]), nicht {value}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="57"/>
        <source>is missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="59"/>
        <source>{value} is far out of range.</source>
        <translation>{value} liegt weit außerhalb des Bereichs.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="62"/>
        <source>must be a {kind}, not {value}.</source>
        <translation>muss ein(e) {kind} sein, nicht {value}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="65"/>
        <source>must be between {low} and {high}.</source>
        <translation>muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="67"/>
        <source>must not be empty.</source>
        <translation>darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="68"/>
        <source>has a NUL character in it.</source>
        <translation>enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="71"/>
        <source>names a home folder that does not exist: {value}.</source>
        <translation>nennt einen Home-Ordner, der nicht existiert: {value}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="75"/>
        <source>must be the shop&apos;s name, 1 to 64 characters.</source>
        <translation>muss der Name des Geschäfts sein, 1 bis 64 Zeichen.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="78"/>
        <source>must be the 10-digit organisation number.</source>
        <translation>muss die 10-stellige Organisationsnummer sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="80"/>
        <source>must be the shop&apos;s address.</source>
        <translation>muss die Adresse des Geschäfts sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="83"/>
        <source>must be 1 to {most} letters or digits.</source>
        <translation>muss aus 1 bis {most} Buchstaben oder Ziffern bestehen.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="85"/>
        <source>must be &quot;ipc&quot; or &quot;direct&quot;.</source>
        <translation>muss &quot;ipc&quot; oder &quot;direct&quot; sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="88"/>
        <source>must be SaleAmount or PurchaseAmount.</source>
        <translation>muss SaleAmount oder PurchaseAmount sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="92"/>
        <source>must be 1 to 64 letters, digits, spaces, dots or dashes.</source>
        <translation>muss aus 1 bis 64 Buchstaben, Ziffern, Leerzeichen, Punkten oder Bindestrichen bestehen.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="96"/>
        <source>is needed with transport = &quot;direct&quot;.</source>
        <translation>ist bei transport = &quot;direct&quot; erforderlich.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="99"/>
        <source>must be a printer&apos;s name.</source>
        <translation>muss der Name eines Druckers sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="101"/>
        <source>must be one of {languages}.</source>
        <translation>muss eines von {languages} sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="102"/>
        <source>must be a host name.</source>
        <translation>muss ein Hostname sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="104"/>
        <source>must be a host name or address.</source>
        <translation>muss ein Hostname oder eine Adresse sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="108"/>
        <source>must be an https URL, e.g. &quot;https://ccu.example.se:443/posconnexion&quot;.</source>
        <translation>muss eine https-URL sein, z. B. &quot;https://ccu.example.se:443/posconnexion&quot;.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="114"/>
        <source>must be an https URL, e.g. &quot;https://ccu.example.se:443/posconnexion&quot;, with no user, query or fragment.</source>
        <translation>muss eine https-URL sein, z. B. &quot;https://ccu.example.se:443/posconnexion&quot;, ohne Benutzer, Query oder Fragment.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="122"/>
        <source>has a path with characters a URL path cannot have.</source>
        <translation>hat einen Pfad mit Zeichen, die in einem URL-Pfad nicht vorkommen dürfen.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="126"/>
        <source>must be &quot;none&quot;, &quot;wallee&quot;, &quot;point&quot; or &quot;both&quot;.</source>
        <translation>muss &quot;none&quot;, &quot;wallee&quot;, &quot;point&quot; oder &quot;both&quot; sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="130"/>
        <source>is &quot;{stated}&quot;, so the file needs {needs}, but it has {has}.</source>
        <translation>ist &quot;{stated}&quot;, daher braucht die Datei {needs}, sie hat aber {has}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="134"/>
        <source>neither a [terminal] nor a [point] section</source>
        <translation>weder einen Abschnitt [terminal] noch einen Abschnitt [point]</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="138"/>
        <source>a [terminal] section and no [point] section</source>
        <translation>einen Abschnitt [terminal] und keinen Abschnitt [point]</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="141"/>
        <source>a [point] section and no [terminal] section</source>
        <translation>einen Abschnitt [point] und keinen Abschnitt [terminal]</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="144"/>
        <source>a [terminal] and a [point] section</source>
        <translation>einen Abschnitt [terminal] und einen Abschnitt [point]</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="149"/>
        <source>must be an amount in kronor, e.g. &quot;1000,00&quot;.</source>
        <translation>muss ein Betrag in Kronen sein, z. B. &quot;1000,00&quot;.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="153"/>
        <source>must be an amount in kronor, e.g. &quot;1000,00&quot; (digits 0-9).</source>
        <translation>muss ein Betrag in Kronen sein, z. B. &quot;1000,00&quot; (Ziffern 0-9).</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="155"/>
        <source>cannot be negative.</source>
        <translation>kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="157"/>
        <source>must be a 3-digit ISO 4217 code.</source>
        <translation>muss ein 3-stelliger ISO-4217-Code sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="160"/>
        <source>must be a 2-letter ISO 639-1 code.</source>
        <translation>muss ein Code aus 2 Buchstaben nach ISO 639-1 sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="163"/>
        <source>must differ from point.port ({port}).</source>
        <translation>muss sich von point.port ({port}) unterscheiden.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="167"/>
        <source>must differ from point.port ({port}) and point.secondary_port ({secondary_port}).</source>
        <translation>muss sich von point.port ({port}) und point.secondary_port ({secondary_port}) unterscheiden.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="174"/>
        <source>must be the till&apos;s IP address as the terminal reaches it, e.g. 192.168.1.20.</source>
        <translation>muss die IP-Adresse der Kasse sein, wie das Terminal sie erreicht, z. B. 192.168.1.20.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="180"/>
        <source>must be 1 to 30 letters, digits, dashes or underscores.</source>
        <translation>muss aus 1 bis 30 Buchstaben, Ziffern, Bindestrichen oder Unterstrichen bestehen.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="183"/>
        <source>must be a payment type, e.g. Klarna.</source>
        <translation>muss eine Zahlungsart sein, z. B. Klarna.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="186"/>
        <source>must be &quot;system&quot; or &quot;escpos&quot;.</source>
        <translation>muss &quot;system&quot; oder &quot;escpos&quot; sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="190"/>
        <source>must be &quot;network&quot;, &quot;serial&quot;, &quot;usb&quot; or &quot;file&quot;.</source>
        <translation>muss &quot;network&quot;, &quot;serial&quot;, &quot;usb&quot; oder &quot;file&quot; sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="193"/>
        <source>must be 80 or 58 (millimetres).</source>
        <translation>muss 80 oder 58 (Millimeter) sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="195"/>
        <source>must be one of {pages}.</source>
        <translation>muss eines von {pages} sein.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="198"/>
        <source>must be a serial port, such as COM3 or /dev/ttyS0.</source>
        <translation>muss eine serielle Schnittstelle sein, zum Beispiel COM3 oder /dev/ttyS0.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="201"/>
        <source>must be four hex digits, such as &quot;04b8&quot;.</source>
        <translation>muss aus vier Hexadezimalziffern bestehen, zum Beispiel &quot;04b8&quot;.</translation>
    </message>
    <message>
        <location filename="../till/store/card_payments.py" line="35"/>
        <source>The receipt was NOT saved: its card payment is not (or no longer) approved. Settle the card payment first.</source>
        <translation>Der Beleg wurde NICHT gespeichert: Seine Kartenzahlung ist nicht (oder nicht mehr) genehmigt. Klären Sie zuerst die Kartenzahlung.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="93"/>
        <source>Line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="96"/>
        <source>Line {line}, column &apos;{column}&apos;: {problem}</source>
        <translation>Zeile {line}, Spalte &apos;{column}&apos;: {problem}</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="100"/>
        <source>The file is UTF-16 (Excel&apos;s &quot;Unicode text&quot;) or not text at all: save it as &quot;CSV UTF-8&quot; or &quot;CSV (semicolon delimited)&quot;.</source>
        <translation>Die Datei ist UTF-16 (Excels &quot;Unicode-Text&quot;) oder gar kein Text: Speichern Sie sie als &quot;CSV UTF-8&quot; oder &quot;CSV (Trennzeichen-getrennt)&quot;.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="108"/>
        <source>Byte 0x{byte} is neither UTF-8 nor Windows-1252 text: save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>Byte 0x{byte} ist weder UTF-8- noch Windows-1252-Text: Speichern Sie die Datei als &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="115"/>
        <source>This line cannot be read as CSV: a field is longer than 131,072 characters, or its quotes are broken.</source>
        <translation>Diese Zeile kann nicht als CSV gelesen werden: Ein Feld ist länger als 131.072 Zeichen, oder seine Anführungszeichen sind fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="123"/>
        <source>Expected {expected} fields, found {found}.</source>
        <translation>{expected} Felder erwartet, {found} gefunden.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="127"/>
        <source>Expected {expected} fields, found {found}: quote prices with a decimal comma, or separate the fields with &apos;;&apos;.</source>
        <translation>{expected} Felder erwartet, {found} gefunden: Setzen Sie Preise mit Dezimalkomma in Anführungszeichen oder trennen Sie die Felder mit &apos;;&apos;.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="134"/>
        <source>Code {code} is also on line {other}.</source>
        <translation>Code {code} steht auch in Zeile {other}.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="138"/>
        <source>Barcode {barcode} is also on line {other}.</source>
        <translation>Barcode {barcode} steht auch in Zeile {other}.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="142"/>
        <source>Quick key {position} of group {group} is also on line {other}.</source>
        <translation>Schnelltaste {position} der Gruppe {group} steht auch in Zeile {other}.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="146"/>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Die Datei ist leer: Die erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="150"/>
        <source>Unknown column {name}: the columns are {columns}.</source>
        <translation>Unbekannte Spalte {name}: Die Spalten sind {columns}.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="153"/>
        <source>Column {name} is named twice.</source>
        <translation>Die Spalte {name} ist doppelt benannt.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="157"/>
        <source>The column is missing from the header.</source>
        <translation>Die Spalte fehlt in der Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="160"/>
        <source>A control character is in it.</source>
        <translation>Es enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="163"/>
        <source>{value} has digits other than 0-9.</source>
        <translation>{value} enthält andere Ziffern als 0-9.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="165"/>
        <source>A product needs a code.</source>
        <translation>Ein Artikel braucht einen Code.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="166"/>
        <source>A product needs a name.</source>
        <translation>Ein Artikel braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="169"/>
        <source>{value} is not a price in kronor (write it like 24,90).</source>
        <translation>{value} ist kein Preis in Kronen (schreiben Sie ihn wie 24,90).</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="172"/>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="175"/>
        <source>{value} is not a VAT rate: use 25, 12, 6 or 0.</source>
        <translation>{value} ist kein MwSt.-Satz: Verwenden Sie 25, 12, 6 oder 0.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="178"/>
        <source>{value} is not a unit: use st or kg.</source>
        <translation>{value} ist keine Einheit: Verwenden Sie st oder kg.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="181"/>
        <source>{value} is not yes or no: use ja or nej.</source>
        <translation>{value} ist weder ja noch nein: Verwenden Sie ja oder nej.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="185"/>
        <source>{value} is not a barcode: at most 32 letters, digits 0-9 and &apos;-&apos;.</source>
        <translation>{value} ist kein Barcode: höchstens 32 Buchstaben, Ziffern 0-9 und &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="191"/>
        <source>{value} is a barcode Excel turned into a number (its last digits are lost): format the barcode column as text in Excel, type the barcodes again and save.</source>
        <translation>{value} ist ein Barcode, den Excel in eine Zahl umgewandelt hat (seine letzten Ziffern sind verloren): Formatieren Sie die Barcode-Spalte in Excel als Text, geben Sie die Barcodes erneut ein und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="199"/>
        <source>Barcode {barcode} has a wrong check digit: the last digit should be {expected}.</source>
        <translation>Barcode {barcode} hat eine falsche Prüfziffer: Die letzte Ziffer sollte {expected} sein.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="205"/>
        <source>{value} is not a quick key&apos;s place: use 1 to 99.</source>
        <translation>{value} ist kein Platz für eine Schnelltaste: Verwenden Sie 1 bis 99.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="209"/>
        <source>A quick key needs a group: give the product one.</source>
        <translation>Eine Schnelltaste braucht eine Gruppe: Geben Sie dem Artikel eine.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="212"/>
        <source>This is longer than {limit} characters.</source>
        <translation>Dies ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="216"/>
        <source>{error} (The file was read as Windows-1252, as Swedish Excel saves CSV, not as UTF-8.)</source>
        <translation>{error} (Die Datei wurde als Windows-1252 gelesen, wie schwedisches Excel CSV speichert, nicht als UTF-8.)</translation>
    </message>
    <message>
        <location filename="../till/store/copies.py" line="20"/>
        <source>There is no receipt {sequence_number} on register {register_id}; no copy was made.</source>
        <translation>Auf Kasse {register_id} gibt es keinen Beleg {sequence_number}; es wurde keine Kopie erstellt.</translation>
    </message>
    <message>
        <location filename="../till/store/copies.py" line="27"/>
        <source>Receipt {sequence_number} is {receipt_type}: only a normal receipt can have a copy.</source>
        <translation>Beleg {sequence_number} ist {receipt_type}: Nur ein normaler Beleg kann eine Kopie haben.</translation>
    </message>
    <message>
        <location filename="../till/store/copies.py" line="34"/>
        <source>Receipt {sequence_number} already has its copy; SKVFS 2014:9 allows only one.</source>
        <translation>Beleg {sequence_number} hat bereits seine Kopie; SKVFS 2014:9 erlaubt nur eine.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="24"/>
        <source>This database is from a newer till version (schema {version}; this program knows up to {known}). Install the newer till version; do not delete the database.</source>
        <translation>Diese Datenbank stammt von einer neueren till-Version (Schema {version}; dieses Programm kennt bis {known}). Installieren Sie die neuere till-Version; löschen Sie die Datenbank nicht.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="39"/>
        <source>The database is busy (another till program may have it open). Nothing was lost; try again.</source>
        <translation>Die Datenbank ist belegt (möglicherweise hat ein anderes Kassenprogramm sie geöffnet). Es ging nichts verloren; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="47"/>
        <source>The disk is full or failing: the last change was NOT saved. Earlier sales and receipts are safe. Free disk space or call for service, then try again.</source>
        <translation>Der Datenträger ist voll oder defekt: Die letzte Änderung wurde NICHT gespeichert. Frühere Verkäufe und Belege sind sicher. Geben Sie Speicherplatz frei oder rufen Sie den Service, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="55"/>
        <source>The disk is full or failing: the receipt was NOT saved and the sale is still open. Free disk space or call for service, then try again.</source>
        <translation>Der Datenträger ist voll oder defekt: Der Beleg wurde NICHT gespeichert, und der Verkauf ist noch offen. Geben Sie Speicherplatz frei oder rufen Sie den Service, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="63"/>
        <source>The database cannot be written to (read-only file or folder). Nothing was saved; call for service.</source>
        <translation>In die Datenbank kann nicht geschrieben werden (schreibgeschützte Datei oder schreibgeschützter Ordner). Es wurde nichts gespeichert; rufen Sie den Service.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="71"/>
        <source>The database file is damaged or is not a till database. Do not delete it; call for service.</source>
        <translation>Die Datenbankdatei ist beschädigt oder keine till-Datenbank. Löschen Sie sie nicht; rufen Sie den Service.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="79"/>
        <source>The database file cannot be opened. Check the disk and the folder&apos;s permissions.</source>
        <translation>Die Datenbankdatei kann nicht geöffnet werden. Prüfen Sie den Datenträger und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="84"/>
        <source>The database refused the change: {reason}</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="88"/>
        <source>The database reported an error; nothing was saved. Try again or call for service.</source>
        <translation>Die Datenbank hat einen Fehler gemeldet; es wurde nichts gespeichert. Versuchen Sie es erneut oder rufen Sie den Service.</translation>
    </message>
    <message>
        <location filename="../till/store/day_reports.py" line="39"/>
        <source>Z report number {number} cannot be used on register {register_id}: the next Z report is number {expected}. The Z report was NOT saved.</source>
        <translation>Die Z-Bericht-Nummer {number} kann auf Kasse {register_id} nicht verwendet werden: Der nächste Z-Bericht hat die Nummer {expected}. Der Z-Bericht wurde NICHT gespeichert.</translation>
    </message>
    <message>
        <location filename="../till/store/day_reports.py" line="47"/>
        <source>The Z report does not start where the previous one ended (another Z report was taken meanwhile?). Take the report again.</source>
        <translation>Der Z-Bericht beginnt nicht dort, wo der vorige endete (wurde inzwischen ein anderer Z-Bericht erstellt?). Erstellen Sie den Bericht erneut.</translation>
    </message>
    <message>
        <location filename="../till/store/day_reports.py" line="55"/>
        <source>Nothing was registered on register {register_id} since Z report {z_number}: the period is already closed, and a second Z report for it is not allowed.</source>
        <translation>Auf Kasse {register_id} wurde seit Z-Bericht {z_number} nichts registriert: Der Zeitraum ist bereits abgeschlossen, und ein zweiter Z-Bericht dafür ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../till/store/day_reports.py" line="63"/>
        <source>Nothing was registered on register {register_id}: the period is already closed, and a second Z report for it is not allowed.</source>
        <translation>Auf Kasse {register_id} wurde nichts registriert: Der Zeitraum ist bereits abgeschlossen, und ein zweiter Z-Bericht dafür ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../till/store/day_reports.py" line="71"/>
        <source>The Z report&apos;s journal head is not the journal&apos;s row it closes. Take the report again.</source>
        <translation>Der Journalkopf des Z-Berichts ist nicht die Journalzeile, die er abschließt. Erstellen Sie den Bericht erneut.</translation>
    </message>
    <message>
        <location filename="../till/store/day_reports.py" line="78"/>
        <source>The journal names a record the database does not hold; the report cannot be made. Run the journal check (till-admin journal verify) and call for service.</source>
        <translation>Das Journal nennt einen Datensatz, den die Datenbank nicht enthält; der Bericht kann nicht erstellt werden. Führen Sie die Journalprüfung aus (till-admin journal verify) und rufen Sie den Service.</translation>
    </message>
    <message>
        <location filename="../till/store/journal.py" line="45"/>
        <source>The journal key is not available, so nothing can be journaled. Call for service.</source>
        <translation>Der Journalschlüssel ist nicht verfügbar, daher kann nichts im Journal festgehalten werden. Rufen Sie den Service.</translation>
    </message>
    <message>
        <location filename="../till/store/journal_anchor.py" line="71"/>
        <source>The till did not open for sales: its journal failed the check at start.

{problems}

Nothing was changed. Do not delete or replace the database ({path}); call for service. `till-admin journal verify` lists every problem. If the database was put back or started anew on purpose, a manager accepts it with `till-admin journal reset-anchor --reason &quot;...&quot;`, which is journaled.</source>
        <translation>Die Kasse wurde nicht für Verkäufe geöffnet: Ihr Journal hat die Prüfung beim Start nicht bestanden.

{problems}

Es wurde nichts geändert. Löschen oder ersetzen Sie die Datenbank ({path}) nicht; rufen Sie den Service. `till-admin journal verify` listet jedes Problem auf. Wurde die Datenbank absichtlich zurückgespielt oder neu angelegt, akzeptiert ein Leiter sie mit `till-admin journal reset-anchor --reason &quot;...&quot;`, was im Journal festgehalten wird.</translation>
    </message>
    <message>
        <location filename="../till/store/manager_pin.py" line="22"/>
        <source>A manager PIN is 4 to 12 digits.</source>
        <translation>Eine Leiter-PIN besteht aus 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <location filename="../till/store/repository.py" line="62"/>
        <source>Receipt number {sequence_number} is not the next one ({expected}); nothing was sent.</source>
        <translation>Die Belegnummer {sequence_number} ist nicht die nächste ({expected}); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../till/store/returns.py" line="20"/>
        <source>There is no receipt {sequence_number} on register {register_id}.</source>
        <translation>Auf Kasse {register_id} gibt es keinen Beleg {sequence_number}.</translation>
    </message>
    <message>
        <location filename="../till/store/returns.py" line="24"/>
        <source>Receipt {sequence_number} is itself a return: only a sale can be returned.</source>
        <translation>Beleg {sequence_number} ist selbst eine Rückgabe: Nur ein Verkauf kann zurückgegeben werden.</translation>
    </message>
    <message>
        <location filename="../till/store/returns.py" line="30"/>
        <source>Receipt {sequence_number} is {receipt_type}: only a normal sale receipt can be returned against.</source>
        <translation>Beleg {sequence_number} ist {receipt_type}: Eine Rückgabe ist nur gegen einen normalen Verkaufsbeleg möglich.</translation>
    </message>
    <message>
        <location filename="../till/store/returns.py" line="38"/>
        <source>{name} is not a line of receipt {n}: a return against a receipt can only take back what is on it. The return was NOT saved.</source>
        <translation>{name} ist keine Zeile von Beleg {n}: Eine Rückgabe gegen einen Beleg kann nur zurücknehmen, was darauf steht. Die Rückgabe wurde NICHT gespeichert.</translation>
    </message>
    <message>
        <location filename="../till/store/returns.py" line="46"/>
        <source>{name} does not match line {line} of receipt {n} (code, price or VAT differ). The return was NOT saved.</source>
        <translation>{name} passt nicht zu Zeile {line} von Beleg {n} (Code, Preis oder MwSt. weichen ab). Die Rückgabe wurde NICHT gespeichert.</translation>
    </message>
    <message>
        <location filename="../till/store/returns.py" line="54"/>
        <source>Only {left_text} of {name} from receipt {n} can still be returned. The return was NOT saved.</source>
        <translation>Von {name} aus Beleg {n} können nur noch {left_text} zurückgegeben werden. Die Rückgabe wurde NICHT gespeichert.</translation>
    </message>
    <message>
        <location filename="../till/store/sale_documents.py" line="34"/>
        <source>Receipt number {sequence_number} cannot be used on register {register_id}: the next number in the series is {expected}. The receipt was NOT saved.</source>
        <translation>Die Belegnummer {sequence_number} kann auf Kasse {register_id} nicht verwendet werden: Die nächste Nummer der Reihe ist {expected}. Der Beleg wurde NICHT gespeichert.</translation>
    </message>
    <message>
        <location filename="../till/store/sale_documents.py" line="42"/>
        <source>Cash invoice number {sequence_number} cannot be used on register {register_id}: the next number in the series is {expected}. The cash invoice was NOT saved.</source>
        <translation>Die Barrechnungsnummer {sequence_number} kann auf Kasse {register_id} nicht verwendet werden: Die nächste Nummer der Reihe ist {expected}. Die Barrechnung wurde NICHT gespeichert.</translation>
    </message>
    <message>
        <location filename="../till/store/sale_documents.py" line="65"/>
        <source>a normal receipt</source>
        <translation>ein normaler Beleg</translation>
    </message>
    <message>
        <location filename="../till/store/sale_documents.py" line="68"/>
        <source>a training receipt</source>
        <translation>ein Übungsbeleg</translation>
    </message>
    <message>
        <location filename="../till/store/sale_documents.py" line="71"/>
        <source>a pro forma receipt</source>
        <translation>ein Pro-forma-Beleg</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="31"/>
        <source>A user&apos;s name is 1 to 40 characters and not only digits.</source>
        <translation>Ein Benutzername hat 1 bis 40 Zeichen und besteht nicht nur aus Ziffern.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="34"/>
        <source>There is already a user named {name}.</source>
        <translation>Es gibt bereits einen Benutzer namens {name}.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="38"/>
        <source>This is the only manager: add another before disabling this one.</source>
        <translation>Dies ist der einzige Leiter: Legen Sie einen weiteren an, bevor Sie diesen deaktivieren.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="40"/>
        <source>{name} is not a manager.</source>
        <translation>{name} ist kein Leiter.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="41"/>
        <source>{name} is not a cashier.</source>
        <translation>{name} ist kein Kassierer.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="42"/>
        <source>Wrong name or PIN.</source>
        <translation>Falscher Name oder falsche PIN.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="45"/>
        <source>Too many wrong PINs: wait {seconds} s before trying again.</source>
        <translation>Zu viele falsche PINs: Warten Sie {seconds} s, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="47"/>
        <source>This user is disabled.</source>
        <translation>Dieser Benutzer ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="48"/>
        <source>There is no user {who}.</source>
        <translation>Es gibt keinen Benutzer {who}.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="49"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Eine PIN besteht aus 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <location filename="../till/ui/selftest.py" line="25"/>
        <source>Timed out after {timeout} s waiting for {what}.</source>
        <translation>Zeitüberschreitung nach {timeout} s beim Warten auf {what}.</translation>
    </message>
    <message>
        <location filename="../till/ui/selftest.py" line="28"/>
        <source>Ringing up failed: {error}</source>
        <translation>Erfassen fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../till/ui/selftest.py" line="31"/>
        <source>Payment failed: {error}</source>
        <translation>Zahlung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="50"/>
        <source>The control unit certificate file {path} cannot be read: {why}.</source>
        <translation>Die Zertifikatsdatei der Kontrolleinheit {path} kann nicht gelesen werden: {why}.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="54"/>
        <source>The file {path} is too large to be a certificate file.</source>
        <translation>Die Datei {path} ist zu groß für eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="58"/>
        <source>The control unit certificate {path} cannot be opened: the passphrase is wrong or the file is not a PKCS#12 (.p12/.pfx) file. Import it again with `till-admin control-unit certificate --import FILE`.</source>
        <translation>Das Zertifikat der Kontrolleinheit {path} kann nicht geöffnet werden: Die Passphrase ist falsch, oder die Datei ist keine PKCS#12-Datei (.p12/.pfx). Importieren Sie es erneut mit `till-admin control-unit certificate --import FILE`.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="67"/>
        <source>The file {path} holds no certificate for the key.</source>
        <translation>Die Datei {path} enthält kein Zertifikat zum Schlüssel.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="71"/>
        <source>The certificate file {path} holds no private key, and the keyring has none (service &apos;till&apos;, entry &apos;{entry}&apos;).</source>
        <translation>Die Zertifikatsdatei {path} enthält keinen privaten Schlüssel, und der Schlüsselbund hat auch keinen (Dienst &apos;till&apos;, Eintrag &apos;{entry}&apos;).</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="79"/>
        <source>The private key in the keyring (entry &apos;{entry}&apos;) is damaged.</source>
        <translation>Der private Schlüssel im Schlüsselbund (Eintrag &apos;{entry}&apos;) ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="83"/>
        <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) is not valid yet. Check the computer&apos;s clock, or use the current certificate. No sale can get a control code until this is fixed.</source>
        <translation>Das Zertifikat der Kontrolleinheit ({subject}, gültig von {valid_from} bis {valid_to}) ist noch nicht gültig. Prüfen Sie die Uhr des Computers, oder verwenden Sie das aktuelle Zertifikat. Bis das behoben ist, kann kein Verkauf einen Kontrollcode erhalten.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="93"/>
        <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) expired on {day}. Import a renewed certificate with `till-admin control-unit certificate --import FILE`. No sale can get a control code until this is fixed.</source>
        <translation>Das Zertifikat der Kontrolleinheit ({subject}, gültig von {valid_from} bis {valid_to}) ist am {day} abgelaufen. Importieren Sie ein erneuertes Zertifikat mit `till-admin control-unit certificate --import FILE`. Bis das behoben ist, kann kein Verkauf einen Kontrollcode erhalten.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="103"/>
        <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) is issued for {found}, but this shop&apos;s organisation number (shop.org_nr) is {org_nr}. Use the certificate Infrasec issued for {org_nr}.</source>
        <translation>Das Zertifikat der Kontrolleinheit ({subject}, gültig von {valid_from} bis {valid_to}) ist für {found} ausgestellt, aber die Organisationsnummer dieses Geschäfts (shop.org_nr) ist {org_nr}. Verwenden Sie das Zertifikat, das Infrasec für {org_nr} ausgestellt hat.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="113"/>
        <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) names no organisation number, but this shop&apos;s (shop.org_nr) is {org_nr}. Use the certificate Infrasec issued for {org_nr}.</source>
        <translation>Das Zertifikat der Kontrolleinheit ({subject}, gültig von {valid_from} bis {valid_to}) nennt keine Organisationsnummer, aber die dieses Geschäfts (shop.org_nr) ist {org_nr}. Verwenden Sie das Zertifikat, das Infrasec für {org_nr} ausgestellt hat.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="123"/>
        <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) expires in {days} days: order a renewed one.</source>
        <translation>Das Zertifikat der Kontrolleinheit ({subject}, gültig von {valid_from} bis {valid_to}) läuft in {days} Tagen ab: Bestellen Sie ein erneuertes.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="132"/>
        <source>The CA bundle {path} (control_unit.ca_bundle) cannot be loaded: {why}.</source>
        <translation>Das CA-Bundle {path} (control_unit.ca_bundle) kann nicht geladen werden: {why}.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="138"/>
        <source>The control unit certificate and its key do not fit together: {why}.</source>
        <translation>Das Zertifikat der Kontrolleinheit und sein Schlüssel passen nicht zusammen: {why}.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="51"/>
        <source>The till could not open a secure connection to the control unit at {host}:{port}: {why} The sale is still open; nothing was sent. Call the shop owner: the certificates or control unit settings need fixing.</source>
        <translation>Die Kasse konnte keine sichere Verbindung zur Kontrolleinheit unter {host}:{port} aufbauen: {why} Der Verkauf ist noch offen; es wurde nichts gesendet. Rufen Sie den Geschäftsinhaber: Die Zertifikate oder die Einstellungen der Kontrolleinheit müssen korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="60"/>
        <source>The server&apos;s certificate is for another host name.</source>
        <translation>Das Zertifikat des Servers gilt für einen anderen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="63"/>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="66"/>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="70"/>
        <source>The server&apos;s certificate is not trusted by control_unit.ca_bundle.</source>
        <translation>Das Zertifikat des Servers wird von control_unit.ca_bundle nicht als vertrauenswürdig anerkannt.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="76"/>
        <source>The control unit did not accept the till&apos;s certificate.</source>
        <translation>Die Kontrolleinheit hat das Zertifikat der Kasse nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="79"/>
        <source>The TLS handshake failed.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="83"/>
        <source>The control unit closed the connection during the TLS handshake (it may not accept the till&apos;s certificate).</source>
        <translation>Die Kontrolleinheit hat die Verbindung während des TLS-Handshakes geschlossen (möglicherweise nimmt sie das Zertifikat der Kasse nicht an).</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/link.py" line="46"/>
        <source>The Klarna terminal at {address} cannot be reached. Check that it is switched on and on the network.</source>
        <translation>Das Klarna-Terminal unter {address} ist nicht erreichbar. Prüfen Sie, ob es eingeschaltet und mit dem Netzwerk verbunden ist.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/link.py" line="54"/>
        <source>The connection to the Klarna terminal broke while sending.</source>
        <translation>Die Verbindung zum Klarna-Terminal ist beim Senden abgebrochen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/link.py" line="58"/>
        <source>The Klarna terminal did not answer within {seconds} s.</source>
        <translation>Das Klarna-Terminal hat nicht innerhalb von {seconds} s geantwortet.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/link.py" line="62"/>
        <source>The Klarna terminal closed the connection before it answered.</source>
        <translation>Das Klarna-Terminal hat die Verbindung geschlossen, bevor es geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/link.py" line="66"/>
        <source>The connection to the Klarna terminal was lost.</source>
        <translation>Die Verbindung zum Klarna-Terminal wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/listener.py" line="33"/>
        <source>The till cannot listen for the Klarna terminal on port {port}: the port is taken by another program (or another till). Close that program, or choose another listener port in the till&apos;s settings (point.listener_port).</source>
        <translation>Die Kasse kann auf Port {port} nicht auf das Klarna-Terminal warten: Der Port ist von einem anderen Programm (oder einer anderen Kasse) belegt. Schließen Sie dieses Programm, oder wählen Sie in den Einstellungen der Kasse einen anderen Empfangsport (point.listener_port).</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="38"/>
        <source>The Klarna terminal said approved but gave no amount the till asked for.</source>
        <translation>Das Klarna-Terminal hat die Zahlung als genehmigt gemeldet, aber keinen der von der Kasse angeforderten Beträge angegeben.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="43"/>
        <source>The Klarna payment was declined.</source>
        <translation>Die Klarna-Zahlung wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="47"/>
        <source>The Klarna terminal answered with result {result_code} ({result}).</source>
        <translation>Das Klarna-Terminal hat mit dem Ergebnis {result_code} ({result}) geantwortet.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="53"/>
        <source>The Klarna terminal has no transaction on record: nothing was charged.</source>
        <translation>Das Klarna-Terminal hat keine Transaktion aufgezeichnet: Es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="59"/>
        <source>The Klarna terminal has no record of this payment: nothing was charged.</source>
        <translation>Das Klarna-Terminal hat keine Aufzeichnung dieser Zahlung: Es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="65"/>
        <source>The Klarna terminal&apos;s record shows the payment voided: nothing was charged.</source>
        <translation>Laut Aufzeichnung des Klarna-Terminals wurde die Zahlung storniert: Es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="71"/>
        <source>The Klarna terminal&apos;s record does not say what became of the payment.</source>
        <translation>Die Aufzeichnung des Klarna-Terminals sagt nicht, was aus der Zahlung geworden ist.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="77"/>
        <source>The customer&apos;s ID was not confirmed, so the Klarna payment was declined.</source>
        <translation>Der Ausweis des Kunden wurde nicht bestätigt, daher wurde die Klarna-Zahlung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="83"/>
        <source>The reversal did not happen on the Klarna terminal.</source>
        <translation>Das Storno wurde auf dem Klarna-Terminal nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/pairing.py" line="46"/>
        <source>The Klarna terminal is not paired with this till. A manager pairs it on the terminal admin screen (the terminal shows the pairing code).</source>
        <translation>Das Klarna-Terminal ist nicht mit dieser Kasse gekoppelt. Ein Leiter koppelt es im Terminal-Verwaltungsbildschirm (das Terminal zeigt den Kopplungscode an).</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/pairing.py" line="54"/>
        <source>The keyring did not keep the MAC key.</source>
        <translation>Der Schlüsselbund hat den MAC-Schlüssel nicht behalten.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/pairing.py" line="58"/>
        <source>The Klarna terminal&apos;s pairing in the keyring is damaged; pair the terminal again.</source>
        <translation>Die Kopplung des Klarna-Terminals im Schlüsselbund ist beschädigt; koppeln Sie das Terminal erneut.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/pairing.py" line="65"/>
        <source>Pairing did not finish: {why} Start the pairing again.</source>
        <translation>Die Kopplung wurde nicht abgeschlossen: {why} Starten Sie die Kopplung erneut.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/pairing.py" line="69"/>
        <source>The terminal refused the pairing: {why}</source>
        <translation>Das Terminal hat die Kopplung abgelehnt: {why}</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/said.py" line="9"/>
        <source>{why} The terminal&apos;s counter could not be read; pair the terminal again.</source>
        <translation>{why} Der Zähler des Terminals konnte nicht gelesen werden; koppeln Sie das Terminal erneut.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/said.py" line="15"/>
        <source>The terminal&apos;s last transaction is not this payment, so the till cannot name it to void it. Refund it by other means.</source>
        <translation>Die letzte Transaktion des Terminals ist nicht diese Zahlung, daher kann die Kasse sie nicht zum Stornieren benennen. Erstatten Sie sie auf anderem Weg.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/said.py" line="23"/>
        <source>The terminal did not accept the new pairing (TEST_MAC failed); start the pairing again.</source>
        <translation>Das Terminal hat die neue Kopplung nicht angenommen (TEST_MAC fehlgeschlagen); starten Sie die Kopplung erneut.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/said.py" line="30"/>
        <source>The terminal&apos;s counter is resynchronised (ADMIN GET_COUNTER): {counter}.</source>
        <translation>Der Zähler des Terminals ist neu synchronisiert (ADMIN GET_COUNTER): {counter}.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/said.py" line="36"/>
        <source>Klarna payments need no end of day here.</source>
        <translation>Klarna-Zahlungen brauchen hier keinen Tagesabschluss.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/said.py" line="40"/>
        <source>The terminal did not forget the pairing: {why}</source>
        <translation>Das Terminal hat die Kopplung nicht gelöscht: {why}</translation>
    </message>
    <message>
        <location filename="../till/adapters/print_spooler.py" line="47"/>
        <source>The printer did not finish within {seconds} s; the receipt is saved and can be shown with F10.</source>
        <translation>Der Drucker ist nicht innerhalb von {seconds} s fertig geworden; der Beleg ist gespeichert und kann mit F10 angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../till/adapters/print_spooler.py" line="55"/>
        <source>The printing program stopped; it is restarted.</source>
        <translation>Das Druckprogramm wurde beendet; es wird neu gestartet.</translation>
    </message>
    <message>
        <location filename="../till/adapters/print_spooler.py" line="59"/>
        <source>The printing program answered nonsense; it is restarted.</source>
        <translation>Das Druckprogramm hat Unsinn geantwortet; es wird neu gestartet.</translation>
    </message>
    <message>
        <location filename="../till/adapters/print_spooler.py" line="63"/>
        <source>The printing program answered out of turn; it is restarted.</source>
        <translation>Das Druckprogramm hat außer der Reihe geantwortet; es wird neu gestartet.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/payments.py" line="126"/>
        <source>The card terminal said approved but gave no amount.</source>
        <translation>Das Kartenterminal hat die Zahlung als genehmigt gemeldet, aber keinen Betrag angegeben.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/payments.py" line="130"/>
        <source>The card terminal answered an unknown result ({result}).</source>
        <translation>Das Kartenterminal hat ein unbekanntes Ergebnis ({result}) gemeldet.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/payments.py" line="134"/>
        <source>The card terminal reversed another transaction or another amount than asked.</source>
        <translation>Das Kartenterminal hat eine andere Transaktion oder einen anderen Betrag als angefordert storniert.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/payments.py" line="140"/>
        <source>The card terminal has no record of this payment: nothing was charged.</source>
        <translation>Das Kartenterminal hat keine Aufzeichnung dieser Zahlung: Es wurde nichts belastet.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/payments.py" line="146"/>
        <source>The reversal did not happen on the card terminal.</source>
        <translation>Das Storno wurde auf dem Kartenterminal nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/payments.py" line="150"/>
        <source>The card terminal&apos;s record does not say what became of the payment.</source>
        <translation>Die Aufzeichnung des Kartenterminals sagt nicht, was aus der Zahlung geworden ist.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="71"/>
        <source>The card terminal at {address} cannot be reached. Check that it is switched on and on the network.</source>
        <translation>Das Kartenterminal unter {address} ist nicht erreichbar. Prüfen Sie, ob es eingeschaltet und mit dem Netzwerk verbunden ist.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="79"/>
        <source>The connection to the card terminal was lost: {why}</source>
        <translation>Die Verbindung zum Kartenterminal wurde unterbrochen: {why}</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="83"/>
        <source>The card terminal closed the connection.</source>
        <translation>Das Kartenterminal hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="87"/>
        <source>The till could not read the card terminal&apos;s message.</source>
        <translation>Die Kasse konnte die Nachricht des Kartenterminals nicht lesen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="91"/>
        <source>Sending to the card terminal failed.</source>
        <translation>Das Senden an das Kartenterminal ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="95"/>
        <source>The card terminal did not answer within {seconds} s.</source>
        <translation>Das Kartenterminal hat nicht innerhalb von {seconds} s geantwortet.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="98"/>
        <source>The till closed the connection.</source>
        <translation>Die Kasse hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="101"/>
        <source>The card terminal refused a ping.</source>
        <translation>Das Kartenterminal hat einen Ping abgelehnt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/events.py" line="14"/>
        <source>No printer is set up.</source>
        <translation>Es ist kein Drucker eingerichtet.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="20"/>
        <source>The till cannot ask for a control code: the field {field} is not valid. The sale is still open: call the shop owner to check the till settings.</source>
        <translation>Die Kasse kann keinen Kontrollcode anfordern: Das Feld {field} ist ungültig. Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber, damit er die Einstellungen der Kasse prüft.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="28"/>
        <source>The till cannot reach the control unit at {host}:{port}. The sale is still open: check that the control unit service is running and try again, or call the shop owner.</source>
        <translation>Die Kasse erreicht die Kontrolleinheit unter {host}:{port} nicht. Der Verkauf ist noch offen: Prüfen Sie, ob der Dienst der Kontrolleinheit läuft, und versuchen Sie es erneut, oder rufen Sie den Geschäftsinhaber.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="36"/>
        <source>The control unit did not answer within {seconds} seconds. The sale is still open: try again, or call the shop owner if it goes on.</source>
        <translation>Die Kontrolleinheit hat nicht innerhalb von {seconds} Sekunden geantwortet. Der Verkauf ist noch offen: Versuchen Sie es erneut, oder rufen Sie den Geschäftsinhaber, wenn es weiter auftritt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="44"/>
        <source>The connection to the control unit was cut before it answered. The sale is still open: try again, or call the shop owner if it goes on.</source>
        <translation>Die Verbindung zur Kontrolleinheit wurde unterbrochen, bevor sie geantwortet hat. Der Verkauf ist noch offen: Versuchen Sie es erneut, oder rufen Sie den Geschäftsinhaber, wenn es weiter auftritt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="52"/>
        <location filename="../till/protocols/ccu/errors.py" line="341"/>
        <source>The control unit sent an answer the till does not understand. The sale is still open: try again, or call the shop owner if it goes on.</source>
        <translation>Die Kontrolleinheit hat eine Antwort gesendet, die die Kasse nicht versteht. Der Verkauf ist noch offen: Versuchen Sie es erneut, oder rufen Sie den Geschäftsinhaber, wenn es weiter auftritt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="60"/>
        <source>The control unit&apos;s answer does not fit this sale. The sale is still open: try again, or call the shop owner if it goes on.</source>
        <translation>Die Antwort der Kontrolleinheit passt nicht zu diesem Verkauf. Der Verkauf ist noch offen: Versuchen Sie es erneut, oder rufen Sie den Geschäftsinhaber, wenn es weiter auftritt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="149"/>
        <source>The control unit did not accept the till&apos;s credentials (HTTP 400). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Die Kontrolleinheit hat die Zugangsdaten der Kasse nicht angenommen (HTTP 400). Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber; die Kasse kann nicht verkaufen, bis das behoben ist.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="157"/>
        <source>The control unit refused this register access (HTTP 403). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Die Kontrolleinheit hat dieser Kasse den Zugriff verweigert (HTTP 403). Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber; die Kasse kann nicht verkaufen, bis das behoben ist.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="165"/>
        <source>The control unit does not know this register or organisation number, or does not trust the till&apos;s certificate (HTTP 412). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Die Kontrolleinheit kennt diese Kasse oder Organisationsnummer nicht, oder sie vertraut dem Zertifikat der Kasse nicht (HTTP 412). Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber; die Kasse kann nicht verkaufen, bis das behoben ist.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="174"/>
        <source>The control unit could not verify the register&apos;s secret (HTTP 901). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Die Kontrolleinheit konnte das Geheimnis der Kasse nicht überprüfen (HTTP 901). Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber; die Kasse kann nicht verkaufen, bis das behoben ist.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="182"/>
        <source>The register&apos;s certificate has been revoked by the control unit (HTTP 902). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Das Zertifikat der Kasse wurde von der Kontrolleinheit widerrufen (HTTP 902). Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber; die Kasse kann nicht verkaufen, bis das behoben ist.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="190"/>
        <source>The register&apos;s certificate is blocked by the control unit (HTTP 903). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Das Zertifikat der Kasse ist von der Kontrolleinheit gesperrt (HTTP 903). Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber; die Kasse kann nicht verkaufen, bis das behoben ist.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="198"/>
        <source>The register&apos;s certificate is disabled by the control unit (HTTP 904). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Das Zertifikat der Kasse ist von der Kontrolleinheit deaktiviert (HTTP 904). Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber; die Kasse kann nicht verkaufen, bis das behoben ist.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="206"/>
        <source>The control unit is offline (HTTP 920). The sale is still open: try again, or call the shop owner if it goes on.</source>
        <translation>Die Kontrolleinheit ist offline (HTTP 920). Der Verkauf ist noch offen: Versuchen Sie es erneut, oder rufen Sie den Geschäftsinhaber, wenn es weiter auftritt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="214"/>
        <source>The control unit rejected the receipt: the register is denied access or the receipt was not accepted (HTTP 921). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Die Kontrolleinheit hat den Beleg zurückgewiesen: Der Kasse wird der Zugriff verweigert, oder der Beleg wurde nicht angenommen (HTTP 921). Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber; die Kasse kann nicht verkaufen, bis das behoben ist.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="224"/>
        <source>The control unit answered with an unexpected status (HTTP {status}). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Die Kontrolleinheit hat mit einem unerwarteten Status geantwortet (HTTP {status}). Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber; die Kasse kann nicht verkaufen, bis das behoben ist.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="232"/>
        <source>The control unit refused the receipt (code {response_code}): {why}. The sale is still open: call the shop owner.</source>
        <translation>Die Kontrolleinheit hat den Beleg abgelehnt (Code {response_code}): {why}. Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="240"/>
        <source>The control unit refused the receipt (code {response_code}) and gave no reason. The sale is still open: call the shop owner.</source>
        <translation>Die Kontrolleinheit hat den Beleg abgelehnt (Code {response_code}) und keinen Grund genannt. Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="309"/>
        <source>The control unit service refused the request (code {response_code}): {why}. The sale is still open: call the shop owner.</source>
        <translation>Der Dienst der Kontrolleinheit hat die Anfrage abgelehnt (Code {response_code}): {why}. Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="317"/>
        <source>The control unit service refused the request (code {response_code}) and gave no reason. The sale is still open: call the shop owner.</source>
        <translation>Der Dienst der Kontrolleinheit hat die Anfrage abgelehnt (Code {response_code}) und keinen Grund genannt. Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="325"/>
        <source>The control unit refused the receipt (service code {response_code}): {why}. The sale is still open: call the shop owner.</source>
        <translation>Die Kontrolleinheit hat den Beleg abgelehnt (Dienstcode {response_code}): {why}. Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="333"/>
        <source>The control unit refused the receipt (service code {response_code}) and gave no reason. The sale is still open: call the shop owner.</source>
        <translation>Die Kontrolleinheit hat den Beleg abgelehnt (Dienstcode {response_code}) und keinen Grund genannt. Der Verkauf ist noch offen: Rufen Sie den Geschäftsinhaber.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="23"/>
        <source>The card terminal did not accept the till&apos;s request. Try again.</source>
        <translation>Das Kartenterminal hat die Anfrage der Kasse nicht angenommen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="29"/>
        <source>The card terminal found no earlier payment to change.</source>
        <translation>Das Kartenterminal hat keine frühere Zahlung gefunden, die geändert werden kann.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="33"/>
        <source>That earlier payment was not a pre-authorised purchase, so it cannot be completed this way.</source>
        <translation>Diese frühere Zahlung war kein vorautorisierter Kauf, daher kann sie nicht auf diese Weise abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="41"/>
        <source>That earlier payment did not go through, so it cannot be changed.</source>
        <translation>Diese frühere Zahlung ist nicht durchgegangen, daher kann sie nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="47"/>
        <source>That earlier payment is only a reservation, so it cannot be changed this way.</source>
        <translation>Diese frühere Zahlung ist nur eine Reservierung, daher kann sie nicht auf diese Weise geändert werden.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="54"/>
        <source>The card terminal has no receipt for that earlier payment.</source>
        <translation>Das Kartenterminal hat keinen Beleg für diese frühere Zahlung.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="58"/>
        <source>That earlier payment has already been completed.</source>
        <translation>Diese frühere Zahlung wurde bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="62"/>
        <source>The amount is higher than the amount the card was authorised for.</source>
        <translation>Der Betrag ist höher als der Betrag, für den die Karte autorisiert wurde.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="68"/>
        <source>The card terminal could not find the earlier payment it was asked about.</source>
        <translation>Das Kartenterminal konnte die frühere Zahlung, nach der gefragt wurde, nicht finden.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="74"/>
        <source>The card was removed before the payment finished. Ask the customer to try again.</source>
        <translation>Die Karte wurde entfernt, bevor die Zahlung abgeschlossen war. Bitten Sie den Kunden, es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="80"/>
        <source>The payment was stopped on the terminal.</source>
        <translation>Die Zahlung wurde am Terminal abgebrochen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="84"/>
        <source>The card terminal had a technical problem. Try the payment again.</source>
        <translation>Das Kartenterminal hatte ein technisches Problem. Versuchen Sie die Zahlung erneut.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="90"/>
        <source>No card was presented in time. Start the payment again.</source>
        <translation>Es wurde nicht rechtzeitig eine Karte vorgelegt. Starten Sie die Zahlung erneut.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="94"/>
        <source>The card was not inserted. Ask the customer to insert the card.</source>
        <translation>Die Karte wurde nicht eingesteckt. Bitten Sie den Kunden, die Karte einzustecken.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="100"/>
        <source>The card terminal could not read the card. Ask the customer to insert it the right way round and try again.</source>
        <translation>Das Kartenterminal konnte die Karte nicht lesen. Bitten Sie den Kunden, sie richtig herum einzustecken und es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="108"/>
        <source>The card terminal could not read the card a second time. Ask the customer to pay another way.</source>
        <translation>Das Kartenterminal konnte die Karte auch beim zweiten Mal nicht lesen. Bitten Sie den Kunden, anders zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="116"/>
        <source>The card terminal cannot reverse any more payments.</source>
        <translation>Das Kartenterminal kann keine weiteren Zahlungen stornieren.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="120"/>
        <source>This card cannot be used here. Ask the customer to pay another way.</source>
        <translation>Diese Karte kann hier nicht verwendet werden. Bitten Sie den Kunden, anders zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="126"/>
        <source>The card is blocked. Ask the customer to pay another way.</source>
        <translation>Die Karte ist gesperrt. Bitten Sie den Kunden, anders zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="130"/>
        <source>This card cannot be used for this kind of payment. Ask the customer to pay another way.</source>
        <translation>Diese Karte kann für diese Art von Zahlung nicht verwendet werden. Bitten Sie den Kunden, anders zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="138"/>
        <source>The card terminal could not read the card. Ask the customer to try again.</source>
        <translation>Das Kartenterminal konnte die Karte nicht lesen. Bitten Sie den Kunden, es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="144"/>
        <source>The card terminal could not read the card during the payment. Ask the customer to try again.</source>
        <translation>Das Kartenterminal konnte die Karte während der Zahlung nicht lesen. Bitten Sie den Kunden, es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="152"/>
        <source>This terminal cannot take a signature. Ask the customer to pay another way.</source>
        <translation>Dieses Terminal kann keine Unterschrift annehmen. Bitten Sie den Kunden, anders zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="158"/>
        <source>This terminal cannot take an online PIN. Ask the customer to pay another way.</source>
        <translation>Dieses Terminal kann keine Online-PIN annehmen. Bitten Sie den Kunden, anders zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="165"/>
        <source>The card terminal could not store its keys while setting up. Call the terminal&apos;s support.</source>
        <translation>Das Kartenterminal konnte bei der Einrichtung seine Schlüssel nicht speichern. Rufen Sie den Support des Terminals an.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="175"/>
        <source>The card terminal could not finish what the till asked. Try again.</source>
        <translation>Das Kartenterminal konnte die Anfrage der Kasse nicht ausführen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="181"/>
        <source>The card terminal could not finish what the till asked. Try again. (Terminal: {said})</source>
        <translation>Das Kartenterminal konnte die Anfrage der Kasse nicht ausführen. Versuchen Sie es erneut. (Terminal: {said})</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/errors.py" line="18"/>
        <source>The card terminal sent something the till cannot read; the connection was reset.</source>
        <translation>Das Kartenterminal hat etwas gesendet, das die Kasse nicht lesen kann; die Verbindung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/errors.py" line="24"/>
        <source>The card terminal sent data the till cannot read; the connection was reset.</source>
        <translation>Das Kartenterminal hat Daten gesendet, die die Kasse nicht lesen kann; die Verbindung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/errors.py" line="30"/>
        <source>The card terminal sent a message the till cannot read; the connection was reset.</source>
        <translation>Das Kartenterminal hat eine Nachricht gesendet, die die Kasse nicht lesen kann; die Verbindung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/errors.py" line="36"/>
        <source>The card terminal reported an amount the till did not ask for; the connection was reset.</source>
        <translation>Das Kartenterminal hat einen Betrag gemeldet, den die Kasse nicht angefordert hat; die Verbindung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/errors.py" line="43"/>
        <source>The card terminal answered a different request than the one the till asked; the connection was reset.</source>
        <translation>Das Kartenterminal hat auf eine andere Anfrage geantwortet als die der Kasse; die Verbindung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/errors.py" line="51"/>
        <source>The till tried to send the card terminal a message out of turn.</source>
        <translation>Die Kasse hat versucht, dem Kartenterminal außer der Reihe eine Nachricht zu senden.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/errors.py" line="18"/>
        <source>The Klarna terminal sent something the till cannot read; the connection was reset.</source>
        <translation>Das Klarna-Terminal hat etwas gesendet, das die Kasse nicht lesen kann; die Verbindung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/errors.py" line="25"/>
        <source>The Klarna terminal sent data the till cannot read; the connection was reset.</source>
        <translation>Das Klarna-Terminal hat Daten gesendet, die die Kasse nicht lesen kann; die Verbindung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/errors.py" line="31"/>
        <source>The Klarna terminal sent a message the till cannot read; the connection was reset.</source>
        <translation>Das Klarna-Terminal hat eine Nachricht gesendet, die die Kasse nicht lesen kann; die Verbindung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/errors.py" line="38"/>
        <source>The Klarna terminal answered a different request than the one the till asked; the connection was reset.</source>
        <translation>Das Klarna-Terminal hat auf eine andere Anfrage geantwortet als die der Kasse; die Verbindung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/errors.py" line="46"/>
        <source>The till tried to send the Klarna terminal a message out of turn.</source>
        <translation>Die Kasse hat versucht, dem Klarna-Terminal außer der Reihe eine Nachricht zu senden.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/errors.py" line="52"/>
        <source>Pairing with the Klarna terminal failed; start the pairing again.</source>
        <translation>Die Kopplung mit dem Klarna-Terminal ist fehlgeschlagen; starten Sie die Kopplung erneut.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/pairing.py" line="45"/>
        <source>Pairing failed: the terminal echoed another entry code than the one the till showed; start the pairing again.</source>
        <translation>Kopplung fehlgeschlagen: Das Terminal hat einen anderen Eingabecode zurückgemeldet als den, den die Kasse angezeigt hat; starten Sie die Kopplung erneut.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="46"/>
        <source>The terminal did not accept the till&apos;s signature (MAC).</source>
        <translation>Das Terminal hat die Signatur der Kasse (MAC) nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="50"/>
        <source>The terminal refused the till&apos;s message counter.</source>
        <translation>Das Terminal hat den Nachrichtenzähler der Kasse abgelehnt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="54"/>
        <source>The terminal answered with result code {result_code}: {text}.</source>
        <translation>Das Terminal hat mit dem Ergebniscode {result_code} geantwortet: {text}.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="58"/>
        <source>The terminal answered with result code {result_code}.</source>
        <translation>Das Terminal hat mit dem Ergebniscode {result_code} geantwortet.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="68"/>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="73"/>
        <source>The terminal is sending the payment to the bank.</source>
        <translation>Das Terminal sendet die Zahlung an die Bank.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="80"/>
        <source>The terminal does not know this till; pair the terminal again.</source>
        <translation>Das Terminal kennt diese Kasse nicht; koppeln Sie das Terminal erneut.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="90"/>
        <source>The terminal could not encode its answer.</source>
        <translation>Das Terminal konnte seine Antwort nicht kodieren.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="97"/>
        <source>The terminal could not encrypt its answer.</source>
        <translation>Das Terminal konnte seine Antwort nicht verschlüsseln.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="104"/>
        <source>The terminal could not check the till&apos;s message; pair the terminal again.</source>
        <translation>Das Terminal konnte die Nachricht der Kasse nicht prüfen; koppeln Sie das Terminal erneut.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="115"/>
        <source>The terminal did not accept the till&apos;s signature (MAC); pair the terminal again.</source>
        <translation>Das Terminal hat die Signatur der Kasse (MAC) nicht angenommen; koppeln Sie das Terminal erneut.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="126"/>
        <source>The pairing code typed on the terminal was not the one the till showed.</source>
        <translation>Der am Terminal eingegebene Kopplungscode war nicht der, den die Kasse angezeigt hat.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="135"/>
        <source>The terminal found a different invoice number for a repeated payment.</source>
        <translation>Das Terminal hat für eine wiederholte Zahlung eine andere Rechnungsnummer gefunden.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="144"/>
        <source>The terminal declined the payment as a duplicate of an earlier one.</source>
        <translation>Das Terminal hat die Zahlung als Duplikat einer früheren abgelehnt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="153"/>
        <source>The payment was cancelled on the terminal (by the customer or a timeout).</source>
        <translation>Die Zahlung wurde am Terminal abgebrochen (vom Kunden oder durch Zeitüberschreitung).</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="163"/>
        <source>The terminal is busy with another request; try again in a moment.</source>
        <translation>Das Terminal ist mit einer anderen Anfrage beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="172"/>
        <source>The terminal already has a payment session open.</source>
        <translation>Am Terminal ist bereits eine Zahlungssitzung offen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="184"/>
        <source>The terminal was not waiting for an ID check answer (Confirmation Unexpected).</source>
        <translation>Das Terminal hat keine Antwort auf eine Ausweisprüfung erwartet (Confirmation Unexpected).</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="194"/>
        <source>The terminal did not accept the ID check answer (Incorrect Confirmation Value).</source>
        <translation>Das Terminal hat die Antwort auf die Ausweisprüfung nicht angenommen (Incorrect Confirmation Value).</translation>
    </message>
    <message>
        <location filename="../till/settings_file.py" line="36"/>
        <source>This till was started without a settings file (the demo), so there is nowhere to save the settings.</source>
        <translation>Die Kasse wurde ohne Einstellungsdatei gestartet (die Demo), daher können die Einstellungen nirgends gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../till/settings_file.py" line="44"/>
        <source>The settings could not be saved to {path}: {why}</source>
        <translation>Die Einstellungen konnten nicht in {path} gespeichert werden: {why}</translation>
    </message>
    <message>
        <location filename="../till/settings_file.py" line="48"/>
        <source>The register id cannot change: register {register} has receipts, and a register&apos;s receipts are numbered in one series under its id (the control unit and the tax agency know them by it). A new register id needs a new register with its own database.</source>
        <translation>Die Kassen-ID kann nicht geändert werden: Kasse {register} hat Belege, und die Belege einer Kasse sind in einer Serie unter ihrer ID nummeriert (die Kontrolleinheit und das Finanzamt kennen sie darunter). Eine neue Kassen-ID braucht eine neue Kasse mit eigener Datenbank.</translation>
    </message>
    <message>
        <location filename="../till/settings_file.py" line="58"/>
        <source>A settings file appeared at {path} while this screen was open: it was left as it is. Start the till again to use it.</source>
        <translation>Während dieser Bildschirm offen war, ist unter {path} eine Einstellungsdatei entstanden: sie wurde unverändert gelassen. Starten Sie die Kasse neu, um sie zu verwenden.</translation>
    </message>
    <message>
        <location filename="../till/adapters/escpos/status.py" line="20"/>
        <source>The printer is out of paper.</source>
        <translation>Der Drucker hat kein Papier mehr.</translation>
    </message>
    <message>
        <location filename="../till/adapters/escpos/status.py" line="23"/>
        <source>The printer&apos;s cover is open.</source>
        <translation>Die Abdeckung des Druckers ist offen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/escpos/status.py" line="27"/>
        <source>The printer is offline (an error light may tell why).</source>
        <translation>Der Drucker ist nicht bereit (eine Fehlerleuchte kann den Grund zeigen).</translation>
    </message>
    <message>
        <location filename="../till/adapters/escpos/status.py" line="31"/>
        <source>The printer at {where} cannot be reached.</source>
        <translation>Der Drucker unter {where} ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../till/adapters/escpos/status.py" line="35"/>
        <source>The printer at {where} did not answer within {seconds} s.</source>
        <translation>Der Drucker unter {where} hat nicht innerhalb von {seconds} s geantwortet.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../till/ui/help_dialog.py" line="46"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../till/ui/help_dialog.py" line="64"/>
        <source>till {version}, made by {maker}</source>
        <translation>till {version}, hergestellt von {maker}</translation>
    </message>
    <message>
        <location filename="../till/ui/help_dialog.py" line="72"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../till/ui/help_dialog.py" line="78"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../till/ui/help_dialog.py" line="89"/>
        <source>Control unit certificate: {subject}, org. nr {org_nr}, valid from {start} to {end}</source>
        <translation>Zertifikat der Kontrolleinheit: {subject}, Org.-Nr. {org_nr}, gültig von {start} bis {end}</translation>
    </message>
</context>
<context>
    <name>IdCheckDialog</name>
    <message>
        <location filename="../till/ui/id_check_dialog.py" line="40"/>
        <source>Check the customer&apos;s ID</source>
        <translation>Ausweis des Kunden prüfen</translation>
    </message>
    <message>
        <location filename="../till/ui/id_check_dialog.py" line="43"/>
        <source>The Klarna terminal asks you to check the customer&apos;s ID against this:</source>
        <translation>Das Klarna-Terminal bittet Sie, den Ausweis des Kunden hiermit abzugleichen:</translation>
    </message>
    <message>
        <location filename="../till/ui/id_check_dialog.py" line="53"/>
        <source>ID checked (Enter / Y)</source>
        <translation>Ausweis geprüft (Enter / Y)</translation>
    </message>
    <message>
        <location filename="../till/ui/id_check_dialog.py" line="55"/>
        <source>Deny (Esc / N)</source>
        <translation>Ablehnen (Esc / N)</translation>
    </message>
</context>
<context>
    <name>JournalKind</name>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="65"/>
        <source>Card payment approved</source>
        <translation>Kartenzahlung genehmigt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="66"/>
        <source>Card payment declined</source>
        <translation>Kartenzahlung abgelehnt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="67"/>
        <source>Card payment failed</source>
        <translation>Kartenzahlung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="68"/>
        <source>Card payment settled</source>
        <translation>Kartenzahlung geklärt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="69"/>
        <source>Card payment settled by hand</source>
        <translation>Kartenzahlung von Hand geklärt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="72"/>
        <source>Card payment started</source>
        <translation>Kartenzahlung gestartet</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="73"/>
        <source>Card payment in doubt</source>
        <translation>Kartenzahlung ungeklärt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="74"/>
        <source>Card reversal confirmed</source>
        <translation>Kartenstorno bestätigt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="75"/>
        <source>Card reversal not sent</source>
        <translation>Kartenstorno nicht gesendet</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="76"/>
        <source>Card reversal refused</source>
        <translation>Kartenstorno abgelehnt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="77"/>
        <source>Card reversal requested</source>
        <translation>Kartenstorno angefordert</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="78"/>
        <source>Card reversal settled</source>
        <translation>Kartenstorno geklärt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="79"/>
        <source>Card reversal settled by hand</source>
        <translation>Kartenstorno von Hand geklärt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="82"/>
        <source>Card reversal in doubt</source>
        <translation>Kartenstorno ungeklärt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="83"/>
        <source>Control unit certificate imported</source>
        <translation>Zertifikat der Kontrolleinheit importiert</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="86"/>
        <source>Control code failed</source>
        <translation>Kontrollcode fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="87"/>
        <source>Control code received</source>
        <translation>Kontrollcode erhalten</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="88"/>
        <source>Control code requested</source>
        <translation>Kontrollcode angefordert</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="89"/>
        <source>Control code in doubt</source>
        <translation>Kontrollcode ungeklärt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="90"/>
        <source>Drawer opened</source>
        <translation>Schublade geöffnet</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="91"/>
        <source>Product group added</source>
        <translation>Artikelgruppe angelegt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="92"/>
        <source>Installation created</source>
        <translation>Installation angelegt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="93"/>
        <source>Journal anchor reset</source>
        <translation>Journalanker zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="94"/>
        <source>Manager approved</source>
        <translation>Leiter-Genehmigung erteilt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="95"/>
        <source>Manager PIN set</source>
        <translation>Leiter-PIN festgelegt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="96"/>
        <source>Manager refused</source>
        <translation>Leiter-Genehmigung verweigert</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="97"/>
        <source>Offline mode</source>
        <translation>Notbetrieb</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="98"/>
        <source>Original printed</source>
        <translation>Original gedruckt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="99"/>
        <source>Klarna ID check</source>
        <translation>Klarna-Ausweisprüfung</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="100"/>
        <source>Price changed</source>
        <translation>Preis geändert</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="101"/>
        <source>Product added</source>
        <translation>Artikel angelegt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="102"/>
        <source>Product changed</source>
        <translation>Artikel geändert</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="103"/>
        <source>Product removed</source>
        <translation>Artikel entfernt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="104"/>
        <source>Products imported</source>
        <translation>Artikel importiert</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="105"/>
        <source>Quick key removed</source>
        <translation>Schnelltaste entfernt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="106"/>
        <source>Quick key set</source>
        <translation>Schnelltaste festgelegt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="107"/>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="108"/>
        <source>Receipt copy</source>
        <translation>Belegkopie</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="109"/>
        <source>Sale finished</source>
        <translation>Verkauf abgeschlossen</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="110"/>
        <source>Sale voided</source>
        <translation>Verkauf storniert</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="111"/>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="112"/>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="113"/>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="114"/>
        <source>Signed in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="115"/>
        <source>Terminal administration</source>
        <translation>Terminalverwaltung</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="116"/>
        <source>Terminal counter advanced</source>
        <translation>Terminalzähler erhöht</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="117"/>
        <source>Till started</source>
        <translation>Kasse gestartet</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="118"/>
        <source>Training mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="119"/>
        <source>User added</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="120"/>
        <source>User disabled</source>
        <translation>Benutzer deaktiviert</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="121"/>
        <source>User PIN reset</source>
        <translation>Benutzer-PIN zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="122"/>
        <source>Z report</source>
        <translation>Z-Bericht</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="215"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="216"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="217"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="218"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>JournalViewer</name>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="58"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="197"/>
        <source>Id: {id}</source>
        <translation>ID: {id}</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="198"/>
        <source>Time: {time} (stored as {stored})</source>
        <translation>Zeit: {time} (gespeichert als {stored})</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="201"/>
        <source>Kind: {label} ({kind})</source>
        <translation>Art: {label} ({kind})</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="204"/>
        <source>Register: {register}</source>
        <translation>Kasse: {register}</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="205"/>
        <source>Hash: {hash}</source>
        <translation>Hash: {hash}</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="206"/>
        <source>Previous hash: {hash}</source>
        <translation>Vorheriger Hash: {hash}</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="303"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="313"/>
        <source>◀ Previous day</source>
        <translation>◀ Vorheriger Tag</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="315"/>
        <source>Next day ▶</source>
        <translation>Nächster Tag ▶</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="321"/>
        <source>&amp;All days</source>
        <translation>&amp;Alle Tage</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="330"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="333"/>
        <source>&amp;Older rows</source>
        <translation>Ä&amp;ltere Zeilen</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="339"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="341"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="343"/>
        <source>&amp;Receipt number</source>
        <translation>&amp;Belegnummer</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="395"/>
        <source>Choose a row to see all it holds.</source>
        <translation>Wählen Sie eine Zeile, um alles zu sehen, was sie enthält.</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="493"/>
        <source> (older rows not shown)</source>
        <translation> (ältere Zeilen nicht angezeigt)</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="495"/>
        <source>{shown} of {total} rows</source>
        <translation>{shown} von {total} Zeilen</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="20"/>
        <source>return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="21"/>
        <source>training mode on</source>
        <translation>Übungsmodus ein</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="22"/>
        <source>training mode off</source>
        <translation>Übungsmodus aus</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="23"/>
        <source>drawer without a sale</source>
        <translation>Schublade ohne Verkauf</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="24"/>
        <source>Z report</source>
        <translation>Z-Bericht</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="25"/>
        <source>journal viewer</source>
        <translation>Journalansicht</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="26"/>
        <source>pair the payment terminal</source>
        <translation>Zahlungsterminal koppeln</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="27"/>
        <source>unpair the payment terminal</source>
        <translation>Kopplung mit dem Zahlungsterminal aufheben</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="28"/>
        <source>settle a card payment by hand</source>
        <translation>Kartenzahlung von Hand klären</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="29"/>
        <source>terminal deactivate</source>
        <translation>Terminal deaktivieren</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="30"/>
        <source>terminal end-of-day</source>
        <translation>Tagesabschluss des Terminals</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="31"/>
        <source>editing the catalog</source>
        <translation>Artikelkatalog bearbeiten</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="57"/>
        <source>Set the manager PIN</source>
        <translation>Leiter-PIN festlegen</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="59"/>
        <source>No manager PIN is set on this till yet. The manager chooses one now ({low}–{high} digits) and types it twice. Needed for: {action}.</source>
        <translation>An dieser Kasse ist noch keine Leiter-PIN festgelegt. Der Leiter wählt jetzt eine ({low}–{high} Ziffern) und gibt sie zweimal ein. Benötigt für: {action}.</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="63"/>
        <source>Manager approval</source>
        <translation>Genehmigung durch Leiter</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="64"/>
        <source>A manager approves: {action}. Type the manager PIN.</source>
        <translation>Ein Leiter genehmigt: {action}. Geben Sie die Leiter-PIN ein.</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="80"/>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="80"/>
        <source>Manager PIN</source>
        <translation>Leiter-PIN</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="83"/>
        <source>The same PIN again</source>
        <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="91"/>
        <source>Set PIN (Enter)</source>
        <translation>PIN festlegen (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="91"/>
        <source>Approve (Enter)</source>
        <translation>Genehmigen (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="105"/>
        <source>The PIN is {low} to {high} digits, nothing else.</source>
        <translation>Die PIN besteht aus {low} bis {high} Ziffern, nichts anderem.</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="119"/>
        <source>The two PINs differ: type it again.</source>
        <translation>Die beiden PINs unterscheiden sich: Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="122"/>
        <source>Type the manager PIN, or Esc to cancel.</source>
        <translation>Geben Sie die Leiter-PIN ein, oder Esc zum Abbrechen.</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="57"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="47"/>
        <source>cashiers</source>
        <translation>Kassierer</translation>
    </message>
</context>
<context>
    <name>ModeIntents</name>
    <message>
        <location filename="../till/ui/mode_intents.py" line="21"/>
        <source>Pro forma receipt {number} (EJ KVITTO) printed; the sale is still open.</source>
        <translation>Pro-forma-Beleg {number} (EJ KVITTO) gedruckt; der Verkauf ist noch offen.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="30"/>
        <source>Training mode on: receipts are ÖVNINGSKVITTO and no card is charged.</source>
        <translation>Übungsmodus ein: Belege sind ÖVNINGSKVITTO, und keine Karte wird belastet.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="32"/>
        <source>Training mode off: sales are real again.</source>
        <translation>Übungsmodus aus: Verkäufe sind wieder echt.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="38"/>
        <source>The till already issues cash invoices (offline mode).</source>
        <translation>Die Kasse stellt bereits Barrechnungen aus (Notbetrieb).</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="44"/>
        <source>Offline mode is only for when the control unit cannot be reached, and no payment has failed for that.</source>
        <translation>Der Notbetrieb ist nur für den Fall gedacht, dass die Kontrolleinheit nicht erreichbar ist und deshalb keine Zahlung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="49"/>
        <source>Cash invoices (offline mode)</source>
        <translation>Barrechnungen (Notbetrieb)</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="51"/>
        <source>The control unit cannot be reached: {reason}

From now on every sale gets a cash invoice (kontantnota) from its own number series, until the control unit answers again. The outage must be documented and reported to Skatteverket.</source>
        <translation>Die Kontrolleinheit ist nicht erreichbar: {reason}

Ab jetzt erhält jeder Verkauf eine Barrechnung (kontantnota) aus einer eigenen Nummernreihe, bis die Kontrolleinheit wieder antwortet. Der Ausfall muss dokumentiert und dem Skatteverket gemeldet werden.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="55"/>
        <source>Cash invoices (Enter)</source>
        <translation>Barrechnungen (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="63"/>
        <source>Offline mode: take the payment again (F12 or F11); the customer gets a cash invoice (kontantnota).</source>
        <translation>Notbetrieb: Kassieren Sie erneut (F12 oder F11); der Kunde erhält eine Barrechnung (kontantnota).</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="73"/>
        <source>Open the drawer</source>
        <translation>Schublade öffnen</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="74"/>
        <source>Why is the drawer opened without a sale? (required, kept in the journal)</source>
        <translation>Warum wird die Schublade ohne Verkauf geöffnet? (Pflichtangabe, wird im Journal festgehalten)</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="81"/>
        <source>The drawer is open; the opening is journaled.</source>
        <translation>Die Schublade ist offen; das Öffnen ist im Journal festgehalten.</translation>
    </message>
</context>
<context>
    <name>NumericPad</name>
    <message>
        <location filename="../till/ui/numeric_pad.py" line="66"/>
        <source>Delete the last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <location filename="../till/ui/numeric_pad.py" line="67"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>PadValueDialog</name>
    <message>
        <location filename="../till/ui/numeric_pad.py" line="134"/>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
</context>
<context>
    <name>PinForm</name>
    <message>
        <location filename="../till/ui/users_dialog.py" line="82"/>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="83"/>
        <source>Manager</source>
        <translation>Leiter</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="99"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="106"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (4 bis 12 Ziffern)</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="107"/>
        <source>The same PIN again</source>
        <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="119"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="166"/>
        <source>Type the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="169"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>Die beiden PINs unterscheiden sich: Geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../till/ui/price_dialog.py" line="18"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../till/ui/price_dialog.py" line="19"/>
        <source>Price of {name}</source>
        <translation>Preis von {name}</translation>
    </message>
    <message>
        <location filename="../till/ui/price_dialog.py" line="22"/>
        <source>kr</source>
        <translation>kr</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <location filename="../till/ui/price_list.py" line="42"/>
        <source>Price list</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="48"/>
        <source>Prices incl. VAT, valid from {time}</source>
        <translation>Preise inkl. MwSt., gültig ab {time}</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="56"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="56"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="56"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="56"/>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="69"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="71"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="98"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="101"/>
        <source>open price</source>
        <translation>freier Preis</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="103"/>
        <source>{price}/kg</source>
        <translation>{price}/kg</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="106"/>
        <source>{rate} %</source>
        <translation>{rate} %</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="144"/>
        <source>Printed: {count} products.</source>
        <translation>Gedruckt: {count} Artikel.</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="151"/>
        <source>The price list did not print.</source>
        <translation>Die Preisliste wurde nicht gedruckt.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../till/ui/product_dialog.py" line="52"/>
        <source>New product</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="52"/>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="62"/>
        <source>{rate} %</source>
        <translation>{rate} %</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="65"/>
        <source>per piece</source>
        <translation>pro Stück</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="66"/>
        <source>per kg (weighed)</source>
        <translation>pro kg (gewogen)</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="67"/>
        <source>Open price: the cashier types it at each sale</source>
        <translation>Freier Preis: Der Kassierer gibt ihn bei jedem Verkauf ein</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="69"/>
        <source>A service, not goods</source>
        <translation>Eine Dienstleistung, keine Ware</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="78"/>
        <source>Several are separated by spaces</source>
        <translation>Mehrere werden durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="79"/>
        <source>A quick key in the group&apos;s grid</source>
        <translation>Eine Schnelltaste im Raster der Gruppe</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="82"/>
        <source>Key text (empty: the name)</source>
        <translation>Tastentext (leer: der Name)</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="95"/>
        <source>Code (PLU)</source>
        <translation>Code (PLU)</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="96"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="97"/>
        <source>Price incl. VAT (kr)</source>
        <translation>Preis inkl. MwSt. (kr)</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="98"/>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="99"/>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="102"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="103"/>
        <source>Barcodes</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="105"/>
        <source>Key text</source>
        <translation>Tastentext</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="108"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="110"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <location filename="../till/ui/product_search.py" line="35"/>
        <source>Product search</source>
        <translation>Artikelsuche</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="46"/>
        <source>Part of the product&apos;s name</source>
        <translation>Teil des Artikelnamens</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="51"/>
        <source>Type part of a name; ↑/↓ choose, Enter adds.</source>
        <translation>Geben Sie einen Teil eines Namens ein; ↑/↓ wählt, Enter fügt hinzu.</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="115"/>
        <source>{n} found</source>
        <translation>{n} gefunden</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="117"/>
        <source>No product matches</source>
        <translation>Kein Artikel passt</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="132"/>
        <source>No product chosen</source>
        <translation>Kein Artikel gewählt</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="144"/>
        <source>The search failed; see the log.</source>
        <translation>Die Suche ist fehlgeschlagen; siehe Protokoll.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../till/ui/reason_dialog.py" line="16"/>
        <source>Write why: the reason is kept in the journal.</source>
        <translation>Schreiben Sie, warum: Der Grund wird im Journal festgehalten.</translation>
    </message>
    <message>
        <location filename="../till/ui/reason_dialog.py" line="30"/>
        <source>e.g. &apos;change for the bank&apos;, &apos;customer&apos;s lost coin&apos;</source>
        <translation>z. B. &apos;Wechselgeld für die Bank&apos;, &apos;verlorene Münze des Kunden&apos;</translation>
    </message>
    <message>
        <location filename="../till/ui/reason_dialog.py" line="54"/>
        <source>&apos;{text}&apos; is not a Z report number</source>
        <translation>&apos;{text}&apos; ist keine Z-Bericht-Nummer</translation>
    </message>
</context>
<context>
    <name>ReceiptIntents</name>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="15"/>
        <source>no receipt has been made since the till started</source>
        <translation>seit dem Start der Kasse wurde kein Beleg erstellt</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="25"/>
        <source>Copy of a receipt</source>
        <translation>Kopie eines Belegs</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="26"/>
        <source>Which receipt? Scan its barcode or type its number. It gets one copy only.</source>
        <translation>Welcher Beleg? Scannen Sie seinen Barcode oder geben Sie seine Nummer ein. Er erhält nur eine Kopie.</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="35"/>
        <source>Copy of receipt {number} printed (KOPIA).</source>
        <translation>Kopie von Beleg {number} gedruckt (KOPIA).</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="47"/>
        <source>{count} stored receipt(s) were not printed: Ctrl+U prints them.</source>
        <translation>{count} gespeicherte(r) Beleg(e) wurde(n) nicht gedruckt: Ctrl+U druckt sie.</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="56"/>
        <source>Every stored receipt has been printed.</source>
        <translation>Jeder gespeicherte Beleg wurde gedruckt.</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="67"/>
        <source>Receipt {number} printed; {count} more not printed (Ctrl+U).</source>
        <translation>Beleg {number} gedruckt; {count} weitere nicht gedruckt (Ctrl+U).</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="73"/>
        <source>Receipt {number} printed.</source>
        <translation>Beleg {number} gedruckt.</translation>
    </message>
</context>
<context>
    <name>ReceiptNumberDialog</name>
    <message>
        <location filename="../till/ui/reason_dialog.py" line="47"/>
        <source>Number, or scan the receipt&apos;s barcode</source>
        <translation>Nummer, oder scannen Sie den Barcode des Belegs</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../till/ui/receipt_view.py" line="68"/>
        <source>Receipt {number}</source>
        <translation>Beleg {number}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../till/ui/report_dialog.py" line="31"/>
        <source>Z report {number}</source>
        <translation>Z-Bericht {number}</translation>
    </message>
    <message>
        <location filename="../till/ui/report_dialog.py" line="33"/>
        <source>X report</source>
        <translation>X-Bericht</translation>
    </message>
    <message>
        <location filename="../till/ui/report_dialog.py" line="35"/>
        <source> – copy (KOPIA)</source>
        <translation> – Kopie (KOPIA)</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../till/ui/return_dialog.py" line="56"/>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="62"/>
        <source>Scan the barcode at the foot of the customer&apos;s receipt, or type its number. A manager approves every return.</source>
        <translation>Scannen Sie den Barcode unten auf dem Beleg des Kunden oder geben Sie seine Nummer ein. Ein Leiter genehmigt jede Rückgabe.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="70"/>
        <source>Receipt number or barcode</source>
        <translation>Belegnummer oder Barcode</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="74"/>
        <source>Without a receipt (F3)</source>
        <translation>Ohne Beleg (F3)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="80"/>
        <source>No receipt? The items are scanned as in a sale.</source>
        <translation>Kein Beleg? Die Artikel werden wie bei einem Verkauf gescannt.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="90"/>
        <source>Against this receipt (Enter)</source>
        <translation>Gegen diesen Beleg (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="98"/>
        <source>Scan or type the receipt&apos;s number, or F3 for a return without one.</source>
        <translation>Scannen Sie die Belegnummer oder geben Sie sie ein, oder F3 für eine Rückgabe ohne Beleg.</translation>
    </message>
</context>
<context>
    <name>ReturnIntents</name>
    <message>
        <location filename="../till/ui/return_intents.py" line="22"/>
        <source>This return has no receipt: scan or type the items coming back.</source>
        <translation>Diese Rückgabe hat keinen Beleg: Scannen Sie die zurückgegebenen Artikel oder geben Sie sie ein.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="26"/>
        <source>finish or void the open sale before a return</source>
        <translation>schließen Sie den offenen Verkauf ab oder stornieren Sie ihn vor einer Rückgabe</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="43"/>
        <source>Everything on receipt {number} has come back already.</source>
        <translation>Alles auf Beleg {number} wurde bereits zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="55"/>
        <source>Quantity to take back</source>
        <translation>Zurückzunehmende Menge</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="56"/>
        <source>How much of {name} comes back? ({left} can){unit}</source>
        <translation>Wie viel von {name} wird zurückgegeben? (höchstens {left}){unit}</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="59"/>
        <source> (kg)</source>
        <translation> (kg)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="78"/>
        <location filename="../till/ui/return_intents.py" line="96"/>
        <source>nothing to pay back: take an item back first</source>
        <translation>nichts zurückzuzahlen: Nehmen Sie zuerst einen Artikel zurück</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="80"/>
        <source>Pay back in cash</source>
        <translation>Bar zurückzahlen</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="82"/>
        <source>Pay back {amount} kr in cash? Enter registers the return receipt and the drawer opens.</source>
        <translation>{amount} kr bar zurückzahlen? Enter registriert den Rückgabebeleg, und die Schublade öffnet sich.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="85"/>
        <source>Pay back (Enter)</source>
        <translation>Zurückzahlen (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="100"/>
        <source>No Klarna terminal is set up for this till; pay back in cash (F12).</source>
        <translation>Für diese Kasse ist kein Klarna-Terminal eingerichtet; zahlen Sie bar zurück (F12).</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="104"/>
        <source>No card terminal is set up for this till; pay back in cash (F12).</source>
        <translation>Für diese Kasse ist kein Kartenterminal eingerichtet; zahlen Sie bar zurück (F12).</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="109"/>
        <source>Pay back {amount} kr through Klarna</source>
        <translation>{amount} kr über Klarna zurückzahlen</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="111"/>
        <source>Pay back {amount} kr to the card</source>
        <translation>{amount} kr auf die Karte zurückzahlen</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="127"/>
        <source>The card refund was cancelled; the return is still open.</source>
        <translation>Die Erstattung auf die Karte wurde abgebrochen; die Rückgabe ist noch offen.</translation>
    </message>
</context>
<context>
    <name>ReturnLinesDialog</name>
    <message>
        <location filename="../till/ui/return_dialog.py" line="217"/>
        <source>Return against receipt {number}</source>
        <translation>Rückgabe gegen Beleg {number}</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="222"/>
        <source>Choose what comes back (↑/↓, Enter); the quantity is asked next. Esc: scan the items instead.</source>
        <translation>Wählen Sie, was zurückgegeben wird (↑/↓, Enter); die Menge wird danach abgefragt. Esc: stattdessen die Artikel scannen.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="236"/>
        <source>Take back (Enter)</source>
        <translation>Zurücknehmen (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="249"/>
        <source>Choose a line first (↑/↓).</source>
        <translation>Wählen Sie zuerst eine Zeile (↑/↓).</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="252"/>
        <source>All of {name} has come back already.</source>
        <translation>{name} wurde bereits vollständig zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>ReturnPanel</name>
    <message>
        <location filename="../till/ui/return_panel.py" line="42"/>
        <source>F12 pays back in cash, F11 to the card, F9 cancels the return.</source>
        <translation>F12 zahlt bar zurück, F11 auf die Karte, F9 bricht die Rückgabe ab.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_panel.py" line="44"/>
        <source>RETUR utan kvitto – scan the items coming back. </source>
        <translation>RETUR utan kvitto – scannen Sie die zurückgegebenen Artikel. </translation>
    </message>
    <message>
        <location filename="../till/ui/return_panel.py" line="45"/>
        <source>Scan or type the items coming back</source>
        <translation>Zurückgegebene Artikel scannen oder eingeben</translation>
    </message>
    <message>
        <location filename="../till/ui/return_panel.py" line="51"/>
        <source>RETUR mot kvitto {number} – scan the items coming back or pick a line (Ctrl+R). </source>
        <translation>RETUR mot kvitto {number} – scannen Sie die zurückgegebenen Artikel oder wählen Sie eine Zeile (Ctrl+R). </translation>
    </message>
    <message>
        <location filename="../till/ui/return_panel.py" line="56"/>
        <source>Scan an item from receipt {number}, or Ctrl+R</source>
        <translation>Scannen Sie einen Artikel von Beleg {number}, oder Ctrl+R</translation>
    </message>
    <message>
        <location filename="../till/ui/return_panel.py" line="60"/>
        <source>Receipt {number} ({code}): what can come back</source>
        <translation>Beleg {number} ({code}): was zurückgegeben werden kann</translation>
    </message>
</context>
<context>
    <name>ReturnableModel</name>
    <message>
        <location filename="../till/ui/return_dialog.py" line="133"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="134"/>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="135"/>
        <source>Can return</source>
        <translation>Rückgabe möglich</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="136"/>
        <source>Amount sold</source>
        <translation>Verkaufter Betrag</translation>
    </message>
</context>
<context>
    <name>SaleIntents</name>
    <message>
        <location filename="../till/ui/sale_intents.py" line="63"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="64"/>
        <source>New quantity for {name}</source>
        <translation>Neue Menge für {name}</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="65"/>
        <source> (kg)</source>
        <translation> (kg)</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="80"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="81"/>
        <source>Discount in kronor on {name} ({amount})</source>
        <translation>Rabatt in Kronen auf {name} ({amount})</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="103"/>
        <source>there is nothing to pay for</source>
        <translation>es gibt nichts zu bezahlen</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="108"/>
        <source>Cash payment – the rest after the card payment</source>
        <translation>Barzahlung – der Rest nach der Kartenzahlung</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="122"/>
        <source>Cancel the return</source>
        <translation>Rückgabe abbrechen</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="123"/>
        <source>Cancel the whole return? Nothing is paid back; the journal keeps it.</source>
        <translation>Die ganze Rückgabe abbrechen? Es wird nichts zurückgezahlt; das Journal hält sie fest.</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="124"/>
        <source>Cancel the return (Enter)</source>
        <translation>Rückgabe abbrechen (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="129"/>
        <source>Void sale</source>
        <translation>Verkauf stornieren</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="130"/>
        <source>Void the whole sale? It is kept in the journal as an unfinished sale.</source>
        <translation>Den ganzen Verkauf stornieren? Er wird im Journal als nicht abgeschlossener Verkauf festgehalten.</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="131"/>
        <source>Void sale (Enter)</source>
        <translation>Verkauf stornieren (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="140"/>
        <source>The return is still open: a return with nothing taken back yet cannot be cancelled. Take one item back, then F9 again.</source>
        <translation>Die Rückgabe ist noch offen: Eine Rückgabe, bei der noch nichts zurückgenommen wurde, kann nicht abgebrochen werden. Nehmen Sie einen Artikel zurück, dann erneut F9.</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="145"/>
        <source>Return cancelled</source>
        <translation>Rückgabe abgebrochen</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="145"/>
        <source>Sale voided</source>
        <translation>Verkauf storniert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="87"/>
        <source>Set up this till</source>
        <translation>Diese Kasse einrichten</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="89"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="98"/>
        <source>Shop and register</source>
        <translation>Geschäft und Kasse</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="99"/>
        <source>Control unit</source>
        <translation>Kontrolleinheit</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="100"/>
        <source>Payment terminals</source>
        <translation>Zahlungsterminals</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="101"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="106"/>
        <source>This till has no settings yet. Fill in the shop and the register id the control unit&apos;s provider issued, check the other pages, and save: the settings file {path} is written and the till starts. Later a manager changes them here (Ctrl+,).</source>
        <translation>Diese Kasse hat noch keine Einstellungen. Tragen Sie das Geschäft und die Kassen-ID ein, die der Anbieter der Kontrolleinheit vergeben hat, prüfen Sie die anderen Seiten und speichern Sie: die Einstellungsdatei {path} wird geschrieben und die Kasse startet. Später ändert ein Leiter sie hier (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="113"/>
        <source>Saved settings apply when the till starts next. The settings file is {path}.</source>
        <translation>Gespeicherte Einstellungen gelten ab dem nächsten Start der Kasse. Die Einstellungsdatei ist {path}.</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="116"/>
        <source>The demo has no settings file: changes here cannot be saved.</source>
        <translation>Die Demo hat keine Einstellungsdatei: Änderungen hier können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="124"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="124"/>
        <source>Save and start</source>
        <translation>Speichern und starten</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="147"/>
        <source>For example: {example}</source>
        <translation>Zum Beispiel: {example}</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="189"/>
        <source>Shop name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="190"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="191"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="192"/>
        <source>Register id</source>
        <translation>Kassen-ID</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="195"/>
        <source>Fixed: this register has receipts under its id.</source>
        <translation>Fest: Diese Kasse hat Belege unter ihrer ID.</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="196"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="198"/>
        <source>Idle lock (minutes, 0: never)</source>
        <translation>Sperre bei Inaktivität (Minuten, 0: nie)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="200"/>
        <source>Full screen without a window frame (kiosk)</source>
        <translation>Vollbild ohne Fensterrahmen (Kiosk)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="211"/>
        <source>iSecureIPC gateway (host and port)</source>
        <translation>iSecureIPC-Gateway (Host und Port)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="212"/>
        <source>Direct to the control unit (HTTPS address)</source>
        <translation>Direkt zur Kontrolleinheit (HTTPS-Adresse)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="214"/>
        <location filename="../till/ui/settings_dialog.py" line="260"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="216"/>
        <source>Gateway host</source>
        <translation>Gateway-Host</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="217"/>
        <source>Gateway port</source>
        <translation>Gateway-Port</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="218"/>
        <source>Control unit address (https://…)</source>
        <translation>Adresse der Kontrolleinheit (https://…)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="220"/>
        <source>Connect timeout (seconds)</source>
        <translation>Zeitlimit für den Verbindungsaufbau (Sekunden)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="222"/>
        <source>Answer timeout (seconds)</source>
        <translation>Zeitlimit für die Antwort (Sekunden)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="228"/>
        <source>None (cash only)</source>
        <translation>Keines (nur bar)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="229"/>
        <source>Card terminal (Wallee)</source>
        <translation>Kartenterminal (Wallee)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="230"/>
        <source>Klarna terminal (Verifone Point)</source>
        <translation>Klarna-Terminal (Verifone Point)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="231"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="233"/>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="235"/>
        <source>Card terminal host</source>
        <translation>Host des Kartenterminals</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="236"/>
        <source>Card terminal port</source>
        <translation>Port des Kartenterminals</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="237"/>
        <source>Klarna terminal host</source>
        <translation>Host des Klarna-Terminals</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="238"/>
        <source>Klarna terminal port</source>
        <translation>Port des Klarna-Terminals</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="239"/>
        <source>Klarna terminal second port</source>
        <translation>Zweiter Port des Klarna-Terminals</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="240"/>
        <source>The till&apos;s listening port</source>
        <translation>Empfangsport der Kasse</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="246"/>
        <source>A printer with a system driver (or PDF files)</source>
        <translation>Ein Drucker mit Systemtreiber (oder PDF-Dateien)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="247"/>
        <source>A thermal receipt printer (ESC/POS)</source>
        <translation>Ein Thermo-Bondrucker (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="249"/>
        <source>Printer kind</source>
        <translation>Druckerart</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="251"/>
        <source>Printer (empty: the default)</source>
        <translation>Drucker (leer: der Standarddrucker)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="252"/>
        <source>PDF folder (instead of paper, or a copy of it)</source>
        <translation>PDF-Ordner (statt Papier oder als Kopie davon)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="255"/>
        <source>Network (port 9100)</source>
        <translation>Netzwerk (Port 9100)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="256"/>
        <source>Serial port</source>
        <translation>Serielle Schnittstelle</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="257"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="258"/>
        <source>A device file (/dev/usb/lp0)</source>
        <translation>Eine Gerätedatei (/dev/usb/lp0)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="262"/>
        <source>Printer address</source>
        <translation>Druckeradresse</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="263"/>
        <source>Printer port</source>
        <translation>Druckerport</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="264"/>
        <source>Serial port or device file</source>
        <translation>Serielle Schnittstelle oder Gerätedatei</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="265"/>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="266"/>
        <source>USB vendor id (hex)</source>
        <translation>USB-Hersteller-ID (hex)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="267"/>
        <source>USB product id (hex)</source>
        <translation>USB-Produkt-ID (hex)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="268"/>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="268"/>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="269"/>
        <source>Paper width</source>
        <translation>Papierbreite</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="270"/>
        <source>Code page</source>
        <translation>Codepage</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="431"/>
        <source>Settings saved ({count} changed). They apply when the till starts next.</source>
        <translation>Einstellungen gespeichert ({count} geändert). Sie gelten ab dem nächsten Start der Kasse.</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="37"/>
        <source>Settle a card payment by hand (manager)</source>
        <translation>Kartenzahlung von Hand klären (Leiter)</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="45"/>
        <source>The till cannot tell whether the card was charged {amount} kr (started {started}, {reference}).
Check the terminal&apos;s last receipt or the acquirer&apos;s report first.</source>
        <translation>Die Kasse kann nicht feststellen, ob die Karte mit {amount} kr belastet wurde (gestartet {started}, {reference}).
Prüfen Sie zuerst den letzten Beleg des Terminals oder den Bericht des Acquirers.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="54"/>
        <source>Was the customer charged?</source>
        <translation>Wurde der Kunde belastet?</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="55"/>
        <source>&amp;Yes, the customer was charged</source>
        <translation>&amp;Ja, der Kunde wurde belastet</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="56"/>
        <source>&amp;No, the customer was not charged</source>
        <translation>&amp;Nein, der Kunde wurde nicht belastet</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="58"/>
        <source>Settle a card reversal by hand (manager)</source>
        <translation>Kartenstorno von Hand klären (Leiter)</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="61"/>
        <source>The card payment of {amount} kr was being reversed (requested {requested}, terminal transaction {seq}), and the till cannot tell whether the money went back to the card.
Check the terminal&apos;s last receipt (a reversal slip) or the acquirer&apos;s report first.</source>
        <translation>Die Kartenzahlung über {amount} kr wurde gerade storniert (angefordert {requested}, Terminaltransaktion {seq}), und die Kasse kann nicht feststellen, ob das Geld auf die Karte zurückgebucht wurde.
Prüfen Sie zuerst den letzten Beleg des Terminals (einen Stornobeleg) oder den Bericht des Acquirers.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="72"/>
        <source>Was the money given back to the card?</source>
        <translation>Wurde das Geld auf die Karte zurückgebucht?</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="73"/>
        <source>&amp;Yes, the money was given back to the card</source>
        <translation>&amp;Ja, das Geld wurde auf die Karte zurückgebucht</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="74"/>
        <source>&amp;No, the card payment stands</source>
        <translation>&amp;Nein, die Kartenzahlung bleibt bestehen</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="95"/>
        <source>Reason, e.g. &apos;terminal receipt 0421 shows it approved&apos;</source>
        <translation>Grund, z. B. &apos;Terminalbeleg 0421 zeigt genehmigt&apos;</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="102"/>
        <source>Settle (Enter)</source>
        <translation>Klären (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="110"/>
        <source>Reason (required, kept in the journal)</source>
        <translation>Grund (Pflichtangabe, wird im Journal festgehalten)</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="121"/>
        <source>Why: the till stopped before the terminal answered.</source>
        <translation>Warum: Die Kasse wurde beendet, bevor das Terminal antwortete.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="123"/>
        <source>Why: no answer from the terminal said what happened.</source>
        <translation>Warum: Keine Antwort des Terminals sagte, was geschehen ist.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="125"/>
        <source>Why: the till stopped before the terminal answered the reversal.</source>
        <translation>Warum: Die Kasse wurde beendet, bevor das Terminal auf das Storno antwortete.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="127"/>
        <source>Why: no answer from the terminal said what became of the reversal.</source>
        <translation>Warum: Keine Antwort des Terminals sagte, was aus dem Storno wurde.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="135"/>
        <source>Choose whether the customer was charged.</source>
        <translation>Wählen Sie, ob der Kunde belastet wurde.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="137"/>
        <source>Choose whether the money was given back to the card.</source>
        <translation>Wählen Sie, ob das Geld auf die Karte zurückgebucht wurde.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="141"/>
        <source>Write why: the reason is kept in the journal.</source>
        <translation>Schreiben Sie, warum: Der Grund wird im Journal festgehalten.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../till/ui/shortcuts.py" line="34"/>
        <source>Add the product typed or scanned in the entry line (`3*code` adds 3)</source>
        <translation>Den in der Eingabezeile eingegebenen oder gescannten Artikel hinzufügen (`3*Code` fügt 3 hinzu)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="42"/>
        <source>Search a product by name and add it</source>
        <translation>Einen Artikel nach Namen suchen und hinzufügen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="47"/>
        <source>Change the quantity of the selected line</source>
        <translation>Die Menge der gewählten Zeile ändern</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="52"/>
        <source>Give a discount (in kronor) on the selected line</source>
        <translation>Einen Rabatt (in Kronen) auf die gewählte Zeile geben</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="57"/>
        <source>Remove the selected line (entry empty)</source>
        <translation>Die gewählte Zeile entfernen (Eingabezeile leer)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="63"/>
        <source>Select the line above</source>
        <translation>Die Zeile darüber wählen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="67"/>
        <source>Select the line below</source>
        <translation>Die Zeile darunter wählen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="72"/>
        <source>Pay cash: tendered amount, change, öre rounding. In a return: pay the money back in cash (the amount to hand over is shown)</source>
        <translation>Bar bezahlen: gegebener Betrag, Wechselgeld, Öre-Rundung. Bei einer Rückgabe: das Geld bar zurückzahlen (der auszuzahlende Betrag wird angezeigt)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="81"/>
        <source>Pay by card: all that is due, or type less and take the rest another way. In a return: pay the money back to the card</source>
        <translation>Mit Karte bezahlen: alles Offene, oder weniger eingeben und den Rest anders kassieren. Bei einer Rückgabe: das Geld auf die Karte zurückzahlen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="90"/>
        <source>Pay with Klarna (Point terminal); the terminal may ask you to check the customer&apos;s ID. In a return: pay the money back through Klarna</source>
        <translation>Mit Klarna bezahlen (Point-Terminal); das Terminal kann Sie bitten, den Ausweis des Kunden zu prüfen. Bei einer Rückgabe: das Geld über Klarna zurückzahlen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="99"/>
        <source>Card payment in doubt: ask the terminal again</source>
        <translation>Kartenzahlung ungeklärt: das Terminal erneut fragen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="104"/>
        <source>Card payment in doubt: settle it by hand (manager; a reason is journaled)</source>
        <translation>Kartenzahlung ungeklärt: von Hand klären (Leiter; ein Grund wird im Journal festgehalten)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="111"/>
        <source>No control code yet (card paid, or the answer lost): ask the control unit again with the same receipt and finish the sale</source>
        <translation>Noch kein Kontrollcode (Karte bezahlt oder Antwort verloren): die Kontrolleinheit mit demselben Beleg erneut fragen und den Verkauf abschließen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="120"/>
        <source>Give up a card-paid sale: reverse its card payments (asks first); the sale stays open</source>
        <translation>Einen mit Karte bezahlten Verkauf aufgeben: seine Kartenzahlungen stornieren (fragt vorher); der Verkauf bleibt offen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="128"/>
        <source>Void the open sale or return (asks to confirm)</source>
        <translation>Den offenen Verkauf oder die offene Rückgabe stornieren (fragt nach Bestätigung)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="133"/>
        <source>Show the last receipt on screen</source>
        <translation>Den letzten Beleg auf dem Bildschirm zeigen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="138"/>
        <source>Return (manager): against a receipt (scan its barcode or type its number) or without one. In a return against a receipt: pick a line of it to take back</source>
        <translation>Rückgabe (Leiter): gegen einen Beleg (Barcode scannen oder Nummer eingeben) oder ohne. Bei einer Rückgabe gegen einen Beleg: eine Zeile davon zum Zurücknehmen wählen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="147"/>
        <source>Print a receipt&apos;s copy (KOPIA): scan its barcode or type its number; one copy only</source>
        <translation>Eine Kopie (KOPIA) eines Belegs drucken: Barcode scannen oder Nummer eingeben; nur eine Kopie</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="155"/>
        <source>Pro forma receipt (EJ KVITTO) of the open sale; the sale stays open for payment</source>
        <translation>Pro-forma-Beleg (EJ KVITTO) des offenen Verkaufs; der Verkauf bleibt zur Zahlung offen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="163"/>
        <source>Training mode on or off (manager): ÖVNINGSKVITTO receipts, no card is charged</source>
        <translation>Übungsmodus ein oder aus (Leiter): Belege sind ÖVNINGSKVITTO, keine Karte wird belastet</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="171"/>
        <source>Control unit out: issue cash invoices (kontantnota) instead of receipts, after a payment failed for it (asks first); ends by itself when the unit answers</source>
        <translation>Kontrolleinheit ausgefallen: Barrechnungen (kontantnota) statt Belegen ausstellen, nachdem deshalb eine Zahlung fehlgeschlagen ist (fragt vorher); endet von selbst, wenn die Einheit antwortet</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="180"/>
        <source>Open the cash drawer without a sale (manager; the reason is journaled)</source>
        <translation>Die Kassenschublade ohne Verkauf öffnen (Leiter; der Grund wird im Journal festgehalten)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="187"/>
        <source>X report (X-dagrapport): the day so far; closes nothing</source>
        <translation>X-Bericht (X-dagrapport): der bisherige Tag; schließt nichts ab</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="192"/>
        <source>Z report (Z-dagrapport): closes the day (manager, asks first); the card terminal&apos;s end of day runs with it</source>
        <translation>Z-Bericht (Z-dagrapport): schließt den Tag ab (Leiter, fragt vorher); der Tagesabschluss des Kartenterminals läuft mit</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="201"/>
        <source>Reprint a Z report by its number (marked KOPIA)</source>
        <translation>Einen Z-Bericht nach seiner Nummer erneut drucken (mit KOPIA markiert)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="206"/>
        <source>Print a receipt that was stored but never printed (its original, once)</source>
        <translation>Einen Beleg drucken, der gespeichert, aber nie gedruckt wurde (sein Original, einmal)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="214"/>
        <source>Journal (manager): every event, by day and kind, in full</source>
        <translation>Journal (Leiter): jedes Ereignis, nach Tag und Art, vollständig</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="219"/>
        <source>Card terminal: activation, end of day, receipts, ping</source>
        <translation>Kartenterminal: Aktivierung, Tagesabschluss, Belege, Ping</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="224"/>
        <source>Switch cashier: sign out (the sale stays) and the next one signs in</source>
        <translation>Kassierer wechseln: abmelden (der Verkauf bleibt) und der nächste meldet sich an</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="228"/>
        <source>Show this list of keys</source>
        <translation>Diese Tastenliste zeigen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="232"/>
        <source>About: program, model, maker, version and manufacturing number</source>
        <translation>Über: Programm, Modell, Hersteller, Version und Herstellungsnummer</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="239"/>
        <source>Settings (manager): shop, register, control unit, terminals, printer, language</source>
        <translation>Einstellungen (Leiter): Geschäft, Kasse, Kontrolleinheit, Terminals, Drucker, Sprache</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="247"/>
        <source>Catalog (manager): products, prices, groups and quick keys; every change journaled</source>
        <translation>Artikelkatalog (Leiter): Artikel, Preise, Gruppen und Schnelltasten; jede Änderung wird im Journal festgehalten</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="255"/>
        <source>Cashiers (manager): add a cashier or manager, disable one, set a new PIN</source>
        <translation>Kassierer (Leiter): Kassierer oder Leiter hinzufügen, sperren, neue PIN vergeben</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="263"/>
        <source>Price list: every product&apos;s price and VAT rate, to show or print</source>
        <translation>Preisliste: Preis und MwSt.-Satz jedes Artikels, zum Anzeigen oder Drucken</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="270"/>
        <source>Clear the entry line; in a dialog: cancel</source>
        <translation>Die Eingabezeile leeren; in einem Dialog: abbrechen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="40"/>
        <source>The first manager</source>
        <translation>Der erste Leiter</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="42"/>
        <source>No one can sign in on this till yet. Add the first manager: a name and a PIN ({low}–{high} digits), typed twice.</source>
        <translation>An dieser Kasse kann sich noch niemand anmelden. Legen Sie den ersten Leiter an: einen Namen und eine PIN ({low}–{high} Ziffern), zweimal eingegeben.</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="46"/>
        <source>Manager approval</source>
        <translation>Genehmigung durch Leiter</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="48"/>
        <source>A manager approves: {action}. The manager types their name or number and PIN.</source>
        <translation>Ein Leiter genehmigt: {action}. Der Leiter gibt seinen Namen oder seine Nummer und seine PIN ein.</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="51"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="52"/>
        <source>Sign in: your name or number and your PIN.</source>
        <translation>Anmelden: Ihr Name oder Ihre Nummer und Ihre PIN.</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="70"/>
        <source>Name or number</source>
        <translation>Name oder Nummer</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="72"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="76"/>
        <source>The same PIN again</source>
        <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="86"/>
        <source>Approve (Enter)</source>
        <translation>Genehmigen (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="86"/>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="94"/>
        <source>Type a name or number.</source>
        <translation>Geben Sie einen Namen oder eine Nummer ein.</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="98"/>
        <source>The PIN is {low} to {high} digits, nothing else.</source>
        <translation>Die PIN besteht aus {low} bis {high} Ziffern, nichts anderem.</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="106"/>
        <source>The two PINs differ: type it again.</source>
        <translation>Die beiden PINs unterscheiden sich: Geben Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>SignInIntents</name>
    <message>
        <location filename="../till/ui/sign_in_intents.py" line="23"/>
        <source>Sign in first (F3).</source>
        <translation>Melden Sie sich zuerst an (F3).</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_intents.py" line="98"/>
        <source>nobody signed in</source>
        <translation>niemand angemeldet</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../till/ui/status_bar.py" line="30"/>
        <source>Register {id}</source>
        <translation>Kasse {id}</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="50"/>
        <source>Terminal: none</source>
        <translation>Terminal: keines</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="52"/>
        <source>Terminal: online</source>
        <translation>Terminal: verbunden</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="54"/>
        <source>Terminal: offline</source>
        <translation>Terminal: nicht verbunden</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="56"/>
        <location filename="../till/ui/status_bar.py" line="86"/>
        <location filename="../till/ui/status_bar.py" line="96"/>
        <source>{state} – {reason}</source>
        <translation>{state} – {reason}</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="64"/>
        <source>Control unit: reachable</source>
        <translation>Kontrolleinheit: erreichbar</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="66"/>
        <source>Control unit: asking for a control code</source>
        <translation>Kontrolleinheit: fragt nach einem Kontrollcode</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="68"/>
        <source>Control unit: offline</source>
        <translation>Kontrolleinheit: nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="69"/>
        <source>Control unit: not asked yet</source>
        <translation>Kontrolleinheit: noch nicht gefragt</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="73"/>
        <source>Printer: ready</source>
        <translation>Drucker: bereit</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="75"/>
        <source>Printer: out of paper</source>
        <translation>Drucker: kein Papier</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="77"/>
        <source>Printer: cover open</source>
        <translation>Drucker: Abdeckung offen</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="79"/>
        <source>Printer: offline</source>
        <translation>Drucker: nicht bereit</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="80"/>
        <source>Printer: not connected</source>
        <translation>Drucker: nicht verbunden</translation>
    </message>
</context>
<context>
    <name>TerminalAdminDialog</name>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="44"/>
        <source>Something unexpected went wrong; details are in the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="50"/>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="51"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="52"/>
        <source>SI config</source>
        <translation>SI-Konfiguration</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="53"/>
        <source>SI init</source>
        <translation>SI-Initialisierung</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="54"/>
        <source>End of day (final balance)</source>
        <translation>Tagesabschluss (Endsaldo)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="55"/>
        <source>Transmission</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="56"/>
        <source>Submission</source>
        <translation>Einreichung</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="57"/>
        <source>Intermediate EOD receipt</source>
        <translation>Zwischenbericht (Beleg)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="58"/>
        <source>Reprint last receipt</source>
        <translation>Letzten Beleg erneut drucken</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="59"/>
        <source>Config data</source>
        <translation>Konfigurationsdaten</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="60"/>
        <source>PIN pad information</source>
        <translation>Informationen zum PIN-Pad</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="61"/>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="64"/>
        <source>Test the pairing (TEST_MAC)</source>
        <translation>Kopplung testen (TEST_MAC)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="65"/>
        <source>Last transaction</source>
        <translation>Letzte Transaktion</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="66"/>
        <source>Resynchronise the counter</source>
        <translation>Zähler neu synchronisieren</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="67"/>
        <source>End of day</source>
        <translation>Tagesabschluss</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="84"/>
        <source>Card terminal</source>
        <translation>Kartenterminal</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="99"/>
        <source>Talks to the acquirer: may take minutes</source>
        <translation>Spricht mit dem Acquirer: kann Minuten dauern</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="107"/>
        <location filename="../till/ui/terminal_admin_dialog.py" line="185"/>
        <source>Pair Point terminal</source>
        <translation>Point-Terminal koppeln</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="108"/>
        <source>Unpair Point terminal</source>
        <translation>Kopplung mit dem Point-Terminal aufheben</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="113"/>
        <source>Manager only</source>
        <translation>Nur Leiter</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="120"/>
        <source>Terminal at {address}. Choose a command (arrows, Enter).</source>
        <translation>Terminal unter {address}. Wählen Sie einen Befehl (Pfeiltasten, Enter).</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="135"/>
        <source>What the terminal answers and prints shows here.</source>
        <translation>Was das Terminal antwortet und druckt, erscheint hier.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="137"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="170"/>
        <source>{command}: waiting for the terminal{slow}…</source>
        <translation>{command}: warte auf das Terminal{slow}…</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="171"/>
        <source> (this can take minutes)</source>
        <translation> (das kann Minuten dauern)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="182"/>
        <source>Unpaired: the till forgot the MAC key.</source>
        <translation>Entkoppelt: Die Kasse hat den MAC-Schlüssel vergessen.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="186"/>
        <source>Type the entry code the terminal shows:</source>
        <translation>Geben Sie den Eingabecode ein, den das Terminal anzeigt:</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="195"/>
        <source>Paired (MAC_LABEL {label}).</source>
        <translation>Gekoppelt (MAC_LABEL {label}).</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="203"/>
        <location filename="../till/ui/terminal_admin_dialog.py" line="233"/>
        <source>Choose a command (arrows, Enter).</source>
        <translation>Wählen Sie einen Befehl (Pfeiltasten, Enter).</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="218"/>
        <source>{command}: done.</source>
        <translation>{command}: erledigt.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="222"/>
        <source>The terminal refused: {why}</source>
        <translation>Das Terminal hat abgelehnt: {why}</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="260"/>
        <source>Wait for the terminal to finish: a command cannot be stopped half-way.</source>
        <translation>Warten Sie, bis das Terminal fertig ist: Ein Befehl kann nicht mittendrin abgebrochen werden.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="287"/>
        <source>The entry code is digits only.</source>
        <translation>Der Eingabecode besteht nur aus Ziffern.</translation>
    </message>
</context>
<context>
    <name>TerminalStatus</name>
    <message>
        <location filename="../till/ui/card_dialog.py" line="47"/>
        <source>Card presented (contactless)</source>
        <translation>Karte vorgehalten (kontaktlos)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="48"/>
        <source>Card swiped (magstripe)</source>
        <translation>Karte durchgezogen (Magnetstreifen)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="49"/>
        <source>Card inserted (chip)</source>
        <translation>Karte gesteckt (Chip)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="50"/>
        <source>Card read</source>
        <translation>Karte gelesen</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="51"/>
        <source>Card removed</source>
        <translation>Karte entnommen</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="52"/>
        <source>Transaction started</source>
        <translation>Transaktion gestartet</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="53"/>
        <source>Transaction ended</source>
        <translation>Transaktion beendet</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="54"/>
        <source>Transaction aborted</source>
        <translation>Transaktion abgebrochen</translation>
    </message>
</context>
<context>
    <name>TillAdmin</name>
    <message>
        <location filename="../till/cli.py" line="71"/>
        <source>{count} receipts exported.</source>
        <translation>{count} Belege exportiert.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="74"/>
        <source>{count} events exported.</source>
        <translation>{count} Ereignisse exportiert.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="78"/>
        <source>No manager PIN is set yet: choose one (4 to 12 digits).</source>
        <translation>Es ist noch keine Leiter-PIN festgelegt: Wählen Sie eine (4 bis 12 Ziffern).</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="82"/>
        <source>Manager PIN for {action}:</source>
        <translation>Leiter-PIN für {action}:</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="85"/>
        <source>New manager PIN:</source>
        <translation>Neue Leiter-PIN:</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="89"/>
        <source>Run the terminal&apos;s end of day too: till-admin terminal end-of-day</source>
        <translation>Führen Sie auch den Tagesabschluss des Terminals aus: till-admin terminal end-of-day</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="95"/>
        <source>Manager PIN set.</source>
        <translation>Leiter-PIN festgelegt.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="97"/>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="100"/>
        <source>Unexpected error ({error}); run again with TILL_DEBUG=1 for details.</source>
        <translation>Unerwarteter Fehler ({error}); führen Sie den Befehl mit TILL_DEBUG=1 erneut aus, um Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="50"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="55"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="60"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="65"/>
        <source>Org number</source>
        <translation>Org.-Nr.</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="70"/>
        <source>(none found)</source>
        <translation>(keine gefunden)</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="75"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="80"/>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="85"/>
        <source>Warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="90"/>
        <source>The passphrase is kept in the keyring (service &apos;till&apos;).</source>
        <translation>Die Passphrase wird im Schlüsselbund aufbewahrt (Dienst &apos;till&apos;).</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="95"/>
        <source>Set control_unit.certificate = &quot;{path}&quot; in {source} (and transport = &quot;direct&quot;) for the till to use it.</source>
        <translation>Setzen Sie control_unit.certificate = &quot;{path}&quot; in {source} (und transport = &quot;direct&quot;), damit die Kasse es verwendet.</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="104"/>
        <source>Not usable: {why}</source>
        <translation>Nicht verwendbar: {why}</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="110"/>
        <source>usable for org number {org_nr}</source>
        <translation>verwendbar für Org.-Nr. {org_nr}</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="36"/>
        <source>There is no database at {path} yet: nothing to check.</source>
        <translation>Unter {path} gibt es noch keine Datenbank: nichts zu prüfen.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="41"/>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="46"/>
        <source>Journal head: row {row}, hash {hash}</source>
        <translation>Journalkopf: Zeile {row}, Hash {hash}</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="51"/>
        <source>PROBLEM: {problem}</source>
        <translation>PROBLEM: {problem}</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="56"/>
        <source>Journal intact: {rows} rows checked.</source>
        <translation>Journal intakt: {rows} Zeilen geprüft.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="61"/>
        <source>Journal NOT intact: {problems} problems in {rows} rows.</source>
        <translation>Journal NICHT intakt: {problems} Probleme in {rows} Zeilen.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="66"/>
        <source>The keyring&apos;s anchor for register {register}: {rows} journal rows, head row {row} (saved {saved_at}).</source>
        <translation>Der Anker im Schlüsselbund für Kasse {register}: {rows} Journalzeilen, Kopfzeile {row} (gespeichert {saved_at}).</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="75"/>
        <source>The keyring&apos;s anchor for register {register} is damaged.</source>
        <translation>Der Anker im Schlüsselbund für Kasse {register} ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="80"/>
        <source>There is no anchor for register {register} in the keyring.</source>
        <translation>Im Schlüsselbund gibt es keinen Anker für Kasse {register}.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="85"/>
        <source>The database {path} will be used as it is.</source>
        <translation>Die Datenbank {path} wird so verwendet, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="90"/>
        <source>The database {path} does not exist and will be made anew, empty.</source>
        <translation>Die Datenbank {path} existiert nicht und wird neu und leer angelegt.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="97"/>
        <source>From now on the till checks the journal against this database. The reset is journaled with the old anchor, what the check finds and your reason.</source>
        <translation>Ab jetzt prüft die Kasse das Journal gegen diese Datenbank. Das Zurücksetzen wird mit dem alten Anker, dem Prüfergebnis und Ihrem Grund im Journal festgehalten.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="106"/>
        <source>Type {word} to go on:</source>
        <translation>Geben Sie {word} ein, um fortzufahren:</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="111"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="116"/>
        <source>Anchor reset: register {register}&apos;s journal is anchored at row {row} (hash {hash}); the reset is that row in the journal.</source>
        <translation>Anker zurückgesetzt: Das Journal von Kasse {register} ist bei Zeile {row} verankert (Hash {hash}); das Zurücksetzen ist diese Zeile im Journal.</translation>
    </message>
    <message>
        <location filename="../till/cli_point.py" line="64"/>
        <source>Paired with the Klarna terminal at {address} (MAC_LABEL {label}, REG_VER {reg_ver}); the MAC key is in the keyring.</source>
        <translation>Mit dem Klarna-Terminal unter {address} gekoppelt (MAC_LABEL {label}, REG_VER {reg_ver}); der MAC-Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../till/cli_point.py" line="73"/>
        <source>The Klarna terminal at {address} is unpaired from this till.</source>
        <translation>Das Klarna-Terminal unter {address} ist von dieser Kasse entkoppelt.</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="46"/>
        <source>{read} products read, {changed} new or changed.</source>
        <translation>{read} Artikel gelesen, {changed} neu oder geändert.</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="51"/>
        <source>Not imported: {error}</source>
        <translation>Nicht importiert: {error}</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="56"/>
        <source>{count} rows were not imported; the other rows were.</source>
        <translation>{count} Zeilen wurden nicht importiert; die übrigen Zeilen schon.</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="60"/>
        <source>{count} products exported.</source>
        <translation>{count} Artikel exportiert.</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="64"/>
        <source>Removed {code} {name}: it is no longer sold; receipts and the journal keep it.</source>
        <translation>{code} {name} entfernt: Der Artikel wird nicht mehr verkauft; Belege und Journal behalten ihn.</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="72"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="73"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="74"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="75"/>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="76"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="77"/>
        <source>Barcodes</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="79"/>
        <source>{price}/kg</source>
        <translation>{price}/kg</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="48"/>
        <source>Manager (name or number) for {action}:</source>
        <translation>Leiter (Name oder Nummer) für {action}:</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="51"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="52"/>
        <source>New PIN:</source>
        <translation>Neue PIN:</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="54"/>
        <source>The same PIN again:</source>
        <translation>Dieselbe PIN noch einmal:</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="57"/>
        <source>Added {number} {name} (manager).</source>
        <translation>{number} {name} angelegt (Leiter).</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="60"/>
        <source>Added {number} {name} (cashier).</source>
        <translation>{number} {name} angelegt (Kassierer).</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="63"/>
        <source>Disabled {number} {name}.</source>
        <translation>{number} {name} deaktiviert.</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="66"/>
        <source>New PIN set for {number} {name}.</source>
        <translation>Neue PIN für {number} {name} festgelegt.</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="69"/>
        <source>manager</source>
        <translation>Leiter</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="70"/>
        <source>cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="72"/>
        <source>(disabled)</source>
        <translation>(deaktiviert)</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../till/ui/totals_panel.py" line="30"/>
        <location filename="../till/ui/totals_panel.py" line="114"/>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="110"/>
        <source>TO PAY BACK</source>
        <translation>ZURÜCKZUZAHLEN</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="112"/>
        <source>STILL TO PAY</source>
        <translation>NOCH ZU ZAHLEN</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="125"/>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="125"/>
        <source>of amount</source>
        <translation>vom Betrag</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="129"/>
        <source>{n} lines</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="138"/>
        <source>Training receipt</source>
        <translation>Übungsbeleg</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="139"/>
        <source>Cash invoice</source>
        <translation>Barrechnung</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="140"/>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="142"/>
        <source>Pro forma {number} (EJ KVITTO)  ·  the sale is still open</source>
        <translation>Pro forma {number} (EJ KVITTO)  ·  der Verkauf ist noch offen</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="147"/>
        <source>Return receipt</source>
        <translation>Rückgabebeleg</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="149"/>
        <source>{name} {number}  ·  hand over {amount}</source>
        <translation>{name} {number}  ·  {amount} auszahlen</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="153"/>
        <source>{name} {number}  ·  paid back through Klarna</source>
        <translation>{name} {number}  ·  über Klarna zurückgezahlt</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="157"/>
        <source>{name} {number}  ·  paid back to the card</source>
        <translation>{name} {number}  ·  auf die Karte zurückgezahlt</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="162"/>
        <source>{name} {number}  ·  change {change}</source>
        <translation>{name} {number}  ·  Wechselgeld {change}</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="166"/>
        <source>Change {amount}</source>
        <translation>Wechselgeld {amount}</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="169"/>
        <source>{name} {number}  ·  paid with Klarna</source>
        <translation>{name} {number}  ·  mit Klarna bezahlt</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="171"/>
        <source>{name} {number}  ·  paid by card</source>
        <translation>{name} {number}  ·  mit Karte bezahlt</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="176"/>
        <source>Receipt {number} is stored but was not printed: {error} Ctrl+U prints it when the printer works again.</source>
        <translation>Beleg {number} ist gespeichert, wurde aber nicht gedruckt: {error} Ctrl+U druckt ihn, wenn der Drucker wieder funktioniert.</translation>
    </message>
</context>
<context>
    <name>UnprintedDialog</name>
    <message>
        <location filename="../till/ui/unprinted_dialog.py" line="25"/>
        <source>Receipts not printed</source>
        <translation>Nicht gedruckte Belege</translation>
    </message>
    <message>
        <location filename="../till/ui/unprinted_dialog.py" line="29"/>
        <source>These receipts are stored with their control code but were never printed. Enter prints the chosen one&apos;s original (only once; it is not a copy).</source>
        <translation>Diese Belege sind mit ihrem Kontrollcode gespeichert, wurden aber nie gedruckt. Enter druckt das Original des gewählten Belegs (nur einmal; es ist keine Kopie).</translation>
    </message>
    <message>
        <location filename="../till/ui/unprinted_dialog.py" line="41"/>
        <source>Print (Enter)</source>
        <translation>Drucken (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/unprinted_dialog.py" line="47"/>
        <source>Cash invoice</source>
        <translation>Barrechnung</translation>
    </message>
    <message>
        <location filename="../till/ui/unprinted_dialog.py" line="49"/>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../till/ui/unprinted_dialog.py" line="51"/>
        <source>{name} {number}  ·  {time}  ·  {amount} kr</source>
        <translation>{name} {number}  ·  {time}  ·  {amount} kr</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../till/ui/users_dialog.py" line="188"/>
        <location filename="../till/ui/users_dialog.py" line="389"/>
        <source>Cashiers</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="198"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="198"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="198"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="198"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="217"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="218"/>
        <location filename="../till/ui/users_dialog.py" line="320"/>
        <source>Disable</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="219"/>
        <location filename="../till/ui/users_dialog.py" line="349"/>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="223"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="243"/>
        <source>Manager</source>
        <translation>Leiter</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="243"/>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="245"/>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="247"/>
        <source>Locked ({seconds} s)</source>
        <translation>Gesperrt ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="249"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="294"/>
        <source>Add a cashier or manager</source>
        <translation>Kassierer oder Leiter hinzufügen</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="295"/>
        <source>The name they sign in with, their role, and their PIN twice.</source>
        <translation>Der Name für die Anmeldung, die Rolle und zweimal die PIN.</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="314"/>
        <source>Added: {number} {name}.</source>
        <translation>Hinzugefügt: {number} {name}.</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="322"/>
        <source>Disable {number} {name}? They can no longer sign in; a new PIN enables them again. The journal keeps what they did.</source>
        <translation>{number} {name} sperren? Die Person kann sich nicht mehr anmelden; eine neue PIN gibt sie wieder frei. Das Journal behält, was sie getan hat.</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="325"/>
        <source>Disable (Enter)</source>
        <translation>Sperren (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="340"/>
        <source>Disabled: {number} {name}.</source>
        <translation>Gesperrt: {number} {name}.</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="351"/>
        <source>A new PIN for {number} {name}; it also ends a lockout and enables them again.</source>
        <translation>Eine neue PIN für {number} {name}; sie hebt auch eine Sperre auf.</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="369"/>
        <source>New PIN set: {number} {name}.</source>
        <translation>Neue PIN vergeben: {number} {name}.</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <location filename="../till/ui/input_dialogs.py" line="49"/>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <location filename="../till/ui/weight_dialog.py" line="19"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../till/ui/weight_dialog.py" line="20"/>
        <source>Weight of {name} ({price}/kg)</source>
        <translation>Gewicht von {name} ({price}/kg)</translation>
    </message>
    <message>
        <location filename="../till/ui/weight_dialog.py" line="24"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
</context>
</TS>
