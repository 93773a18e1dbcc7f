using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using Routes.Geo.Routing;
using Routes.Geo.TestSupport.Peers;

namespace Routes.Geo.Benchmarks.Peers;

/// <summary>
/// pgRouting in the private PostgreSQL of <see cref="PgRoutingServer"/>: our graph's edges loaded with our exact
/// fastest costs (<see cref="PgRoutingEdgeTable"/>), one <c>pgr_dijkstra</c> call per pair between the vertices the
/// pair snaps to, on one open connection over TCP on 127.0.0.1. Each pair is run twice: once timed by our Stopwatch
/// around the Npgsql call, once under <c>EXPLAIN (ANALYZE)</c> for the server's own execution time.
/// </summary>
internal sealed class PgRoutingPeer : IRoutePeer
{
    private const string Call = "SELECT seq, node, edge, cost, agg_cost FROM pgr_dijkstra(@edges, @source, @target, directed => true)";

    private readonly RoutingGraph _graph;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _query;
    private readonly NpgsqlCommand _explain;
    private readonly NpgsqlCommand _ping;

    private PgRoutingPeer(RoutingGraph graph, NpgsqlConnection connection, string name, PgRoutingEdgeTable table, double loadSeconds)
    {
        _graph = graph;
        _connection = connection;
        Table = table;
        LoadSeconds = loadSeconds;
        _query = Command(Call, name);
        _explain = Command("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + Call, name);
        _ping = new NpgsqlCommand("SELECT 1", connection);
        _query.Prepare();
        _ping.Prepare();
    }

    public string Name => "pgRouting pgr_dijkstra (SQL call)";

    public string Includes =>
        "wall: our Stopwatch around one Npgsql ExecuteReader of the prepared statement `" + Call + "` and reading all its rows, on an open " +
        "connection over TCP to 127.0.0.1: the round trip, and inside pgr_dijkstra on every call: running the edges SQL (a sequential scan of the " +
        "edge table through SPI), building its Boost graph, the one-to-one Dijkstra, returning the path rows. Own total: the same call's " +
        "server-side `Execution Time` from `EXPLAIN (ANALYZE, TIMING OFF)`, a second execution of the same pair (no network, no planning of the " +
        "outer statement, no sending of rows). Own search: not reported (pgr_dijkstra gives no split between loading and searching). " +
        "Snapping: ours (graph.Snap, client side, not timed), then the snapped edge's nearer end vertex";

    /// <summary>Series for the chart table: the round trip, and the server-side execution.</summary>
    public (string Wall, string? OwnTotal) ChartSeries => ("pgRouting pgr_dijkstra (SQL round trip)", "pgRouting pgr_dijkstra (server-side execution)");

    /// <summary>The rows loaded (usable edges, split barrier vertices).</summary>
    public PgRoutingEdgeTable Table { get; }

    /// <summary>Building the rows and loading them (binary COPY, ANALYZE), wall seconds.</summary>
    public double LoadSeconds { get; }

    /// <summary>Snapped points that lay exactly on a vertex (the others were moved to the nearer end of their edge).</summary>
    public int SnapsOnVertex { get; private set; }

    /// <summary>Snapped points in all.</summary>
    public int Snaps { get; private set; }

    /// <summary>Snapped points whose vertex is a barrier: split in the table, so pgr_dijkstra finds no route from or to it.</summary>
    public int SnapsOnBarrier { get; private set; }

    /// <summary>Loads <paramref name="graph"/>'s edges as <c>edges_{name}</c> and prepares the call.</summary>
    public static PgRoutingPeer Load(PgRoutingServer server, RoutingGraph graph, string name)
    {
        var clock = Stopwatch.StartNew();
        PgRoutingEdgeTable table = PgRoutingEdgeTable.Build(graph);
        NpgsqlConnection connection = server.Open();
        try
        {
            table.Load(connection, name);
            return new PgRoutingPeer(graph, connection, name, table, clock.Elapsed.TotalSeconds);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public PeerTiming Route(GeoPoint from, GeoPoint to)
    {
        long source = PgRoutingEdgeTable.VertexId(CountedVertex(from)), target = PgRoutingEdgeTable.VertexId(CountedVertex(to));
        SetVertices(_query, source, target);
        SetVertices(_explain, source, target);
        long start = Stopwatch.GetTimestamp();
        double? cost = null;
        using (NpgsqlDataReader reader = _query.ExecuteReader())
        {
            while (reader.Read())
            {
                cost = reader.GetDouble(4);
            }
        }

        double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;

        // pgr_dijkstra returns no row from a vertex to itself; its documentation gives that pair agg_cost 0.
        cost ??= source == target ? 0 : null;
        return new PeerTiming(cost is not null, wall, ServerExecutionSeconds(_explain), null, cost);
    }

    /// <summary>Server-side execution time of pgr_dijkstra from a point's vertex to itself: the edges read and the graph built, no search.</summary>
    public double FixedCostSeconds(GeoPoint point)
    {
        long vertex = PgRoutingEdgeTable.VertexId(SnappedVertex(point).Vertex);
        SetVertices(_explain, vertex, vertex);
        return ServerExecutionSeconds(_explain);
    }

    /// <summary>One bare round trip on the same connection (a prepared <c>SELECT 1</c>), our Stopwatch: what the wall adds besides the work.</summary>
    public double RoundTripSeconds()
    {
        long start = Stopwatch.GetTimestamp();
        _ping.ExecuteScalar();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    /// <summary>For the record: how the points were snapped.</summary>
    public string SnapSummary() => string.Create(CultureInfo.InvariantCulture,
        $"{SnapsOnVertex}/{Snaps} snapped points lay exactly on a vertex (the others went to their edge's nearer end); {SnapsOnBarrier} on a barrier vertex");

    public void Dispose()
    {
        _query.Dispose();
        _explain.Dispose();
        _ping.Dispose();
        _connection.Dispose();
    }

    private NpgsqlCommand Command(string sql, string name)
    {
        var command = new NpgsqlCommand(sql, _connection);
        command.Parameters.AddWithValue("edges", PgRoutingEdgeTable.EdgesSql(name, RouteMetric.Fastest));
        command.Parameters.AddWithValue("source", 0L);
        command.Parameters.AddWithValue("target", 0L);
        return command;
    }

    private static void SetVertices(NpgsqlCommand command, long source, long target)
    {
        command.Parameters["source"].Value = source;
        command.Parameters["target"].Value = target;
    }

    private int CountedVertex(GeoPoint point)
    {
        (int vertex, bool exact) = SnappedVertex(point);
        Snaps++;
        SnapsOnVertex += exact ? 1 : 0;
        SnapsOnBarrier += _graph.VertexBlocked[vertex] ? 1 : 0;
        return vertex;
    }

    // Our snap; a point inside an edge goes to the nearer end, since pgr_dijkstra runs between vertices.
    private (int Vertex, bool Exact) SnappedVertex(GeoPoint point)
    {
        SnapResult snap = _graph.Snap(point);
        int vertex = EdgeSearch.VertexAt(_graph, snap);
        return vertex >= 0 ? (vertex, true)
            : (snap.OffsetMetres <= _graph.EdgeLength[snap.Edge] / 2 ? _graph.Network.EdgeFrom[snap.Edge] : _graph.Network.EdgeTo[snap.Edge], false);
    }

    // EXPLAIN's JSON is an array of one object whose "Execution Time" is in milliseconds.
    private static double ServerExecutionSeconds(NpgsqlCommand explain)
    {
        string json = (string)explain.ExecuteScalar()!;
        using JsonDocument plan = JsonDocument.Parse(json);
        return plan.RootElement[0].GetProperty("Execution Time").GetDouble() / 1000;
    }
}
