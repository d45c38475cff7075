import CLuaShim

/// A host function callable from Lua. It reads its arguments from the stack, pushes its results
/// and returns how many. Throwing is how it raises: `LuaArgumentError` reads like Lua's own
/// `bad argument #1 to 'f' (…)`, `LuaRawError` raises its message as is, any other error raises its
/// description prefixed with the calling line. The raise happens in C after this frame returned.
public typealias LuaFunction = (LuaStack) throws -> Int

final class LuaFunctionBox {
    let body: LuaFunction
    init(_ body: @escaping LuaFunction) { self.body = body }
}

/// The C callbacks, installed once per process.
enum LuaBridge {
    static let installed: Void = {
        pk_set_callbacks(callFunction, readProperty, releaseBox)
    }()

    static func installCallbacks() { _ = installed }

    /// Turns a thrown Swift error into a shim status, pushing what to raise.
    static func raise(_ error: Error, on stack: LuaStack) -> Int32 {
        // A limit enforced by the host trips like the hook's own: pcall cannot swallow it.
        if let limit = (error as? LuaLimitError)?.trippedLimit { pk_trip(stack.L, limit.rawValue) }
        switch error {
        case let e as LuaArgumentError:
            stack.push(e.message)
            return Int32(PK_ARGERROR) - Int32(e.index)
        case let e as LuaRawError:
            stack.push(e.message)
            return Int32(PK_RAISE_RAW)
        case let e as LuaError:
            // A Lua error passing through a host function: re-raise its message unchanged.
            stack.push(e.message)
            return Int32(PK_RAISE_RAW)
        default:
            stack.push(String(describing: error))
            return Int32(PK_RAISE)
        }
    }
}

private let callFunction: pk_call_fn = { L, box in
    let fn = Unmanaged<LuaFunctionBox>.fromOpaque(box!).takeUnretainedValue()
    let stack = LuaStack(L!)
    return LuaVM.owner(of: L!).entered(on: L!) {
        do {
            return Int32(try fn.body(stack))
        } catch {
            return LuaBridge.raise(error, on: stack)
        }
    }
}

private let releaseBox: pk_release_fn = { box in
    Unmanaged<AnyObject>.fromOpaque(box!).release()
}

private let readProperty: pk_index_fn = { L, box, cls, prop in
    let stack = LuaStack(L!)
    let vm = LuaVM.owner(of: L!)
    let entry = vm.classes[Int(cls)]
    return vm.entered(on: L!) {
        do {
            // No box: the userdata was finalised and is being used again (weak table, resurrection).
            guard let box, let object = Unmanaged<LuaObjectBox>.fromOpaque(box).takeUnretainedValue().object else {
                throw LuaRawError(entry.staleMessage)
            }
            guard prop >= 1 && Int(prop) <= entry.getters.count else { return 0 }
            try entry.getters[Int(prop) - 1](stack, object)
            return 1
        } catch {
            return LuaBridge.raise(error, on: stack)
        }
    }
}
