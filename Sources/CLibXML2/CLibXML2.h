/* Debian's libxml2 is built with ICU; its headers would pull the system ICU into Swift, where it
   clashes with Foundation's own ICU module. Nothing here uses the ICU parts of the encoding
   handler, so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>

/* xmlFree is a macro over a per-thread global in threaded builds; Swift cannot call it directly. */
static inline void clibxml2_free(void *pointer) {
    xmlFree(pointer);
}
