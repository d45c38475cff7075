-- args: --max-instructions 5000000
-- expect: instruction limit exceeded (--max-instructions 5000000)
local text, phrase = string.rep("a ", 400000), string.rep("a ", 50000) .. "b"
return { Release = function() pr.text.has_words(text, phrase) end }
