namespace Routes.Geo.Benchmarks.Peers;

/// <summary>
/// Another router answering the same point-to-point queries. A peer that runs a server or a process
/// (Routino, pgRouting) implements this and is listed in <see cref="PeersRun"/>.
/// </summary>
internal interface IRoutePeer : IDisposable
{
    /// <summary>Short name for the results table.</summary>
    string Name { get; }

    /// <summary>What one timed query includes, said plainly for the results.</summary>
    string Includes { get; }

    /// <summary>Series names in the chart table: the wall figure, and the peer's own total (null: not charted).</summary>
    (string Wall, string? OwnTotal) ChartSeries { get; }

    /// <summary>Routes one pair and says how long it took, end to end and by the peer's own clock if it reports one.</summary>
    PeerTiming Route(GeoPoint from, GeoPoint to);
}

/// <summary>One timed query of a peer, in seconds.</summary>
/// <param name="Found">The peer found a route.</param>
/// <param name="WallSeconds">Our Stopwatch around the whole call.</param>
/// <param name="OwnTotalSeconds">The peer's own total, when it reports one.</param>
/// <param name="OwnSearchSeconds">The peer's own time for the search alone (no loading, no snapping), when it reports one.</param>
/// <param name="Cost">The found route's cost in the fastest metric (seconds), when the peer reports it, to check it routed our graph.</param>
internal readonly record struct PeerTiming(bool Found, double WallSeconds, double? OwnTotalSeconds, double? OwnSearchSeconds, double? Cost = null);
