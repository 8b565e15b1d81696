fact troops "Troops sent" unit count(troops) cues "troops", "soldiers"
fact people "People displaced" unit count(people) cues "people"
=== lyon_daily.txt
source: Lyon Daily

Paris sent 5 000 troops to the border, and 1 000 000 people fled.

=== wire.txt
source: Border Wire

Paris sent 5,000 troops. Officials said 1 000 000 people fled.
