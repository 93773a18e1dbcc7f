using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Routes.Geo.IntegrationTests.Routing;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.TestSupport.Peers;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Peers;

/// <summary>Starts the private PostgreSQL + pgRouting instance on first use and removes it after the class.</summary>
public sealed class PgRoutingFixture : IDisposable
{
    private readonly Lazy<PgRoutingServer> _server = new(PgRoutingServer.Start);

    internal PgRoutingServer Server => _server.Value;

    public void Dispose()
    {
        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }
    }
}

/// <summary>
/// Cross-check against pgRouting: the edges of our <see cref="RoutingGraph"/> are loaded with our exact costs
/// (binary COPY, so the doubles are bit for bit ours) into a private PostgreSQL, and <c>pgr_dijkstraCost</c>
/// must give the same costs as our Dijkstra and our contraction hierarchy on random vertex-to-vertex pairs,
/// for both metrics. Barrier vertices are split per edge (nobody passes them; pairs never start or end on one);
/// turn restrictions cannot be expressed in <c>pgr_dijkstra</c>, so the compared graphs have none: foot (no
/// restriction binds pedestrians) and car with a profile that ignores restrictions. The real car graph is then
/// checked to be never cheaper than pgRouting's unrestricted one. Method and measurements: Peers/PGROUTING.md.
/// </summary>
public class PgRoutingCrossCheckTests(PgRoutingFixture pg, ITestOutputHelper output) : IClassFixture<PgRoutingFixture>
{
    private const int Pairs = 500;
    private const double RelativeTolerance = 1e-9;

    private static readonly RouteMetric[] Metrics = [RouteMetric.Fastest, RouteMetric.Shortest];

    [Theory]
    [InlineData("monaco", "foot")]
    [InlineData("monaco", "car")]
    [InlineData("andorra", "foot")]
    [InlineData("andorra", "car")]
    [InlineData("liechtenstein", "foot")]
    [InlineData("liechtenstein", "car")]
    public void PgrDijkstraCosts_EqualOurs_OnRandomVertexPairs(string extract, string profileName)
    {
        PgRoutingServer server = pg.Server;
        output.WriteLine($"{server.Versions}; private instance started in {server.StartTime.TotalSeconds:0.0} s");
        RoadNetwork network = ExtractNetworks.Osm(extract);
        Profile profile = profileName == "car" ? CarWithoutRestrictions.Instance : TravelProfiles.ByName(profileName);
        RoutingGraph graph = network.GraphFor(profile);
        Assert.Equal(0, graph.BindingRestrictionCount);

        var clock = Stopwatch.StartNew();
        PgRoutingEdgeTable table = PgRoutingEdgeTable.Build(graph);
        var random = new Random(20260926);
        List<(int A, int B)> pairs = RandomVertexPairs(graph, random, Pairs, out int coincident);
        output.WriteLine(Invariant(
            $"{extract}/{profileName}: {table.Rows.Count} usable edges, {graph.Network.VertexCount} vertices, {table.BlockedVertices} barrier vertices split into {table.SplitCopies} per-edge copies; {pairs.Count} pairs ({coincident} vertices skipped: their coordinate snaps onto another vertex or edge)"));

        string name = $"{extract}_{profileName}";
        using NpgsqlConnection connection = server.Open();
        table.Load(connection, name);
        LoadPairs(connection, name, pairs);
        Assert.Equal(table.Rows, PgRoutingEdgeTable.ReadBack(connection, name));
        output.WriteLine(Invariant($"built, loaded (binary COPY) and read back bit for bit in {clock.Elapsed.TotalSeconds:0.00} s"));

        bool failed = false;
        var theirsByMetric = new Dictionary<RouteMetric, Dictionary<(int, int), double>>();
        foreach (RouteMetric metric in Metrics)
        {
            clock.Restart();
            Dictionary<(int, int), double> theirs = PgrDijkstraCost(connection, name, metric);
            theirsByMetric[metric] = theirs;
            TimeSpan pgTime = clock.Elapsed;
            clock.Restart();
            graph.Prepare(metric);
            TimeSpan prepareTime = clock.Elapsed;
            foreach (RouteAlgorithm algorithm in (RouteAlgorithm[])[RouteAlgorithm.Dijkstra, RouteAlgorithm.ContractionHierarchy])
            {
                clock.Restart();
                double?[] ours = OurCosts(graph, pairs, metric, algorithm, theirs, output);
                TimeSpan ourTime = clock.Elapsed;
                double?[] searched = SearchCosts(graph, pairs, metric, algorithm);
                foreach ((string what, double?[] costs) in (ValueTuple<string, double?[]>[])[("route", ours), ("search", searched)])
                {
                    Comparison c = Compare(pairs, costs, theirs);
                    string times = what == "search" ? "" : Invariant(
                        $"; pgr_dijkstraCost {pgTime.TotalSeconds:0.00} s, ours {ourTime.TotalSeconds:0.00} s{(algorithm == RouteAlgorithm.ContractionHierarchy ? Invariant($" + prepare {prepareTime.TotalSeconds:0.00} s") : "")}");
                    output.WriteLine(Invariant(
                        $"  {metric,-8} {algorithm,-20} {what,-6} reachable both {c.Both}, neither {c.Neither}, only ours {c.OnlyOurs.Count}, only pgRouting {c.OnlyTheirs.Count}; bit-equal {c.BitEqual}/{c.Both}, max relative difference {c.MaxRelative:E2} (max absolute {c.MaxAbsolute:E2}){times}"));
                    foreach (int i in c.OnlyOurs.Concat(c.OnlyTheirs).Concat(c.Different).Take(5))
                    {
                        output.WriteLine("    " + Explain(connection, name, graph, pairs[i], i, metric, costs[i], theirs.TryGetValue(Key(pairs[i]), out double t) ? t : null));
                    }

                    failed |= c.OnlyOurs.Count > 0 || c.OnlyTheirs.Count > 0 || c.Different.Count > 0;
                    Assert.True(c.Both >= Pairs / 5, $"only {c.Both} pairs reachable");
                }
            }
        }

        if (profileName == "car")
        {
            // The real car graph (with its turn restrictions and turn costs, the same edges otherwise) can only be dearer or unreachable.
            RoutingGraph restricted = network.GraphFor(TravelProfiles.Car);
            Dictionary<(int, int), double> theirs = theirsByMetric[RouteMetric.Fastest];
            double?[] ours = OurCosts(restricted, pairs, RouteMetric.Fastest, RouteAlgorithm.Dijkstra, null, output);
            int dearer = 0, lost = 0, cheaper = 0;
            for (int i = 0; i < pairs.Count; i++)
            {
                bool reachable = theirs.TryGetValue(Key(pairs[i]), out double t);
                if (ours[i] is not { } o)
                {
                    lost += reachable ? 1 : 0;
                }
                else if (!reachable || o < t * (1 - RelativeTolerance))
                {
                    cheaper++;
                    output.WriteLine(Invariant($"    CHEAPER with restrictions: #{i} v{pairs[i].A} -> v{pairs[i].B}: ours {o}, pgRouting {(reachable ? t : null)}"));
                }
                else
                {
                    dearer += o > t * (1 + RelativeTolerance) ? 1 : 0;
                }
            }

            output.WriteLine(Invariant(
                $"  real car graph ({restricted.BindingRestrictionCount} binding turn restrictions, turn costs), Fastest, Dijkstra: {dearer} pairs dearer than pgRouting's unrestricted cost, {lost} unreachable, {cheaper} cheaper"));
            Assert.Equal(0, cheaper);
        }

        Assert.False(failed, "pgRouting and our router disagree (see the test output)");
    }

    /// <summary>Distinct ordered pairs of distinct vertices that are no barrier, have a usable edge and whose coordinate snaps exactly onto them.</summary>
    private static List<(int A, int B)> RandomVertexPairs(RoutingGraph graph, Random random, int count, out int coincident)
    {
        var verdict = new Dictionary<int, bool>();
        int skipped = 0;
        bool Usable(int v)
        {
            if (!verdict.TryGetValue(v, out bool ok))
            {
                bool candidate = !graph.VertexBlocked[v] && graph.OutStart[v + 1] - graph.OutStart[v] + graph.InStart[v + 1] - graph.InStart[v] > 0;
                ok = candidate && EdgeSearch.VertexAt(graph, graph.Snap(graph.Network.GetVertex(v), 1)) == v;
                skipped += candidate && !ok ? 1 : 0;
                verdict[v] = ok;
            }

            return ok;
        }

        var seen = new HashSet<(int, int)>();
        var pairs = new List<(int, int)>();
        while (pairs.Count < count)
        {
            int a = random.Next(graph.Network.VertexCount), b = random.Next(graph.Network.VertexCount);
            if (a != b && Usable(a) && Usable(b) && seen.Add((a, b)))
            {
                pairs.Add((a, b));
            }
        }

        coincident = skipped;
        return pairs;
    }

    private static void LoadPairs(NpgsqlConnection connection, string name, List<(int A, int B)> pairs)
    {
        PgRoutingEdgeTable.Execute(connection, $"DROP TABLE IF EXISTS pairs_{name}; CREATE TABLE pairs_{name} (source bigint NOT NULL, target bigint NOT NULL)");
        using NpgsqlBinaryImporter writer = connection.BeginBinaryImport($"COPY pairs_{name} (source, target) FROM STDIN (FORMAT BINARY)");
        foreach ((int a, int b) in pairs)
        {
            writer.StartRow();
            writer.Write(PgRoutingEdgeTable.VertexId(a), NpgsqlDbType.Bigint);
            writer.Write(PgRoutingEdgeTable.VertexId(b), NpgsqlDbType.Bigint);
        }

        writer.Complete();
    }

    /// <summary>pgr_dijkstraCost over all pairs at once (combinations SQL); unreachable pairs have no row.</summary>
    private static Dictionary<(int, int), double> PgrDijkstraCost(NpgsqlConnection connection, string name, RouteMetric metric)
    {
        using var command = new NpgsqlCommand(
            "SELECT start_vid, end_vid, agg_cost FROM pgr_dijkstraCost(@edges, @pairs, directed => true)", connection);
        command.Parameters.AddWithValue("edges", PgRoutingEdgeTable.EdgesSql(name, metric));
        command.Parameters.AddWithValue("pairs", $"SELECT source, target FROM pairs_{name}");
        var result = new Dictionary<(int, int), double>();
        using NpgsqlDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add((PgRoutingEdgeTable.VertexOf(reader.GetInt64(0)), PgRoutingEdgeTable.VertexOf(reader.GetInt64(1))), reader.GetDouble(2));
        }

        return result;
    }

    /// <summary>
    /// Our cost from each pair's vertex coordinate to the other's, through the public request API. A route that
    /// started or ended on another snap candidate (a road within 1 m in a large component, the other carriageway)
    /// is no vertex-to-vertex answer: it counts as none, and must be one where pgRouting (when given) has none either.
    /// </summary>
    private static double?[] OurCosts(RoutingGraph graph, List<(int A, int B)> pairs, RouteMetric metric, RouteAlgorithm algorithm,
        Dictionary<(int, int), double>? theirs, ITestOutputHelper output)
    {
        var costs = new double?[pairs.Count];
        var second = new bool[pairs.Count];
        Parallel.For(0, pairs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            RouteResult result = graph.Route()
                .From(graph.Network.GetVertex(pairs[i].A)).To(graph.Network.GetVertex(pairs[i].B))
                .Minimizing(metric).Using(algorithm).WithMaxSnapDistance(1).Calculate();
            second[i] = result.IsFound && result.Route.Waypoints.Any(w => w.Candidate != SnapCandidate.Nearest);
            costs[i] = result.IsFound && !second[i] ? metric == RouteMetric.Fastest ? result.Route.DurationSeconds : result.Route.LengthMetres : null;
        });
        int[] fromSecond = [.. Enumerable.Range(0, pairs.Count).Where(i => second[i])];
        output.WriteLine(Invariant($"    {algorithm}: {fromSecond.Length} pairs routed from a second snap candidate (left out of the comparison)"));
        Assert.All(fromSecond, i => Assert.False(theirs?.ContainsKey(Key(pairs[i])) ?? false, $"pair #{i} took a second candidate although pgRouting routes it"));
        return costs;
    }

    /// <summary>The searches' own path costs (what the algorithm minimised), from the same snapped vertices.</summary>
    private static double?[] SearchCosts(RoutingGraph graph, List<(int A, int B)> pairs, RouteMetric metric, RouteAlgorithm algorithm)
    {
        var costs = new double?[pairs.Count];
        Parallel.For(0, pairs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            SnapResult a = graph.Snap(graph.Network.GetVertex(pairs[i].A), 1), b = graph.Snap(graph.Network.GetVertex(pairs[i].B), 1);
            costs[i] = graph.Search(a, b, metric, algorithm)?.Cost;
        });
        return costs;
    }

    private static Comparison Compare(List<(int A, int B)> pairs, double?[] ours, Dictionary<(int, int), double> theirs)
    {
        var c = new Comparison();
        for (int i = 0; i < pairs.Count; i++)
        {
            bool reachable = theirs.TryGetValue(Key(pairs[i]), out double t);
            switch (ours[i], reachable)
            {
                case (null, false):
                    c.Neither++;
                    break;
                case (null, true):
                    c.OnlyTheirs.Add(i);
                    break;
                case (not null, false):
                    c.OnlyOurs.Add(i);
                    break;
                case ({ } o, true):
                    c.Both++;
                    c.BitEqual += o == t ? 1 : 0;
                    double relative = o == t ? 0 : Math.Abs(o - t) / Math.Max(Math.Abs(o), Math.Abs(t));
                    c.MaxRelative = Math.Max(c.MaxRelative, relative);
                    c.MaxAbsolute = Math.Max(c.MaxAbsolute, Math.Abs(o - t));
                    if (relative > RelativeTolerance)
                    {
                        c.Different.Add(i);
                    }

                    break;
            }
        }

        return c;
    }

    // A disagreement, with both paths as edge ids (our edge index + 1, as loaded).
    private static string Explain(NpgsqlConnection connection, string name, RoutingGraph graph, (int A, int B) pair, int index, RouteMetric metric, double? ours, double? theirs)
    {
        SnapResult a = graph.Snap(graph.Network.GetVertex(pair.A), 1), b = graph.Snap(graph.Network.GetVertex(pair.B), 1);
        EdgeSearch.Found? found = graph.Search(a, b, metric, RouteAlgorithm.Dijkstra);
        string ourPath = found is { } f ? string.Join(" ", f.Path.Select(d => (RoutingGraph.IsBackward(d) ? "-" : "") + (RoutingGraph.EdgeOf(d) + 1))) : "none";
        using var command = new NpgsqlCommand("SELECT string_agg(edge::text, ' ' ORDER BY seq) FROM pgr_dijkstra(@edges, @a, @b, directed => true) WHERE edge >= 0", connection);
        command.Parameters.AddWithValue("edges", PgRoutingEdgeTable.EdgesSql(name, metric));
        command.Parameters.AddWithValue("a", PgRoutingEdgeTable.VertexId(pair.A));
        command.Parameters.AddWithValue("b", PgRoutingEdgeTable.VertexId(pair.B));
        object? theirPath = command.ExecuteScalar();
        return Invariant($"#{index} v{pair.A} {graph.Network.GetVertex(pair.A)} -> v{pair.B} {graph.Network.GetVertex(pair.B)} {metric}: ours {(ours is { } o ? o.ToString("R", CultureInfo.InvariantCulture) : "none")}, pgRouting {(theirs is { } t ? t.ToString("R", CultureInfo.InvariantCulture) : "none")}\n      our edges: {ourPath}\n      pgr edges: {theirPath as string ?? "none"}");
    }

    private static (int, int) Key((int A, int B) pair) => (pair.A, pair.B);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class Comparison
    {
        public int Both { get; set; }

        public int Neither { get; set; }

        public int BitEqual { get; set; }

        public double MaxRelative { get; set; }

        public double MaxAbsolute { get; set; }

        public List<int> OnlyOurs { get; } = [];

        public List<int> OnlyTheirs { get; } = [];

        public List<int> Different { get; } = [];
    }

    /// <summary>Our car profile with every turn restriction ignored: the graph pgr_dijkstra can represent exactly.</summary>
    private sealed class CarWithoutRestrictions : CarProfile
    {
        public static CarWithoutRestrictions Instance { get; } = new();

        // pgr_dijkstra's edge table has no turn costs either; the real car (restrictions and turn costs) is checked to be never cheaper.
        public override bool HasTurnCosts => false;

        public override TurnRestrictionKind? ReadRestriction(IReadOnlyDictionary<string, string> restrictionTags) => null;
    }
}
