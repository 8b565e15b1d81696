fact budget "Budget" unit USD cues "budget"
relation floor: budget >= 200e6
relation ceiling: budget <= 100e6
=== a.txt
The budget is $150 million.

=== b.txt
The budget is $180 million.
