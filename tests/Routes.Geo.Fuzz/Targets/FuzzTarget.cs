using Routes.Geo.Fuzz.Mutation;
using Routes.Geo.Routing;

namespace Routes.Geo.Fuzz.Targets;

/// <summary>One reader under test: its seed inputs, how to mutate them, and how to run one input.</summary>
internal abstract class FuzzTarget
{
    /// <summary>The command-line name: pbf, geojson or saved.</summary>
    public abstract string Name { get; }

    /// <summary>The seeds' names, in the fixed order an iteration's random choice indexes.</summary>
    public abstract IReadOnlyList<string> SeedNames { get; }

    public abstract byte[] SeedBytes(int seed);

    /// <summary>A mutant of seed <paramref name="seed"/>; <paramref name="log"/> is told each mutation made.</summary>
    public abstract byte[] Mutate(int seed, FuzzRandom random, List<string> log);

    /// <summary>Reads <paramref name="input"/> as seed <paramref name="seed"/>'s kind of file, then uses what came back.</summary>
    /// <exception cref="UseFailedException">Reading succeeded but the result failed when used.</exception>
    public abstract void Run(byte[] input, int seed);

    /// <summary>
    /// What a caller does next with a network a reader accepted: every vertex and edge geometry is a
    /// valid position, and a route can be asked for. Any untyped failure here means the reader let bad data through.
    /// </summary>
    protected static void Use(RoutingGraph graph)
    {
        RoadNetwork network = graph.Network;
        Step("vertices", () =>
        {
            for (int v = 0; v < network.VertexCount; v++)
            {
                network.GetVertex(v);
            }
        });
        Step("edges", () =>
        {
            for (int e = 0; e < network.EdgeCount; e++)
            {
                if (network.GetEdgeGeometry(e).Count < 2 || !(network.EdgeLengthMetres(e) >= 0))
                {
                    throw new InvalidDataException($"edge {e} has {network.GetEdgeGeometry(e).Count} points and length {network.EdgeLengthMetres(e)} m.");
                }
            }
        });
        if (network.VertexCount < 2)
        {
            return;
        }

        GeoPoint from = network.GetVertex(0), to = network.GetVertex(network.VertexCount - 1);
        foreach (RouteMetric metric in (RouteMetric[])[RouteMetric.Fastest, RouteMetric.Shortest])
        {
            Step($"{metric} route", () =>
            {
                RouteResult? result = UnlessFarFromRoads(() => graph.Route().From(from).To(to).Minimizing(metric).Calculate());
                if (result is { IsFound: true } && !(result.Route.LengthMetres >= 0))
                {
                    throw new InvalidDataException($"the route has length {result.Route.LengthMetres} m.");
                }
            });
        }
    }

    private static void Step(string step, Action use)
    {
        try
        {
            use();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UseFailedException(step, e);
        }
    }

    // A vertex may be far from any road the profile uses: an answer, not a reader defect.
    private static RouteResult? UnlessFarFromRoads(Func<RouteResult> route)
    {
        try
        {
            return route();
        }
        catch (SnapTooFarException)
        {
            return null;
        }
    }
}

/// <summary>A reader accepted an input, but the network it returned failed at <see cref="Step"/> of its use (the inner exception).</summary>
internal sealed class UseFailedException(string step, Exception inner) : Exception($"The reader accepted the input, but its result failed at '{step}': {inner.Message}", inner)
{
    public string Step { get; } = step;
}
