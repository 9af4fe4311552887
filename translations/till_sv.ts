<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <location filename="../till/ui/card_intents.py" line="28"/>
        <source>Klarna payment (Point terminal)</source>
        <translation>Klarnabetalning (Point-terminal)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="30"/>
        <source>Card payment</source>
        <translation>Kortbetalning</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="57"/>
        <source>there is nothing to pay for</source>
        <translation>det finns inget att betala</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="60"/>
        <source>No Klarna terminal is set up for this till; take another tender.</source>
        <translation>Ingen Klarnaterminal är inställd för den här kassan; ta ett annat betalsätt.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="64"/>
        <source>No card terminal is set up for this till; take another tender.</source>
        <translation>Ingen kortterminal är inställd för kassan; ta ett annat betalsätt.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="84"/>
        <source>The card payment was cancelled; the sale is still open.</source>
        <translation>Kortbetalningen avbröts; köpet är fortfarande öppet.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="98"/>
        <source>Card approved {approved} kr; {due} kr still due.</source>
        <translation>Kortet godkänt {approved} kr; {due} kr kvar att betala.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="103"/>
        <source>Card approved only {approved} kr of {asked} kr; {due} kr still due.</source>
        <translation>Kortet godkände bara {approved} kr av {asked} kr; {due} kr kvar att betala.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="121"/>
        <source>no card payment is in doubt</source>
        <translation>ingen kortbetalning är oklar</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="127"/>
        <source>no card payment of this sale is in doubt</source>
        <translation>ingen kortbetalning i det här köpet är oklar</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="148"/>
        <source>The money ({amount} kr) went back to the card. The sale is open: take the payment again, or void it.</source>
        <translation>Pengarna ({amount} kr) gick tillbaka till kortet. Köpet är öppet: ta betalt igen, eller makulera det.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="155"/>
        <source>The reversal did not happen: the card payment of {amount} kr stands. Finish the sale (F8), or give it up again (Shift+F8).</source>
        <translation>Återföringen blev inte av: kortbetalningen på {amount} kr står kvar. Slutför köpet (F8), eller ge upp det igen (Shift+F8).</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="162"/>
        <source>The card was charged {amount} kr; {due} kr still due.</source>
        <translation>Kortet drogs {amount} kr; {due} kr kvar att betala.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="167"/>
        <source>The card was not charged ({amount} kr). Take the payment again.</source>
        <translation>Kortet drogs inte ({amount} kr). Ta betalningen igen.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="179"/>
        <source>no card payment of this sale can be given up</source>
        <translation>ingen kortbetalning i det här köpet kan ges upp</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="181"/>
        <source>Give up the card payment</source>
        <translation>Ge upp kortbetalningen</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="183"/>
        <source>Reverse {amount} kr to the customer&apos;s card? The sale stays open: take another payment, or void it.</source>
        <translation>Återföra {amount} kr till kundens kort? Köpet förblir öppet: ta en annan betalning, eller makulera köpet.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="186"/>
        <source>Reverse (Enter)</source>
        <translation>Återför (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_intents.py" line="193"/>
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
        <location filename="../till/ui/card_panel.py" line="131"/>
        <source>Why: {why}</source>
        <translation>Orsak: {why}</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="133"/>
        <source>Card paid {amount} kr, but no control code</source>
        <translation>Kort betalt {amount} kr, men ingen kontrollkod</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="137"/>
        <source>The receipt can only be made with a control code. Retry when the control unit answers, or give up: the card payment is then reversed.</source>
        <translation>Kvittot kan bara skapas med en kontrollkod. Försök igen när kontrollenheten svarar, eller ge upp: då återförs kortbetalningen.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="141"/>
        <source>Paid by card {paid} kr – {due} kr still due</source>
        <translation>Betalt med kort {paid} kr – {due} kr kvar att betala</translation>
    </message>
    <message>
        <location filename="../till/ui/card_panel.py" line="145"/>
        <source>Take the rest by card (F11) or in cash (F12). The items cannot change now; to start over, give up and the card payment is reversed.</source>
        <translation>Ta resten med kort (F11) eller kontant (F12). Varorna kan inte ändras nu; för att börja om, ge upp så återförs kortbetalningen.</translation>
    </message>
</context>
<context>
    <name>CardPaymentDialog</name>
    <message>
        <location filename="../till/ui/card_dialog.py" line="90"/>
        <source>Card payment</source>
        <translation>Kortbetalning</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="103"/>
        <source>Still due</source>
        <translation>Kvar att betala</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="108"/>
        <source>Charge the card</source>
        <translation>Dra på kortet</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="123"/>
        <source>Terminal – for you</source>
        <translation>Terminalen – till dig</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="124"/>
        <source>Terminal – customer&apos;s screen</source>
        <translation>Terminalen – kundens skärm</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="136"/>
        <source>Enter starts the payment on the terminal.</source>
        <translation>Enter startar betalningen på terminalen.</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="190"/>
        <source>the amount must be more than 0</source>
        <translation>beloppet måste vara större än 0</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="192"/>
        <source>at most {due} kr is due</source>
        <translation>högst {due} kr återstår att betala</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="215"/>
        <source>Waiting for the terminal…</source>
        <translation>Väntar på terminalen…</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="229"/>
        <source>Esc: stop waiting for the card     F12: customer pays cash instead</source>
        <translation>Esc: sluta vänta på kortet     F12: kunden betalar kontant i stället</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="231"/>
        <source>Enter: start     Esc: back     F12: customer pays cash instead</source>
        <translation>Enter: starta     Esc: tillbaka     F12: kunden betalar kontant i stället</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="242"/>
        <source>Customer pays cash: asking the terminal to stop…</source>
        <translation>Kunden betalar kontant: ber terminalen avbryta…</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="244"/>
        <source>Asking the terminal to stop waiting for the card…</source>
        <translation>Ber terminalen sluta vänta på kortet…</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../till/ui/cart_model.py" line="24"/>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="25"/>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="26"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="27"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="28"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../till/ui/cart_model.py" line="29"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
</context>
<context>
    <name>CashPaymentDialog</name>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="31"/>
        <source>Cash payment</source>
        <translation>Kontantbetalning</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="40"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="41"/>
        <source>Öre rounding</source>
        <translation>Öresavrundning</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="42"/>
        <source>To pay</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="44"/>
        <source>Tendered</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="52"/>
        <source>Change</source>
        <translation>Växel</translation>
    </message>
    <message>
        <location filename="../till/ui/cash_dialog.py" line="57"/>
        <source>Pay (Enter)</source>
        <translation>Betala (Enter)</translation>
    </message>
</context>
<context>
    <name>CashierWindow</name>
    <message>
        <location filename="../till/ui/cashier_window.py" line="93"/>
        <source>Something unexpected went wrong. The sale is kept; details are in the log.</source>
        <translation>Något oväntat gick fel. Köpet finns kvar; detaljer finns i loggen.</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="238"/>
        <source>Scan or type a code   (3*code adds 3)</source>
        <translation>Skanna eller skriv en kod   (3*kod ger 3 st)</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="427"/>
        <source>select a line first (↑/↓)</source>
        <translation>markera en rad först (↑/↓)</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="458"/>
        <source>Ctrl+O: cash invoices (offline mode) while the control unit is out.</source>
        <translation>Ctrl+O: kontantnotor (offlineläge) medan kontrollenheten är ur funktion.</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="173"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../till/ui/cashier_window.py" line="488"/>
        <source>No card terminal is set up for this till.</source>
        <translation>Ingen kortterminal är inställd för kassan.</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="171"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="172"/>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="174"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="175"/>
        <source>Void</source>
        <translation>Makulera</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="176"/>
        <source>Last receipt</source>
        <translation>Senaste kvitto</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="177"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="178"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="179"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="180"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="181"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="182"/>
        <source>Copy</source>
        <translation>Kopia</translation>
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
        <location filename="../till/ui/day_report_intents.py" line="26"/>
        <source>Day reports are not set up on this till.</source>
        <translation>Dagrapporter är inte inställda i kassan.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="37"/>
        <source>The report was not printed: {error}</source>
        <translation>Rapporten skrevs inte ut: {error}</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="43"/>
        <source>Z report</source>
        <translation>Z-dagrapport</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="45"/>
        <source>Take the Z report? It closes the day: the day&apos;s figures start again from zero, and the card terminal&apos;s end of day runs with it.</source>
        <translation>Ta Z-dagrapporten? Den stänger dagen: dagens siffror börjar om från noll, och kortterminalens dagsavslut körs samtidigt.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="48"/>
        <source>Take the Z report (Enter)</source>
        <translation>Ta Z-dagrapporten (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="60"/>
        <source>Z report {number} stored and printed.</source>
        <translation>Z-dagrapport {number} sparad och utskriven.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="63"/>
        <source>Z report {number} is stored but was not printed: {error}</source>
        <translation>Z-dagrapport {number} är sparad men skrevs inte ut: {error}</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="69"/>
        <source>Card terminal end of day: done.</source>
        <translation>Kortterminalens dagsavslut: klart.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="72"/>
        <source>The card terminal&apos;s end of day failed: {error}. Retry it with Ctrl+T.</source>
        <translation>Kortterminalens dagsavslut misslyckades: {error}. Försök igen med Ctrl+T.</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="84"/>
        <source>Reprint a Z report</source>
        <translation>Skriv ut Z-dagrapport igen</translation>
    </message>
    <message>
        <location filename="../till/ui/day_report_intents.py" line="85"/>
        <source>Number of the Z report to print again (marked KOPIA)</source>
        <translation>Nummer på Z-dagrapporten som skrivs ut igen (märkt KOPIA)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../till/ui/dialogs.py" line="58"/>
        <source>Cancel (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../till/ui/help_dialog.py" line="31"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../till/ui/help_dialog.py" line="39"/>
        <source>till {version}, made by {maker}</source>
        <translation>till {version}, tillverkad av {maker}</translation>
    </message>
    <message>
        <location filename="../till/ui/help_dialog.py" line="50"/>
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
    <name>JournalModel</name>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="81"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="82"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="83"/>
        <source>Kind</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="84"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
</context>
<context>
    <name>JournalViewer</name>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="44"/>
        <source>All kinds</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="144"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="151"/>
        <source>&amp;All days</source>
        <translation>&amp;Alla dagar</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="158"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="160"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="203"/>
        <source>Choose a row to see all it holds.</source>
        <translation>Välj en rad för att se allt den innehåller.</translation>
    </message>
    <message>
        <location filename="../till/ui/journal_viewer.py" line="244"/>
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
        <location filename="../till/ui/manager_dialog.py" line="56"/>
        <source>Set the manager PIN</source>
        <translation>Välj chefens PIN-kod</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="58"/>
        <source>No manager PIN is set on this till yet. The manager chooses one now ({low}–{high} digits) and types it twice. Needed for: {action}.</source>
        <translation>Kassan har ännu ingen PIN-kod för chef. Chefen väljer en nu ({low}–{high} siffror) och skriver den två gånger. Behövs för: {action}.</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="62"/>
        <source>Manager approval</source>
        <translation>Chefsgodkännande</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="63"/>
        <source>A manager approves: {action}. Type the manager PIN.</source>
        <translation>En chef godkänner: {action}. Skriv chefens PIN-kod.</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="79"/>
        <source>New PIN</source>
        <translation>Ny PIN-kod</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="79"/>
        <source>Manager PIN</source>
        <translation>Chefens PIN-kod</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="82"/>
        <source>The same PIN again</source>
        <translation>Samma PIN-kod igen</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="90"/>
        <source>Set PIN (Enter)</source>
        <translation>Spara PIN-kod (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="90"/>
        <source>Approve (Enter)</source>
        <translation>Godkänn (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="104"/>
        <source>The PIN is {low} to {high} digits, nothing else.</source>
        <translation>PIN-koden är {low} till {high} siffror, inget annat.</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="118"/>
        <source>The two PINs differ: type it again.</source>
        <translation>PIN-koderna skiljer sig åt: skriv den igen.</translation>
    </message>
    <message>
        <location filename="../till/ui/manager_dialog.py" line="121"/>
        <source>Type the manager PIN, or Esc to cancel.</source>
        <translation>Skriv chefens PIN-kod, eller Esc för att avbryta.</translation>
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
        <location filename="../till/ui/mode_intents.py" line="43"/>
        <source>Offline mode is only for when the control unit cannot be reached, and no payment has failed for that.</source>
        <translation>Offlineläge gäller bara när kontrollenheten inte kan nås, och ingen betalning har misslyckats av det skälet.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="48"/>
        <source>Cash invoices (offline mode)</source>
        <translation>Kontantnotor (offlineläge)</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="50"/>
        <source>The control unit cannot be reached: {reason}

From now on every sale gets a cash invoice (kontantnota) from its own number series, until the control unit answers again. The outage must be documented and reported to Skatteverket.</source>
        <translation>Kontrollenheten kan inte nås: {reason}

Från och med nu får varje köp en kontantnota ur en egen nummerserie, tills kontrollenheten svarar igen. Avbrottet ska dokumenteras och anmälas till Skatteverket.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="54"/>
        <source>Cash invoices (Enter)</source>
        <translation>Kontantnotor (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="62"/>
        <source>Offline mode: take the payment again (F12 or F11); the customer gets a cash invoice (kontantnota).</source>
        <translation>Offlineläge: ta betalningen igen (F12 eller F11); kunden får en kontantnota.</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="70"/>
        <source>Open the drawer</source>
        <translation>Öppna lådan</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="71"/>
        <source>Why is the drawer opened without a sale? (required, kept in the journal)</source>
        <translation>Varför öppnas lådan utan köp? (krävs, sparas i journalen)</translation>
    </message>
    <message>
        <location filename="../till/ui/mode_intents.py" line="78"/>
        <source>The drawer is open; the opening is journaled.</source>
        <translation>Lådan är öppen; öppningen är journalförd.</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <location filename="../till/ui/product_search.py" line="34"/>
        <source>Product search</source>
        <translation>Sök vara</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="45"/>
        <source>Part of the product&apos;s name</source>
        <translation>Del av varans namn</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="50"/>
        <source>Type part of a name; ↑/↓ choose, Enter adds.</source>
        <translation>Skriv en del av namnet; ↑/↓ väljer, Enter lägger till.</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="114"/>
        <source>{n} found</source>
        <translation>{n} träffar</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="116"/>
        <source>No product matches</source>
        <translation>Ingen vara matchar</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="131"/>
        <source>No product chosen</source>
        <translation>Ingen vara vald</translation>
    </message>
    <message>
        <location filename="../till/ui/product_search.py" line="143"/>
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
        <location filename="../till/ui/receipt_intents.py" line="18"/>
        <source>no receipt has been made since the till started</source>
        <translation>inget kvitto har skapats sedan kassan startade</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="24"/>
        <source>Copy of a receipt</source>
        <translation>Kvittokopia</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="25"/>
        <source>Which receipt? Scan its barcode or type its number. It gets one copy only.</source>
        <translation>Vilket kvitto? Skanna streckkoden eller skriv numret. Ett kvitto får bara en kopia.</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="34"/>
        <source>Copy of receipt {number} printed (KOPIA).</source>
        <translation>Kopia av kvitto {number} utskriven (KOPIA).</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="46"/>
        <source>{count} stored receipt(s) were not printed: Ctrl+U prints them.</source>
        <translation>{count} sparade kvitton skrevs inte ut: Ctrl+U skriver ut dem.</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="55"/>
        <source>Every stored receipt has been printed.</source>
        <translation>Alla sparade kvitton är utskrivna.</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="64"/>
        <source>Receipt {number} printed; {count} more not printed (Ctrl+U).</source>
        <translation>Kvitto {number} utskrivet; {count} till är inte utskrivna (Ctrl+U).</translation>
    </message>
    <message>
        <location filename="../till/ui/receipt_intents.py" line="70"/>
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
        <location filename="../till/ui/return_dialog.py" line="55"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="61"/>
        <source>Scan the barcode at the foot of the customer&apos;s receipt, or type its number. A manager approves every return.</source>
        <translation>Skanna streckkoden längst ner på kundens kvitto, eller skriv kvittonumret. En chef godkänner varje retur.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="69"/>
        <source>Receipt number or barcode</source>
        <translation>Kvittonummer eller streckkod</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="73"/>
        <source>Without a receipt (F3)</source>
        <translation>Utan kvitto (F3)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="79"/>
        <source>No receipt? The items are scanned as in a sale.</source>
        <translation>Inget kvitto? Skanna varorna som vid köp.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="89"/>
        <source>Against this receipt (Enter)</source>
        <translation>Mot detta kvitto (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="97"/>
        <source>Scan or type the receipt&apos;s number, or F3 for a return without one.</source>
        <translation>Skanna eller skriv kvittonumret, eller F3 för retur utan kvitto.</translation>
    </message>
</context>
<context>
    <name>ReturnIntents</name>
    <message>
        <location filename="../till/ui/return_intents.py" line="23"/>
        <source>This return has no receipt: scan or type the items coming back.</source>
        <translation>Returen har inget kvitto: skanna eller skriv varorna som lämnas tillbaka.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="27"/>
        <source>finish or void the open sale before a return</source>
        <translation>slutför eller makulera det öppna köpet före en retur</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="42"/>
        <source>Everything on receipt {number} has come back already.</source>
        <translation>Allt på kvitto {number} är redan returnerat.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="52"/>
        <source>Quantity to take back</source>
        <translation>Antal att ta tillbaka</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="53"/>
        <source>How much of {name} comes back? ({left} can){unit}</source>
        <translation>Hur mycket av {name} lämnas tillbaka? (högst {left}){unit}</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="56"/>
        <source> (kg)</source>
        <translation> (kg)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="75"/>
        <location filename="../till/ui/return_intents.py" line="93"/>
        <source>nothing to pay back: take an item back first</source>
        <translation>inget att betala tillbaka: ta tillbaka en vara först</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="77"/>
        <source>Pay back in cash</source>
        <translation>Betala tillbaka kontant</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="79"/>
        <source>Pay back {amount} kr in cash? Enter registers the return receipt and the drawer opens.</source>
        <translation>Betala tillbaka {amount} kr kontant? Enter registrerar returkvittot och lådan öppnas.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="82"/>
        <source>Pay back (Enter)</source>
        <translation>Betala tillbaka (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="97"/>
        <source>No Klarna terminal is set up for this till; pay back in cash (F12).</source>
        <translation>Ingen Klarnaterminal är inställd för den här kassan; betala tillbaka kontant (F12).</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="101"/>
        <source>No card terminal is set up for this till; pay back in cash (F12).</source>
        <translation>Ingen kortterminal är inställd för kassan; betala tillbaka kontant (F12).</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="106"/>
        <source>Pay back {amount} kr through Klarna</source>
        <translation>Betala tillbaka {amount} kr via Klarna</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="108"/>
        <source>Pay back {amount} kr to the card</source>
        <translation>Betala tillbaka {amount} kr till kortet</translation>
    </message>
    <message>
        <location filename="../till/ui/return_intents.py" line="124"/>
        <source>The card refund was cancelled; the return is still open.</source>
        <translation>Återbetalningen till kortet avbröts; returen är fortfarande öppen.</translation>
    </message>
</context>
<context>
    <name>ReturnLinesDialog</name>
    <message>
        <location filename="../till/ui/return_dialog.py" line="216"/>
        <source>Return against receipt {number}</source>
        <translation>Retur mot kvitto {number}</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="221"/>
        <source>Choose what comes back (↑/↓, Enter); the quantity is asked next. Esc: scan the items instead.</source>
        <translation>Välj vad som lämnas tillbaka (↑/↓, Enter); antalet frågas sedan. Esc: skanna varorna i stället.</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="235"/>
        <source>Take back (Enter)</source>
        <translation>Ta tillbaka (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="248"/>
        <source>Choose a line first (↑/↓).</source>
        <translation>Välj en rad först (↑/↓).</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="251"/>
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
        <location filename="../till/ui/return_dialog.py" line="132"/>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="133"/>
        <source>Sold</source>
        <translation>Sålt</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="134"/>
        <source>Can return</source>
        <translation>Kan returneras</translation>
    </message>
    <message>
        <location filename="../till/ui/return_dialog.py" line="135"/>
        <source>Amount sold</source>
        <translation>Sålt belopp</translation>
    </message>
</context>
<context>
    <name>SaleIntents</name>
    <message>
        <location filename="../till/ui/sale_intents.py" line="28"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="29"/>
        <source>New quantity for {name}</source>
        <translation>Nytt antal för {name}</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="30"/>
        <source> (kg)</source>
        <translation> (kg)</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="44"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="45"/>
        <source>Discount in kronor on {name} ({amount})</source>
        <translation>Rabatt i kronor på {name} ({amount})</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="66"/>
        <source>there is nothing to pay for</source>
        <translation>det finns inget att betala</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="71"/>
        <source>Cash payment – the rest after the card payment</source>
        <translation>Kontantbetalning – resten efter kortbetalningen</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="85"/>
        <source>Cancel the return</source>
        <translation>Avbryt returen</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="86"/>
        <source>Cancel the whole return? Nothing is paid back; the journal keeps it.</source>
        <translation>Avbryta hela returen? Inget betalas tillbaka; journalen sparar den.</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="87"/>
        <source>Cancel the return (Enter)</source>
        <translation>Avbryt returen (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="92"/>
        <source>Void sale</source>
        <translation>Makulera köpet</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="93"/>
        <source>Void the whole sale? It is kept in the journal as an unfinished sale.</source>
        <translation>Makulera hela köpet? Det sparas i journalen som ett avbrutet köp.</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="94"/>
        <source>Void sale (Enter)</source>
        <translation>Makulera köpet (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="103"/>
        <source>The return is still open: a return with nothing taken back yet cannot be cancelled. Take one item back, then F9 again.</source>
        <translation>Returen är fortfarande öppen: en retur där inget har tagits tillbaka kan inte avbrytas. Ta tillbaka en vara, tryck sedan F9 igen.</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="108"/>
        <source>Return cancelled</source>
        <translation>Returen avbruten</translation>
    </message>
    <message>
        <location filename="../till/ui/sale_intents.py" line="108"/>
        <source>Sale voided</source>
        <translation>Köpet makulerat</translation>
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
        <location filename="../till/ui/settle_dialog.py" line="78"/>
        <source>Why: {why}</source>
        <translation>Orsak: {why}</translation>
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
        <location filename="../till/ui/settle_dialog.py" line="94"/>
        <source>Reason, e.g. &apos;terminal receipt 0421 shows it approved&apos;</source>
        <translation>Orsak, t.ex. &apos;terminalkvitto 0421 visar godkänt&apos;</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="101"/>
        <source>Settle (Enter)</source>
        <translation>Avgör (Enter)</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="54"/>
        <source>Was the customer charged?</source>
        <translation>Debiterades kunden?</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="109"/>
        <source>Reason (required, kept in the journal)</source>
        <translation>Orsak (krävs, sparas i journalen)</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="123"/>
        <source>Choose whether the customer was charged.</source>
        <translation>Välj om kunden debiterades.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="125"/>
        <source>Choose whether the money was given back to the card.</source>
        <translation>Välj om pengarna gick tillbaka till kortet.</translation>
    </message>
    <message>
        <location filename="../till/ui/settle_dialog.py" line="129"/>
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
        <location filename="../till/ui/sign_in_intents.py" line="22"/>
        <source>Sign in first (F3).</source>
        <translation>Logga in först (F3).</translation>
    </message>
    <message>
        <location filename="../till/ui/sign_in_intents.py" line="97"/>
        <source>nobody signed in</source>
        <translation>ingen inloggad</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../till/ui/status_bar.py" line="18"/>
        <source>Register {id}</source>
        <translation>Kassa {id}</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="33"/>
        <source>Terminal: none</source>
        <translation>Terminal: ingen</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="35"/>
        <source>Terminal: online</source>
        <translation>Terminal: ansluten</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="38"/>
        <source>Terminal: offline – {reason}</source>
        <translation>Terminal: ej ansluten – {reason}</translation>
    </message>
    <message>
        <location filename="../till/ui/status_bar.py" line="48"/>
        <source>Control unit: {message}</source>
        <translation>Kontrollenhet: {message}</translation>
    </message>
</context>
<context>
    <name>TerminalAdminDialog</name>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="43"/>
        <source>Something unexpected went wrong; details are in the log.</source>
        <translation>Något oväntat gick fel; detaljer finns i loggen.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="49"/>
        <source>Activate</source>
        <translation>Aktivera</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="50"/>
        <source>Deactivate</source>
        <translation>Avaktivera</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="51"/>
        <source>SI config</source>
        <translation>SI-konfiguration</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="52"/>
        <source>SI init</source>
        <translation>SI-initiering</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="53"/>
        <source>End of day (final balance)</source>
        <translation>Dagsavslut (bokslut)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="54"/>
        <source>Transmission</source>
        <translation>Överföring</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="55"/>
        <source>Submission</source>
        <translation>Insändning</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="56"/>
        <source>Intermediate EOD receipt</source>
        <translation>Mellanrapport (kvitto)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="57"/>
        <source>Reprint last receipt</source>
        <translation>Senaste kvittot igen</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="58"/>
        <source>Config data</source>
        <translation>Konfigurationsdata</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="59"/>
        <source>PIN pad information</source>
        <translation>Info om PIN-plattan</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="60"/>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="63"/>
        <source>Test the pairing (TEST_MAC)</source>
        <translation>Testa ihopparningen (TEST_MAC)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="64"/>
        <source>Last transaction</source>
        <translation>Senaste transaktionen</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="65"/>
        <source>Resynchronise the counter</source>
        <translation>Synkronisera om räknaren</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="66"/>
        <source>End of day</source>
        <translation>Dagsavslut</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="83"/>
        <source>Card terminal</source>
        <translation>Kortterminal</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="98"/>
        <source>Talks to the acquirer: may take minutes</source>
        <translation>Kontaktar inlösaren: kan ta flera minuter</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="106"/>
        <location filename="../till/ui/terminal_admin_dialog.py" line="184"/>
        <source>Pair Point terminal</source>
        <translation>Para ihop Point-terminalen</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="107"/>
        <source>Unpair Point terminal</source>
        <translation>Ta bort ihopparningen med Point-terminalen</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="112"/>
        <source>Manager only</source>
        <translation>Endast chef</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="119"/>
        <source>Terminal at {address}. Choose a command (arrows, Enter).</source>
        <translation>Terminal på {address}. Välj ett kommando (pilar, Enter).</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="134"/>
        <source>What the terminal answers and prints shows here.</source>
        <translation>Här visas vad terminalen svarar och skriver ut.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="136"/>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="169"/>
        <source>{command}: waiting for the terminal{slow}…</source>
        <translation>{command}: väntar på terminalen{slow}…</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="170"/>
        <source> (this can take minutes)</source>
        <translation> (det kan ta flera minuter)</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="181"/>
        <source>Unpaired: the till forgot the MAC key.</source>
        <translation>Ihopparningen borttagen: kassan har glömt MAC-nyckeln.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="185"/>
        <source>Type the entry code the terminal shows:</source>
        <translation>Skriv in koden som terminalen visar:</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="194"/>
        <source>Paired (MAC_LABEL {label}).</source>
        <translation>Ihopparad (MAC_LABEL {label}).</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="216"/>
        <source>{command}: done.</source>
        <translation>{command}: klart.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="219"/>
        <source>The terminal refused: {why}</source>
        <translation>Terminalen nekade: {why}</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="284"/>
        <source>The entry code is digits only.</source>
        <translation>Koden består bara av siffror.</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="202"/>
        <location filename="../till/ui/terminal_admin_dialog.py" line="230"/>
        <source>Choose a command (arrows, Enter).</source>
        <translation>Välj ett kommando (pilar, Enter).</translation>
    </message>
    <message>
        <location filename="../till/ui/terminal_admin_dialog.py" line="257"/>
        <source>Wait for the terminal to finish: a command cannot be stopped half-way.</source>
        <translation>Vänta tills terminalen är klar: ett kommando kan inte avbrytas halvvägs.</translation>
    </message>
</context>
<context>
    <name>TerminalStatus</name>
    <message>
        <location filename="../till/ui/card_dialog.py" line="45"/>
        <source>Card presented (contactless)</source>
        <translation>Kort visat (kontaktlöst)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="46"/>
        <source>Card swiped (magstripe)</source>
        <translation>Kort draget (magnetremsa)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="47"/>
        <source>Card inserted (chip)</source>
        <translation>Kort isatt (chip)</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="48"/>
        <source>Card read</source>
        <translation>Kort läst</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="49"/>
        <source>Card removed</source>
        <translation>Kort uttaget</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="50"/>
        <source>Transaction started</source>
        <translation>Transaktion startad</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="51"/>
        <source>Transaction ended</source>
        <translation>Transaktion avslutad</translation>
    </message>
    <message>
        <location filename="../till/ui/card_dialog.py" line="52"/>
        <source>Transaction aborted</source>
        <translation>Transaktion avbruten</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../till/ui/totals_panel.py" line="26"/>
        <location filename="../till/ui/totals_panel.py" line="104"/>
        <source>TOTAL</source>
        <translation>ATT BETALA</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="104"/>
        <source>TO PAY BACK</source>
        <translation>ATT ÅTERBETALA</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="112"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="112"/>
        <source>of amount</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="116"/>
        <source>{n} lines</source>
        <translation>Rader: {n}</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="125"/>
        <source>Training receipt</source>
        <translation>Övningskvitto</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="126"/>
        <source>Cash invoice</source>
        <translation>Kontantnota</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="127"/>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="129"/>
        <source>Pro forma {number} (EJ KVITTO)  ·  the sale is still open</source>
        <translation>Proforma {number} (EJ KVITTO)  ·  köpet är fortfarande öppet</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="134"/>
        <source>Return receipt</source>
        <translation>Returkvitto</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="136"/>
        <source>{name} {number}  ·  hand over {amount}</source>
        <translation>{name} {number}  ·  lämna ut {amount}</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="140"/>
        <source>{name} {number}  ·  paid back through Klarna</source>
        <translation>{name} {number}  ·  återbetalt via Klarna</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="144"/>
        <source>{name} {number}  ·  paid back to the card</source>
        <translation>{name} {number}  ·  återbetalt till kortet</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="148"/>
        <source>{name} {number}  ·  change {change}</source>
        <translation>{name} {number}  ·  växel {change}</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="152"/>
        <source>{name} {number}  ·  paid with Klarna</source>
        <translation>{name} {number}  ·  betalt med Klarna</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="154"/>
        <source>{name} {number}  ·  paid by card</source>
        <translation>{name} {number}  ·  betalt med kort</translation>
    </message>
    <message>
        <location filename="../till/ui/totals_panel.py" line="159"/>
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
    <name>ValueDialog</name>
    <message>
        <location filename="../till/ui/input_dialogs.py" line="50"/>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
</context>
</TS>
