reading precision relative 2%
fact a "A" unit % cues "share of a"
fact b "B" unit % cues "share of b"
relation shares weight 2: a + b <= 100%
source "One" trust 3
speaker "Mayor Lee" trust 2
=== one.txt
source: One

The share of a is 70%, Mayor Lee said. The share of b is 45%.

=== two.txt
source: Two

The share of a is about 60 per cent.
