fact boats "Boats" unit count(boats) cues "boats"
=== bad.txt
source: Harbor ÿ Ledger

The wire counted 400 boats.

=== good.txt
The guard counted 420 boats.
