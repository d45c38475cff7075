-- luacheck configuration for pranalyze scripts (Scripts/, Examples/).
-- CI: luacheck --no-color Scripts Examples
std = "lua54"
-- `pr` is the host API; the contract names may also be defined as globals instead of returned.
read_globals = { "pr" }
globals = { "meta", "init", "Release", "Paragraph", "Quote", "Person", "partial", "merge", "finish" }
-- Sandboxed scripts have no io, os, package or debug: flag their use.
not_globals = { "io", "os", "package", "debug", "dofile", "loadfile" }
max_line_length = 130
-- Hooks receive (q, r); scripts often need only one of them.
unused_args = false
