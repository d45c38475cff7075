// libedit (BSD editline) from the system (Debian: libedit-dev). The native el_*/history API only;
// GNU readline is deliberately not used (licence).
#include <histedit.h>
