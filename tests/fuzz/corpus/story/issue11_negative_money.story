reading precision last_digit
fact loss "Quarterly result" unit USD signed cues "lost", "loss", "result"
=== a.txt
source: Alpha Post

The fund posted a result of -$5 billion.

=== b.txt
source: Beta News

The fund posted a result of −$5 billion.

=== c.txt
source: Gamma Times

The fund posted a result of $-5 billion, a loss.
