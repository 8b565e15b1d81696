# factrec_target_precompile(<target>): compiles factrec's headers once per target as a precompiled
# header, for header-only users whose targets include factrec in many translation units. Every
# source of the target then sees <factrec/factrec.hpp> (the PCH is included first, as with any
# target_precompile_headers). Use it, or FACTREC_COMPILED, not both.
function(factrec_target_precompile target)
  target_precompile_headers(${target} PRIVATE <factrec/factrec.hpp>)
endfunction()
