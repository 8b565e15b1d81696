fact spend "Spending <b>&amp;</b> \"aid\"" unit USD cues "spent"
relation cap: spend <= 9e9
=== <script>alert(1)</script>.txt
source: <img src=x onerror=alert(1)> & "Sons"
url: javascript:alert('x')

The agency spent $12 billion & more <i>than</i> planned, said "O'Neil & <Co>".

=== b.txt
source: B ' " > <

The agency spent $7 billion.
