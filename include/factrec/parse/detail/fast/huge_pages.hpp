#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <factrec/parse/detail/layer_namespace.hpp>

#include <sys/mman.h>
#endif

namespace factrec::parse::detail {

// Asks the kernel to back [begin, begin + bytes) with huge pages where it has them, for a
// buffer that is about to be written from end to end.
//
// A large document's mentions fill tens of megabytes of fresh memory, and each 4 KB page costs
// a fault when first written: a tenth of a scan's time. Where transparent huge pages are granted
// only on request (enabled = madvise, as Debian and Ubuntu ship it) the request makes that one
// fault per 2 MB. Only the whole huge pages inside the buffer are asked for, so no other
// allocation is touched and at most the last one is partly unused. It is a hint: where it
// fails or the kernel has no huge pages, nothing changes.
inline void ask_for_huge_pages([[maybe_unused]] const void* begin, [[maybe_unused]] std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t huge_page = std::uintptr_t{1} << 21;
    const auto start = reinterpret_cast<std::uintptr_t>(begin);
    const std::uintptr_t first = (start + huge_page - 1) & ~(huge_page - 1);
    const std::uintptr_t last = (start + bytes) & ~(huge_page - 1);
    if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#endif
}

// Room for `count` elements about to be written in order; memory newly claimed for them is
// asked for in huge pages.
template <class T>
void reserve_to_fill(std::vector<T>& v, std::size_t count) {
    const std::size_t capacity_before = v.capacity();
    v.reserve(count);
    if (v.capacity() != capacity_before) ask_for_huge_pages(v.data(), v.capacity() * sizeof(T));
}

} // namespace factrec::parse::detail
