#include <zlib.h>

/* inflateInit2 is a macro that Swift cannot import; this accepts gzip and zlib headers. */
static inline int czlib_inflate_init_auto(z_stream *stream) {
    return inflateInit2(stream, 32 + MAX_WBITS);
}

/* deflateInit2 is a macro too; gzip wrapper, default level. Used by tests to build `.gz` fixtures. */
static inline int czlib_deflate_init_gzip(z_stream *stream) {
    return deflateInit2(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}
