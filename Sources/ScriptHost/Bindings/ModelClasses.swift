import LuaKit
import PressRelease

/// The registered userdata classes of the model. Every declaration lives in one
/// `*Binding.swift` file per type; this ties them together.
final class ModelClasses {
    let release: LuaClassID<Release>
    let dateline: LuaClassID<DatelineRef>
    let paragraph: LuaClassID<ParagraphRef>
    let sentence: LuaClassID<SentenceRef>
    let contact: LuaClassID<ContactRef>
    let warning: LuaClassID<WarningRef>

    /// The declarations, in documentation order (shared with `pranalyze docs`).
    static var declarations: [AnyLuaClass] {
        [
            AnyLuaClass(ReleaseBinding.declare()),
            AnyLuaClass(DatelineBinding.declare()),
            AnyLuaClass(ParagraphBinding.declare()),
            AnyLuaClass(SentenceBinding.declare()),
            AnyLuaClass(ContactBinding.declare()),
            AnyLuaClass(WarningBinding.declare()),
        ]
    }

    init(vm: LuaVM) throws {
        release = try vm.define(ReleaseBinding.declare())
        dateline = try vm.define(DatelineBinding.declare())
        paragraph = try vm.define(ParagraphBinding.declare())
        sentence = try vm.define(SentenceBinding.declare())
        contact = try vm.define(ContactBinding.declare())
        warning = try vm.define(WarningBinding.declare())
    }
}

/// A type-erased class declaration, for documentation and completion.
public struct AnyLuaClass {
    public let name: String
    public let members: [LuaMember]
    init<T>(_ cls: LuaClass<T>) {
        name = cls.name
        members = cls.members
    }
}

extension LuaStack {
    /// The model classes of the host running this VM.
    var model: ModelClasses { (vm.context as! HostContext).classes }

    /// Pushes a list (a plain Lua table) of `count` items, each pushed by `push(i)` (0-based).
    func pushList(_ count: Int, _ push: (Int) -> Void) {
        newTable(array: count)
        for i in 0..<count { append(at: -1) { push(i) } }
    }

    func push(release: Release) { vm.push(release, as: model.release) }
}
