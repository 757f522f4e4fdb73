# pflag's usage, on stderr, for -h and --help (exit 0); --version on stdout.
pwru -h; echo "st=$?"
pwru --help=true; echo "st=$?"
pwru --version
