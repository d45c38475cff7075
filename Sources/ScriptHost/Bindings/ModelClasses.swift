import LuaKit
import PressRelease

/// The registered userdata classes of the model. Every declaration lives in one
/// `*Binding.swift` file per type; this ties them together. To add a type: declare it in its own
/// file, add it to `declarations` (documentation order) and define it in `init`.
final class ModelClasses {
    let release: LuaClassID<Release>
    let dateline: LuaClassID<DatelineRef>
    let paragraph: LuaClassID<ParagraphRef>
    let sentence: LuaClassID<SentenceRef>
    let contact: LuaClassID<ContactRef>
    let boilerplate: LuaClassID<BoilerplateRef>
    let warning: LuaClassID<WarningRef>
    let quote: LuaClassID<QuoteRef>
    let person: LuaClassID<PersonRef>
    let organization: LuaClassID<OrganizationRef>
    let place: LuaClassID<PlaceRef>
    let statement: LuaClassID<StatementRef>

    /// The declarations, in documentation order (the API registry reads these).
    static var declarations: [AnyLuaClass] {
        [
            AnyLuaClass(ReleaseBinding.declare()),
            AnyLuaClass(DatelineBinding.declare()),
            AnyLuaClass(ParagraphBinding.declare()),
            AnyLuaClass(QuoteBinding.declare()),
            AnyLuaClass(StatementBinding.declare()),
            AnyLuaClass(PersonBinding.declare()),
            AnyLuaClass(OrganizationBinding.declare()),
            AnyLuaClass(PlaceBinding.declare()),
            AnyLuaClass(SentenceBinding.declare()),
            AnyLuaClass(ContactBinding.declare()),
            AnyLuaClass(BoilerplateBinding.declare()),
            AnyLuaClass(WarningBinding.declare()),
        ]
    }

    init(vm: LuaVM) throws {
        release = try vm.define(ReleaseBinding.declare())
        dateline = try vm.define(DatelineBinding.declare())
        paragraph = try vm.define(ParagraphBinding.declare())
        sentence = try vm.define(SentenceBinding.declare())
        contact = try vm.define(ContactBinding.declare())
        boilerplate = try vm.define(BoilerplateBinding.declare())
        warning = try vm.define(WarningBinding.declare())
        quote = try vm.define(QuoteBinding.declare())
        person = try vm.define(PersonBinding.declare())
        organization = try vm.define(OrganizationBinding.declare())
        place = try vm.define(PlaceBinding.declare())
        statement = try vm.define(StatementBinding.declare())
    }
}

/// A type-erased class declaration, for documentation and completion.
public struct AnyLuaClass {
    public let name: String
    public let doc: String
    public let example: String?
    public let since: String?
    public let members: [LuaMember]
    init<T>(_ cls: LuaClass<T>) {
        name = cls.name
        doc = cls.doc
        example = cls.example
        since = cls.since
        members = cls.members
    }
}

extension LuaStack {
    /// The model classes of the host running this VM.
    var model: ModelClasses { host.classes }

    /// Pushes a list (a plain Lua table) of `count` items, each pushed by `push(i)` (0-based).
    func pushList(_ count: Int, _ push: (Int) throws -> Void) rethrows {
        newTable(array: count)
        for i in 0..<count { try append(at: -1) { try push(i) } }
    }

    /// Pushes a handle for a part of `release`. While hooks process that release its handles are
    /// recorded, so they can all be invalidated (and the release freed) once the hooks are done.
    func pushHandle<T>(_ object: T, of release: Release, as cls: LuaClassID<T>) {
        host.handles.track(vm.push(object, as: cls), of: release)
    }

    func push(release: Release) { pushHandle(release, of: release, as: model.release) }
}
