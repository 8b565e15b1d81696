fact cargo "Cargo value" unit USD cues "handled"
=== bom.txt
﻿source: Harbor Ledger
date: 2025-10-28

The harbour handled $70 million of goods.

=== plain.txt
source: Port Wire

The harbour handled $75 million of goods.
