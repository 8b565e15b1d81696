fact a "A" unit USD cues "a"
=== empty.txt
