from pipeline.bench.synth.pdfgen.cli import main

raise SystemExit(main())
