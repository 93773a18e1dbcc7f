using System.Diagnostics;
using Routes.Geo.Fuzz.Targets;

namespace Routes.Geo.Fuzz.Running;

/// <summary>
/// Runs one input on a thread of its own, within a CPU-time limit and an allocation limit, and classifies
/// how it ended. A thread that overruns cannot be stopped in .NET: it is left behind as a background thread.
/// </summary>
internal sealed class InputRunner(TimeSpan timeLimit, long maxAllocatedBytes)
{
    // A stack overflow ends the process; with 16 MiB only a reader with no depth limit reaches one.
    private const int StackBytes = 16 * 1024 * 1024;

    // How often a running input's CPU time is checked, and how far past the limit the wall clock may go.
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private const int WallClockFactor = 30;

    /// <summary>CPU time an input may take; it may also take thirty times as long by the wall clock.</summary>
    public TimeSpan TimeLimit { get; } = timeLimit;

    public long MaxAllocatedBytes { get; } = maxAllocatedBytes;

    // The last input's thread that was still running when its limits were reached.
    private Thread? _overrunning;

    /// <summary>
    /// Waits up to <paramref name="grace"/> for the last input that overran its limits to end (a blow-up
    /// ends at the heap limit with OutOfMemoryException); false when it still runs (a hang, or a slowly growing blow-up).
    /// </summary>
    public bool AwaitOverrun(TimeSpan grace) => _overrunning is null || _overrunning.Join(grace);

    /// <summary>Runs <paramref name="input"/>; it may allocate the larger of the limit and <paramref name="allocationAllowance"/>.</summary>
    public Outcome Run(Action input, long allocationAllowance = 0)
    {
        long limit = Math.Max(MaxAllocatedBytes, allocationAllowance);
        Exception? error = null;
        long allocated = 0;
        var clock = Stopwatch.StartNew();
        var thread = new Thread(
            () =>
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    input();
                }
                catch (Exception e)
                {
                    error = e;
                }

                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            },
            StackBytes)
        { IsBackground = true, Name = "fuzz input" };
        long processBefore = GC.GetTotalAllocatedBytes();
        TimeSpan cpuBefore = ProcessCpu();
        thread.Start();
        while (!thread.Join(Poll))
        {
            // This thread waits, so the process's CPU time is the input's (and its GC's): a fair
            // limit on a machine whose other users slow the wall clock down.
            if (ProcessCpu() - cpuBefore > TimeLimit || clock.Elapsed > TimeLimit * WallClockFactor)
            {
                // The thread still runs, so only the process-wide count tells what it has allocated so far.
                long sofar = GC.GetTotalAllocatedBytes() - processBefore;
                _overrunning = thread;
                return new Outcome(sofar > limit ? OutcomeKind.MemoryBlowUp : OutcomeKind.Hang, null, sofar, clock.Elapsed, Finished: false);
            }
        }

        return new Outcome(Classify(error, allocated, limit), error, allocated, clock.Elapsed);
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static OutcomeKind Classify(Exception? error, long allocated, long limit) => error switch
    {
        _ when allocated > limit => OutcomeKind.MemoryBlowUp,
        OutOfMemoryException or InsufficientMemoryException => OutcomeKind.MemoryBlowUp,
        null => OutcomeKind.Success,
        UseFailedException => OutcomeKind.BadOutput,
        RoutesGeoException or FileNotFoundException => OutcomeKind.TypedError,
        _ => OutcomeKind.UntypedException,
    };
}
