fact cargo "Cargo value" unit USD cues "handled"
=== a.txt
The harbour handled $75 million of goods.
