-- args: --max-memory 64M
-- expect: memory limit exceeded (--max-memory 64M)
return { Release = function() local s = string.rep("x", 1 << 30) end }
