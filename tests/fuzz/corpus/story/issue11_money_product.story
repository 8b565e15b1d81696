fact v "Value" unit USD cues "worth"
fact n "Steel" unit t cues "tonnes"
fact p "Price" unit EUR cues "price"
relation value: v = n * p
=== a.txt
The shipment was worth $4 million: 2,000 tonnes at a price of EUR 2,000.
