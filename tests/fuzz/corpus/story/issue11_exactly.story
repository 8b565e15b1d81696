reading precision last_digit
fact crowd "Spectators" unit count(spectators) cues "spectators"
=== a.txt
Exactly 25,000 spectators filled the stadium.

=== b.txt
The club said 25,400 spectators came.
