from cpni_api.cli import main

raise SystemExit(main())
