fact investment "Investment" unit USD cues "investment"
=== nikkei.txt
source: 日経新聞

The investment reached $550 billion.

=== yomiuri.txt
source: 読売新聞

The investment reached $490 billion.
