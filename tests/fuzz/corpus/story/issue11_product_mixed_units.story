fact cargo "Cargo" unit t cues "cargo"
fact n "Containers" unit count(containers) cues "containers"
fact each "Load per container" unit kg cues "each"
relation load: cargo = n * each
=== a.txt
The ship carried a cargo of 2,000 kg in 2 containers. Each held 1,000 kg.
