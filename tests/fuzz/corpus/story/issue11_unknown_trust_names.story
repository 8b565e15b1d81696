fact troops "Troops" unit count(troops) cues "troops"
source "Alpah" trust 3
speaker "Li" trust 2
=== alpha.txt
source: Alpha

"We sent 300 troops," the police said.

=== beta.txt
source: Beta

Li said 350 troops went.
