import LuaKit

/// The userdata classes of the host library (`Counter`, `Report`), registered once per VM.
final class LibraryClasses {
    let counter: LuaClassID<Counter>
    let report: LuaClassID<ReportBox>

    /// The declarations, in documentation order (for `pranalyze docs`).
    static var declarations: [AnyLuaClass] {
        [AnyLuaClass(CounterBinding.declare()), AnyLuaClass(ReportBinding.declare())]
    }

    init(vm: LuaVM) throws {
        counter = try vm.define(CounterBinding.declare())
        report = try vm.define(ReportBinding.declare())
    }
}

extension LuaStack {
    var library: LibraryClasses { host.library }
}
