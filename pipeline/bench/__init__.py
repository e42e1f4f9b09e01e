"""The benchmark (``spaceclaims bench``): throughput, memory and start-up against bare spaCy,
on corpora generated from the team's sentences (``synth/``)."""
