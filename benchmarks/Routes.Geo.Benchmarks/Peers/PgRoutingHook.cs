namespace Routes.Geo.Benchmarks.Peers;

/// <summary>
/// Where pgRouting joins the peers run: once <c>PgRoutingServer</c> (branch pgrouting, integration tests) is on
/// main and shared, wrap it as an <see cref="IRoutePeer"/> (one <c>pgr_dijkstra</c> per pair) and list it in <see cref="PeersRun"/>.
/// </summary>
internal static class PgRoutingHook
{
    public const string Status =
        "not run: its fixture (PgRoutingServer, branch pgrouting) is not merged into this branch, and the benchmark may not reference test projects; " +
        "hook: implement IRoutePeer with it and add it to PeersRun";
}
