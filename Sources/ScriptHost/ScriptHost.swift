import PressRelease
import LuaKit
