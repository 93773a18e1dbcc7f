using Npgsql;
using NpgsqlTypes;
using Routes.Geo.Routing;

namespace Routes.Geo.TestSupport.Peers;

/// <summary>
/// Our graph as pgRouting edges: one row per usable edge, id = edge + 1, source/target = vertex + 1,
/// cost = our cost along the edge or -1 when that direction is closed, reverse_cost likewise. An end at a
/// barrier vertex gets a vertex of its own (ids above the network's), so no path passes the barrier.
/// Turn restrictions are not represented: <c>pgr_dijkstra</c> is vertex-based and cannot express them.
/// </summary>
public sealed class PgRoutingEdgeTable
{
    private PgRoutingEdgeTable(List<Row> rows, int blocked, int copies)
    {
        Rows = rows;
        BlockedVertices = blocked;
        SplitCopies = copies;
    }

    /// <summary>The rows, in edge order (the order they are loaded and read back in).</summary>
    public List<Row> Rows { get; }

    /// <summary>How many barrier vertices were split.</summary>
    public int BlockedVertices { get; }

    /// <summary>How many per-edge vertex copies the split made.</summary>
    public int SplitCopies { get; }

    /// <summary>pgRouting's id of our vertex (ids start at 1).</summary>
    public static long VertexId(int vertex) => vertex + 1L;

    /// <summary>Our vertex of a pgRouting id that is not a barrier copy.</summary>
    public static int VertexOf(long id) => checked((int)(id - 1));

    /// <summary>The edges SQL that pgr_dijkstra and pgr_dijkstraCost read on every call, for one metric.</summary>
    public static string EdgesSql(string name, RouteMetric metric) => metric == RouteMetric.Fastest
        ? $"SELECT id, source, target, cost_s AS cost, reverse_cost_s AS reverse_cost FROM edges_{name}"
        : $"SELECT id, source, target, cost_m AS cost, reverse_cost_m AS reverse_cost FROM edges_{name}";

    /// <summary>One row per edge the graph's profile may use in at least one direction, with our exact costs.</summary>
    public static PgRoutingEdgeTable Build(RoutingGraph graph)
    {
        RoadNetwork network = graph.Network;
        long nextCopy = network.VertexCount + 1L;
        var blocked = new HashSet<int>();
        int copies = 0;
        long End(int vertex)
        {
            if (!graph.VertexBlocked[vertex])
            {
                return VertexId(vertex);
            }

            blocked.Add(vertex);
            copies++;
            return nextCopy++;
        }

        var rows = new List<Row>();
        for (int e = 0; e < network.EdgeCount; e++)
        {
            if (!graph.IsUsable(e))
            {
                continue;
            }

            double seconds = graph.DirectedCost(2 * e, RouteMetric.Fastest), metres = graph.DirectedCost(2 * e, RouteMetric.Shortest);
            rows.Add(new Row(
                e + 1L,
                End(network.EdgeFrom[e]),
                End(network.EdgeTo[e]),
                graph.CanForward[e] ? seconds : -1,
                graph.CanBackward[e] ? seconds : -1,
                graph.CanForward[e] ? metres : -1,
                graph.CanBackward[e] ? metres : -1));
        }

        return new PgRoutingEdgeTable(rows, blocked.Count, copies);
    }

    /// <summary>(Re)creates <c>edges_{name}</c> and fills it by binary COPY, so every float8 is our double bit for bit.</summary>
    public void Load(NpgsqlConnection connection, string name)
    {
        Execute(connection, $"""
            DROP TABLE IF EXISTS edges_{name};
            CREATE TABLE edges_{name} (id bigint PRIMARY KEY, source bigint NOT NULL, target bigint NOT NULL,
                cost_s float8 NOT NULL, reverse_cost_s float8 NOT NULL, cost_m float8 NOT NULL, reverse_cost_m float8 NOT NULL)
            """);
        using (NpgsqlBinaryImporter writer = connection.BeginBinaryImport(
            $"COPY edges_{name} (id, source, target, cost_s, reverse_cost_s, cost_m, reverse_cost_m) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (Row r in Rows)
            {
                writer.StartRow();
                writer.Write(r.Id, NpgsqlDbType.Bigint);
                writer.Write(r.Source, NpgsqlDbType.Bigint);
                writer.Write(r.Target, NpgsqlDbType.Bigint);
                writer.Write(r.CostSeconds, NpgsqlDbType.Double);
                writer.Write(r.ReverseSeconds, NpgsqlDbType.Double);
                writer.Write(r.CostMetres, NpgsqlDbType.Double);
                writer.Write(r.ReverseMetres, NpgsqlDbType.Double);
            }

            writer.Complete();
        }

        Execute(connection, $"ANALYZE edges_{name}");
    }

    /// <summary>Every row of <c>edges_{name}</c> as stored, in id order (to prove the load exact).</summary>
    public static List<Row> ReadBack(NpgsqlConnection connection, string name)
    {
        using var command = new NpgsqlCommand(
            $"SELECT id, source, target, cost_s, reverse_cost_s, cost_m, reverse_cost_m FROM edges_{name} ORDER BY id", connection);
        using NpgsqlDataReader reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            rows.Add(new Row(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetDouble(5), reader.GetDouble(6)));
        }

        return rows;
    }

    /// <summary>Runs SQL that returns nothing.</summary>
    public static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>One edge as loaded: ids, then seconds and metres each way (-1 where that direction is closed).</summary>
    public sealed record Row(long Id, long Source, long Target, double CostSeconds, double ReverseSeconds, double CostMetres, double ReverseMetres);
}
