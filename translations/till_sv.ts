<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../till/ui/about_dialog.py" line="21"/>
        <source>About till</source>
        <translation>Om till</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="22"/>
        <source>(made at the first start)</source>
        <translation>(skapas vid första starten)</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="26"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="27"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="28"/>
        <source>Maker</source>
        <translation>Tillverkare</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="29"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="30"/>
        <source>Manufacturing number</source>
        <translation>Tillverkningsnummer</translation>
    </message>
    <message>
        <location filename="../till/ui/about_dialog.py" line="38"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>AnswerWithinDialog</name>
    <message>
        <location filename="../till/ui/answer_dialog.py" line="70"/>
        <source>{n} s left to answer</source>
        <translation>{n} s kvar att svara</translation>
    </message>
</context>
<context>
    <name>CardIntents</name>
    <message>
        <location filename="../till/ui/card_intents.py" line="33"/>
        <source>Klarna payment (Point terminal)</source>
        <translation>Klarnabetalning (Point-terminal)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="35"/>
        <source>Card payment</source>
        <translation>Kortbetalning</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="64"/>
        <source>there is nothing to pay for</source>
        <translation>det finns inget att betala</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="67"/>
        <source>No Klarna terminal is set up for this till; take another tender.</source>
        <translation>Ingen Klarnaterminal är inställd för den här kassan; ta ett annat betalsätt.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="71"/>
        <source>No card terminal is set up for this till; take another tender.</source>
        <translation>Ingen kortterminal är inställd för kassan; ta ett annat betalsätt.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="91"/>
        <source>The card payment was cancelled; the sale is still open.</source>
        <translation>Kortbetalningen avbröts; köpet är fortfarande öppet.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="105"/>
        <source>Card approved {approved} kr; {due} kr still due.</source>
        <translation>Kortet godkänt {approved} kr; {due} kr kvar att betala.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="110"/>
        <source>Card approved only {approved} kr of {asked} kr; {due} kr still due.</source>
        <translation>Kortet godkände bara {approved} kr av {asked} kr; {due} kr kvar att betala.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="128"/>
        <source>no card payment is in doubt</source>
        <translation>ingen kortbetalning är oklar</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="134"/>
        <source>no card payment of this sale is in doubt</source>
        <translation>ingen kortbetalning i det här köpet är oklar</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="157"/>
        <source>The money ({amount} kr) went back to the card. The sale is open: take the payment again, or void it.</source>
        <translation>Pengarna ({amount} kr) gick tillbaka till kortet. Köpet är öppet: ta betalt igen, eller makulera det.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="164"/>
        <source>The reversal did not happen: the card payment of {amount} kr stands. Finish the sale (F8), or give it up again (Shift+F8).</source>
        <translation>Återföringen blev inte av: kortbetalningen på {amount} kr står kvar. Slutför köpet (F8), eller ge upp det igen (Shift+F8).</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="171"/>
        <source>The card was charged {amount} kr; {due} kr still due.</source>
        <translation>Kortet drogs {amount} kr; {due} kr kvar att betala.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="176"/>
        <source>The card was not charged ({amount} kr). Take the payment again.</source>
        <translation>Kortet drogs inte ({amount} kr). Ta betalningen igen.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="188"/>
        <source>no card payment of this sale can be given up</source>
        <translation>ingen kortbetalning i det här köpet kan ges upp</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="190"/>
        <source>Give up the card payment</source>
        <translation>Ge upp kortbetalningen</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="192"/>
        <source>Reverse {amount} kr to the customer&apos;s card? The sale stays open: take another payment, or void it.</source>
        <translation>Återföra {amount} kr till kundens kort? Köpet förblir öppet: ta en annan betalning, eller makulera köpet.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="195"/>
        <source>Reverse (Enter)</source>
        <translation>Återför (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="202"/>
        <source>The card payment of {amount} kr was reversed; the sale is open.</source>
        <translation>Kortbetalningen på {amount} kr återfördes; köpet är öppet.</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../till/ui/card_panel.py" line="47"/>
        <source>Ask the terminal again (F7)</source>
        <translation>Fråga terminalen igen (F7)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="48"/>
        <source>Settle by hand – manager (Shift+F7)</source>
        <translation>Avgör för hand – chef (Shift+F7)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="49"/>
        <source>Retry the control code (F8)</source>
        <translation>Hämta kontrollkod igen (F8)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="50"/>
        <source>Give up – reverse the card payment (Shift+F8)</source>
        <translation>Ge upp – återför kortbetalningen (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="74"/>
        <source>Paid by card  {amount}</source>
        <translation>Betalt med kort  {amount}</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="77"/>
        <source>Still due  {amount}</source>
        <translation>Kvar att betala  {amount}</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="82"/>
        <source>Locked: settle the card payment (F7)</source>
        <translation>Låst: avgör kortbetalningen (F7)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="84"/>
        <source>Scan or type a code   (3*code adds 3)</source>
        <translation>Skanna eller skriv en kod   (3*kod ger 3 st)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="98"/>
        <source>Receipt {number} is with the control unit</source>
        <translation>Kvitto {number} ligger hos kontrollenheten</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="102"/>
        <source>The control unit was asked for this receipt&apos;s control code and its answer did not come through, or the receipt could not be saved. Nothing can change now: F8 finishes this very receipt (the control unit is asked again with the same data).</source>
        <translation>Kontrollenheten har fått frågan om kvittots kontrollkod men svaret kom inte fram, eller så kunde kvittot inte sparas. Inget kan ändras nu: F8 gör klart just det här kvittot (kontrollenheten frågas igen med samma uppgifter).</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="111"/>
        <source>Sale locked: reversal of {amount} kr in doubt</source>
        <translation>Köpet låst: återföring av {amount} kr oklar</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="115"/>
        <source>The till cannot tell whether the money went back to the card. Nothing can be added, paid or voided until it is settled: ask the terminal again (F7), or a manager settles it by hand (Shift+F7) after checking the terminal&apos;s last receipt.</source>
        <translation>Kassan kan inte avgöra om pengarna gick tillbaka till kortet. Inget kan läggas till, betalas eller makuleras förrän det är avgjort: fråga terminalen igen (F7), eller låt en chef avgöra det för hand (Shift+F7) efter att ha kontrollerat terminalens senaste kvitto.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="121"/>
        <source>Sale locked: card payment of {amount} kr in doubt</source>
        <translation>Köpet låst: kortbetalning på {amount} kr oklar</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="125"/>
        <source>The till cannot tell whether the card was charged. Nothing can be added or paid until it is settled: ask the terminal again, or a manager settles it by hand after checking the terminal.</source>
        <translation>Kassan vet inte om kortet drogs. Inget kan läggas till eller betalas förrän det är avgjort: fråga terminalen igen, eller låt en chef avgöra det för hand efter att ha kontrollerat terminalen.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="130"/>
        <source>Card paid {amount} kr, but no control code</source>
        <translation>Kort betalt {amount} kr, men ingen kontrollkod</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="134"/>
        <source>The receipt can only be made with a control code. Retry when the control unit answers, or give up: the card payment is then reversed.</source>
        <translation>Kvittot kan bara skapas med en kontrollkod. Försök igen när kontrollenheten svarar, eller ge upp: då återförs kortbetalningen.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="138"/>
        <source>Paid by card {paid} kr – {due} kr still due</source>
        <translation>Betalt med kort {paid} kr – {due} kr kvar att betala</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="142"/>
        <source>Take the rest by card (F11) or in cash (F12). The items cannot change now; to start over, give up and the card payment is reversed.</source>
        <translation>Ta resten med kort (F11) eller kontant (F12). Varorna kan inte ändras nu; för att börja om, ge upp så återförs kortbetalningen.</translation>
    </message>
</context>
<context>
    <name>CardPaymentDialog</name>
    <message>
        <location filename="../till/ui/card_dialog.py" line="92"/>
        <source>Card payment</source>
        <translation>Kortbetalning</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="105"/>
        <source>Still due</source>
        <translation>Kvar att betala</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="110"/>
        <source>Charge the card</source>
        <translation>Dra på kortet</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="125"/>
        <source>Terminal – for you</source>
        <translation>Terminalen – till dig</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="126"/>
        <source>Terminal – customer&apos;s screen</source>
        <translation>Terminalen – kundens skärm</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="138"/>
        <source>Enter starts the payment on the terminal.</source>
        <translation>Enter startar betalningen på terminalen.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="164"/>
        <source>Cancel (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="166"/>
        <source>Cash instead (F12)</source>
        <translation>Kontant i stället (F12)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="168"/>
        <source>Start (Enter)</source>
        <translation>Starta (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="210"/>
        <source>the amount must be more than 0</source>
        <translation>beloppet måste vara större än 0</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="212"/>
        <source>at most {due} kr is due</source>
        <translation>högst {due} kr återstår att betala</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="235"/>
        <source>Waiting for the terminal…</source>
        <translation>Väntar på terminalen…</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="250"/>
        <source>Esc: stop waiting for the card     F12: customer pays cash instead</source>
        <translation>Esc: sluta vänta på kortet     F12: kunden betalar kontant i stället</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="252"/>
        <source>Enter: start     Esc: back     F12: customer pays cash instead</source>
        <translation>Enter: starta     Esc: tillbaka     F12: kunden betalar kontant i stället</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="263"/>
        <source>Customer pays cash: asking the terminal to stop…</source>
        <translation>Kunden betalar kontant: ber terminalen avbryta…</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="265"/>
        <source>Asking the terminal to stop waiting for the card…</source>
        <translation>Ber terminalen sluta vänta på kortet…</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../till/ui/cart_model.py" line="28"/>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="29"/>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="30"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="31"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="32"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="33"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
</context>
<context>
    <name>CashPaymentDialog</name>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="42"/>
        <source>Cash payment</source>
        <translation>Kontantbetalning</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="51"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="52"/>
        <source>Öre rounding</source>
        <translation>Öresavrundning</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="53"/>
        <source>To pay</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="55"/>
        <source>Tendered</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="63"/>
        <source>Change</source>
        <translation>Växel</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="68"/>
        <source>Pay (Enter)</source>
        <translation>Betala (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="72"/>
        <source>Exact</source>
        <translation>Jämnt</translation>
    </message>
</context>
<context>
    <name>CashierWindow</name>
    <message>
        <location filename="../till/ui/cashier_window.py" line="104"/>
        <source>Something unexpected went wrong. The sale is kept; details are in the log.</source>
        <translation>Något oväntat gick fel. Köpet finns kvar; detaljer finns i loggen.</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="113"/>
        <source>TRAINING MODE – no real sales. The receipts are training receipts; no card is charged.</source>
        <translation>ÖVNINGSLÄGE – inga skarpa köp. Kvittona är övningskvitton; inga kort dras.</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="117"/>
        <source>The control unit is out: cash invoices (kontantnota). Document the outage and report it to Skatteverket.</source>
        <translation>Kontrollenheten är ur funktion: kontantnotor. Dokumentera avbrottet och rapportera det till Skatteverket.</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="258"/>
        <source>Scan or type a code   (3*code adds 3)</source>
        <translation>Skanna eller skriv en kod   (3*kod ger 3 st)</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="397"/>
        <source>TRAINING MODE – {title}</source>
        <translation>ÖVNINGSLÄGE – {title}</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="462"/>
        <source>select a line first (↑/↓)</source>
        <translation>markera en rad först (↑/↓)</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="493"/>
        <source>Ctrl+O: cash invoices (offline mode) while the control unit is out.</source>
        <translation>Ctrl+O: kontantnotor (offlineläge) medan kontrollenheten är ur funktion.</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="593"/>
        <source>The open sale from before the restart is restored.</source>
        <translation>Det öppna köpet från före omstarten är återställt.</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="40"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="523"/>
        <source>No card terminal is set up for this till.</source>
        <translation>Ingen kortterminal är inställd för kassan.</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="38"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="39"/>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="41"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="42"/>
        <source>Void</source>
        <translation>Makulera</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="45"/>
        <source>X report</source>
        <translation>X-dagrapport</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="46"/>
        <source>Z report</source>
        <translation>Z-dagrapport</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="50"/>
        <source>Klarna</source>
        <translation>Klarna</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="48"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="49"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="47"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="43"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../till/ui/action_buttons.py" line="44"/>
        <source>Copy</source>
        <translation>Kopia</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="52"/>
        <location filename="../till/ui/catalog_dialog.py" line="294"/>
        <source>Catalog</source>
        <translation>Artikelregister</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="60"/>
        <source>Search by name, code or barcode</source>
        <translation>Sök på namn, kod eller streckkod</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="67"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="68"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="69"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="70"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="71"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="72"/>
        <source>Barcodes</source>
        <translation>Streckkoder</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="92"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="93"/>
        <source>Change</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="94"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="95"/>
        <location filename="../till/ui/catalog_dialog.py" line="295"/>
        <source>Price list</source>
        <translation>Prislista</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="99"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="137"/>
        <source>{price}/kg</source>
        <translation>{price}/kg</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="139"/>
        <source>{price} (open)</source>
        <translation>{price} (fritt pris)</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="144"/>
        <source>{rate} %</source>
        <translation>{rate} %</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="157"/>
        <source>{shown} of {count} products</source>
        <translation>{shown} av {count} artiklar</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="229"/>
        <source>Saved: {code} {name}.</source>
        <translation>Sparad: {code} {name}.</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="234"/>
        <source>Remove product</source>
        <translation>Ta bort artikel</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="236"/>
        <source>Remove {code} {name} from the catalog? It is no longer sold; receipts and the journal keep it.</source>
        <translation>Ta bort {code} {name} ur artikelregistret? Den säljs inte längre; kvitton och journalen behåller den.</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="239"/>
        <source>Remove (Enter)</source>
        <translation>Ta bort (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/catalog_dialog.py" line="254"/>
        <source>Removed: {code} {name}.</source>
        <translation>Borttagen: {code} {name}.</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <location filename="../till/ui/confirmation_dialog.py" line="47"/>
        <source>The card terminal asks</source>
        <translation>Kortterminalen frågar</translation>
    </message>
    <message>
        <location filename="../till/ui/confirmation_dialog.py" line="52"/>
        <source>Ask the customer:</source>
        <translation>Fråga kunden:</translation>
    </message>
    <message>
        <location filename="../till/ui/confirmation_dialog.py" line="54"/>
        <source>Please confirm:</source>
        <translation>Bekräfta:</translation>
    </message>
    <message>
        <location filename="../till/ui/confirmation_dialog.py" line="62"/>
        <source>Yes (Enter / Y)</source>
        <translation>Ja (Enter / Y)</translation>
    </message>
    <message>
        <location filename="../till/ui/confirmation_dialog.py" line="64"/>
        <source>No (Esc / N)</source>
        <translation>Nej (Esc / N)</translation>
    </message>
</context>
<context>
    <name>DayReportIntents</name>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="24"/>
        <source>Day reports are not set up on this till.</source>
        <translation>Dagrapporter är inte inställda i kassan.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="37"/>
        <source>The report was not printed: {error}</source>
        <translation>Rapporten skrevs inte ut: {error}</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="45"/>
        <source>Z report</source>
        <translation>Z-dagrapport</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="47"/>
        <source>Take the Z report? It closes the day: the day&apos;s figures start again from zero, and the card terminal&apos;s end of day runs with it.</source>
        <translation>Ta Z-dagrapporten? Den stänger dagen: dagens siffror börjar om från noll, och kortterminalens dagsavslut körs samtidigt.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="50"/>
        <source>Take the Z report (Enter)</source>
        <translation>Ta Z-dagrapporten (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="62"/>
        <source>Z report {number} stored and printed.</source>
        <translation>Z-dagrapport {number} sparad och utskriven.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="65"/>
        <source>Z report {number} is stored but was not printed: {error}</source>
        <translation>Z-dagrapport {number} är sparad men skrevs inte ut: {error}</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="71"/>
        <source>Card terminal end of day: done.</source>
        <translation>Kortterminalens dagsavslut: klart.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="74"/>
        <source>The card terminal&apos;s end of day failed: {error}. Retry it with Ctrl+T.</source>
        <translation>Kortterminalens dagsavslut misslyckades: {error}. Försök igen med Ctrl+T.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="90"/>
        <source>Reprint a Z report</source>
        <translation>Skriv ut Z-dagrapport igen</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="91"/>
        <source>Number of the Z report to print again (marked KOPIA)</source>
        <translation>Nummer på Z-dagrapporten som skrivs ut igen (märkt KOPIA)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../till/ui/dialogs.py" line="64"/>
        <source>Cancel (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <location filename="../till/ui/dialogs.py" line="101"/>
        <source>Something went wrong; nothing more was changed.</source>
        <translation>Något gick fel; inget mer ändrades.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../till/adapters/print_worker.py" line="20"/>
        <source>The receipt could not be printed.</source>
        <translation>Kvittot kunde inte skrivas ut.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="43"/>
        <source>The printer {printer} was not found.</source>
        <translation>Skrivaren {printer} hittades inte.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="46"/>
        <source>There is no receipt printer set up.</source>
        <translation>Ingen kvittoskrivare är inställd.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="50"/>
        <source>The receipt folder {folder} cannot be created.</source>
        <translation>Kvittomappen {folder} kan inte skapas.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="54"/>
        <source>The receipt folder {folder} is not writable.</source>
        <translation>Det går inte att skriva i kvittomappen {folder}.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="57"/>
        <source>The till cannot print to {where}.</source>
        <translation>Kassan kan inte skriva ut till {where}.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="60"/>
        <source>The till cannot open the printer.</source>
        <translation>Kassan kan inte öppna skrivaren.</translation>
    </message>
    <message>
        <location filename="../till/adapters/printer.py" line="64"/>
        <source>The printer did not accept the receipt.</source>
        <translation>Skrivaren tog inte emot kvittot.</translation>
    </message>
    <message>
        <location filename="../till/app.py" line="38"/>
        <source>The till cannot start.</source>
        <translation>Kassan kan inte starta.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="41"/>
        <source>Only an approved card payment can be reversed.</source>
        <translation>Bara en godkänd kortbetalning kan återföras.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="45"/>
        <source>This card payment has no terminal sequence number, so the terminal cannot be told which transaction to reverse. Refund it by other means.</source>
        <translation>Kortbetalningen har inget löpnummer från terminalen, så terminalen kan inte få veta vilken transaktion som ska återföras. Betala tillbaka på annat sätt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="53"/>
        <source>This card payment went to another kind of terminal than the one set up now, so it cannot be reversed here. Refund it by other means.</source>
        <translation>Kortbetalningen gjordes på en annan sorts terminal än den som är inställd nu, så den kan inte återföras här. Betala tillbaka på annat sätt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="61"/>
        <source>The reversal of {amount} was not sent: {why} The card payment stands; try again when the terminal answers.</source>
        <translation>Återföringen av {amount} skickades inte: {why} Kortbetalningen står kvar; försök igen när terminalen svarar.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="69"/>
        <source>The terminal refused the reversal: {reason} The card payment of {amount} stands: finish the sale, or refund it by other means.</source>
        <translation>Terminalen nekade återföringen: {reason} Kortbetalningen på {amount} står kvar: slutför köpet, eller betala tillbaka på annat sätt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="77"/>
        <source>The terminal&apos;s answer to the reversal of {amount} does not name this payment ({why}). The sale is locked: a manager must check the terminal&apos;s last receipt and settle it by hand.</source>
        <translation>Terminalens svar på återföringen av {amount} gäller inte den här betalningen ({why}). Köpet är låst: en chef måste kontrollera terminalens senaste kvitto och avgöra det för hand.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="86"/>
        <source>The card terminal stopped answering during the reversal of {amount}, so the till cannot tell whether the money went back to the card. The sale is locked until that is settled; the till asks the terminal as soon as it answers again.</source>
        <translation>Kortterminalen slutade svara under återföringen av {amount}, så kassan kan inte avgöra om pengarna gick tillbaka till kortet. Köpet är låst tills det är avgjort; kassan frågar terminalen så snart den svarar igen.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="95"/>
        <source>The terminal&apos;s record does not show whether the money went back to the card. A manager must check the terminal&apos;s last receipt and settle the reversal by hand.</source>
        <translation>Terminalens uppgifter visar inte om pengarna gick tillbaka till kortet. En chef måste kontrollera terminalens senaste kvitto och avgöra återföringen för hand.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="103"/>
        <source>This card payment has no reversal in doubt.</source>
        <translation>Kortbetalningen har ingen oklar återföring.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_reversal.py" line="107"/>
        <source>Settling a reversal by hand needs a reason.</source>
        <translation>En återföring som avgörs för hand kräver en orsak.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_sale.py" line="29"/>
        <source>A card payment must be more than 0 and at most {due}.</source>
        <translation>En kortbetalning måste vara större än 0 och högst {due}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_sale.py" line="33"/>
        <source>In training mode a card pays the whole sale.</source>
        <translation>I övningsläge betalar kortet hela köpet.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_sale.py" line="35"/>
        <source>{due} is still due.</source>
        <translation>{due} är kvar att betala.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_sale.py" line="37"/>
        <source>There is no card payment to settle.</source>
        <translation>Det finns ingen kortbetalning att avgöra.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="55"/>
        <source>No Klarna terminal is set up for this till; take another tender.</source>
        <translation>Ingen Klarnaterminal är inställd för den här kassan; ta ett annat betalsätt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="59"/>
        <source>No card terminal is set up for this till; take another tender.</source>
        <translation>Ingen kortterminal är inställd för kassan; ta ett annat betalsätt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="63"/>
        <source>This card payment went to another kind of terminal ({terminal_kind}) than the one set up now; a manager must settle it by hand.</source>
        <translation>Kortbetalningen gjordes på en annan sorts terminal ({terminal_kind}) än den som är inställd nu; en chef måste avgöra den för hand.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="71"/>
        <source>The card was declined. Ask for another card or another way to pay.</source>
        <translation>Kortet nekades. Be om ett annat kort eller ett annat betalsätt.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="77"/>
        <source>The card terminal&apos;s answer does not say how much was charged, so the till cannot tell whether the card was charged. The sale is locked until that is settled from the terminal&apos;s record.</source>
        <translation>Kortterminalens svar säger inte hur mycket som drogs, så kassan kan inte avgöra om kortet drogs. Köpet är låst tills det är avgjort utifrån terminalens uppgifter.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="86"/>
        <source>The card terminal stopped answering during the payment, so the till cannot tell whether the card was charged. The sale is locked until that is settled; the till asks the terminal as soon as it answers again.</source>
        <translation>Kortterminalen slutade svara under betalningen, så kassan kan inte avgöra om kortet drogs. Köpet är låst tills det är avgjort; kassan frågar terminalen så snart den svarar igen.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="95"/>
        <source>The terminal&apos;s record does not show whether the card was charged. A manager must check the terminal&apos;s last receipt and settle the payment by hand.</source>
        <translation>Terminalens uppgifter visar inte om kortet drogs. En chef måste kontrollera terminalens senaste kvitto och avgöra betalningen för hand.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="103"/>
        <source>The card terminal cannot be asked right now; the sale stays locked. The till asks again when the terminal answers.</source>
        <translation>Kortterminalen går inte att fråga just nu; köpet förblir låst. Kassan frågar igen när terminalen svarar.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="111"/>
        <source>This card payment is already settled.</source>
        <translation>Kortbetalningen är redan avgjord.</translation>
    </message>
    <message>
        <location filename="../till/checkout/card_tender.py" line="115"/>
        <source>Settling a card payment by hand needs a reason.</source>
        <translation>En kortbetalning som avgörs för hand kräver en orsak.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="45"/>
        <source>Finish or void the open sale before changing the catalog.</source>
        <translation>Slutför eller makulera det öppna köpet innan du ändrar i artikelregistret.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="49"/>
        <source>{code} is not a product code: at most 32 letters, digits 0-9 and &apos;-&apos;.</source>
        <translation>{code} är ingen artikelkod: högst 32 bokstäver, siffror 0-9 och &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="55"/>
        <source>Code {code} already belongs to {name}.</source>
        <translation>Koden {code} tillhör redan {name}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="59"/>
        <source>Barcode {barcode} already belongs to {name} (code {code}).</source>
        <translation>Streckkoden {barcode} tillhör redan {name} (kod {code}).</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="63"/>
        <source>Barcode {barcode} is listed twice.</source>
        <translation>Streckkoden {barcode} står med två gånger.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="66"/>
        <source>A price is at most {limit}.</source>
        <translation>Ett pris är högst {limit}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="70"/>
        <location filename="../till/cli_products.py" line="42"/>
        <source>There is no product with the code {code} in the catalog.</source>
        <translation>Det finns ingen artikel med koden {code} i artikelregistret.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="74"/>
        <source>A manager must approve changes to the catalog first.</source>
        <translation>En chef måste först godkänna ändringar i artikelregistret.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="78"/>
        <source>No printer is set up: the price list cannot be printed.</source>
        <translation>Ingen skrivare är inställd: prislistan kan inte skrivas ut.</translation>
    </message>
    <message>
        <location filename="../till/checkout/catalog.py" line="82"/>
        <source>The price list did not print: {why}</source>
        <translation>Prislistan skrevs inte ut: {why}</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="30"/>
        <source>A payment is under way; wait for it to finish.</source>
        <translation>En betalning pågår; vänta tills den är klar.</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="34"/>
        <source>Receipt {sequence_number} of this sale is with the control unit: nothing can change until it is finished (F8 asks again with the same receipt).</source>
        <translation>Kvitto {sequence_number} för det här köpet ligger hos kontrollenheten: inget kan ändras förrän det är klart (F8 frågar igen med samma kvitto).</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="42"/>
        <source>A card payment of this sale has an unknown outcome: settle it first (the till asks the terminal; a manager can settle it by hand).</source>
        <translation>En kortbetalning i det här köpet har okänt utfall: avgör den först (kassan frågar terminalen; en chef kan avgöra den för hand).</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="50"/>
        <source>This sale is partly paid by card: its items cannot change now. Take the rest, or give up the sale (the card payment is reversed).</source>
        <translation>Köpet är delvis betalt med kort: varorna kan inte ändras nu. Ta resten, eller ge upp köpet (kortbetalningen återförs).</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="58"/>
        <source>This is a return: pay the money back (F12 cash, F11 card).</source>
        <translation>Det här är en retur: betala tillbaka pengarna (F12 kontant, F11 kort).</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="60"/>
        <source>This is a sale, not a return.</source>
        <translation>Det här är ett köp, inte en retur.</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="62"/>
        <source>There is nothing to pay for.</source>
        <translation>Det finns inget att betala.</translation>
    </message>
    <message>
        <location filename="../till/checkout/context.py" line="66"/>
        <source>A card payment of this sale has an unknown outcome. No new payment can be taken until it is settled, so the customer is never charged twice.</source>
        <translation>En kortbetalning i det här köpet har okänt utfall. Ingen ny betalning kan tas förrän den är avgjord, så att kunden aldrig debiteras två gånger.</translation>
    </message>
    <message>
        <location filename="../till/checkout/copies.py" line="19"/>
        <source>There is no receipt {number} on register {register}.</source>
        <translation>Det finns inget kvitto {number} i kassa {register}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/copies.py" line="23"/>
        <source>Only a normal receipt can have a copy (not a training or pro forma one).</source>
        <translation>Bara ett vanligt kvitto kan få en kopia (inte ett övningskvitto eller proformakvitto).</translation>
    </message>
    <message>
        <location filename="../till/checkout/copies.py" line="29"/>
        <source>Receipt {number} already has its copy: only one copy is allowed.</source>
        <translation>Kvitto {number} har redan fått sin kopia: bara en kopia är tillåten.</translation>
    </message>
    <message>
        <location filename="../till/checkout/copies.py" line="33"/>
        <source>The copy is registered but did not print: {why} It cannot be printed again (only one copy is allowed).</source>
        <translation>Kopian är registrerad men skrevs inte ut: {why} Den kan inte skrivas ut igen (bara en kopia är tillåten).</translation>
    </message>
    <message>
        <location filename="../till/checkout/day_reports.py" line="28"/>
        <source>Finish or void the open sale before the Z report.</source>
        <translation>Slutför eller makulera det öppna köpet före Z-dagrapporten.</translation>
    </message>
    <message>
        <location filename="../till/checkout/day_reports.py" line="31"/>
        <source>There is no Z report number {number}.</source>
        <translation>Det finns ingen Z-dagrapport nummer {number}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/manager.py" line="26"/>
        <location filename="../till/checkout/users.py" line="33"/>
        <source>A manager must approve this, and this till cannot ask for a PIN.</source>
        <translation>En chef måste godkänna detta, och den här kassan kan inte fråga efter en PIN-kod.</translation>
    </message>
    <message>
        <location filename="../till/checkout/manager.py" line="30"/>
        <source>Not done: {action} needs a manager, and no PIN was set.</source>
        <translation>Inte utfört: {action} kräver en chef, och ingen PIN-kod är vald.</translation>
    </message>
    <message>
        <location filename="../till/checkout/manager.py" line="33"/>
        <location filename="../till/checkout/users.py" line="36"/>
        <source>Not done: {action} was not approved.</source>
        <translation>Inte utfört: {action} godkändes inte.</translation>
    </message>
    <message>
        <location filename="../till/checkout/manager.py" line="36"/>
        <source>Wrong manager PIN: not done.</source>
        <translation>Fel PIN-kod för chef: inte utfört.</translation>
    </message>
    <message>
        <location filename="../till/checkout/manager.py" line="40"/>
        <source>Too many wrong PINs: wait {wait} s before trying again.</source>
        <translation>För många felaktiga PIN-koder: vänta {wait} s innan du försöker igen.</translation>
    </message>
    <message>
        <location filename="../till/checkout/modes.py" line="21"/>
        <source>Finish or void the open sale before switching training mode.</source>
        <translation>Slutför eller makulera det öppna köpet innan du slår på eller av övningsläget.</translation>
    </message>
    <message>
        <location filename="../till/checkout/modes.py" line="25"/>
        <source>Training mode has no cash invoices; leave training mode first.</source>
        <translation>Övningsläget har inga kontantnotor; lämna övningsläget först.</translation>
    </message>
    <message>
        <location filename="../till/checkout/modes.py" line="29"/>
        <source>Receipt {sequence_number} is with the control unit: it must be finished (F8) before cash invoices can be issued.</source>
        <translation>Kvitto {sequence_number} ligger hos kontrollenheten: det måste göras klart (F8) innan kontantnotor kan utfärdas.</translation>
    </message>
    <message>
        <location filename="../till/checkout/modes.py" line="37"/>
        <source>Opening the drawer without a sale needs a reason.</source>
        <translation>Att öppna lådan utan köp kräver en orsak.</translation>
    </message>
    <message>
        <location filename="../till/checkout/ports.py" line="50"/>
        <source>The card was declined.</source>
        <translation>Kortet nekades.</translation>
    </message>
    <message>
        <location filename="../till/checkout/register.py" line="57"/>
        <source>&apos;{text}&apos; is neither a product code nor a barcode.</source>
        <translation>&apos;{text}&apos; är varken en artikelkod eller en streckkod.</translation>
    </message>
    <message>
        <location filename="../till/checkout/register.py" line="60"/>
        <source>No product has the code {product_code}.</source>
        <translation>Ingen vara har koden {product_code}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/registration.py" line="48"/>
        <source>A pro forma receipt needs a sale with items.</source>
        <translation>Ett proformakvitto kräver ett köp med varor.</translation>
    </message>
    <message>
        <location filename="../till/checkout/registration.py" line="52"/>
        <source>No pro forma receipts while the control unit is out.</source>
        <translation>Inga proformakvitton medan kontrollenheten är ur funktion.</translation>
    </message>
    <message>
        <location filename="../till/checkout/registration.py" line="56"/>
        <source>The original of receipt {sequence_number} was printed already; only a copy (KOPIA) can be printed now.</source>
        <translation>Originalet av kvitto {sequence_number} är redan utskrivet; nu kan bara en kopia (KOPIA) skrivas ut.</translation>
    </message>
    <message>
        <location filename="../till/checkout/registration.py" line="64"/>
        <source>Receipt {sequence_number} did not print: {print_error}</source>
        <translation>Kvitto {sequence_number} skrevs inte ut: {print_error}</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="36"/>
        <source>Finish or void the open sale before a return.</source>
        <translation>Slutför eller makulera det öppna köpet före en retur.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="40"/>
        <source>There is no receipt {sequence_number} on {register_id}.</source>
        <translation>Det finns inget kvitto {sequence_number} i {register_id}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="44"/>
        <source>Only a normal sale receipt can be returned against.</source>
        <translation>Retur kan bara göras mot ett vanligt försäljningskvitto.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="48"/>
        <source>This return is not against a receipt.</source>
        <translation>Den här returen görs inte mot ett kvitto.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="52"/>
        <source>That line is not on the original receipt.</source>
        <translation>Den raden finns inte på originalkvittot.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="56"/>
        <source>At most {quantity} of {name} can be returned: more was not sold, or is already returned.</source>
        <translation>Högst {quantity} av {name} kan returneras: mer såldes inte, eller är redan returnerat.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="63"/>
        <source>That item is not on receipt {number}, or all of it is already returned.</source>
        <translation>Den varan finns inte på kvitto {number}, eller så är allt av den redan returnerat.</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="69"/>
        <source>This return is already paid back to the card: finish it (F8), or give it up (the credit is reversed).</source>
        <translation>Returen är redan återbetald till kortet: slutför den (F8), eller ge upp den (återbetalningen återförs).</translation>
    </message>
    <message>
        <location filename="../till/checkout/returns.py" line="77"/>
        <source>The terminal credited another amount: give up the return.</source>
        <translation>Terminalen återbetalade ett annat belopp: ge upp returen.</translation>
    </message>
    <message>
        <location filename="../till/checkout/terminal_admin.py" line="31"/>
        <source>Type the entry code the terminal shows (digits only).</source>
        <translation>Skriv in koden som terminalen visar (bara siffror).</translation>
    </message>
    <message>
        <location filename="../till/checkout/terminal_admin.py" line="34"/>
        <source>REG_VER must be 1 or 2, not {reg_ver}.</source>
        <translation>REG_VER måste vara 1 eller 2, inte {reg_ver}.</translation>
    </message>
    <message>
        <location filename="../till/checkout/terminal_admin.py" line="38"/>
        <source>This terminal is not paired with the till.</source>
        <translation>Terminalen är inte ihopparad med kassan.</translation>
    </message>
    <message>
        <location filename="../till/checkout/users.py" line="28"/>
        <source>There is already a manager: sign in instead.</source>
        <translation>Det finns redan en chef: logga in i stället.</translation>
    </message>
    <message>
        <location filename="../till/checkout/users.py" line="30"/>
        <source>Sign in first.</source>
        <translation>Logga in först.</translation>
    </message>
    <message>
        <location filename="../till/checkout/users.py" line="38"/>
        <source>Not done: {why}</source>
        <translation>Inte utfört: {why}</translation>
    </message>
    <message>
        <location filename="../till/checkout/users.py" line="41"/>
        <source>{name} cannot disable themselves: another manager must do it.</source>
        <translation>{name} kan inte spärra sig själv: en annan chef måste göra det.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="42"/>
        <source>Cannot write {output}: {error}.</source>
        <translation>Kan inte skriva {output}: {error}.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="46"/>
        <source>There is no receipt number {number} for this register.</source>
        <translation>Det finns inget kvitto nummer {number} för den här kassan.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="50"/>
        <source>No terminal in the settings: name one with --host.</source>
        <translation>Ingen terminal i inställningarna: ange en med --host.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="53"/>
        <source>A manager PIN is 4 to 12 digits 0-9.</source>
        <translation>En PIN-kod för chef är 4 till 12 siffror 0-9.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="57"/>
        <source>No PIN was typed: standard input is closed or empty.</source>
        <translation>Ingen PIN-kod skrevs: standard input är stängd eller tom.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="59"/>
        <source>Not used.</source>
        <translation>Används inte.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="62"/>
        <source>There is no Z report number {reprint}.</source>
        <translation>Det finns ingen Z-dagrapport nummer {reprint}.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="66"/>
        <source>The two PINs differ: the PIN was not changed.</source>
        <translation>De två PIN-koderna skiljer sig: PIN-koden ändrades inte.</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="29"/>
        <source>No certificate is set (control_unit.certificate): the till uses the iSecureIPC gateway.</source>
        <translation>Inget certifikat är angivet (control_unit.certificate): kassan använder iSecureIPC-gatewayen.</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="34"/>
        <source>No certificate is set.</source>
        <translation>Inget certifikat är angivet.</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="37"/>
        <source>No passphrase was typed: standard input is closed or empty.</source>
        <translation>Ingen lösenfras skrevs: standard input är stängd eller tom.</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="40"/>
        <source>The passphrase is empty.</source>
        <translation>Lösenfrasen är tom.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="30"/>
        <source>Give the reason with --reason; it is journaled.</source>
        <translation>Ange orsaken med --reason; den journalförs.</translation>
    </message>
    <message>
        <location filename="../till/cli_point.py" line="27"/>
        <source>Give the code the Klarna terminal shows with --entry-code CODE ({pair}).</source>
        <translation>Ange koden som Klarnaterminalen visar med --entry-code KOD ({pair}).</translation>
    </message>
    <message>
        <location filename="../till/cli_point.py" line="33"/>
        <source>&quot;{code_value}&quot; is not a pairing code: the 1 to 16 digits 0-9 the terminal shows.</source>
        <translation>&quot;{code_value}&quot; är ingen ihopparningskod: de 1 till 16 siffror 0-9 som terminalen visar.</translation>
    </message>
    <message>
        <location filename="../till/cli_point.py" line="39"/>
        <source>{command} takes the Klarna terminal&apos;s address from the settings&apos; [point] section, not from --host/--port.</source>
        <translation>{command} tar Klarnaterminalens adress från avsnittet [point] i inställningarna, inte från --host/--port.</translation>
    </message>
    <message>
        <location filename="../till/cli_point.py" line="53"/>
        <source>No Point (Klarna) terminal in the settings: add a [point] section with its host (`till-admin settings example` shows one).</source>
        <translation>Ingen Point-terminal (Klarna) i inställningarna: lägg till ett avsnitt [point] med dess värd (`till-admin settings example` visar ett exempel).</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="35"/>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Kan inte läsa {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="38"/>
        <source>Cannot write {file}: {reason}.</source>
        <translation>Kan inte skriva {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="25"/>
        <source>Nothing was typed: standard input is closed or empty.</source>
        <translation>Inget skrevs: standard input är stängd eller tom.</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="29"/>
        <source>The two PINs differ: nothing was changed.</source>
        <translation>De två PIN-koderna skiljer sig: inget ändrades.</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="33"/>
        <source>There is no manager yet: add one first (--role manager).</source>
        <translation>Det finns ingen chef än: lägg till en först (--role manager).</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="37"/>
        <source>There are no users yet: add the first manager (users add NAME --role manager).</source>
        <translation>Det finns inga användare än: lägg till den första chefen (users add NAMN --role manager).</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="42"/>
        <source>There is no user {user}.</source>
        <translation>Det finns ingen användare {user}.</translation>
    </message>
    <message>
        <location filename="../till/core/money.py" line="14"/>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>&apos;{text}&apos; är inget belopp.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="19"/>
        <source>{name}: a price cannot be negative.</source>
        <translation>{name}: ett pris kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="22"/>
        <source>&apos;{text}&apos; is not a quantity.</source>
        <translation>&apos;{text}&apos; är inget antal.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="26"/>
        <source>Only weighed goods can have a fractional quantity.</source>
        <translation>Bara vägda varor kan ha ett antal med decimaler.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="30"/>
        <source>The quantity must be more than 0 and at most 999.</source>
        <translation>Antalet måste vara större än 0 och högst 999.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="34"/>
        <source>The amount tendered is less than the amount due.</source>
        <translation>Mottaget belopp är mindre än beloppet att betala.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="37"/>
        <source>&apos;{text}&apos; is not a receipt number.</source>
        <translation>&apos;{text}&apos; är inget kvittonummer.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="40"/>
        <source>{name} is sold by the piece.</source>
        <translation>{name} säljs per styck.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="42"/>
        <source>{name} has a fixed price.</source>
        <translation>{name} har ett fast pris.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="45"/>
        <source>{name}: the price must be more than 0 and at most {most}.</source>
        <translation>{name}: priset måste vara större än 0 och högst {most}.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="49"/>
        <source>Items from a receipt can only be taken back in a return.</source>
        <translation>Varor från ett kvitto kan bara tas tillbaka i en retur.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="52"/>
        <source>Only {sold} of {name} was sold.</source>
        <translation>Bara {sold} av {name} såldes.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="54"/>
        <source>There is no line {line_no}.</source>
        <translation>Det finns ingen rad {line_no}.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="57"/>
        <source>The discount would be larger than the line.</source>
        <translation>Rabatten skulle bli större än radens belopp.</translation>
    </message>
    <message>
        <location filename="../till/core/sale.py" line="61"/>
        <source>A discount must be between 0 and the line&apos;s amount.</source>
        <translation>En rabatt måste vara mellan 0 och radens belopp.</translation>
    </message>
    <message>
        <location filename="../till/core/vat.py" line="17"/>
        <source>VAT rate {rate} % is not one of 25, 12, 6, 0.</source>
        <translation>Momssatsen {rate} % är inte en av 25, 12, 6, 0.</translation>
    </message>
    <message>
        <location filename="../till/secrets.py" line="49"/>
        <source>No secure keyring is available to the till&apos;s user account, so the till cannot keep its journal key safely, and it will not keep it in a plain file. On Linux, install and unlock a keyring with the Secret Service interface (GNOME Keyring or KWallet, in the desktop session the till runs in); on Windows and macOS the system&apos;s own keyring is used. Then start the till again. ({why})</source>
        <translation>Ingen säker nyckelring finns för kassans användarkonto, så kassan kan inte förvara sin journalnyckel säkert, och den sparar den inte i en vanlig fil. På Linux: installera och lås upp en nyckelring med Secret Service-gränssnittet (GNOME Keyring eller KWallet, i den skrivbordssession där kassan körs); på Windows och macOS används systemets egen nyckelring. Starta sedan kassan igen. ({why})</translation>
    </message>
    <message>
        <location filename="../till/secrets.py" line="62"/>
        <source>The journal key in the keyring (service &apos;till&apos;, entry &apos;journal key&apos;) is damaged. Do not delete it; call for service.</source>
        <translation>Journalnyckeln i nyckelringen (tjänst &apos;till&apos;, post &apos;journal key&apos;) är skadad. Radera den inte; ring efter service.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="14"/>
        <source>The settings file&apos;s name &quot;{path}&quot; has a NUL character in it.</source>
        <translation>Inställningsfilens namn &quot;{path}&quot; innehåller ett NUL-tecken.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="18"/>
        <source>No settings file at {path}. Create one (`till-admin settings example &gt; {path}`) or name one with --config PATH or TILL_CONFIG.</source>
        <translation>Ingen inställningsfil i {path}. Skapa en (`till-admin settings example &gt; {path}`) eller ange en med --config SÖKVÄG eller TILL_CONFIG.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="26"/>
        <source>The settings file {path} cannot be read: {error}.</source>
        <translation>Inställningsfilen {path} kan inte läsas: {error}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="30"/>
        <source>The file {path} is too large to be a settings file.</source>
        <translation>Filen {path} är för stor för att vara en inställningsfil.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="34"/>
        <source>The settings file {source} is not UTF-8 text ({error}); save it as UTF-8.</source>
        <translation>Inställningsfilen {source} är inte UTF-8-text ({error}); spara den som UTF-8.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="40"/>
        <source>The settings file {source} is not valid TOML: {error}.</source>
        <translation>Inställningsfilen {source} är inte giltig TOML: {error}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="44"/>
        <source>The settings file {source} is not valid TOML: values nested too deeply.</source>
        <translation>Inställningsfilen {source} är inte giltig TOML: värdena är nästlade för djupt.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="49"/>
        <source>Setting &apos;{key}&apos; in {source}: {why}</source>
        <translation>Inställningen &apos;{key}&apos; i {source}: {why}</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="55"/>
        <source>&apos;{section}&apos; must be a table ([{section}]), not {value}.</source>
        <translation>&apos;{section}&apos; måste vara en tabell ([{section}]), inte {value}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="57"/>
        <source>is missing.</source>
        <translation>saknas.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="59"/>
        <source>{value} is far out of range.</source>
        <translation>{value} ligger långt utanför tillåtna värden.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="62"/>
        <source>must be a {kind}, not {value}.</source>
        <translation>måste vara {kind}, inte {value}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="65"/>
        <source>must be between {low} and {high}.</source>
        <translation>måste vara mellan {low} och {high}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="67"/>
        <source>must not be empty.</source>
        <translation>får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="68"/>
        <source>has a NUL character in it.</source>
        <translation>innehåller ett NUL-tecken.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="71"/>
        <source>names a home folder that does not exist: {value}.</source>
        <translation>anger en hemmapp som inte finns: {value}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="75"/>
        <source>must be the shop&apos;s name, 1 to 64 characters.</source>
        <translation>måste vara butikens namn, 1 till 64 tecken.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="78"/>
        <source>must be the 10-digit organisation number.</source>
        <translation>måste vara det tiosiffriga organisationsnumret.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="80"/>
        <source>must be the shop&apos;s address.</source>
        <translation>måste vara butikens adress.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="83"/>
        <source>must be 1 to {most} letters or digits.</source>
        <translation>måste vara 1 till {most} bokstäver eller siffror.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="85"/>
        <source>must be &quot;ipc&quot; or &quot;direct&quot;.</source>
        <translation>måste vara &quot;ipc&quot; eller &quot;direct&quot;.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="88"/>
        <source>must be SaleAmount or PurchaseAmount.</source>
        <translation>måste vara SaleAmount eller PurchaseAmount.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="92"/>
        <source>must be 1 to 64 letters, digits, spaces, dots or dashes.</source>
        <translation>måste vara 1 till 64 bokstäver, siffror, mellanslag, punkter eller bindestreck.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="96"/>
        <source>is needed with transport = &quot;direct&quot;.</source>
        <translation>behövs med transport = &quot;direct&quot;.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="99"/>
        <source>must be a printer&apos;s name.</source>
        <translation>måste vara namnet på en skrivare.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="101"/>
        <source>must be one of {languages}.</source>
        <translation>måste vara en av {languages}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="102"/>
        <source>must be a host name.</source>
        <translation>måste vara ett värdnamn.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="104"/>
        <source>must be a host name or address.</source>
        <translation>måste vara ett värdnamn eller en adress.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="108"/>
        <source>must be an https URL, e.g. &quot;https://ccu.example.se:443/posconnexion&quot;.</source>
        <translation>måste vara en https-URL, t.ex. &quot;https://ccu.example.se:443/posconnexion&quot;.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="114"/>
        <source>must be an https URL, e.g. &quot;https://ccu.example.se:443/posconnexion&quot;, with no user, query or fragment.</source>
        <translation>måste vara en https-URL, t.ex. &quot;https://ccu.example.se:443/posconnexion&quot;, utan användare, frågesträng eller fragment.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="122"/>
        <source>has a path with characters a URL path cannot have.</source>
        <translation>har en sökväg med tecken som en URL-sökväg inte får innehålla.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="126"/>
        <source>must be &quot;none&quot;, &quot;wallee&quot;, &quot;point&quot; or &quot;both&quot;.</source>
        <translation>måste vara &quot;none&quot;, &quot;wallee&quot;, &quot;point&quot; eller &quot;both&quot;.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="130"/>
        <source>is &quot;{stated}&quot;, so the file needs {needs}, but it has {has}.</source>
        <translation>är &quot;{stated}&quot;, så filen behöver {needs}, men den har {has}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="134"/>
        <source>neither a [terminal] nor a [point] section</source>
        <translation>varken ett [terminal]- eller ett [point]-avsnitt</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="138"/>
        <source>a [terminal] section and no [point] section</source>
        <translation>ett [terminal]-avsnitt och inget [point]-avsnitt</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="141"/>
        <source>a [point] section and no [terminal] section</source>
        <translation>ett [point]-avsnitt och inget [terminal]-avsnitt</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="144"/>
        <source>a [terminal] and a [point] section</source>
        <translation>ett [terminal]- och ett [point]-avsnitt</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="149"/>
        <source>must be an amount in kronor, e.g. &quot;1000,00&quot;.</source>
        <translation>måste vara ett belopp i kronor, t.ex. &quot;1000,00&quot;.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="153"/>
        <source>must be an amount in kronor, e.g. &quot;1000,00&quot; (digits 0-9).</source>
        <translation>måste vara ett belopp i kronor, t.ex. &quot;1000,00&quot; (siffror 0-9).</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="155"/>
        <source>cannot be negative.</source>
        <translation>kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="157"/>
        <source>must be a 3-digit ISO 4217 code.</source>
        <translation>måste vara en tresiffrig ISO 4217-kod.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="160"/>
        <source>must be a 2-letter ISO 639-1 code.</source>
        <translation>måste vara en tvåbokstavskod enligt ISO 639-1.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="163"/>
        <source>must differ from point.port ({port}).</source>
        <translation>måste skilja sig från point.port ({port}).</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="167"/>
        <source>must differ from point.port ({port}) and point.secondary_port ({secondary_port}).</source>
        <translation>måste skilja sig från point.port ({port}) och point.secondary_port ({secondary_port}).</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="174"/>
        <source>must be the till&apos;s IP address as the terminal reaches it, e.g. 192.168.1.20.</source>
        <translation>måste vara kassans IP-adress som terminalen når den på, t.ex. 192.168.1.20.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="180"/>
        <source>must be 1 to 30 letters, digits, dashes or underscores.</source>
        <translation>måste vara 1 till 30 bokstäver, siffror, bindestreck eller understreck.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="183"/>
        <source>must be a payment type, e.g. Klarna.</source>
        <translation>måste vara ett betalsätt, t.ex. Klarna.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="186"/>
        <source>must be &quot;system&quot; or &quot;escpos&quot;.</source>
        <translation>måste vara &quot;system&quot; eller &quot;escpos&quot;.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="190"/>
        <source>must be &quot;network&quot;, &quot;serial&quot;, &quot;usb&quot; or &quot;file&quot;.</source>
        <translation>måste vara &quot;network&quot;, &quot;serial&quot;, &quot;usb&quot; eller &quot;file&quot;.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="193"/>
        <source>must be 80 or 58 (millimetres).</source>
        <translation>måste vara 80 eller 58 (millimeter).</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="195"/>
        <source>must be one of {pages}.</source>
        <translation>måste vara en av {pages}.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="198"/>
        <source>must be a serial port, such as COM3 or /dev/ttyS0.</source>
        <translation>måste vara en serieport, till exempel COM3 eller /dev/ttyS0.</translation>
    </message>
    <message>
        <location filename="../till/settings_texts.py" line="201"/>
        <source>must be four hex digits, such as &quot;04b8&quot;.</source>
        <translation>måste vara fyra hexadecimala siffror, till exempel &quot;04b8&quot;.</translation>
    </message>
    <message>
        <location filename="../till/store/card_payments.py" line="35"/>
        <source>The receipt was NOT saved: its card payment is not (or no longer) approved. Settle the card payment first.</source>
        <translation>Kvittot sparades INTE: dess kortbetalning är inte (eller inte längre) godkänd. Avgör kortbetalningen först.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="93"/>
        <source>Line {line}: {problem}</source>
        <translation>Rad {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="96"/>
        <source>Line {line}, column &apos;{column}&apos;: {problem}</source>
        <translation>Rad {line}, kolumn &apos;{column}&apos;: {problem}</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="100"/>
        <source>The file is UTF-16 (Excel&apos;s &quot;Unicode text&quot;) or not text at all: save it as &quot;CSV UTF-8&quot; or &quot;CSV (semicolon delimited)&quot;.</source>
        <translation>Filen är UTF-16 (Excels &quot;Unicode-text&quot;) eller inte text alls: spara den som &quot;CSV UTF-8&quot; eller &quot;CSV (semikolonavgränsad)&quot;.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="108"/>
        <source>Byte 0x{byte} is neither UTF-8 nor Windows-1252 text: save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>Byte 0x{byte} är varken UTF-8- eller Windows-1252-text: spara filen som &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="115"/>
        <source>This line cannot be read as CSV: a field is longer than 131,072 characters, or its quotes are broken.</source>
        <translation>Raden kan inte läsas som CSV: ett fält är längre än 131 072 tecken, eller så är citattecknen felaktiga.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="123"/>
        <source>Expected {expected} fields, found {found}.</source>
        <translation>Väntade {expected} fält, hittade {found}.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="127"/>
        <source>Expected {expected} fields, found {found}: quote prices with a decimal comma, or separate the fields with &apos;;&apos;.</source>
        <translation>Väntade {expected} fält, hittade {found}: sätt citattecken kring priser med decimalkomma, eller skilj fälten åt med &apos;;&apos;.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="134"/>
        <source>Code {code} is also on line {other}.</source>
        <translation>Koden {code} finns också på rad {other}.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="138"/>
        <source>Barcode {barcode} is also on line {other}.</source>
        <translation>Streckkoden {barcode} finns också på rad {other}.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="142"/>
        <source>Quick key {position} of group {group} is also on line {other}.</source>
        <translation>Snabbknapp {position} i gruppen {group} finns också på rad {other}.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="146"/>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Filen är tom: första raden måste ange kolumnernas namn.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="150"/>
        <source>Unknown column {name}: the columns are {columns}.</source>
        <translation>Okänd kolumn {name}: kolumnerna är {columns}.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="153"/>
        <source>Column {name} is named twice.</source>
        <translation>Kolumnen {name} står två gånger.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="157"/>
        <source>The column is missing from the header.</source>
        <translation>Kolumnen saknas i rubrikraden.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="160"/>
        <source>A control character is in it.</source>
        <translation>Det innehåller ett styrtecken.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="163"/>
        <source>{value} has digits other than 0-9.</source>
        <translation>{value} har andra siffror än 0-9.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="165"/>
        <source>A product needs a code.</source>
        <translation>En artikel måste ha en kod.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="166"/>
        <source>A product needs a name.</source>
        <translation>En artikel måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="169"/>
        <source>{value} is not a price in kronor (write it like 24,90).</source>
        <translation>{value} är inget pris i kronor (skriv det som 24,90).</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="172"/>
        <source>A price cannot be negative.</source>
        <translation>Ett pris kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="175"/>
        <source>{value} is not a VAT rate: use 25, 12, 6 or 0.</source>
        <translation>{value} är ingen momssats: använd 25, 12, 6 eller 0.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="178"/>
        <source>{value} is not a unit: use st or kg.</source>
        <translation>{value} är ingen enhet: använd st eller kg.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="181"/>
        <source>{value} is not yes or no: use ja or nej.</source>
        <translation>{value} är inte ja eller nej: använd ja eller nej.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="185"/>
        <source>{value} is not a barcode: at most 32 letters, digits 0-9 and &apos;-&apos;.</source>
        <translation>{value} är ingen streckkod: högst 32 bokstäver, siffror 0-9 och &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="191"/>
        <source>{value} is a barcode Excel turned into a number (its last digits are lost): format the barcode column as text in Excel, type the barcodes again and save.</source>
        <translation>{value} är en streckkod som Excel har gjort om till ett tal (de sista siffrorna har gått förlorade): formatera streckkodskolumnen som text i Excel, skriv in streckkoderna igen och spara.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="199"/>
        <source>Barcode {barcode} has a wrong check digit: the last digit should be {expected}.</source>
        <translation>Streckkoden {barcode} har fel kontrollsiffra: sista siffran ska vara {expected}.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="205"/>
        <source>{value} is not a quick key&apos;s place: use 1 to 99.</source>
        <translation>{value} är ingen plats för en snabbknapp: använd 1 till 99.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="209"/>
        <source>A quick key needs a group: give the product one.</source>
        <translation>En snabbknapp kräver en grupp: ge artikeln en grupp.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="212"/>
        <source>This is longer than {limit} characters.</source>
        <translation>Det här är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location filename="../till/store/catalog_csv.py" line="216"/>
        <source>{error} (The file was read as Windows-1252, as Swedish Excel saves CSV, not as UTF-8.)</source>
        <translation>{error} (Filen lästes som Windows-1252, så som svenska Excel sparar CSV, inte som UTF-8.)</translation>
    </message>
    <message>
        <location filename="../till/store/copies.py" line="20"/>
        <source>There is no receipt {sequence_number} on register {register_id}; no copy was made.</source>
        <translation>Det finns inget kvitto {sequence_number} i kassa {register_id}; ingen kopia gjordes.</translation>
    </message>
    <message>
        <location filename="../till/store/copies.py" line="27"/>
        <source>Receipt {sequence_number} is {receipt_type}: only a normal receipt can have a copy.</source>
        <translation>Kvitto {sequence_number} är {receipt_type}: bara ett vanligt kvitto kan få en kopia.</translation>
    </message>
    <message>
        <location filename="../till/store/copies.py" line="34"/>
        <source>Receipt {sequence_number} already has its copy; SKVFS 2014:9 allows only one.</source>
        <translation>Kvitto {sequence_number} har redan fått sin kopia; SKVFS 2014:9 tillåter bara en.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="24"/>
        <source>This database is from a newer till version (schema {version}; this program knows up to {known}). Install the newer till version; do not delete the database.</source>
        <translation>Databasen kommer från en nyare version av till (schema {version}; det här programmet känner till upp till {known}). Installera den nyare versionen; radera inte databasen.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="39"/>
        <source>The database is busy (another till program may have it open). Nothing was lost; try again.</source>
        <translation>Databasen är upptagen (ett annat kassaprogram kan ha den öppen). Inget gick förlorat; försök igen.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="47"/>
        <source>The disk is full or failing: the last change was NOT saved. Earlier sales and receipts are safe. Free disk space or call for service, then try again.</source>
        <translation>Disken är full eller trasig: den senaste ändringen sparades INTE. Tidigare köp och kvitton är säkra. Frigör diskutrymme eller ring efter service, försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="55"/>
        <source>The disk is full or failing: the receipt was NOT saved and the sale is still open. Free disk space or call for service, then try again.</source>
        <translation>Disken är full eller trasig: kvittot sparades INTE och köpet är fortfarande öppet. Frigör diskutrymme eller ring efter service, försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="63"/>
        <source>The database cannot be written to (read-only file or folder). Nothing was saved; call for service.</source>
        <translation>Det går inte att skriva till databasen (skrivskyddad fil eller mapp). Inget sparades; ring efter service.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="71"/>
        <source>The database file is damaged or is not a till database. Do not delete it; call for service.</source>
        <translation>Databasfilen är skadad eller är ingen databas för till. Radera den inte; ring efter service.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="79"/>
        <source>The database file cannot be opened. Check the disk and the folder&apos;s permissions.</source>
        <translation>Databasfilen kan inte öppnas. Kontrollera disken och mappens behörigheter.</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="84"/>
        <source>The database refused the change: {reason}</source>
        <translation>Databasen nekade ändringen: {reason}</translation>
    </message>
    <message>
        <location filename="../till/store/database.py" line="88"/>
        <source>The database reported an error; nothing was saved. Try again or call for service.</source>
        <translation>Databasen rapporterade ett fel; inget sparades. Försök igen eller ring efter service.</translation>
    </message>
    <message>
        <location filename="../till/store/day_reports.py" line="39"/>
        <source>Z report number {number} cannot be used on register {register_id}: the next Z report is number {expected}. The Z report was NOT saved.</source>
        <translation>Z-dagrapport nummer {number} kan inte användas i kassa {register_id}: nästa Z-dagrapport har nummer {expected}. Z-dagrapporten sparades INTE.</translation>
    </message>
    <message>
        <location filename="../till/store/day_reports.py" line="47"/>
        <source>The Z report does not start where the previous one ended (another Z report was taken meanwhile?). Take the report again.</source>
        <translation>Z-dagrapporten börjar inte där den förra slutade (togs en annan Z-dagrapport under tiden?). Ta rapporten igen.</translation>
    </message>
    <message>
        <location filename="../till/store/day_reports.py" line="55"/>
        <source>Nothing was registered on register {register_id} since Z report {z_number}: the period is already closed, and a second Z report for it is not allowed.</source>
        <translation>Inget har registrerats i kassa {register_id} sedan Z-dagrapport {z_number}: perioden är redan stängd, och en andra Z-dagrapport för den är inte tillåten.</translation>
    </message>
    <message>
        <location filename="../till/store/day_reports.py" line="63"/>
        <source>Nothing was registered on register {register_id}: the period is already closed, and a second Z report for it is not allowed.</source>
        <translation>Inget har registrerats i kassa {register_id}: perioden är redan stängd, och en andra Z-dagrapport för den är inte tillåten.</translation>
    </message>
    <message>
        <location filename="../till/store/day_reports.py" line="71"/>
        <source>The Z report&apos;s journal head is not the journal&apos;s row it closes. Take the report again.</source>
        <translation>Z-dagrapportens senaste journalrad stämmer inte med journalraden den stänger. Ta rapporten igen.</translation>
    </message>
    <message>
        <location filename="../till/store/day_reports.py" line="78"/>
        <source>The journal names a record the database does not hold; the report cannot be made. Run the journal check (till-admin journal verify) and call for service.</source>
        <translation>Journalen hänvisar till en post som inte finns i databasen; rapporten kan inte skapas. Kör journalkontrollen (till-admin journal verify) och ring efter service.</translation>
    </message>
    <message>
        <location filename="../till/store/journal.py" line="45"/>
        <source>The journal key is not available, so nothing can be journaled. Call for service.</source>
        <translation>Journalnyckeln är inte tillgänglig, så inget kan journalföras. Ring efter service.</translation>
    </message>
    <message>
        <location filename="../till/store/journal_anchor.py" line="71"/>
        <source>The till did not open for sales: its journal failed the check at start.

{problems}

Nothing was changed. Do not delete or replace the database ({path}); call for service. `till-admin journal verify` lists every problem. If the database was put back or started anew on purpose, a manager accepts it with `till-admin journal reset-anchor --reason &quot;...&quot;`, which is journaled.</source>
        <translation>Kassan öppnade inte för försäljning: journalen klarade inte kontrollen vid start.

{problems}

Inget har ändrats. Radera inte och byt inte ut databasen ({path}); ring efter service. `till-admin journal verify` listar alla problem. Om databasen har återställts eller startats om på nytt med avsikt godkänner en chef det med `till-admin journal reset-anchor --reason &quot;...&quot;`, vilket journalförs.</translation>
    </message>
    <message>
        <location filename="../till/store/manager_pin.py" line="22"/>
        <source>A manager PIN is 4 to 12 digits.</source>
        <translation>En PIN-kod för chef är 4 till 12 siffror.</translation>
    </message>
    <message>
        <location filename="../till/store/repository.py" line="62"/>
        <source>Receipt number {sequence_number} is not the next one ({expected}); nothing was sent.</source>
        <translation>Kvittonummer {sequence_number} är inte nästa i tur ({expected}); inget skickades.</translation>
    </message>
    <message>
        <location filename="../till/store/returns.py" line="20"/>
        <source>There is no receipt {sequence_number} on register {register_id}.</source>
        <translation>Det finns inget kvitto {sequence_number} i kassa {register_id}.</translation>
    </message>
    <message>
        <location filename="../till/store/returns.py" line="24"/>
        <source>Receipt {sequence_number} is itself a return: only a sale can be returned.</source>
        <translation>Kvitto {sequence_number} är självt en retur: bara ett köp kan returneras.</translation>
    </message>
    <message>
        <location filename="../till/store/returns.py" line="30"/>
        <source>Receipt {sequence_number} is {receipt_type}: only a normal sale receipt can be returned against.</source>
        <translation>Kvitto {sequence_number} är {receipt_type}: retur kan bara göras mot ett vanligt försäljningskvitto.</translation>
    </message>
    <message>
        <location filename="../till/store/returns.py" line="38"/>
        <source>{name} is not a line of receipt {n}: a return against a receipt can only take back what is on it. The return was NOT saved.</source>
        <translation>{name} är ingen rad på kvitto {n}: en retur mot ett kvitto kan bara ta tillbaka det som står på kvittot. Returen sparades INTE.</translation>
    </message>
    <message>
        <location filename="../till/store/returns.py" line="46"/>
        <source>{name} does not match line {line} of receipt {n} (code, price or VAT differ). The return was NOT saved.</source>
        <translation>{name} stämmer inte med rad {line} på kvitto {n} (kod, pris eller moms skiljer sig). Returen sparades INTE.</translation>
    </message>
    <message>
        <location filename="../till/store/returns.py" line="54"/>
        <source>Only {left_text} of {name} from receipt {n} can still be returned. The return was NOT saved.</source>
        <translation>Bara {left_text} av {name} från kvitto {n} kan fortfarande returneras. Returen sparades INTE.</translation>
    </message>
    <message>
        <location filename="../till/store/sale_documents.py" line="34"/>
        <source>Receipt number {sequence_number} cannot be used on register {register_id}: the next number in the series is {expected}. The receipt was NOT saved.</source>
        <translation>Kvittonummer {sequence_number} kan inte användas i kassa {register_id}: nästa nummer i serien är {expected}. Kvittot sparades INTE.</translation>
    </message>
    <message>
        <location filename="../till/store/sale_documents.py" line="42"/>
        <source>Cash invoice number {sequence_number} cannot be used on register {register_id}: the next number in the series is {expected}. The cash invoice was NOT saved.</source>
        <translation>Kontantnota nummer {sequence_number} kan inte användas i kassa {register_id}: nästa nummer i serien är {expected}. Kontantnotan sparades INTE.</translation>
    </message>
    <message>
        <location filename="../till/store/sale_documents.py" line="65"/>
        <source>a normal receipt</source>
        <translation>ett vanligt kvitto</translation>
    </message>
    <message>
        <location filename="../till/store/sale_documents.py" line="68"/>
        <source>a training receipt</source>
        <translation>ett övningskvitto</translation>
    </message>
    <message>
        <location filename="../till/store/sale_documents.py" line="71"/>
        <source>a pro forma receipt</source>
        <translation>ett proformakvitto</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="31"/>
        <source>A user&apos;s name is 1 to 40 characters and not only digits.</source>
        <translation>En användares namn är 1 till 40 tecken och inte bara siffror.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="34"/>
        <source>There is already a user named {name}.</source>
        <translation>Det finns redan en användare som heter {name}.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="38"/>
        <source>This is the only manager: add another before disabling this one.</source>
        <translation>Det här är den enda chefen: lägg till en till innan du stänger av den här.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="40"/>
        <source>{name} is not a manager.</source>
        <translation>{name} är inte chef.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="41"/>
        <source>{name} is not a cashier.</source>
        <translation>{name} är inte kassör.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="42"/>
        <source>Wrong name or PIN.</source>
        <translation>Fel namn eller PIN-kod.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="45"/>
        <source>Too many wrong PINs: wait {seconds} s before trying again.</source>
        <translation>För många felaktiga PIN-koder: vänta {seconds} s innan du försöker igen.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="47"/>
        <source>This user is disabled.</source>
        <translation>Användaren är avstängd.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="48"/>
        <source>There is no user {who}.</source>
        <translation>Det finns ingen användare {who}.</translation>
    </message>
    <message>
        <location filename="../till/store/users.py" line="49"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>En PIN-kod är 4 till 12 siffror.</translation>
    </message>
    <message>
        <location filename="../till/ui/selftest.py" line="25"/>
        <source>Timed out after {timeout} s waiting for {what}.</source>
        <translation>Tidsgränsen nåddes efter {timeout} s i väntan på {what}.</translation>
    </message>
    <message>
        <location filename="../till/ui/selftest.py" line="28"/>
        <source>Ringing up failed: {error}</source>
        <translation>Registreringen misslyckades: {error}</translation>
    </message>
    <message>
        <location filename="../till/ui/selftest.py" line="31"/>
        <source>Payment failed: {error}</source>
        <translation>Betalningen misslyckades: {error}</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="50"/>
        <source>The control unit certificate file {path} cannot be read: {why}.</source>
        <translation>Certifikatfilen för kontrollenheten {path} kan inte läsas: {why}.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="54"/>
        <source>The file {path} is too large to be a certificate file.</source>
        <translation>Filen {path} är för stor för att vara en certifikatfil.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="58"/>
        <source>The control unit certificate {path} cannot be opened: the passphrase is wrong or the file is not a PKCS#12 (.p12/.pfx) file. Import it again with `till-admin control-unit certificate --import FILE`.</source>
        <translation>Kontrollenhetens certifikat {path} kan inte öppnas: lösenfrasen är fel eller så är filen ingen PKCS#12-fil (.p12/.pfx). Importera det igen med `till-admin control-unit certificate --import FILE`.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="67"/>
        <source>The file {path} holds no certificate for the key.</source>
        <translation>Filen {path} innehåller inget certifikat för nyckeln.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="71"/>
        <source>The certificate file {path} holds no private key, and the keyring has none (service &apos;till&apos;, entry &apos;{entry}&apos;).</source>
        <translation>Certifikatfilen {path} innehåller ingen privat nyckel, och det finns ingen i nyckelringen heller (tjänst &apos;till&apos;, post &apos;{entry}&apos;).</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="79"/>
        <source>The private key in the keyring (entry &apos;{entry}&apos;) is damaged.</source>
        <translation>Den privata nyckeln i nyckelringen (post &apos;{entry}&apos;) är skadad.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="83"/>
        <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) is not valid yet. Check the computer&apos;s clock, or use the current certificate. No sale can get a control code until this is fixed.</source>
        <translation>Kontrollenhetens certifikat ({subject}, giltigt från {valid_from} till {valid_to}) är inte giltigt än. Kontrollera datorns klocka, eller använd det nuvarande certifikatet. Inget köp kan få en kontrollkod förrän detta är åtgärdat.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="93"/>
        <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) expired on {day}. Import a renewed certificate with `till-admin control-unit certificate --import FILE`. No sale can get a control code until this is fixed.</source>
        <translation>Kontrollenhetens certifikat ({subject}, giltigt från {valid_from} till {valid_to}) gick ut {day}. Importera ett förnyat certifikat med `till-admin control-unit certificate --import FILE`. Inget köp kan få en kontrollkod förrän detta är åtgärdat.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="103"/>
        <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) is issued for {found}, but this shop&apos;s organisation number (shop.org_nr) is {org_nr}. Use the certificate Infrasec issued for {org_nr}.</source>
        <translation>Kontrollenhetens certifikat ({subject}, giltigt från {valid_from} till {valid_to}) är utfärdat för {found}, men butikens organisationsnummer (shop.org_nr) är {org_nr}. Använd certifikatet som Infrasec utfärdade för {org_nr}.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="113"/>
        <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) names no organisation number, but this shop&apos;s (shop.org_nr) is {org_nr}. Use the certificate Infrasec issued for {org_nr}.</source>
        <translation>Kontrollenhetens certifikat ({subject}, giltigt från {valid_from} till {valid_to}) anger inget organisationsnummer, men butikens (shop.org_nr) är {org_nr}. Använd certifikatet som Infrasec utfärdade för {org_nr}.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="123"/>
        <source>The control unit certificate ({subject}, valid from {valid_from} to {valid_to}) expires in {days} days: order a renewed one.</source>
        <translation>Kontrollenhetens certifikat ({subject}, giltigt från {valid_from} till {valid_to}) går ut om {days} dagar: beställ ett förnyat.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="132"/>
        <source>The CA bundle {path} (control_unit.ca_bundle) cannot be loaded: {why}.</source>
        <translation>CA-paketet {path} (control_unit.ca_bundle) kan inte läsas in: {why}.</translation>
    </message>
    <message>
        <location filename="../till/adapters/client_certificate.py" line="138"/>
        <source>The control unit certificate and its key do not fit together: {why}.</source>
        <translation>Kontrollenhetens certifikat och dess nyckel hör inte ihop: {why}.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="51"/>
        <source>The till could not open a secure connection to the control unit at {host}:{port}: {why} The sale is still open; nothing was sent. Call the shop owner: the certificates or control unit settings need fixing.</source>
        <translation>Kassan kunde inte öppna en säker anslutning till kontrollenheten på {host}:{port}: {why} Köpet är fortfarande öppet; inget skickades. Ring butiksägaren: certifikaten eller inställningarna för kontrollenheten måste rättas.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="60"/>
        <source>The server&apos;s certificate is for another host name.</source>
        <translation>Serverns certifikat gäller ett annat värdnamn.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="63"/>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Serverns certifikat har gått ut.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="66"/>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Serverns certifikat är inte giltigt än.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="70"/>
        <source>The server&apos;s certificate is not trusted by control_unit.ca_bundle.</source>
        <translation>Serverns certifikat är inte betrott enligt control_unit.ca_bundle.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="76"/>
        <source>The control unit did not accept the till&apos;s certificate.</source>
        <translation>Kontrollenheten godtog inte kassans certifikat.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="79"/>
        <source>The TLS handshake failed.</source>
        <translation>TLS-handskakningen misslyckades.</translation>
    </message>
    <message>
        <location filename="../till/adapters/control_unit_direct.py" line="83"/>
        <source>The control unit closed the connection during the TLS handshake (it may not accept the till&apos;s certificate).</source>
        <translation>Kontrollenheten stängde anslutningen under TLS-handskakningen (den godtar kanske inte kassans certifikat).</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/link.py" line="46"/>
        <source>The Klarna terminal at {address} cannot be reached. Check that it is switched on and on the network.</source>
        <translation>Klarnaterminalen på {address} går inte att nå. Kontrollera att den är påslagen och ansluten till nätverket.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/link.py" line="54"/>
        <source>The connection to the Klarna terminal broke while sending.</source>
        <translation>Anslutningen till Klarnaterminalen bröts under sändningen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/link.py" line="58"/>
        <source>The Klarna terminal did not answer within {seconds} s.</source>
        <translation>Klarnaterminalen svarade inte inom {seconds} s.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/link.py" line="62"/>
        <source>The Klarna terminal closed the connection before it answered.</source>
        <translation>Klarnaterminalen stängde anslutningen innan den svarade.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/link.py" line="66"/>
        <source>The connection to the Klarna terminal was lost.</source>
        <translation>Anslutningen till Klarnaterminalen förlorades.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/listener.py" line="33"/>
        <source>The till cannot listen for the Klarna terminal on port {port}: the port is taken by another program (or another till). Close that program, or choose another listener port in the till&apos;s settings (point.listener_port).</source>
        <translation>Kassan kan inte lyssna efter Klarnaterminalen på port {port}: porten används av ett annat program (eller en annan kassa). Stäng det programmet, eller välj en annan lyssnarport i kassans inställningar (point.listener_port).</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="38"/>
        <source>The Klarna terminal said approved but gave no amount the till asked for.</source>
        <translation>Klarnaterminalen svarade godkänt men angav inget belopp som kassan bad om.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="43"/>
        <source>The Klarna payment was declined.</source>
        <translation>Klarnabetalningen nekades.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="47"/>
        <source>The Klarna terminal answered with result {result_code} ({result}).</source>
        <translation>Klarnaterminalen svarade med resultat {result_code} ({result}).</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="53"/>
        <source>The Klarna terminal has no transaction on record: nothing was charged.</source>
        <translation>Klarnaterminalen har ingen transaktion registrerad: inget drogs.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="59"/>
        <source>The Klarna terminal has no record of this payment: nothing was charged.</source>
        <translation>Klarnaterminalen har inga uppgifter om den här betalningen: inget drogs.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="65"/>
        <source>The Klarna terminal&apos;s record shows the payment voided: nothing was charged.</source>
        <translation>Klarnaterminalens uppgifter visar att betalningen makulerades: inget drogs.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="71"/>
        <source>The Klarna terminal&apos;s record does not say what became of the payment.</source>
        <translation>Klarnaterminalens uppgifter visar inte hur det gick med betalningen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="77"/>
        <source>The customer&apos;s ID was not confirmed, so the Klarna payment was declined.</source>
        <translation>Kundens legitimation bekräftades inte, så Klarnabetalningen nekades.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/outcomes.py" line="83"/>
        <source>The reversal did not happen on the Klarna terminal.</source>
        <translation>Återföringen blev inte av på Klarnaterminalen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/pairing.py" line="46"/>
        <source>The Klarna terminal is not paired with this till. A manager pairs it on the terminal admin screen (the terminal shows the pairing code).</source>
        <translation>Klarnaterminalen är inte ihopparad med den här kassan. En chef parar ihop den i terminaladministrationen (terminalen visar ihopparningskoden).</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/pairing.py" line="54"/>
        <source>The keyring did not keep the MAC key.</source>
        <translation>Nyckelringen sparade inte MAC-nyckeln.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/pairing.py" line="58"/>
        <source>The Klarna terminal&apos;s pairing in the keyring is damaged; pair the terminal again.</source>
        <translation>Klarnaterminalens ihopparning i nyckelringen är skadad; para ihop terminalen igen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/pairing.py" line="65"/>
        <source>Pairing did not finish: {why} Start the pairing again.</source>
        <translation>Ihopparningen slutfördes inte: {why} Starta ihopparningen igen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/pairing.py" line="69"/>
        <source>The terminal refused the pairing: {why}</source>
        <translation>Terminalen nekade ihopparningen: {why}</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/said.py" line="9"/>
        <source>{why} The terminal&apos;s counter could not be read; pair the terminal again.</source>
        <translation>{why} Terminalens räknare kunde inte läsas; para ihop terminalen igen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/said.py" line="15"/>
        <source>The terminal&apos;s last transaction is not this payment, so the till cannot name it to void it. Refund it by other means.</source>
        <translation>Terminalens senaste transaktion är inte den här betalningen, så kassan kan inte ange den för att makulera den. Betala tillbaka på annat sätt.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/said.py" line="23"/>
        <source>The terminal did not accept the new pairing (TEST_MAC failed); start the pairing again.</source>
        <translation>Terminalen godtog inte den nya ihopparningen (TEST_MAC misslyckades); starta ihopparningen igen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/said.py" line="30"/>
        <source>The terminal&apos;s counter is resynchronised (ADMIN GET_COUNTER): {counter}.</source>
        <translation>Terminalens räknare är omsynkroniserad (ADMIN GET_COUNTER): {counter}.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/said.py" line="36"/>
        <source>Klarna payments need no end of day here.</source>
        <translation>Klarnabetalningar behöver inget dagsavslut här.</translation>
    </message>
    <message>
        <location filename="../till/adapters/point/said.py" line="40"/>
        <source>The terminal did not forget the pairing: {why}</source>
        <translation>Terminalen tog inte bort ihopparningen: {why}</translation>
    </message>
    <message>
        <location filename="../till/adapters/print_spooler.py" line="47"/>
        <source>The printer did not finish within {seconds} s; the receipt is saved and can be shown with F10.</source>
        <translation>Skrivaren blev inte klar inom {seconds} s; kvittot är sparat och kan visas med F10.</translation>
    </message>
    <message>
        <location filename="../till/adapters/print_spooler.py" line="55"/>
        <source>The printing program stopped; it is restarted.</source>
        <translation>Utskriftsprogrammet stannade; det startas om.</translation>
    </message>
    <message>
        <location filename="../till/adapters/print_spooler.py" line="59"/>
        <source>The printing program answered nonsense; it is restarted.</source>
        <translation>Utskriftsprogrammet svarade obegripligt; det startas om.</translation>
    </message>
    <message>
        <location filename="../till/adapters/print_spooler.py" line="63"/>
        <source>The printing program answered out of turn; it is restarted.</source>
        <translation>Utskriftsprogrammet svarade i fel ordning; det startas om.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/payments.py" line="126"/>
        <source>The card terminal said approved but gave no amount.</source>
        <translation>Kortterminalen svarade godkänt men angav inget belopp.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/payments.py" line="130"/>
        <source>The card terminal answered an unknown result ({result}).</source>
        <translation>Kortterminalen svarade med ett okänt resultat ({result}).</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/payments.py" line="134"/>
        <source>The card terminal reversed another transaction or another amount than asked.</source>
        <translation>Kortterminalen återförde en annan transaktion eller ett annat belopp än begärt.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/payments.py" line="140"/>
        <source>The card terminal has no record of this payment: nothing was charged.</source>
        <translation>Kortterminalen har inga uppgifter om den här betalningen: inget drogs.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/payments.py" line="146"/>
        <source>The reversal did not happen on the card terminal.</source>
        <translation>Återföringen blev inte av på kortterminalen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/payments.py" line="150"/>
        <source>The card terminal&apos;s record does not say what became of the payment.</source>
        <translation>Kortterminalens uppgifter visar inte hur det gick med betalningen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="71"/>
        <source>The card terminal at {address} cannot be reached. Check that it is switched on and on the network.</source>
        <translation>Kortterminalen på {address} går inte att nå. Kontrollera att den är påslagen och ansluten till nätverket.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="79"/>
        <source>The connection to the card terminal was lost: {why}</source>
        <translation>Anslutningen till kortterminalen förlorades: {why}</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="83"/>
        <source>The card terminal closed the connection.</source>
        <translation>Kortterminalen stängde anslutningen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="87"/>
        <source>The till could not read the card terminal&apos;s message.</source>
        <translation>Kassan kunde inte läsa kortterminalens meddelande.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="91"/>
        <source>Sending to the card terminal failed.</source>
        <translation>Sändningen till kortterminalen misslyckades.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="95"/>
        <source>The card terminal did not answer within {seconds} s.</source>
        <translation>Kortterminalen svarade inte inom {seconds} s.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="98"/>
        <source>The till closed the connection.</source>
        <translation>Kassan stängde anslutningen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/wallee/terminal.py" line="101"/>
        <source>The card terminal refused a ping.</source>
        <translation>Kortterminalen nekade en ping.</translation>
    </message>
    <message>
        <location filename="../till/checkout/events.py" line="14"/>
        <source>No printer is set up.</source>
        <translation>Ingen skrivare är inställd.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="20"/>
        <source>The till cannot ask for a control code: the field {field} is not valid. The sale is still open: call the shop owner to check the till settings.</source>
        <translation>Kassan kan inte begära en kontrollkod: fältet {field} är ogiltigt. Köpet är fortfarande öppet: ring butiksägaren för att kontrollera kassans inställningar.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="28"/>
        <source>The till cannot reach the control unit at {host}:{port}. The sale is still open: check that the control unit service is running and try again, or call the shop owner.</source>
        <translation>Kassan når inte kontrollenheten på {host}:{port}. Köpet är fortfarande öppet: kontrollera att kontrollenhetens tjänst körs och försök igen, eller ring butiksägaren.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="36"/>
        <source>The control unit did not answer within {seconds} seconds. The sale is still open: try again, or call the shop owner if it goes on.</source>
        <translation>Kontrollenheten svarade inte inom {seconds} sekunder. Köpet är fortfarande öppet: försök igen, eller ring butiksägaren om det fortsätter.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="44"/>
        <source>The connection to the control unit was cut before it answered. The sale is still open: try again, or call the shop owner if it goes on.</source>
        <translation>Anslutningen till kontrollenheten bröts innan den svarade. Köpet är fortfarande öppet: försök igen, eller ring butiksägaren om det fortsätter.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="52"/>
        <location filename="../till/protocols/ccu/errors.py" line="341"/>
        <source>The control unit sent an answer the till does not understand. The sale is still open: try again, or call the shop owner if it goes on.</source>
        <translation>Kontrollenheten skickade ett svar som kassan inte förstår. Köpet är fortfarande öppet: försök igen, eller ring butiksägaren om det fortsätter.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="60"/>
        <source>The control unit&apos;s answer does not fit this sale. The sale is still open: try again, or call the shop owner if it goes on.</source>
        <translation>Kontrollenhetens svar stämmer inte med det här köpet. Köpet är fortfarande öppet: försök igen, eller ring butiksägaren om det fortsätter.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="149"/>
        <source>The control unit did not accept the till&apos;s credentials (HTTP 400). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Kontrollenheten godtog inte kassans inloggningsuppgifter (HTTP 400). Köpet är fortfarande öppet: ring butiksägaren; kassan kan inte sälja förrän detta är åtgärdat.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="157"/>
        <source>The control unit refused this register access (HTTP 403). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Kontrollenheten nekade den här kassan åtkomst (HTTP 403). Köpet är fortfarande öppet: ring butiksägaren; kassan kan inte sälja förrän detta är åtgärdat.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="165"/>
        <source>The control unit does not know this register or organisation number, or does not trust the till&apos;s certificate (HTTP 412). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Kontrollenheten känner inte till den här kassan eller detta organisationsnummer, eller litar inte på kassans certifikat (HTTP 412). Köpet är fortfarande öppet: ring butiksägaren; kassan kan inte sälja förrän detta är åtgärdat.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="174"/>
        <source>The control unit could not verify the register&apos;s secret (HTTP 901). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Kontrollenheten kunde inte verifiera kassans hemlighet (HTTP 901). Köpet är fortfarande öppet: ring butiksägaren; kassan kan inte sälja förrän detta är åtgärdat.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="182"/>
        <source>The register&apos;s certificate has been revoked by the control unit (HTTP 902). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Kassans certifikat har återkallats av kontrollenheten (HTTP 902). Köpet är fortfarande öppet: ring butiksägaren; kassan kan inte sälja förrän detta är åtgärdat.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="190"/>
        <source>The register&apos;s certificate is blocked by the control unit (HTTP 903). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Kassans certifikat är spärrat av kontrollenheten (HTTP 903). Köpet är fortfarande öppet: ring butiksägaren; kassan kan inte sälja förrän detta är åtgärdat.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="198"/>
        <source>The register&apos;s certificate is disabled by the control unit (HTTP 904). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Kassans certifikat är avaktiverat av kontrollenheten (HTTP 904). Köpet är fortfarande öppet: ring butiksägaren; kassan kan inte sälja förrän detta är åtgärdat.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="206"/>
        <source>The control unit is offline (HTTP 920). The sale is still open: try again, or call the shop owner if it goes on.</source>
        <translation>Kontrollenheten är inte ansluten (HTTP 920). Köpet är fortfarande öppet: försök igen, eller ring butiksägaren om det fortsätter.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="214"/>
        <source>The control unit rejected the receipt: the register is denied access or the receipt was not accepted (HTTP 921). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Kontrollenheten avvisade kvittot: kassan nekas åtkomst eller kvittot godtogs inte (HTTP 921). Köpet är fortfarande öppet: ring butiksägaren; kassan kan inte sälja förrän detta är åtgärdat.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="224"/>
        <source>The control unit answered with an unexpected status (HTTP {status}). The sale is still open: call the shop owner; the till cannot sell until this is fixed.</source>
        <translation>Kontrollenheten svarade med en oväntad status (HTTP {status}). Köpet är fortfarande öppet: ring butiksägaren; kassan kan inte sälja förrän detta är åtgärdat.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="232"/>
        <source>The control unit refused the receipt (code {response_code}): {why}. The sale is still open: call the shop owner.</source>
        <translation>Kontrollenheten nekade kvittot (kod {response_code}): {why}. Köpet är fortfarande öppet: ring butiksägaren.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="240"/>
        <source>The control unit refused the receipt (code {response_code}) and gave no reason. The sale is still open: call the shop owner.</source>
        <translation>Kontrollenheten nekade kvittot (kod {response_code}) utan att ange orsak. Köpet är fortfarande öppet: ring butiksägaren.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="309"/>
        <source>The control unit service refused the request (code {response_code}): {why}. The sale is still open: call the shop owner.</source>
        <translation>Kontrollenhetens tjänst nekade begäran (kod {response_code}): {why}. Köpet är fortfarande öppet: ring butiksägaren.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="317"/>
        <source>The control unit service refused the request (code {response_code}) and gave no reason. The sale is still open: call the shop owner.</source>
        <translation>Kontrollenhetens tjänst nekade begäran (kod {response_code}) utan att ange orsak. Köpet är fortfarande öppet: ring butiksägaren.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="325"/>
        <source>The control unit refused the receipt (service code {response_code}): {why}. The sale is still open: call the shop owner.</source>
        <translation>Kontrollenheten nekade kvittot (tjänstkod {response_code}): {why}. Köpet är fortfarande öppet: ring butiksägaren.</translation>
    </message>
    <message>
        <location filename="../till/protocols/ccu/errors.py" line="333"/>
        <source>The control unit refused the receipt (service code {response_code}) and gave no reason. The sale is still open: call the shop owner.</source>
        <translation>Kontrollenheten nekade kvittot (tjänstkod {response_code}) utan att ange orsak. Köpet är fortfarande öppet: ring butiksägaren.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="23"/>
        <source>The card terminal did not accept the till&apos;s request. Try again.</source>
        <translation>Kortterminalen godtog inte kassans begäran. Försök igen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="29"/>
        <source>The card terminal found no earlier payment to change.</source>
        <translation>Kortterminalen hittade ingen tidigare betalning att ändra.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="33"/>
        <source>That earlier payment was not a pre-authorised purchase, so it cannot be completed this way.</source>
        <translation>Den tidigare betalningen var inget förauktoriserat köp, så den kan inte slutföras på det här sättet.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="41"/>
        <source>That earlier payment did not go through, so it cannot be changed.</source>
        <translation>Den tidigare betalningen gick inte igenom, så den kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="47"/>
        <source>That earlier payment is only a reservation, so it cannot be changed this way.</source>
        <translation>Den tidigare betalningen är bara en reservation, så den kan inte ändras på det här sättet.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="54"/>
        <source>The card terminal has no receipt for that earlier payment.</source>
        <translation>Kortterminalen har inget kvitto för den tidigare betalningen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="58"/>
        <source>That earlier payment has already been completed.</source>
        <translation>Den tidigare betalningen är redan slutförd.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="62"/>
        <source>The amount is higher than the amount the card was authorised for.</source>
        <translation>Beloppet är högre än det belopp som kortet auktoriserades för.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="68"/>
        <source>The card terminal could not find the earlier payment it was asked about.</source>
        <translation>Kortterminalen hittade inte den tidigare betalningen som den tillfrågades om.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="74"/>
        <source>The card was removed before the payment finished. Ask the customer to try again.</source>
        <translation>Kortet togs ut innan betalningen var klar. Be kunden försöka igen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="80"/>
        <source>The payment was stopped on the terminal.</source>
        <translation>Betalningen avbröts på terminalen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="84"/>
        <source>The card terminal had a technical problem. Try the payment again.</source>
        <translation>Kortterminalen fick ett tekniskt fel. Försök med betalningen igen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="90"/>
        <source>No card was presented in time. Start the payment again.</source>
        <translation>Inget kort visades i tid. Starta betalningen igen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="94"/>
        <source>The card was not inserted. Ask the customer to insert the card.</source>
        <translation>Kortet sattes inte in. Be kunden sätta in kortet.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="100"/>
        <source>The card terminal could not read the card. Ask the customer to insert it the right way round and try again.</source>
        <translation>Kortterminalen kunde inte läsa kortet. Be kunden sätta in det åt rätt håll och försöka igen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="108"/>
        <source>The card terminal could not read the card a second time. Ask the customer to pay another way.</source>
        <translation>Kortterminalen kunde inte läsa kortet en andra gång. Be kunden betala på annat sätt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="116"/>
        <source>The card terminal cannot reverse any more payments.</source>
        <translation>Kortterminalen kan inte återföra fler betalningar.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="120"/>
        <source>This card cannot be used here. Ask the customer to pay another way.</source>
        <translation>Kortet kan inte användas här. Be kunden betala på annat sätt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="126"/>
        <source>The card is blocked. Ask the customer to pay another way.</source>
        <translation>Kortet är spärrat. Be kunden betala på annat sätt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="130"/>
        <source>This card cannot be used for this kind of payment. Ask the customer to pay another way.</source>
        <translation>Kortet kan inte användas för den här sortens betalning. Be kunden betala på annat sätt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="138"/>
        <source>The card terminal could not read the card. Ask the customer to try again.</source>
        <translation>Kortterminalen kunde inte läsa kortet. Be kunden försöka igen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="144"/>
        <source>The card terminal could not read the card during the payment. Ask the customer to try again.</source>
        <translation>Kortterminalen kunde inte läsa kortet under betalningen. Be kunden försöka igen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="152"/>
        <source>This terminal cannot take a signature. Ask the customer to pay another way.</source>
        <translation>Terminalen kan inte ta emot en underskrift. Be kunden betala på annat sätt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="158"/>
        <source>This terminal cannot take an online PIN. Ask the customer to pay another way.</source>
        <translation>Terminalen kan inte ta emot en online-PIN. Be kunden betala på annat sätt.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="165"/>
        <source>The card terminal could not store its keys while setting up. Call the terminal&apos;s support.</source>
        <translation>Kortterminalen kunde inte spara sina nycklar under installationen. Ring terminalens support.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="175"/>
        <source>The card terminal could not finish what the till asked. Try again.</source>
        <translation>Kortterminalen kunde inte slutföra det kassan begärde. Försök igen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/error_codes.py" line="181"/>
        <source>The card terminal could not finish what the till asked. Try again. (Terminal: {said})</source>
        <translation>Kortterminalen kunde inte slutföra det kassan begärde. Försök igen. (Terminalen: {said})</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/errors.py" line="18"/>
        <source>The card terminal sent something the till cannot read; the connection was reset.</source>
        <translation>Kortterminalen skickade något som kassan inte kan läsa; anslutningen återställdes.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/errors.py" line="24"/>
        <source>The card terminal sent data the till cannot read; the connection was reset.</source>
        <translation>Kortterminalen skickade data som kassan inte kan läsa; anslutningen återställdes.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/errors.py" line="30"/>
        <source>The card terminal sent a message the till cannot read; the connection was reset.</source>
        <translation>Kortterminalen skickade ett meddelande som kassan inte kan läsa; anslutningen återställdes.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/errors.py" line="36"/>
        <source>The card terminal reported an amount the till did not ask for; the connection was reset.</source>
        <translation>Kortterminalen rapporterade ett belopp som kassan inte bad om; anslutningen återställdes.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/errors.py" line="43"/>
        <source>The card terminal answered a different request than the one the till asked; the connection was reset.</source>
        <translation>Kortterminalen svarade på en annan begäran än den kassan skickade; anslutningen återställdes.</translation>
    </message>
    <message>
        <location filename="../till/protocols/lti/errors.py" line="51"/>
        <source>The till tried to send the card terminal a message out of turn.</source>
        <translation>Kassan försökte skicka ett meddelande till kortterminalen i fel ordning.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/errors.py" line="18"/>
        <source>The Klarna terminal sent something the till cannot read; the connection was reset.</source>
        <translation>Klarnaterminalen skickade något som kassan inte kan läsa; anslutningen återställdes.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/errors.py" line="25"/>
        <source>The Klarna terminal sent data the till cannot read; the connection was reset.</source>
        <translation>Klarnaterminalen skickade data som kassan inte kan läsa; anslutningen återställdes.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/errors.py" line="31"/>
        <source>The Klarna terminal sent a message the till cannot read; the connection was reset.</source>
        <translation>Klarnaterminalen skickade ett meddelande som kassan inte kan läsa; anslutningen återställdes.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/errors.py" line="38"/>
        <source>The Klarna terminal answered a different request than the one the till asked; the connection was reset.</source>
        <translation>Klarnaterminalen svarade på en annan begäran än den kassan skickade; anslutningen återställdes.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/errors.py" line="46"/>
        <source>The till tried to send the Klarna terminal a message out of turn.</source>
        <translation>Kassan försökte skicka ett meddelande till Klarnaterminalen i fel ordning.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/errors.py" line="52"/>
        <source>Pairing with the Klarna terminal failed; start the pairing again.</source>
        <translation>Ihopparningen med Klarnaterminalen misslyckades; starta ihopparningen igen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/pairing.py" line="45"/>
        <source>Pairing failed: the terminal echoed another entry code than the one the till showed; start the pairing again.</source>
        <translation>Ihopparningen misslyckades: terminalen returnerade en annan kod än den kassan visade; starta ihopparningen igen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="46"/>
        <source>The terminal did not accept the till&apos;s signature (MAC).</source>
        <translation>Terminalen godtog inte kassans signatur (MAC).</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="50"/>
        <source>The terminal refused the till&apos;s message counter.</source>
        <translation>Terminalen nekade kassans meddelanderäknare.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="54"/>
        <source>The terminal answered with result code {result_code}: {text}.</source>
        <translation>Terminalen svarade med resultatkod {result_code}: {text}.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="58"/>
        <source>The terminal answered with result code {result_code}.</source>
        <translation>Terminalen svarade med resultatkod {result_code}.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="68"/>
        <source>Done.</source>
        <translation>Klart.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="73"/>
        <source>The terminal is sending the payment to the bank.</source>
        <translation>Terminalen skickar betalningen till banken.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="80"/>
        <source>The terminal does not know this till; pair the terminal again.</source>
        <translation>Terminalen känner inte igen den här kassan; para ihop terminalen igen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="90"/>
        <source>The terminal could not encode its answer.</source>
        <translation>Terminalen kunde inte koda sitt svar.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="97"/>
        <source>The terminal could not encrypt its answer.</source>
        <translation>Terminalen kunde inte kryptera sitt svar.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="104"/>
        <source>The terminal could not check the till&apos;s message; pair the terminal again.</source>
        <translation>Terminalen kunde inte kontrollera kassans meddelande; para ihop terminalen igen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="115"/>
        <source>The terminal did not accept the till&apos;s signature (MAC); pair the terminal again.</source>
        <translation>Terminalen godtog inte kassans signatur (MAC); para ihop terminalen igen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="126"/>
        <source>The pairing code typed on the terminal was not the one the till showed.</source>
        <translation>Ihopparningskoden som skrevs på terminalen var inte den som kassan visade.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="135"/>
        <source>The terminal found a different invoice number for a repeated payment.</source>
        <translation>Terminalen hittade ett annat fakturanummer för en upprepad betalning.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="144"/>
        <source>The terminal declined the payment as a duplicate of an earlier one.</source>
        <translation>Terminalen nekade betalningen som en dubblett av en tidigare.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="153"/>
        <source>The payment was cancelled on the terminal (by the customer or a timeout).</source>
        <translation>Betalningen avbröts på terminalen (av kunden eller på grund av tidsgräns).</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="163"/>
        <source>The terminal is busy with another request; try again in a moment.</source>
        <translation>Terminalen är upptagen med en annan begäran; försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="172"/>
        <source>The terminal already has a payment session open.</source>
        <translation>Terminalen har redan en betalning öppen.</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="184"/>
        <source>The terminal was not waiting for an ID check answer (Confirmation Unexpected).</source>
        <translation>Terminalen väntade inte på svar om legitimationskontroll (Confirmation Unexpected).</translation>
    </message>
    <message>
        <location filename="../till/protocols/point/result_codes.py" line="194"/>
        <source>The terminal did not accept the ID check answer (Incorrect Confirmation Value).</source>
        <translation>Terminalen godtog inte svaret om legitimationskontroll (Incorrect Confirmation Value).</translation>
    </message>
    <message>
        <location filename="../till/settings_file.py" line="36"/>
        <source>This till was started without a settings file (the demo), so there is nowhere to save the settings.</source>
        <translation>Kassan startades utan inställningsfil (demon), så inställningarna kan inte sparas någonstans.</translation>
    </message>
    <message>
        <location filename="../till/settings_file.py" line="44"/>
        <source>The settings could not be saved to {path}: {why}</source>
        <translation>Inställningarna kunde inte sparas i {path}: {why}</translation>
    </message>
    <message>
        <location filename="../till/settings_file.py" line="48"/>
        <source>The register id cannot change: register {register} has receipts, and a register&apos;s receipts are numbered in one series under its id (the control unit and the tax agency know them by it). A new register id needs a new register with its own database.</source>
        <translation>Kassa-id kan inte ändras: kassa {register} har kvitton, och en kassas kvitton numreras i en serie under dess id (kontrollenheten och Skatteverket känner dem under det). Ett nytt kassa-id kräver en ny kassa med en egen databas.</translation>
    </message>
    <message>
        <location filename="../till/settings_file.py" line="58"/>
        <source>A settings file appeared at {path} while this screen was open: it was left as it is. Start the till again to use it.</source>
        <translation>En inställningsfil dök upp i {path} medan den här bilden var öppen: den lämnades som den är. Starta kassan igen för att använda den.</translation>
    </message>
    <message>
        <location filename="../till/adapters/escpos/status.py" line="20"/>
        <source>The printer is out of paper.</source>
        <translation>Skrivaren har slut på papper.</translation>
    </message>
    <message>
        <location filename="../till/adapters/escpos/status.py" line="23"/>
        <source>The printer&apos;s cover is open.</source>
        <translation>Skrivarens lucka är öppen.</translation>
    </message>
    <message>
        <location filename="../till/adapters/escpos/status.py" line="27"/>
        <source>The printer is offline (an error light may tell why).</source>
        <translation>Skrivaren är inte redo (en fellampa kan visa varför).</translation>
    </message>
    <message>
        <location filename="../till/adapters/escpos/status.py" line="31"/>
        <source>The printer at {where} cannot be reached.</source>
        <translation>Skrivaren på {where} går inte att nå.</translation>
    </message>
    <message>
        <location filename="../till/adapters/escpos/status.py" line="35"/>
        <source>The printer at {where} did not answer within {seconds} s.</source>
        <translation>Skrivaren på {where} svarade inte inom {seconds} s.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../till/ui/help_dialog.py" line="46"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../till/ui/help_dialog.py" line="64"/>
        <source>till {version}, made by {maker}</source>
        <translation>till {version}, tillverkad av {maker}</translation>
    </message>
    <message>
        <location filename="../till/ui/help_dialog.py" line="72"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../till/ui/help_dialog.py" line="78"/>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../till/ui/help_dialog.py" line="89"/>
        <source>Control unit certificate: {subject}, org. nr {org_nr}, valid from {start} to {end}</source>
        <translation>Kontrollenhetens certifikat: {subject}, org.nr {org_nr}, giltigt från {start} till {end}</translation>
    </message>
</context>
<context>
    <name>IdCheckDialog</name>
    <message>
        <location filename="../till/ui/id_check_dialog.py" line="40"/>
        <source>Check the customer&apos;s ID</source>
        <translation>Kontrollera kundens legitimation</translation>
    </message>
    <message>
        <location filename="../till/ui/id_check_dialog.py" line="43"/>
        <source>The Klarna terminal asks you to check the customer&apos;s ID against this:</source>
        <translation>Klarna-terminalen ber dig kontrollera kundens legitimation mot detta:</translation>
    </message>
    <message>
        <location filename="../till/ui/id_check_dialog.py" line="53"/>
        <source>ID checked (Enter / Y)</source>
        <translation>Legitimationen stämmer (Enter / Y)</translation>
    </message>
    <message>
        <location filename="../till/ui/id_check_dialog.py" line="55"/>
        <source>Deny (Esc / N)</source>
        <translation>Neka (Esc / N)</translation>
    </message>
</context>
<context>
    <name>JournalKind</name>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="65"/>
        <source>Card payment approved</source>
        <translation>Kortbetalning godkänd</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="66"/>
        <source>Card payment declined</source>
        <translation>Kortbetalning nekad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="67"/>
        <source>Card payment failed</source>
        <translation>Kortbetalning misslyckad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="68"/>
        <source>Card payment settled</source>
        <translation>Kortbetalning avgjord</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="69"/>
        <source>Card payment settled by hand</source>
        <translation>Kortbetalning avgjord för hand</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="72"/>
        <source>Card payment started</source>
        <translation>Kortbetalning startad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="73"/>
        <source>Card payment in doubt</source>
        <translation>Kortbetalning oklar</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="74"/>
        <source>Card reversal confirmed</source>
        <translation>Kortåterföring bekräftad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="75"/>
        <source>Card reversal not sent</source>
        <translation>Kortåterföring ej skickad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="76"/>
        <source>Card reversal refused</source>
        <translation>Kortåterföring nekad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="77"/>
        <source>Card reversal requested</source>
        <translation>Kortåterföring begärd</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="78"/>
        <source>Card reversal settled</source>
        <translation>Kortåterföring avgjord</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="79"/>
        <source>Card reversal settled by hand</source>
        <translation>Kortåterföring avgjord för hand</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="82"/>
        <source>Card reversal in doubt</source>
        <translation>Kortåterföring oklar</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="83"/>
        <source>Control unit certificate imported</source>
        <translation>Kontrollenhetens certifikat importerat</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="86"/>
        <source>Control code failed</source>
        <translation>Kontrollkod misslyckad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="87"/>
        <source>Control code received</source>
        <translation>Kontrollkod mottagen</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="88"/>
        <source>Control code requested</source>
        <translation>Kontrollkod begärd</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="89"/>
        <source>Control code in doubt</source>
        <translation>Kontrollkod oklar</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="90"/>
        <source>Drawer opened</source>
        <translation>Kassalåda öppnad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="91"/>
        <source>Product group added</source>
        <translation>Varugrupp tillagd</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="92"/>
        <source>Installation created</source>
        <translation>Installation skapad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="93"/>
        <source>Journal anchor reset</source>
        <translation>Journalankare återställt</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="94"/>
        <source>Manager approved</source>
        <translation>Godkänt av chef</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="95"/>
        <source>Manager PIN set</source>
        <translation>Chefens PIN-kod vald</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="96"/>
        <source>Manager refused</source>
        <translation>Nekat av chef</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="97"/>
        <source>Offline mode</source>
        <translation>Offlineläge</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="98"/>
        <source>Original printed</source>
        <translation>Original utskrivet</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="99"/>
        <source>Klarna ID check</source>
        <translation>Klarna-legitimationskontroll</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="100"/>
        <source>Price changed</source>
        <translation>Pris ändrat</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="101"/>
        <source>Product added</source>
        <translation>Artikel tillagd</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="102"/>
        <source>Product changed</source>
        <translation>Artikel ändrad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="103"/>
        <source>Product removed</source>
        <translation>Artikel borttagen</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="104"/>
        <source>Products imported</source>
        <translation>Artiklar importerade</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="105"/>
        <source>Quick key removed</source>
        <translation>Snabbknapp borttagen</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="106"/>
        <source>Quick key set</source>
        <translation>Snabbknapp inställd</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="107"/>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="108"/>
        <source>Receipt copy</source>
        <translation>Kvittokopia</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="109"/>
        <source>Sale finished</source>
        <translation>Köp avslutat</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="110"/>
        <source>Sale voided</source>
        <translation>Köp makulerat</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="111"/>
        <source>Setting changed</source>
        <translation>Inställning ändrad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="112"/>
        <source>Settings saved</source>
        <translation>Inställningar sparade</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="113"/>
        <source>Sign-in refused</source>
        <translation>Inloggning nekad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="114"/>
        <source>Signed in</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="115"/>
        <source>Terminal administration</source>
        <translation>Terminaladministration</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="116"/>
        <source>Terminal counter advanced</source>
        <translation>Terminalräknare uppräknad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="117"/>
        <source>Till started</source>
        <translation>Kassa startad</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="118"/>
        <source>Training mode</source>
        <translation>Övningsläge</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="119"/>
        <source>User added</source>
        <translation>Användare tillagd</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="120"/>
        <source>User disabled</source>
        <translation>Användare avstängd</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="121"/>
        <source>User PIN reset</source>
        <translation>Användarens PIN-kod återställd</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="122"/>
        <source>Z report</source>
        <translation>Z-dagrapport</translation>
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
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="217"/>
        <source>Kind</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="218"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
</context>
<context>
    <name>JournalViewer</name>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="58"/>
        <source>All kinds</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="197"/>
        <source>Id: {id}</source>
        <translation>Id: {id}</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="198"/>
        <source>Time: {time} (stored as {stored})</source>
        <translation>Tid: {time} (sparad som {stored})</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="201"/>
        <source>Kind: {label} ({kind})</source>
        <translation>Kategori: {label} ({kind})</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="204"/>
        <source>Register: {register}</source>
        <translation>Kassa: {register}</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="205"/>
        <source>Hash: {hash}</source>
        <translation>Hash: {hash}</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="206"/>
        <source>Previous hash: {hash}</source>
        <translation>Föregående hash: {hash}</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="303"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="313"/>
        <source>◀ Previous day</source>
        <translation>◀ Föregående dag</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="315"/>
        <source>Next day ▶</source>
        <translation>Nästa dag ▶</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="321"/>
        <source>&amp;All days</source>
        <translation>&amp;Alla dagar</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="330"/>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="333"/>
        <source>&amp;Older rows</source>
        <translation>&amp;Äldre rader</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="339"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="341"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="343"/>
        <source>&amp;Receipt number</source>
        <translation>&amp;Kvittonummer</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="395"/>
        <source>Choose a row to see all it holds.</source>
        <translation>Välj en rad för att se allt den innehåller.</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="493"/>
        <source> (older rows not shown)</source>
        <translation> (äldre rader visas inte)</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="495"/>
        <source>{shown} of {total} rows</source>
        <translation>{shown} av {total} rader</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="20"/>
        <source>return</source>
        <translation>retur</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="21"/>
        <source>training mode on</source>
        <translation>övningsläge på</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="22"/>
        <source>training mode off</source>
        <translation>övningsläge av</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="23"/>
        <source>drawer without a sale</source>
        <translation>öppna lådan utan köp</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="24"/>
        <source>Z report</source>
        <translation>Z-dagrapport</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="25"/>
        <source>journal viewer</source>
        <translation>visa journalen</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="26"/>
        <source>pair the payment terminal</source>
        <translation>para ihop betalterminalen</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="27"/>
        <source>unpair the payment terminal</source>
        <translation>ta bort ihopparningen med betalterminalen</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="28"/>
        <source>settle a card payment by hand</source>
        <translation>reglera en kortbetalning för hand</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="29"/>
        <source>terminal deactivate</source>
        <translation>avaktivera terminalen</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="30"/>
        <source>terminal end-of-day</source>
        <translation>terminalens dagsavslut</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="31"/>
        <source>editing the catalog</source>
        <translation>ändra i artikelregistret</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="57"/>
        <source>Set the manager PIN</source>
        <translation>Välj chefens PIN-kod</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="59"/>
        <source>No manager PIN is set on this till yet. The manager chooses one now ({low}–{high} digits) and types it twice. Needed for: {action}.</source>
        <translation>Kassan har ännu ingen PIN-kod för chef. Chefen väljer en nu ({low}–{high} siffror) och skriver den två gånger. Behövs för: {action}.</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="63"/>
        <source>Manager approval</source>
        <translation>Chefsgodkännande</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="64"/>
        <source>A manager approves: {action}. Type the manager PIN.</source>
        <translation>En chef godkänner: {action}. Skriv chefens PIN-kod.</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="80"/>
        <source>New PIN</source>
        <translation>Ny PIN-kod</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="80"/>
        <source>Manager PIN</source>
        <translation>Chefens PIN-kod</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="83"/>
        <source>The same PIN again</source>
        <translation>Samma PIN-kod igen</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="91"/>
        <source>Set PIN (Enter)</source>
        <translation>Spara PIN-kod (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="91"/>
        <source>Approve (Enter)</source>
        <translation>Godkänn (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="105"/>
        <source>The PIN is {low} to {high} digits, nothing else.</source>
        <translation>PIN-koden är {low} till {high} siffror, inget annat.</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="119"/>
        <source>The two PINs differ: type it again.</source>
        <translation>PIN-koderna skiljer sig åt: skriv den igen.</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="122"/>
        <source>Type the manager PIN, or Esc to cancel.</source>
        <translation>Skriv chefens PIN-kod, eller Esc för att avbryta.</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="57"/>
        <source>settings</source>
        <translation>inställningar</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="47"/>
        <source>cashiers</source>
        <translation>kassörer</translation>
    </message>
</context>
<context>
    <name>ModeIntents</name>
    <message>
        <location filename="../till/ui/mode_intents.py" line="21"/>
        <source>Pro forma receipt {number} (EJ KVITTO) printed; the sale is still open.</source>
        <translation>Proformakvitto {number} (EJ KVITTO) utskrivet; köpet är fortfarande öppet.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="30"/>
        <source>Training mode on: receipts are ÖVNINGSKVITTO and no card is charged.</source>
        <translation>Övningsläge på: kvittona blir ÖVNINGSKVITTO och inga kort dras.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="32"/>
        <source>Training mode off: sales are real again.</source>
        <translation>Övningsläge av: köpen är skarpa igen.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="38"/>
        <source>The till already issues cash invoices (offline mode).</source>
        <translation>Kassan utfärdar redan kontantnotor (offlineläge).</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="44"/>
        <source>Offline mode is only for when the control unit cannot be reached, and no payment has failed for that.</source>
        <translation>Offlineläge gäller bara när kontrollenheten inte kan nås, och ingen betalning har misslyckats av det skälet.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="49"/>
        <source>Cash invoices (offline mode)</source>
        <translation>Kontantnotor (offlineläge)</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="51"/>
        <source>The control unit cannot be reached: {reason}

From now on every sale gets a cash invoice (kontantnota) from its own number series, until the control unit answers again. The outage must be documented and reported to Skatteverket.</source>
        <translation>Kontrollenheten kan inte nås: {reason}

Från och med nu får varje köp en kontantnota ur en egen nummerserie, tills kontrollenheten svarar igen. Avbrottet ska dokumenteras och anmälas till Skatteverket.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="55"/>
        <source>Cash invoices (Enter)</source>
        <translation>Kontantnotor (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="63"/>
        <source>Offline mode: take the payment again (F12 or F11); the customer gets a cash invoice (kontantnota).</source>
        <translation>Offlineläge: ta betalningen igen (F12 eller F11); kunden får en kontantnota.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="73"/>
        <source>Open the drawer</source>
        <translation>Öppna lådan</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="74"/>
        <source>Why is the drawer opened without a sale? (required, kept in the journal)</source>
        <translation>Varför öppnas lådan utan köp? (krävs, sparas i journalen)</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="81"/>
        <source>The drawer is open; the opening is journaled.</source>
        <translation>Lådan är öppen; öppningen är journalförd.</translation>
    </message>
</context>
<context>
    <name>NumericPad</name>
    <message>
        <location filename="../till/ui/numeric_pad.py" line="66"/>
        <source>Delete the last character</source>
        <translation>Radera sista tecknet</translation>
    </message>
    <message>
        <location filename="../till/ui/numeric_pad.py" line="67"/>
        <source>Clear</source>
        <translation>Töm</translation>
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
        <translation>Kassör</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="83"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="98"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="99"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="106"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN-kod (4 till 12 siffror)</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="107"/>
        <source>The same PIN again</source>
        <translation>Samma PIN-kod igen</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="119"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="166"/>
        <source>Type the person&apos;s name.</source>
        <translation>Skriv personens namn.</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="169"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>PIN-koderna skiljer sig: skriv samma PIN-kod två gånger.</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../till/ui/price_dialog.py" line="18"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../till/ui/price_dialog.py" line="19"/>
        <source>Price of {name}</source>
        <translation>Pris för {name}</translation>
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
        <translation>Prislista</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="48"/>
        <source>Prices incl. VAT, valid from {time}</source>
        <translation>Priser inkl. moms, gäller från {time}</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="56"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="56"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="56"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="56"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="69"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="71"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="98"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="101"/>
        <source>open price</source>
        <translation>fritt pris</translation>
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
        <translation>Utskrivet: {count} artiklar.</translation>
    </message>
    <message>
        <location filename="../till/ui/price_list.py" line="151"/>
        <source>The price list did not print.</source>
        <translation>Prislistan skrevs inte ut.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../till/ui/product_dialog.py" line="52"/>
        <source>New product</source>
        <translation>Ny artikel</translation>
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
        <translation>per styck</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="66"/>
        <source>per kg (weighed)</source>
        <translation>per kg (vägs)</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="67"/>
        <source>Open price: the cashier types it at each sale</source>
        <translation>Fritt pris: kassören skriver in det vid varje köp</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="69"/>
        <source>A service, not goods</source>
        <translation>En tjänst, inte en vara</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="78"/>
        <source>Several are separated by spaces</source>
        <translation>Flera skiljs åt med mellanslag</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="79"/>
        <source>A quick key in the group&apos;s grid</source>
        <translation>En snabbknapp i gruppens rutnät</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="82"/>
        <source>Key text (empty: the name)</source>
        <translation>Knapptext (tom: namnet)</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="95"/>
        <source>Code (PLU)</source>
        <translation>Kod (PLU)</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="96"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="97"/>
        <source>Price incl. VAT (kr)</source>
        <translation>Pris inkl. moms (kr)</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="98"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="99"/>
        <source>Sold</source>
        <translation>Säljs</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="102"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="103"/>
        <source>Barcodes</source>
        <translation>Streckkoder</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="105"/>
        <source>Key text</source>
        <translation>Knapptext</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="108"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../till/ui/product_dialog.py" line="110"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <location filename="../till/ui/product_search.py" line="35"/>
        <source>Product search</source>
        <translation>Sök vara</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="46"/>
        <source>Part of the product&apos;s name</source>
        <translation>Del av varans namn</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="51"/>
        <source>Type part of a name; ↑/↓ choose, Enter adds.</source>
        <translation>Skriv en del av namnet; ↑/↓ väljer, Enter lägger till.</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="115"/>
        <source>{n} found</source>
        <translation>{n} träffar</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="117"/>
        <source>No product matches</source>
        <translation>Ingen vara matchar</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="132"/>
        <source>No product chosen</source>
        <translation>Ingen vara vald</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="144"/>
        <source>The search failed; see the log.</source>
        <translation>Sökningen misslyckades; se loggen.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../till/ui/reason_dialog.py" line="16"/>
        <source>Write why: the reason is kept in the journal.</source>
        <translation>Skriv varför: orsaken sparas i journalen.</translation>
    </message>
    <message>
        <location filename="../till/ui/reason_dialog.py" line="30"/>
        <source>e.g. &apos;change for the bank&apos;, &apos;customer&apos;s lost coin&apos;</source>
        <translation>t.ex. &apos;växel till banken&apos;, &apos;kundens tappade mynt&apos;</translation>
    </message>
    <message>
        <location filename="../till/ui/reason_dialog.py" line="54"/>
        <source>&apos;{text}&apos; is not a Z report number</source>
        <translation>&apos;{text}&apos; är inget Z-dagrapportnummer</translation>
    </message>
</context>
<context>
    <name>ReceiptIntents</name>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="15"/>
        <source>no receipt has been made since the till started</source>
        <translation>inget kvitto har skapats sedan kassan startade</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="25"/>
        <source>Copy of a receipt</source>
        <translation>Kvittokopia</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="26"/>
        <source>Which receipt? Scan its barcode or type its number. It gets one copy only.</source>
        <translation>Vilket kvitto? Skanna streckkoden eller skriv numret. Ett kvitto får bara en kopia.</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="35"/>
        <source>Copy of receipt {number} printed (KOPIA).</source>
        <translation>Kopia av kvitto {number} utskriven (KOPIA).</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="47"/>
        <source>{count} stored receipt(s) were not printed: Ctrl+U prints them.</source>
        <translation>{count} sparade kvitton skrevs inte ut: Ctrl+U skriver ut dem.</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="56"/>
        <source>Every stored receipt has been printed.</source>
        <translation>Alla sparade kvitton är utskrivna.</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="67"/>
        <source>Receipt {number} printed; {count} more not printed (Ctrl+U).</source>
        <translation>Kvitto {number} utskrivet; {count} till är inte utskrivna (Ctrl+U).</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="73"/>
        <source>Receipt {number} printed.</source>
        <translation>Kvitto {number} utskrivet.</translation>
    </message>
</context>
<context>
    <name>ReceiptNumberDialog</name>
    <message>
        <location filename="../till/ui/reason_dialog.py" line="47"/>
        <source>Number, or scan the receipt&apos;s barcode</source>
        <translation>Nummer, eller skanna kvittots streckkod</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../till/ui/receipt_view.py" line="68"/>
        <source>Receipt {number}</source>
        <translation>Kvitto {number}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../till/ui/report_dialog.py" line="31"/>
        <source>Z report {number}</source>
        <translation>Z-dagrapport {number}</translation>
    </message>
    <message>
        <location filename="../till/ui/report_dialog.py" line="33"/>
        <source>X report</source>
        <translation>X-dagrapport</translation>
    </message>
    <message>
        <location filename="../till/ui/report_dialog.py" line="35"/>
        <source> – copy (KOPIA)</source>
        <translation> – KOPIA</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../till/ui/return_dialog.py" line="56"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="62"/>
        <source>Scan the barcode at the foot of the customer&apos;s receipt, or type its number. A manager approves every return.</source>
        <translation>Skanna streckkoden längst ner på kundens kvitto, eller skriv kvittonumret. En chef godkänner varje retur.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="70"/>
        <source>Receipt number or barcode</source>
        <translation>Kvittonummer eller streckkod</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="74"/>
        <source>Without a receipt (F3)</source>
        <translation>Utan kvitto (F3)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="80"/>
        <source>No receipt? The items are scanned as in a sale.</source>
        <translation>Inget kvitto? Skanna varorna som vid köp.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="90"/>
        <source>Against this receipt (Enter)</source>
        <translation>Mot detta kvitto (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="98"/>
        <source>Scan or type the receipt&apos;s number, or F3 for a return without one.</source>
        <translation>Skanna eller skriv kvittonumret, eller F3 för retur utan kvitto.</translation>
    </message>
</context>
<context>
    <name>ReturnIntents</name>
    <message>
        <location filename="../till/ui/return_intents.py" line="22"/>
        <source>This return has no receipt: scan or type the items coming back.</source>
        <translation>Returen har inget kvitto: skanna eller skriv varorna som lämnas tillbaka.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="26"/>
        <source>finish or void the open sale before a return</source>
        <translation>slutför eller makulera det öppna köpet före en retur</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="43"/>
        <source>Everything on receipt {number} has come back already.</source>
        <translation>Allt på kvitto {number} är redan returnerat.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="55"/>
        <source>Quantity to take back</source>
        <translation>Antal att ta tillbaka</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="56"/>
        <source>How much of {name} comes back? ({left} can){unit}</source>
        <translation>Hur mycket av {name} lämnas tillbaka? (högst {left}){unit}</translation>
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
        <translation>inget att betala tillbaka: ta tillbaka en vara först</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="80"/>
        <source>Pay back in cash</source>
        <translation>Betala tillbaka kontant</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="82"/>
        <source>Pay back {amount} kr in cash? Enter registers the return receipt and the drawer opens.</source>
        <translation>Betala tillbaka {amount} kr kontant? Enter registrerar returkvittot och lådan öppnas.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="85"/>
        <source>Pay back (Enter)</source>
        <translation>Betala tillbaka (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="100"/>
        <source>No Klarna terminal is set up for this till; pay back in cash (F12).</source>
        <translation>Ingen Klarnaterminal är inställd för den här kassan; betala tillbaka kontant (F12).</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="104"/>
        <source>No card terminal is set up for this till; pay back in cash (F12).</source>
        <translation>Ingen kortterminal är inställd för kassan; betala tillbaka kontant (F12).</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="109"/>
        <source>Pay back {amount} kr through Klarna</source>
        <translation>Betala tillbaka {amount} kr via Klarna</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="111"/>
        <source>Pay back {amount} kr to the card</source>
        <translation>Betala tillbaka {amount} kr till kortet</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="127"/>
        <source>The card refund was cancelled; the return is still open.</source>
        <translation>Återbetalningen till kortet avbröts; returen är fortfarande öppen.</translation>
    </message>
</context>
<context>
    <name>ReturnLinesDialog</name>
    <message>
        <location filename="../till/ui/return_dialog.py" line="217"/>
        <source>Return against receipt {number}</source>
        <translation>Retur mot kvitto {number}</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="222"/>
        <source>Choose what comes back (↑/↓, Enter); the quantity is asked next. Esc: scan the items instead.</source>
        <translation>Välj vad som lämnas tillbaka (↑/↓, Enter); antalet frågas sedan. Esc: skanna varorna i stället.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="236"/>
        <source>Take back (Enter)</source>
        <translation>Ta tillbaka (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="249"/>
        <source>Choose a line first (↑/↓).</source>
        <translation>Välj en rad först (↑/↓).</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="252"/>
        <source>All of {name} has come back already.</source>
        <translation>Allt av {name} är redan returnerat.</translation>
    </message>
</context>
<context>
    <name>ReturnPanel</name>
    <message>
        <location filename="../till/ui/return_panel.py" line="42"/>
        <source>F12 pays back in cash, F11 to the card, F9 cancels the return.</source>
        <translation>F12 betalar tillbaka kontant, F11 till kortet, F9 avbryter returen.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_panel.py" line="44"/>
        <source>RETUR utan kvitto – scan the items coming back. </source>
        <translation>RETUR utan kvitto – skanna varorna som lämnas tillbaka. </translation>
    </message>
    <message>
        <location filename="../till/ui/return_panel.py" line="45"/>
        <source>Scan or type the items coming back</source>
        <translation>Skanna eller skriv varorna som lämnas tillbaka</translation>
    </message>
    <message>
        <location filename="../till/ui/return_panel.py" line="51"/>
        <source>RETUR mot kvitto {number} – scan the items coming back or pick a line (Ctrl+R). </source>
        <translation>RETUR mot kvitto {number} – skanna varorna som lämnas tillbaka eller välj en rad (Ctrl+R). </translation>
    </message>
    <message>
        <location filename="../till/ui/return_panel.py" line="56"/>
        <source>Scan an item from receipt {number}, or Ctrl+R</source>
        <translation>Skanna en vara från kvitto {number}, eller Ctrl+R</translation>
    </message>
    <message>
        <location filename="../till/ui/return_panel.py" line="60"/>
        <source>Receipt {number} ({code}): what can come back</source>
        <translation>Kvitto {number} ({code}): det som kan returneras</translation>
    </message>
</context>
<context>
    <name>ReturnableModel</name>
    <message>
        <location filename="../till/ui/return_dialog.py" line="133"/>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="134"/>
        <source>Sold</source>
        <translation>Sålt</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="135"/>
        <source>Can return</source>
        <translation>Kan returneras</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="136"/>
        <source>Amount sold</source>
        <translation>Sålt belopp</translation>
    </message>
</context>
<context>
    <name>SaleIntents</name>
    <message>
        <location filename="../till/ui/sale_intents.py" line="63"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="64"/>
        <source>New quantity for {name}</source>
        <translation>Nytt antal för {name}</translation>
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
        <translation>Rabatt i kronor på {name} ({amount})</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="103"/>
        <source>there is nothing to pay for</source>
        <translation>det finns inget att betala</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="108"/>
        <source>Cash payment – the rest after the card payment</source>
        <translation>Kontantbetalning – resten efter kortbetalningen</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="122"/>
        <source>Cancel the return</source>
        <translation>Avbryt returen</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="123"/>
        <source>Cancel the whole return? Nothing is paid back; the journal keeps it.</source>
        <translation>Avbryta hela returen? Inget betalas tillbaka; journalen sparar den.</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="124"/>
        <source>Cancel the return (Enter)</source>
        <translation>Avbryt returen (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="129"/>
        <source>Void sale</source>
        <translation>Makulera köpet</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="130"/>
        <source>Void the whole sale? It is kept in the journal as an unfinished sale.</source>
        <translation>Makulera hela köpet? Det sparas i journalen som ett avbrutet köp.</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="131"/>
        <source>Void sale (Enter)</source>
        <translation>Makulera köpet (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="140"/>
        <source>The return is still open: a return with nothing taken back yet cannot be cancelled. Take one item back, then F9 again.</source>
        <translation>Returen är fortfarande öppen: en retur där inget har tagits tillbaka kan inte avbrytas. Ta tillbaka en vara, tryck sedan F9 igen.</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="145"/>
        <source>Return cancelled</source>
        <translation>Returen avbruten</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="145"/>
        <source>Sale voided</source>
        <translation>Köpet makulerat</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="87"/>
        <source>Set up this till</source>
        <translation>Ställ in kassan</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="89"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="98"/>
        <source>Shop and register</source>
        <translation>Butik och kassa</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="99"/>
        <source>Control unit</source>
        <translation>Kontrollenhet</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="100"/>
        <source>Payment terminals</source>
        <translation>Betalterminaler</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="101"/>
        <source>Printer</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="106"/>
        <source>This till has no settings yet. Fill in the shop and the register id the control unit&apos;s provider issued, check the other pages, and save: the settings file {path} is written and the till starts. Later a manager changes them here (Ctrl+,).</source>
        <translation>Kassan har inga inställningar än. Fyll i butiken och det kassa-id som kontrollenhetens leverantör gav, kontrollera de andra flikarna och spara: inställningsfilen {path} skrivs och kassan startar. Senare ändrar en chef dem här (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="113"/>
        <source>Saved settings apply when the till starts next. The settings file is {path}.</source>
        <translation>Sparade inställningar gäller från nästa gång kassan startar. Inställningsfilen är {path}.</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="116"/>
        <source>The demo has no settings file: changes here cannot be saved.</source>
        <translation>Demon har ingen inställningsfil: ändringar här kan inte sparas.</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="124"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="124"/>
        <source>Save and start</source>
        <translation>Spara och starta</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="147"/>
        <source>For example: {example}</source>
        <translation>Till exempel: {example}</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="189"/>
        <source>Shop name</source>
        <translation>Butikens namn</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="190"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="191"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="192"/>
        <source>Register id</source>
        <translation>Kassa-id</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="195"/>
        <source>Fixed: this register has receipts under its id.</source>
        <translation>Låst: den här kassan har kvitton under sitt id.</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="196"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="198"/>
        <source>Idle lock (minutes, 0: never)</source>
        <translation>Lås vid inaktivitet (minuter, 0: aldrig)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="200"/>
        <source>Full screen without a window frame (kiosk)</source>
        <translation>Helskärm utan fönsterram (kiosk)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="211"/>
        <source>iSecureIPC gateway (host and port)</source>
        <translation>iSecureIPC-gateway (värd och port)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="212"/>
        <source>Direct to the control unit (HTTPS address)</source>
        <translation>Direkt till kontrollenheten (HTTPS-adress)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="214"/>
        <location filename="../till/ui/settings_dialog.py" line="260"/>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="216"/>
        <source>Gateway host</source>
        <translation>Gateway-värd</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="217"/>
        <source>Gateway port</source>
        <translation>Gateway-port</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="218"/>
        <source>Control unit address (https://…)</source>
        <translation>Kontrollenhetens adress (https://…)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="220"/>
        <source>Connect timeout (seconds)</source>
        <translation>Tidsgräns för anslutning (sekunder)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="222"/>
        <source>Answer timeout (seconds)</source>
        <translation>Tidsgräns för svar (sekunder)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="228"/>
        <source>None (cash only)</source>
        <translation>Ingen (bara kontant)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="229"/>
        <source>Card terminal (Wallee)</source>
        <translation>Kortterminal (Wallee)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="230"/>
        <source>Klarna terminal (Verifone Point)</source>
        <translation>Klarnaterminal (Verifone Point)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="231"/>
        <source>Both</source>
        <translation>Båda</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="233"/>
        <source>Terminals</source>
        <translation>Terminaler</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="235"/>
        <source>Card terminal host</source>
        <translation>Kortterminalens värd</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="236"/>
        <source>Card terminal port</source>
        <translation>Kortterminalens port</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="237"/>
        <source>Klarna terminal host</source>
        <translation>Klarnaterminalens värd</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="238"/>
        <source>Klarna terminal port</source>
        <translation>Klarnaterminalens port</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="239"/>
        <source>Klarna terminal second port</source>
        <translation>Klarnaterminalens andra port</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="240"/>
        <source>The till&apos;s listening port</source>
        <translation>Kassans lyssnande port</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="246"/>
        <source>A printer with a system driver (or PDF files)</source>
        <translation>En skrivare med systemdrivrutin (eller PDF-filer)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="247"/>
        <source>A thermal receipt printer (ESC/POS)</source>
        <translation>En termisk kvittoskrivare (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="249"/>
        <source>Printer kind</source>
        <translation>Typ av skrivare</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="251"/>
        <source>Printer (empty: the default)</source>
        <translation>Skrivare (tom: standardskrivaren)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="252"/>
        <source>PDF folder (instead of paper, or a copy of it)</source>
        <translation>PDF-mapp (i stället för papper, eller en kopia av det)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="255"/>
        <source>Network (port 9100)</source>
        <translation>Nätverk (port 9100)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="256"/>
        <source>Serial port</source>
        <translation>Serieport</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="257"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="258"/>
        <source>A device file (/dev/usb/lp0)</source>
        <translation>En enhetsfil (/dev/usb/lp0)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="262"/>
        <source>Printer address</source>
        <translation>Skrivarens adress</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="263"/>
        <source>Printer port</source>
        <translation>Skrivarens port</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="264"/>
        <source>Serial port or device file</source>
        <translation>Serieport eller enhetsfil</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="265"/>
        <source>Baud rate</source>
        <translation>Överföringshastighet (baud)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="266"/>
        <source>USB vendor id (hex)</source>
        <translation>USB-tillverkar-id (hex)</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="267"/>
        <source>USB product id (hex)</source>
        <translation>USB-produkt-id (hex)</translation>
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
        <translation>Pappersbredd</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="270"/>
        <source>Code page</source>
        <translation>Teckentabell</translation>
    </message>
    <message>
        <location filename="../till/ui/settings_dialog.py" line="431"/>
        <source>Settings saved ({count} changed). They apply when the till starts next.</source>
        <translation>Inställningarna sparade ({count} ändrade). De gäller från nästa gång kassan startar.</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="37"/>
        <source>Settle a card payment by hand (manager)</source>
        <translation>Avgör en kortbetalning för hand (chef)</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="45"/>
        <source>The till cannot tell whether the card was charged {amount} kr (started {started}, {reference}).
Check the terminal&apos;s last receipt or the acquirer&apos;s report first.</source>
        <translation>Kassan vet inte om kortet drogs {amount} kr (startad {started}, {reference}).
Kontrollera först terminalens senaste kvitto eller inlösarens rapport.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="55"/>
        <source>&amp;Yes, the customer was charged</source>
        <translation>&amp;Ja, kunden debiterades</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="56"/>
        <source>&amp;No, the customer was not charged</source>
        <translation>&amp;Nej, kunden debiterades inte</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="58"/>
        <source>Settle a card reversal by hand (manager)</source>
        <translation>Avgör en kortåterföring för hand (chef)</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="61"/>
        <source>The card payment of {amount} kr was being reversed (requested {requested}, terminal transaction {seq}), and the till cannot tell whether the money went back to the card.
Check the terminal&apos;s last receipt (a reversal slip) or the acquirer&apos;s report first.</source>
        <translation>Kortbetalningen på {amount} kr höll på att återföras (begärd {requested}, terminaltransaktion {seq}), och kassan kan inte avgöra om pengarna gick tillbaka till kortet.
Kontrollera först terminalens senaste kvitto (ett återföringskvitto) eller inlösarens rapport.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="72"/>
        <source>Was the money given back to the card?</source>
        <translation>Gick pengarna tillbaka till kortet?</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="73"/>
        <source>&amp;Yes, the money was given back to the card</source>
        <translation>&amp;Ja, pengarna gick tillbaka till kortet</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="74"/>
        <source>&amp;No, the card payment stands</source>
        <translation>&amp;Nej, kortbetalningen står kvar</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="95"/>
        <source>Reason, e.g. &apos;terminal receipt 0421 shows it approved&apos;</source>
        <translation>Orsak, t.ex. &apos;terminalkvitto 0421 visar godkänt&apos;</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="102"/>
        <source>Settle (Enter)</source>
        <translation>Avgör (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="54"/>
        <source>Was the customer charged?</source>
        <translation>Debiterades kunden?</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="110"/>
        <source>Reason (required, kept in the journal)</source>
        <translation>Orsak (krävs, sparas i journalen)</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="121"/>
        <source>Why: the till stopped before the terminal answered.</source>
        <translation>Varför: kassan stannade innan terminalen svarade.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="123"/>
        <source>Why: no answer from the terminal said what happened.</source>
        <translation>Varför: inget svar från terminalen talade om vad som hände.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="125"/>
        <source>Why: the till stopped before the terminal answered the reversal.</source>
        <translation>Varför: kassan stannade innan terminalen svarade på återföringen.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="127"/>
        <source>Why: no answer from the terminal said what became of the reversal.</source>
        <translation>Varför: inget svar från terminalen talade om hur det gick med återföringen.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="135"/>
        <source>Choose whether the customer was charged.</source>
        <translation>Välj om kunden debiterades.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="137"/>
        <source>Choose whether the money was given back to the card.</source>
        <translation>Välj om pengarna gick tillbaka till kortet.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="141"/>
        <source>Write why: the reason is kept in the journal.</source>
        <translation>Skriv varför: orsaken sparas i journalen.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../till/ui/shortcuts.py" line="34"/>
        <source>Add the product typed or scanned in the entry line (`3*code` adds 3)</source>
        <translation>Lägg till varan som skrivits eller skannats i inmatningsraden (`3*kod` ger 3 st)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="42"/>
        <source>Search a product by name and add it</source>
        <translation>Sök en vara på namn och lägg till den</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="47"/>
        <source>Change the quantity of the selected line</source>
        <translation>Ändra antal på markerad rad</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="52"/>
        <source>Give a discount (in kronor) on the selected line</source>
        <translation>Ge rabatt (i kronor) på markerad rad</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="57"/>
        <source>Remove the selected line (entry empty)</source>
        <translation>Ta bort markerad rad (tom inmatningsrad)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="63"/>
        <source>Select the line above</source>
        <translation>Markera raden ovanför</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="67"/>
        <source>Select the line below</source>
        <translation>Markera raden nedanför</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="72"/>
        <source>Pay cash: tendered amount, change, öre rounding. In a return: pay the money back in cash (the amount to hand over is shown)</source>
        <translation>Kontant: mottaget belopp, växel, öresavrundning. Vid retur: betala tillbaka kontant (beloppet att lämna ut visas)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="81"/>
        <source>Pay by card: all that is due, or type less and take the rest another way. In a return: pay the money back to the card</source>
        <translation>Kort: hela beloppet, eller skriv ett lägre och ta resten på annat sätt. Vid retur: betala tillbaka till kortet</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="90"/>
        <source>Pay with Klarna (Point terminal); the terminal may ask you to check the customer&apos;s ID. In a return: pay the money back through Klarna</source>
        <translation>Betala med Klarna (Point-terminal); terminalen kan be dig kontrollera kundens legitimation. Vid retur: betala tillbaka pengarna via Klarna</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="99"/>
        <source>Card payment in doubt: ask the terminal again</source>
        <translation>Oklar kortbetalning: fråga terminalen igen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="104"/>
        <source>Card payment in doubt: settle it by hand (manager; a reason is journaled)</source>
        <translation>Oklar kortbetalning: avgör för hand (chef; orsaken journalförs)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="111"/>
        <source>No control code yet (card paid, or the answer lost): ask the control unit again with the same receipt and finish the sale</source>
        <translation>Ingen kontrollkod än (kortet betalt, eller svaret förlorat): fråga kontrollenheten igen med samma kvitto och avsluta köpet</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="120"/>
        <source>Give up a card-paid sale: reverse its card payments (asks first); the sale stays open</source>
        <translation>Ge upp ett kortbetalt köp: återför kortbetalningarna (frågar först); köpet förblir öppet</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="128"/>
        <source>Void the open sale or return (asks to confirm)</source>
        <translation>Makulera det öppna köpet eller returen (frågar först)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="133"/>
        <source>Show the last receipt on screen</source>
        <translation>Visa senaste kvittot på skärmen</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="138"/>
        <source>Return (manager): against a receipt (scan its barcode or type its number) or without one. In a return against a receipt: pick a line of it to take back</source>
        <translation>Retur (chef): mot ett kvitto (skanna streckkoden eller skriv numret) eller utan. Vid retur mot kvitto: välj en rad att ta tillbaka</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="147"/>
        <source>Print a receipt&apos;s copy (KOPIA): scan its barcode or type its number; one copy only</source>
        <translation>Skriv ut en kvittokopia (KOPIA): skanna streckkoden eller skriv numret; bara en kopia</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="155"/>
        <source>Pro forma receipt (EJ KVITTO) of the open sale; the sale stays open for payment</source>
        <translation>Proformakvitto (EJ KVITTO) för det öppna köpet; köpet förblir öppet för betalning</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="163"/>
        <source>Training mode on or off (manager): ÖVNINGSKVITTO receipts, no card is charged</source>
        <translation>Övningsläge på eller av (chef): kvitton blir ÖVNINGSKVITTO, inga kort dras</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="171"/>
        <source>Control unit out: issue cash invoices (kontantnota) instead of receipts, after a payment failed for it (asks first); ends by itself when the unit answers</source>
        <translation>Kontrollenheten ur funktion: kontantnotor i stället för kvitton, sedan en betalning misslyckats därför (frågar först); upphör när enheten svarar</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="180"/>
        <source>Open the cash drawer without a sale (manager; the reason is journaled)</source>
        <translation>Öppna kassalådan utan köp (chef; orsaken journalförs)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="187"/>
        <source>X report (X-dagrapport): the day so far; closes nothing</source>
        <translation>X-dagrapport: dagen hittills; stänger ingenting</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="192"/>
        <source>Z report (Z-dagrapport): closes the day (manager, asks first); the card terminal&apos;s end of day runs with it</source>
        <translation>Z-dagrapport: stänger dagen (chef, frågar först); kortterminalens dagsavslut körs samtidigt</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="201"/>
        <source>Reprint a Z report by its number (marked KOPIA)</source>
        <translation>Skriv ut en Z-dagrapport igen efter nummer (märkt KOPIA)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="206"/>
        <source>Print a receipt that was stored but never printed (its original, once)</source>
        <translation>Skriv ut ett kvitto som sparades men aldrig skrevs ut (originalet, en gång)</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="214"/>
        <source>Journal (manager): every event, by day and kind, in full</source>
        <translation>Journal (chef): alla händelser, per dag och kategori, i sin helhet</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="219"/>
        <source>Card terminal: activation, end of day, receipts, ping</source>
        <translation>Kortterminal: aktivering, dagsavslut, kvitton, ping</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="224"/>
        <source>Switch cashier: sign out (the sale stays) and the next one signs in</source>
        <translation>Byt kassör: logga ut (köpet ligger kvar) och nästa loggar in</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="228"/>
        <source>Show this list of keys</source>
        <translation>Visa den här listan över tangenter</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="232"/>
        <source>About: program, model, maker, version and manufacturing number</source>
        <translation>Om: program, modell, tillverkare, version och tillverkningsnummer</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="239"/>
        <source>Settings (manager): shop, register, control unit, terminals, printer, language</source>
        <translation>Inställningar (chef): butik, kassa, kontrollenhet, terminaler, skrivare, språk</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="247"/>
        <source>Catalog (manager): products, prices, groups and quick keys; every change journaled</source>
        <translation>Artikelregister (chef): artiklar, priser, grupper och snabbknappar; varje ändring journalförs</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="255"/>
        <source>Cashiers (manager): add a cashier or manager, disable one, set a new PIN</source>
        <translation>Kassörer (chef): lägg till en kassör eller chef, spärra någon, ge en ny PIN-kod</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="263"/>
        <source>Price list: every product&apos;s price and VAT rate, to show or print</source>
        <translation>Prislista: varje artikels pris och momssats, att visa eller skriva ut</translation>
    </message>
    <message>
        <location filename="../till/ui/shortcuts.py" line="270"/>
        <source>Clear the entry line; in a dialog: cancel</source>
        <translation>Töm inmatningsraden; i en dialog: avbryt</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="40"/>
        <source>The first manager</source>
        <translation>Den första chefen</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="42"/>
        <source>No one can sign in on this till yet. Add the first manager: a name and a PIN ({low}–{high} digits), typed twice.</source>
        <translation>Ingen kan logga in på den här kassan än. Lägg till den första chefen: ett namn och en PIN-kod ({low}–{high} siffror), två gånger.</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="46"/>
        <source>Manager approval</source>
        <translation>Chefens godkännande</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="48"/>
        <source>A manager approves: {action}. The manager types their name or number and PIN.</source>
        <translation>En chef godkänner: {action}. Chefen skriver sitt namn eller nummer och sin PIN-kod.</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="51"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="52"/>
        <source>Sign in: your name or number and your PIN.</source>
        <translation>Logga in: ditt namn eller nummer och din PIN-kod.</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="70"/>
        <source>Name or number</source>
        <translation>Namn eller nummer</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="72"/>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="76"/>
        <source>The same PIN again</source>
        <translation>Samma PIN-kod igen</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="86"/>
        <source>Approve (Enter)</source>
        <translation>Godkänn (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="86"/>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="94"/>
        <source>Type a name or number.</source>
        <translation>Skriv ett namn eller nummer.</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="98"/>
        <source>The PIN is {low} to {high} digits, nothing else.</source>
        <translation>PIN-koden är {low} till {high} siffror, inget annat.</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_dialog.py" line="106"/>
        <source>The two PINs differ: type it again.</source>
        <translation>De två PIN-koderna skiljer sig: skriv den igen.</translation>
    </message>
</context>
<context>
    <name>SignInIntents</name>
    <message>
        <location filename="../till/ui/sign_in_intents.py" line="23"/>
        <source>Sign in first (F3).</source>
        <translation>Logga in först (F3).</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_intents.py" line="98"/>
        <source>nobody signed in</source>
        <translation>ingen inloggad</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../till/ui/status_bar.py" line="30"/>
        <source>Register {id}</source>
        <translation>Kassa {id}</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="50"/>
        <source>Terminal: none</source>
        <translation>Terminal: ingen</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="52"/>
        <source>Terminal: online</source>
        <translation>Terminal: ansluten</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="54"/>
        <source>Terminal: offline</source>
        <translation>Terminal: ej ansluten</translation>
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
        <translation>Kontrollenhet: ansluten</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="66"/>
        <source>Control unit: asking for a control code</source>
        <translation>Kontrollenhet: hämtar kontrollkod</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="68"/>
        <source>Control unit: offline</source>
        <translation>Kontrollenhet: ej ansluten</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="69"/>
        <source>Control unit: not asked yet</source>
        <translation>Kontrollenhet: inte kontaktad än</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="73"/>
        <source>Printer: ready</source>
        <translation>Skrivare: klar</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="75"/>
        <source>Printer: out of paper</source>
        <translation>Skrivare: slut på papper</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="77"/>
        <source>Printer: cover open</source>
        <translation>Skrivare: luckan öppen</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="79"/>
        <source>Printer: offline</source>
        <translation>Skrivare: ej redo</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="80"/>
        <source>Printer: not connected</source>
        <translation>Skrivare: ej ansluten</translation>
    </message>
</context>
<context>
    <name>TerminalAdminDialog</name>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="44"/>
        <source>Something unexpected went wrong; details are in the log.</source>
        <translation>Något oväntat gick fel; detaljer finns i loggen.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="50"/>
        <source>Activate</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="51"/>
        <source>Deactivate</source>
        <translation>Avaktivera</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="52"/>
        <source>SI config</source>
        <translation>SI-konfiguration</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="53"/>
        <source>SI init</source>
        <translation>SI-initiering</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="54"/>
        <source>End of day (final balance)</source>
        <translation>Dagsavslut (bokslut)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="55"/>
        <source>Transmission</source>
        <translation>Överföring</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="56"/>
        <source>Submission</source>
        <translation>Insändning</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="57"/>
        <source>Intermediate EOD receipt</source>
        <translation>Mellanrapport (kvitto)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="58"/>
        <source>Reprint last receipt</source>
        <translation>Senaste kvittot igen</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="59"/>
        <source>Config data</source>
        <translation>Konfigurationsdata</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="60"/>
        <source>PIN pad information</source>
        <translation>Info om PIN-plattan</translation>
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
        <translation>Testa ihopparningen (TEST_MAC)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="65"/>
        <source>Last transaction</source>
        <translation>Senaste transaktionen</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="66"/>
        <source>Resynchronise the counter</source>
        <translation>Synkronisera om räknaren</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="67"/>
        <source>End of day</source>
        <translation>Dagsavslut</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="84"/>
        <source>Card terminal</source>
        <translation>Kortterminal</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="99"/>
        <source>Talks to the acquirer: may take minutes</source>
        <translation>Kontaktar inlösaren: kan ta flera minuter</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="107"/>
        <location filename="../till/ui/terminal_admin_dialog.py" line="185"/>
        <source>Pair Point terminal</source>
        <translation>Para ihop Point-terminalen</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="108"/>
        <source>Unpair Point terminal</source>
        <translation>Ta bort ihopparningen med Point-terminalen</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="113"/>
        <source>Manager only</source>
        <translation>Endast chef</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="120"/>
        <source>Terminal at {address}. Choose a command (arrows, Enter).</source>
        <translation>Terminal på {address}. Välj ett kommando (pilar, Enter).</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="135"/>
        <source>What the terminal answers and prints shows here.</source>
        <translation>Här visas vad terminalen svarar och skriver ut.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="137"/>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="170"/>
        <source>{command}: waiting for the terminal{slow}…</source>
        <translation>{command}: väntar på terminalen{slow}…</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="171"/>
        <source> (this can take minutes)</source>
        <translation> (det kan ta flera minuter)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="182"/>
        <source>Unpaired: the till forgot the MAC key.</source>
        <translation>Ihopparningen borttagen: kassan har glömt MAC-nyckeln.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="186"/>
        <source>Type the entry code the terminal shows:</source>
        <translation>Skriv in koden som terminalen visar:</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="195"/>
        <source>Paired (MAC_LABEL {label}).</source>
        <translation>Ihopparad (MAC_LABEL {label}).</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="218"/>
        <source>{command}: done.</source>
        <translation>{command}: klart.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="222"/>
        <source>The terminal refused: {why}</source>
        <translation>Terminalen nekade: {why}</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="287"/>
        <source>The entry code is digits only.</source>
        <translation>Koden består bara av siffror.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="203"/>
        <location filename="../till/ui/terminal_admin_dialog.py" line="233"/>
        <source>Choose a command (arrows, Enter).</source>
        <translation>Välj ett kommando (pilar, Enter).</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="260"/>
        <source>Wait for the terminal to finish: a command cannot be stopped half-way.</source>
        <translation>Vänta tills terminalen är klar: ett kommando kan inte avbrytas halvvägs.</translation>
    </message>
</context>
<context>
    <name>TerminalStatus</name>
    <message>
        <location filename="../till/ui/card_dialog.py" line="47"/>
        <source>Card presented (contactless)</source>
        <translation>Kort visat (kontaktlöst)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="48"/>
        <source>Card swiped (magstripe)</source>
        <translation>Kort draget (magnetremsa)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="49"/>
        <source>Card inserted (chip)</source>
        <translation>Kort isatt (chip)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="50"/>
        <source>Card read</source>
        <translation>Kort läst</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="51"/>
        <source>Card removed</source>
        <translation>Kort uttaget</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="52"/>
        <source>Transaction started</source>
        <translation>Transaktion startad</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="53"/>
        <source>Transaction ended</source>
        <translation>Transaktion avslutad</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="54"/>
        <source>Transaction aborted</source>
        <translation>Transaktion avbruten</translation>
    </message>
</context>
<context>
    <name>TillAdmin</name>
    <message>
        <location filename="../till/cli.py" line="71"/>
        <source>{count} receipts exported.</source>
        <translation>{count} kvitton exporterade.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="74"/>
        <source>{count} events exported.</source>
        <translation>{count} händelser exporterade.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="78"/>
        <source>No manager PIN is set yet: choose one (4 to 12 digits).</source>
        <translation>Ingen PIN-kod för chef är vald än: välj en (4 till 12 siffror).</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="82"/>
        <source>Manager PIN for {action}:</source>
        <translation>Chefens PIN-kod för {action}:</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="85"/>
        <source>New manager PIN:</source>
        <translation>Ny PIN-kod för chef:</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="89"/>
        <source>Run the terminal&apos;s end of day too: till-admin terminal end-of-day</source>
        <translation>Kör också terminalens dagsavslut: till-admin terminal end-of-day</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="95"/>
        <source>Manager PIN set.</source>
        <translation>PIN-koden för chef är sparad.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="97"/>
        <source>Interrupted.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <location filename="../till/cli.py" line="100"/>
        <source>Unexpected error ({error}); run again with TILL_DEBUG=1 for details.</source>
        <translation>Oväntat fel ({error}); kör igen med TILL_DEBUG=1 för detaljer.</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="50"/>
        <source>Subject</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="55"/>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="60"/>
        <source>Serial</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="65"/>
        <source>Org number</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="70"/>
        <source>(none found)</source>
        <translation>(inget hittades)</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="75"/>
        <source>Valid from</source>
        <translation>Giltigt från</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="80"/>
        <source>Valid to</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="85"/>
        <source>Warning: {warning}</source>
        <translation>Varning: {warning}</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="90"/>
        <source>The passphrase is kept in the keyring (service &apos;till&apos;).</source>
        <translation>Lösenfrasen sparas i nyckelringen (tjänst &apos;till&apos;).</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="95"/>
        <source>Set control_unit.certificate = &quot;{path}&quot; in {source} (and transport = &quot;direct&quot;) for the till to use it.</source>
        <translation>Ange control_unit.certificate = &quot;{path}&quot; i {source} (och transport = &quot;direct&quot;) för att kassan ska använda det.</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="104"/>
        <source>Not usable: {why}</source>
        <translation>Kan inte användas: {why}</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../till/cli_control_unit.py" line="110"/>
        <source>usable for org number {org_nr}</source>
        <translation>kan användas för org.nr {org_nr}</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="36"/>
        <source>There is no database at {path} yet: nothing to check.</source>
        <translation>Det finns ingen databas i {path} än: inget att kontrollera.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="41"/>
        <source>{path} does not exist.</source>
        <translation>{path} finns inte.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="46"/>
        <source>Journal head: row {row}, hash {hash}</source>
        <translation>Journalens senaste rad: rad {row}, hash {hash}</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="51"/>
        <source>PROBLEM: {problem}</source>
        <translation>PROBLEM: {problem}</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="56"/>
        <source>Journal intact: {rows} rows checked.</source>
        <translation>Journalen är intakt: {rows} rader kontrollerade.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="61"/>
        <source>Journal NOT intact: {problems} problems in {rows} rows.</source>
        <translation>Journalen är INTE intakt: {problems} problem på {rows} rader.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="66"/>
        <source>The keyring&apos;s anchor for register {register}: {rows} journal rows, head row {row} (saved {saved_at}).</source>
        <translation>Nyckelringens ankare för kassa {register}: {rows} journalrader, senaste rad {row} (sparat {saved_at}).</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="75"/>
        <source>The keyring&apos;s anchor for register {register} is damaged.</source>
        <translation>Nyckelringens ankare för kassa {register} är skadat.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="80"/>
        <source>There is no anchor for register {register} in the keyring.</source>
        <translation>Det finns inget ankare för kassa {register} i nyckelringen.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="85"/>
        <source>The database {path} will be used as it is.</source>
        <translation>Databasen {path} används som den är.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="90"/>
        <source>The database {path} does not exist and will be made anew, empty.</source>
        <translation>Databasen {path} finns inte och skapas på nytt, tom.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="97"/>
        <source>From now on the till checks the journal against this database. The reset is journaled with the old anchor, what the check finds and your reason.</source>
        <translation>Från och med nu kontrollerar kassan journalen mot den här databasen. Återställningen journalförs med det gamla ankaret, vad kontrollen hittar och din orsak.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="106"/>
        <source>Type {word} to go on:</source>
        <translation>Skriv {word} för att fortsätta:</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="111"/>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../till/cli_journal.py" line="116"/>
        <source>Anchor reset: register {register}&apos;s journal is anchored at row {row} (hash {hash}); the reset is that row in the journal.</source>
        <translation>Ankaret återställt: journalen för kassa {register} är förankrad vid rad {row} (hash {hash}); återställningen är den raden i journalen.</translation>
    </message>
    <message>
        <location filename="../till/cli_point.py" line="64"/>
        <source>Paired with the Klarna terminal at {address} (MAC_LABEL {label}, REG_VER {reg_ver}); the MAC key is in the keyring.</source>
        <translation>Ihopparad med Klarnaterminalen på {address} (MAC_LABEL {label}, REG_VER {reg_ver}); MAC-nyckeln ligger i nyckelringen.</translation>
    </message>
    <message>
        <location filename="../till/cli_point.py" line="73"/>
        <source>The Klarna terminal at {address} is unpaired from this till.</source>
        <translation>Ihopparningen mellan Klarnaterminalen på {address} och den här kassan är borttagen.</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="46"/>
        <source>{read} products read, {changed} new or changed.</source>
        <translation>{read} artiklar lästa, {changed} nya eller ändrade.</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="51"/>
        <source>Not imported: {error}</source>
        <translation>Inte importerad: {error}</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="56"/>
        <source>{count} rows were not imported; the other rows were.</source>
        <translation>{count} rader importerades inte; övriga rader importerades.</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="60"/>
        <source>{count} products exported.</source>
        <translation>{count} artiklar exporterade.</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="64"/>
        <source>Removed {code} {name}: it is no longer sold; receipts and the journal keep it.</source>
        <translation>Tog bort {code} {name}: den säljs inte längre; kvitton och journalen behåller den.</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="72"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="73"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="74"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="75"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="76"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="77"/>
        <source>Barcodes</source>
        <translation>Streckkoder</translation>
    </message>
    <message>
        <location filename="../till/cli_products.py" line="79"/>
        <source>{price}/kg</source>
        <translation>{price}/kg</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="48"/>
        <source>Manager (name or number) for {action}:</source>
        <translation>Chef (namn eller nummer) för {action}:</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="51"/>
        <source>PIN:</source>
        <translation>PIN-kod:</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="52"/>
        <source>New PIN:</source>
        <translation>Ny PIN-kod:</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="54"/>
        <source>The same PIN again:</source>
        <translation>Samma PIN-kod igen:</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="57"/>
        <source>Added {number} {name} (manager).</source>
        <translation>Lade till {number} {name} (chef).</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="60"/>
        <source>Added {number} {name} (cashier).</source>
        <translation>Lade till {number} {name} (kassör).</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="63"/>
        <source>Disabled {number} {name}.</source>
        <translation>Stängde av {number} {name}.</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="66"/>
        <source>New PIN set for {number} {name}.</source>
        <translation>Ny PIN-kod sparad för {number} {name}.</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="69"/>
        <source>manager</source>
        <translation>chef</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="70"/>
        <source>cashier</source>
        <translation>kassör</translation>
    </message>
    <message>
        <location filename="../till/cli_users.py" line="72"/>
        <source>(disabled)</source>
        <translation>(avstängd)</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../till/ui/totals_panel.py" line="30"/>
        <location filename="../till/ui/totals_panel.py" line="114"/>
        <source>TOTAL</source>
        <translation>ATT BETALA</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="110"/>
        <source>TO PAY BACK</source>
        <translation>ATT ÅTERBETALA</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="112"/>
        <source>STILL TO PAY</source>
        <translation>KVAR ATT BETALA</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="125"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="125"/>
        <source>of amount</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="129"/>
        <source>{n} lines</source>
        <translation>Rader: {n}</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="138"/>
        <source>Training receipt</source>
        <translation>Övningskvitto</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="139"/>
        <source>Cash invoice</source>
        <translation>Kontantnota</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="140"/>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="142"/>
        <source>Pro forma {number} (EJ KVITTO)  ·  the sale is still open</source>
        <translation>Proforma {number} (EJ KVITTO)  ·  köpet är fortfarande öppet</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="147"/>
        <source>Return receipt</source>
        <translation>Returkvitto</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="149"/>
        <source>{name} {number}  ·  hand over {amount}</source>
        <translation>{name} {number}  ·  lämna ut {amount}</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="153"/>
        <source>{name} {number}  ·  paid back through Klarna</source>
        <translation>{name} {number}  ·  återbetalt via Klarna</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="157"/>
        <source>{name} {number}  ·  paid back to the card</source>
        <translation>{name} {number}  ·  återbetalt till kortet</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="162"/>
        <source>{name} {number}  ·  change {change}</source>
        <translation>{name} {number}  ·  växel {change}</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="166"/>
        <source>Change {amount}</source>
        <translation>Växel {amount}</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="169"/>
        <source>{name} {number}  ·  paid with Klarna</source>
        <translation>{name} {number}  ·  betalt med Klarna</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="171"/>
        <source>{name} {number}  ·  paid by card</source>
        <translation>{name} {number}  ·  betalt med kort</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="176"/>
        <source>Receipt {number} is stored but was not printed: {error} Ctrl+U prints it when the printer works again.</source>
        <translation>Kvitto {number} är sparat men skrevs inte ut: {error} Ctrl+U skriver ut det när skrivaren fungerar igen.</translation>
    </message>
</context>
<context>
    <name>UnprintedDialog</name>
    <message>
        <location filename="../till/ui/unprinted_dialog.py" line="25"/>
        <source>Receipts not printed</source>
        <translation>Kvitton som inte skrivits ut</translation>
    </message>
    <message>
        <location filename="../till/ui/unprinted_dialog.py" line="29"/>
        <source>These receipts are stored with their control code but were never printed. Enter prints the chosen one&apos;s original (only once; it is not a copy).</source>
        <translation>De här kvittona är sparade med sin kontrollkod men skrevs aldrig ut. Enter skriver ut originalet av det valda (bara en gång; det är ingen kopia).</translation>
    </message>
    <message>
        <location filename="../till/ui/unprinted_dialog.py" line="41"/>
        <source>Print (Enter)</source>
        <translation>Skriv ut (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/unprinted_dialog.py" line="47"/>
        <source>Cash invoice</source>
        <translation>Kontantnota</translation>
    </message>
    <message>
        <location filename="../till/ui/unprinted_dialog.py" line="49"/>
        <source>Receipt</source>
        <translation>Kvitto</translation>
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
        <translation>Kassörer</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="198"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="198"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="198"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="198"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="217"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="218"/>
        <location filename="../till/ui/users_dialog.py" line="320"/>
        <source>Disable</source>
        <translation>Spärra</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="219"/>
        <location filename="../till/ui/users_dialog.py" line="349"/>
        <source>New PIN</source>
        <translation>Ny PIN-kod</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="223"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="243"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="243"/>
        <source>Cashier</source>
        <translation>Kassör</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="245"/>
        <source>Disabled</source>
        <translation>Spärrad</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="247"/>
        <source>Locked ({seconds} s)</source>
        <translation>Låst ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="249"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="294"/>
        <source>Add a cashier or manager</source>
        <translation>Lägg till en kassör eller chef</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="295"/>
        <source>The name they sign in with, their role, and their PIN twice.</source>
        <translation>Namnet personen loggar in med, rollen och PIN-koden två gånger.</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="314"/>
        <source>Added: {number} {name}.</source>
        <translation>Tillagd: {number} {name}.</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="322"/>
        <source>Disable {number} {name}? They can no longer sign in; a new PIN enables them again. The journal keeps what they did.</source>
        <translation>Spärra {number} {name}? Personen kan inte längre logga in; en ny PIN-kod häver spärren. Journalen behåller det personen gjort.</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="325"/>
        <source>Disable (Enter)</source>
        <translation>Spärra (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="340"/>
        <source>Disabled: {number} {name}.</source>
        <translation>Spärrad: {number} {name}.</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="351"/>
        <source>A new PIN for {number} {name}; it also ends a lockout and enables them again.</source>
        <translation>En ny PIN-kod för {number} {name}; den häver också en låsning eller spärr.</translation>
    </message>
    <message>
        <location filename="../till/ui/users_dialog.py" line="369"/>
        <source>New PIN set: {number} {name}.</source>
        <translation>Ny PIN-kod satt: {number} {name}.</translation>
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
        <translation>Vikt</translation>
    </message>
    <message>
        <location filename="../till/ui/weight_dialog.py" line="20"/>
        <source>Weight of {name} ({price}/kg)</source>
        <translation>Vikt för {name} ({price}/kg)</translation>
    </message>
    <message>
        <location filename="../till/ui/weight_dialog.py" line="24"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
</context>
</TS>
