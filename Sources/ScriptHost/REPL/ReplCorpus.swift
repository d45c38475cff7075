import LuaKit

/// The REPL's `corpus` global: the releases of the command line, loaded on first use.
enum ReplCorpus {
    static let source = #"""
    local releases, generation = ...
    local loaded
    local function load(t)
      if loaded == generation() then return end
      for i = rawlen(t), 1, -1 do rawset(t, i, nil) end
      for r in releases() do rawset(t, rawlen(t) + 1, r) end
      loaded = generation()
    end
    corpus = setmetatable({}, {
      __index = function(t, k) load(t); return rawget(t, k) end,
      __len = function(t) load(t); return rawlen(t) end,
      __pairs = function(t) load(t); return next, t, nil end,
      __tostring = function(t) load(t); return "corpus: " .. rawlen(t) .. " releases" end,
    })
    """#

    static func install(in host: ScriptHost) throws {
        let vm = host.vm
        try vm.load(source, name: "=[corpus]")
        vm.stack.pushGlobals()
        try vm.stack.getField("pr", at: -1)
        try vm.stack.getField("releases", at: -1)
        vm.stack.remove(at: -2)
        vm.stack.remove(at: -2)
        vm.stack.push(function: { s in
            s.push(s.host.corpusGeneration)
            return 1
        })
        try vm.call(arguments: 2, results: 0)
    }
}
