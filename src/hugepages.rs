//! Large allocations of an index build on transparent huge pages.
//!
//! tantivy's indexing threads keep a segment's terms in a hash table of 4 MiB and in an arena of
//! 1 MiB pages, and every word of every article is looked up at a random place in both. On
//! 4 KiB pages most of those lookups also miss the TLB, whose entries then cover a few
//! megabytes; on 2 MiB pages they cover the lot. Linux backs memory with huge pages where a
//! program asks for them (`madvise(MADV_HUGEPAGE)`, the default setting of
//! `/sys/kernel/mm/transparent_hugepage/enabled`), but the system allocator never asks, and
//! tantivy has no say in where its pages come from. So [`HugePages`] is the global allocator:
//!
//! - until [`HugePages::enable`] is called (by `kzsearch index`), and for every allocation
//!   under 1 MiB, it is the system allocator, one comparison away;
//! - once enabled, allocations of 1 MiB or more are cut, one after the other, from one
//!   reserved range of address space advised for huge pages. A freed block's memory goes back
//!   to the kernel (`MADV_DONTNEED`) while its addresses stay reserved, so no other mapping
//!   can land there and every pointer in the range is known to be this allocator's.
//!   Addresses are not reused: when the range is used up, large blocks come from the system
//!   allocator again.
//!
//! If the range cannot be reserved (a strict overcommit policy, an address-space limit),
//! nothing changes but the speed.

use std::alloc::{GlobalAlloc, Layout, System};
use std::ptr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Allocations this large or larger are served from the huge-page range.
pub const LARGE: usize = 1 << 20;
/// The size of a transparent huge page on x86-64 and most arm64 kernels.
const HUGE_PAGE: usize = 2 << 20;
const PAGE: usize = 4096;
/// Address space reserved, not memory: only what is touched is backed. Over its whole run a
/// build of Reuters cuts 60 MiB from it, of Reuters ×10 243 MiB, of a million articles
/// 1.24 GiB.
const RESERVE: usize = 64 << 30;

/// A global allocator that puts large blocks on transparent huge pages (see the module docs).
pub struct HugePages {
    /// The reserved range, `[start, end)`; both 0 until enabled.
    start: AtomicUsize,
    end: AtomicUsize,
    /// The next free address in the range.
    next: Mutex<usize>,
    reserve: usize,
}

impl HugePages {
    pub const fn new() -> HugePages {
        HugePages::with_reserve(RESERVE)
    }

    const fn with_reserve(reserve: usize) -> HugePages {
        HugePages {
            start: AtomicUsize::new(0),
            end: AtomicUsize::new(0),
            next: Mutex::new(0),
            reserve,
        }
    }

    /// Reserves the range and starts serving large blocks from it; returns whether it could.
    /// Calling it again does nothing.
    pub fn enable(&self) -> bool {
        let mut next = self.next.lock().unwrap_or_else(|e| e.into_inner());
        if self.start.load(Ordering::Acquire) != 0 {
            return true;
        }
        let Some((start, end)) = reserve(self.reserve) else {
            return false;
        };
        *next = start;
        self.end.store(end, Ordering::Release);
        self.start.store(start, Ordering::Release);
        true
    }

    fn owns(&self, p: *mut u8) -> bool {
        let p = p as usize;
        // `start` is stored last, so whoever sees it sees `end` too.
        let start = self.start.load(Ordering::Acquire);
        start != 0 && p >= start && p < self.end.load(Ordering::Relaxed)
    }

    /// A block of the range for `layout`, or `None` if it is small, not enabled or used up.
    #[inline]
    fn cut(&self, layout: Layout) -> Option<*mut u8> {
        if layout.size() < LARGE {
            return None;
        }
        self.cut_large(layout)
    }

    #[inline(never)]
    fn cut_large(&self, layout: Layout) -> Option<*mut u8> {
        if layout.align() > HUGE_PAGE || self.start.load(Ordering::Acquire) == 0 {
            return None;
        }
        let mut next = self.next.lock().unwrap_or_else(|e| e.into_inner());
        let at = next.checked_next_multiple_of(layout.align().max(PAGE))?;
        let after = at.checked_add(pages(layout.size()))?;
        if after > self.end.load(Ordering::Relaxed) {
            return None;
        }
        *next = after;
        Some(at as *mut u8)
    }

    /// Gives a block's memory back to the kernel; its addresses stay reserved.
    fn release(p: *mut u8, len: usize) {
        if len > 0 {
            // SAFETY: the block [p, p + len) lies in the reserved range and is no longer used.
            unsafe { libc::madvise(p.cast(), len, libc::MADV_DONTNEED) };
        }
    }
}

impl Default for HugePages {
    fn default() -> Self {
        HugePages::new()
    }
}

/// `n` rounded up to whole pages.
fn pages(n: usize) -> usize {
    n.next_multiple_of(PAGE)
}

/// Maps `len` bytes of address space (not memory) aligned to a huge page and advised for huge
/// pages; returns the aligned range.
fn reserve(len: usize) -> Option<(usize, usize)> {
    // SAFETY: a fresh anonymous mapping that nothing else refers to.
    let p = unsafe {
        libc::mmap(
            ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return None;
    }
    let start = (p as usize).next_multiple_of(HUGE_PAGE);
    let end = p as usize + len;
    // SAFETY: [start, end) lies within the mapping just made.
    if unsafe { libc::madvise(start as *mut _, end - start, libc::MADV_HUGEPAGE) } != 0 {
        // SAFETY: the mapping just made, unused.
        unsafe { libc::munmap(p, len) };
        return None;
    }
    Some((start, end))
}

// SAFETY: every block comes either from `System` or from the reserved range, which is mapped
// for the life of the process and whose blocks never overlap (the cursor only moves forward);
// `owns` tells the two apart by address, so each block goes back to where it came from (and
// since a block of the range is never smaller than `LARGE`, only blocks that large are looked
// up).
unsafe impl GlobalAlloc for HugePages {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        self.cut(layout)
            .unwrap_or_else(|| unsafe { System.alloc(layout) })
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // A block cut from the range was never handed out before, so never touched: the
        // kernel's zero pages.
        // SAFETY: the caller's contract, passed on.
        self.cut(layout)
            .unwrap_or_else(|| unsafe { System.alloc_zeroed(layout) })
    }

    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        // Blocks of the range are never smaller than `LARGE` (`realloc` moves one that would
        // be), so a small block is the system's without a look at the range.
        if layout.size() >= LARGE && self.owns(p) {
            HugePages::release(p, pages(layout.size()));
        } else {
            // SAFETY: not in the range, so `System` made it.
            unsafe { System.dealloc(p, layout) }
        }
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let ours = layout.size() >= LARGE && self.owns(p);
        if !ours && new_size < LARGE {
            // SAFETY: `System` made it, and the new size stays with `System`.
            return unsafe { System.realloc(p, layout, new_size) };
        }
        let (old, new) = (pages(layout.size()), pages(new_size));
        if ours && new_size >= LARGE {
            if new <= old {
                HugePages::release(p.wrapping_add(new), old - new);
                return p;
            }
            // The last block cut grows in place.
            let mut next = self.next.lock().unwrap_or_else(|e| e.into_inner());
            let end = self.end.load(Ordering::Relaxed);
            if *next == p as usize + old && (p as usize).checked_add(new).is_some_and(|e| e <= end)
            {
                *next = p as usize + new;
                return p;
            }
        }
        // SAFETY: `layout.align()` came with a valid layout and `new_size` is the caller's.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // SAFETY: a non-zero size (at least `LARGE` or the old block's, which was valid).
        let q = unsafe { self.alloc(new_layout) };
        if !q.is_null() {
            // SAFETY: both blocks are valid for the smaller size and do not overlap.
            unsafe {
                ptr::copy_nonoverlapping(p, q, layout.size().min(new_size));
                self.dealloc(p, layout);
            }
        }
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GIB: usize = 1 << 30;

    fn layout(size: usize) -> Layout {
        Layout::from_size_align(size, 8).unwrap()
    }

    /// The VmFlags line of the mapping that holds `p`, from /proc/self/smaps.
    fn vm_flags(p: *mut u8) -> Option<String> {
        let smaps = std::fs::read_to_string("/proc/self/smaps").ok()?;
        let p = p as usize;
        let mut inside = false;
        for line in smaps.lines() {
            if let Some((range, _)) = line.split_once(' ')
                && let Some((a, b)) = range.split_once('-')
                && let (Ok(a), Ok(b)) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16))
            {
                inside = a <= p && p < b;
            } else if inside && line.starts_with("VmFlags:") {
                return Some(line.to_string());
            }
        }
        None
    }

    #[test]
    fn until_enabled_everything_is_the_systems() {
        let h = HugePages::with_reserve(GIB);
        unsafe {
            let p = h.alloc(layout(4 * LARGE));
            assert!(!p.is_null() && !h.owns(p));
            h.dealloc(p, layout(4 * LARGE));
        }
    }

    #[test]
    fn large_blocks_come_from_a_range_advised_for_huge_pages() {
        let h = HugePages::with_reserve(GIB);
        assert!(h.enable());
        assert!(h.enable(), "a second call changes nothing");
        unsafe {
            let small = h.alloc(layout(LARGE - 1));
            assert!(
                !h.owns(small),
                "small blocks stay with the system allocator"
            );
            let big = h.alloc_zeroed(layout(LARGE));
            assert!(h.owns(big));
            let flags = vm_flags(big).expect("the block is mapped");
            assert!(flags.split_whitespace().any(|f| f == "hg"), "{flags}");
            let block = std::slice::from_raw_parts_mut(big, LARGE);
            assert!(block.iter().all(|&b| b == 0));
            block.fill(7);
            let next = h.alloc(layout(LARGE + 1));
            assert!(h.owns(next));
            assert!(
                next as usize >= big as usize + LARGE,
                "blocks do not overlap"
            );
            assert_eq!(next as usize % PAGE, 0);
            assert!(block.iter().all(|&b| b == 7));
            h.dealloc(big, layout(LARGE));
            h.dealloc(next, layout(LARGE + 1));
            h.dealloc(small, layout(LARGE - 1));
        }
    }

    #[test]
    fn alignment_is_kept() {
        let h = HugePages::with_reserve(GIB);
        assert!(h.enable());
        unsafe {
            let a = h.alloc(layout(LARGE + 3));
            let wide = Layout::from_size_align(LARGE, HUGE_PAGE).unwrap();
            let b = h.alloc(wide);
            assert!(h.owns(b));
            assert_eq!(b as usize % HUGE_PAGE, 0);
            h.dealloc(b, wide);
            h.dealloc(a, layout(LARGE + 3));
        }
    }

    #[test]
    fn realloc_keeps_the_contents_whichever_way_it_goes() {
        let h = HugePages::with_reserve(GIB);
        assert!(h.enable());
        unsafe {
            // From the system allocator into the range.
            let p = h.alloc(layout(1000));
            std::slice::from_raw_parts_mut(p, 1000).fill(1);
            let p = h.realloc(p, layout(1000), 3 * LARGE);
            assert!(h.owns(p));
            assert!(std::slice::from_raw_parts(p, 1000).iter().all(|&b| b == 1));
            // The last block grows in place.
            std::slice::from_raw_parts_mut(p, 3 * LARGE).fill(2);
            let q = h.realloc(p, layout(3 * LARGE), 5 * LARGE);
            assert_eq!(q, p);
            // One that is not the last moves, with its contents.
            let other = h.alloc(layout(LARGE));
            let r = h.realloc(q, layout(5 * LARGE), 6 * LARGE);
            assert_ne!(r, q);
            assert!(h.owns(r));
            let moved = std::slice::from_raw_parts(r, 6 * LARGE);
            assert!(moved[..3 * LARGE].iter().all(|&b| b == 2));
            // Shrinking stays in place and keeps what is left.
            let s = h.realloc(r, layout(6 * LARGE), LARGE + 10);
            assert_eq!(s, r);
            assert!(
                std::slice::from_raw_parts(s, LARGE + 10)
                    .iter()
                    .all(|&b| b == 2)
            );
            // Below the threshold, out of the range into the system allocator.
            let t = h.realloc(s, layout(LARGE + 10), 100);
            assert!(!h.owns(t));
            assert!(std::slice::from_raw_parts(t, 100).iter().all(|&b| b == 2));
            h.dealloc(t, layout(100));
            h.dealloc(other, layout(LARGE));
        }
    }

    #[test]
    fn a_used_up_range_hands_over_to_the_system_allocator() {
        let h = HugePages::with_reserve(4 * HUGE_PAGE);
        assert!(h.enable());
        unsafe {
            let mut ours = 0;
            let mut blocks = Vec::new();
            for _ in 0..12 {
                let p = h.alloc(layout(LARGE));
                assert!(!p.is_null());
                ours += usize::from(h.owns(p));
                blocks.push(p);
            }
            assert!(
                (6..12).contains(&ours),
                "{ours} of 12 blocks in a range of 8 MiB"
            );
            for p in blocks {
                h.dealloc(p, layout(LARGE));
            }
        }
    }

    #[test]
    fn threads_get_blocks_that_do_not_overlap() {
        static H: HugePages = HugePages::with_reserve(GIB);
        assert!(H.enable());
        let handles: Vec<_> = (0..4u8)
            .map(|t| {
                std::thread::spawn(move || {
                    for round in 0..16 {
                        let size = LARGE + usize::from(t) * 5000 + round * 777;
                        unsafe {
                            let p = H.alloc(layout(size));
                            assert!(H.owns(p));
                            std::slice::from_raw_parts_mut(p, size).fill(t);
                            std::thread::yield_now();
                            assert!(std::slice::from_raw_parts(p, size).iter().all(|&b| b == t));
                            H.dealloc(p, layout(size));
                        }
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
    }
}
