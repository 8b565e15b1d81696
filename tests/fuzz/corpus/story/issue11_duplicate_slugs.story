fact investment "Investment" unit USD cues "investment"
source "Harbor Ledger" trust 2
=== a.txt
source: Harbor Ledger

The investment reached $550 billion.

=== b.txt
source: harbor-ledger

The investment reached $490 billion.
