fact boats "Boats [2J counted" unit count(boats) cues "boats"
=== ]0;owned.txt
source: [31mRed Wire[0m

The wire counted 400 boats, the [1mharbour master[0m said.

=== b.txt
source: Plain Wire

"We counted 520 boats," said Captain [5mLee[0m.
