/*
 * Linked into the native (AOT) executable only. Before main(), asks the kernel to map the executable's zero-filled
 * data (.bss) in one call instead of one page fault per page.
 *
 * Why: the .NET runtime's first act in main() is to unpack its type data ("rehydration") into about 1.6 MB of .bss.
 * Touched page by page that is ~400 page faults, and a page fault is expensive on virtual machines: measured about
 * a tenth of a stock-config lint. MADV_POPULATE_WRITE (Linux 5.14+) does the same work in one system call; on older
 * kernels it fails with EINVAL and nothing changes. Nothing else is done here, and no failure is possible.
 */
#define _GNU_SOURCE
#include <link.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

static int populate_bss_of_executable(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    /* dl_iterate_phdr reports the executable first; its name is empty. Stop after it. */
    if (info->dlpi_name != NULL && info->dlpi_name[0] != '\0')
        return 1;

    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_LOAD || !(segment->p_flags & PF_W) || segment->p_memsz <= segment->p_filesz)
            continue;
        uintptr_t page = 4096;
        uintptr_t start = (info->dlpi_addr + segment->p_vaddr + segment->p_filesz + page - 1) & ~(page - 1);
        uintptr_t end = info->dlpi_addr + segment->p_vaddr + segment->p_memsz;
        if (end > start)
            madvise((void *)start, end - start, MADV_POPULATE_WRITE);
    }
    return 1;
}

__attribute__((constructor)) static void proxyconnect_populate_bss(void)
{
    dl_iterate_phdr(populate_bss_of_executable, NULL);
}
