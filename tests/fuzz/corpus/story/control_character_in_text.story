fact r "Ratio" unit 1 cues "ratio"
fact x "Arrivals" unit 1 cues "arrivals"
fact z "Departures" unit 1 cues "departures"
relation share: r = x / z
=== a.txt
The ratio was 5. There were 0 arrivals. Therewere 0 departures.
