fact deal "Deal" unit USD cues "pledge"
claim deal from "Ledger" quote "$490 billion had been committed"
=== ledger.txt
source: Ledger

Officials said $490 billion had been committed. The pledge is $550 billion.

=== wire.txt
source: Wire

The pledge is $500 billion.
