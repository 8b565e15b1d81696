fact deal "Éléments — investissements japonais «déjà engagés» en 2025" unit USD cues "investissements"
=== a.txt
source: Le Monde économique

Les investissements atteignent $490 billion.

=== b.txt
source: Presse

Les investissements atteignent $400 billion.
