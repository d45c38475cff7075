import ScriptHost
print("pranalyze")
