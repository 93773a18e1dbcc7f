using System.Diagnostics;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// Memory readings: live managed heap after a full collection (what a structure keeps), bytes allocated
/// by this thread's work (GC.GetTotalAllocatedBytes, precise) and the process's peak working set.
/// </summary>
internal static class Memory
{
    public static long LiveManagedBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    public static long AllocatedBytes() => GC.GetTotalAllocatedBytes(precise: true);

    public static long PeakWorkingSetBytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    public static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
