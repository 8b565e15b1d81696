fact opened "Year opened" unit calendar_year cues "opened"
fact works "Works" unit month cues "last"
=== a.txt
date: 2026-03-02

The bridge opened in 1998. The works will last 18 months, from March 2 to September 2026.
