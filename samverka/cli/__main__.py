from samverka.cli import main

raise SystemExit(main())
