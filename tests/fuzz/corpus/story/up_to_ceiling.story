fact eyed "Eyed" unit USD up_to ceiling cues "eyeing"
fact committed "Committed" unit USD cues "committed"
relation within: committed <= eyed
reading about 5%
=== a.txt
source: Pacific Wire

Firms are eyeing up to $400 billion. About $490 billion was committed.
