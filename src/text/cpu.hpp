// Whether this CPU runs the AVX2 passes over the text (told once per process). The passes
// are compiled for AVX2 function by function, so one binary serves every x86-64 machine; each
// falls back to one byte at a time, which also reads a text's last bytes. Their tests put
// each case at every offset of two 32-byte blocks; the key scanner's also compare its two paths.
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
