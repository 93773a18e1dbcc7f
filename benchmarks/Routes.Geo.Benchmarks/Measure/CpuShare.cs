using System.Diagnostics;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// This process's CPU time over wall time while a measurement runs: near 1 for a single-threaded loop
/// that had a core to itself, well below 1 when other work on the machine took the cores.
/// </summary>
internal static class CpuShare
{
    public static (T Result, double Share) Of<T>(Func<T> work)
    {
        using var process = Process.GetCurrentProcess();
        TimeSpan cpu = process.TotalProcessorTime;
        long start = Stopwatch.GetTimestamp();
        T result = work();
        double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        process.Refresh();
        return (result, (process.TotalProcessorTime - cpu).TotalSeconds / wall);
    }
}
