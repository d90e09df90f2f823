"""Services: one function per user action. The GUI and the command line call the same ones."""
