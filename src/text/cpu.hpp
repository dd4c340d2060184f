// Whether this CPU runs the AVX2 passes over the text (told once per process). The passes
// are compiled for AVX2 function by function, so one binary serves every x86-64 machine;
// each has a portable twin its tests compare it with.
#pragma once

namespace unxref {

inline bool cpu_has_avx2() {
#if defined(__x86_64__)
    static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
    return yes;
#else
    return false;
#endif
}

}  // namespace unxref
