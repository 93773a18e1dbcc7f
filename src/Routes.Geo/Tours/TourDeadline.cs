using System.Diagnostics;

namespace Routes.Geo.Tours;

/// <summary>A solver's cancellation token and time budget, checked between units of work.</summary>
internal sealed class TourDeadline(TimeSpan? budget, CancellationToken cancellationToken)
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public static TourDeadline None { get; } = new(null, CancellationToken.None);

    /// <summary>Whether the time budget is spent (never without one).</summary>
    public bool IsOver => budget is { } b && Stopwatch.GetElapsedTime(_start) >= b;

    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void ThrowIfCancelled() => cancellationToken.ThrowIfCancellationRequested();
}
