using System.Runtime.InteropServices;

namespace Graph.Syntax.Features;

/// <summary>
/// Zeroed native memory for a large table read at random. Buffers of 2 MB or more are aligned to 2 MB and, on Linux,
/// marked for transparent huge pages (<c>madvise</c>), so a random read misses the TLB far less often: with 4 KB
/// pages nearly every lookup in a table of tens of megabytes also waits for a page walk. Elsewhere, or when the
/// kernel declines, the memory is ordinary memory. Freed when the buffer is finalized.
/// </summary>
internal sealed unsafe partial class HugePageBuffer : SafeHandle
{
    private const nuint HugePage = 2 << 20;
    private const int MadviseHugePage = 14;

    /// <summary>Allocates <paramref name="bytes"/> zeroed bytes.</summary>
    public HugePageBuffer(nuint bytes)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        bool huge = bytes >= HugePage;
        Size = huge ? (bytes + HugePage - 1) / HugePage * HugePage : Math.Max(bytes, 64);
        void* memory = NativeMemory.AlignedAlloc(Size, huge ? HugePage : 64);
        SetHandle((IntPtr)memory);
        if (huge && OperatingSystem.IsLinux())
        {
            // Before the first write: the pages are then allocated huge as they are touched.
            try
            {
                _ = Madvise(memory, Size, MadviseHugePage);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libc to ask: ordinary pages.
            }
        }

        NativeMemory.Clear(memory, Size);
        GC.AddMemoryPressure((long)Size);
    }

    /// <summary>Bytes allocated (the request rounded up).</summary>
    public nuint Size { get; }

    /// <summary>The start of the memory.</summary>
    public void* Pointer => (void*)handle;

    /// <inheritdoc/>
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc/>
    protected override bool ReleaseHandle()
    {
        NativeMemory.AlignedFree((void*)handle);
        GC.RemoveMemoryPressure((long)Size);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
