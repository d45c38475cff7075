-- args: --max-instructions 10000000
-- expect: instruction limit exceeded (--max-instructions 10000000)
-- About 100k instructions per release: a block of 64 releases stays under the limit, the run
-- of 150 does not, so a count reset per worker or per block would let --jobs 2 finish.
return {
  Release = function() for _ = 1, 100000 do end end,
  partial = function() return {} end, merge = function(a) return a end,
  finish = function() return "finished" end,
}
