using System.Globalization;
using Routes.Geo.Network;

namespace Routes.Geo.Benchmarks.Synthetic;

/// <summary>How the residential streets between the arterials are laid out.</summary>
internal enum SyntheticLayout
{
    /// <summary>Parallel streets per arterial cell, joined by staggered cross streets (T-junctions), some cut into cul-de-sacs.</summary>
    Streets,

    /// <summary>A full residential grid of 4-way crossings with 5% of links missing: a worst case with no local hierarchy.</summary>
    Mesh,
}

/// <summary>
/// A road-like synthetic network on a side×side grid of points about 100 m apart with jittered positions:
/// secondary arterials every 8th and primary every 32nd row and column, a few long diagonal primaries,
/// dual-carriageway motorways every 64th row and column with interchanges every 16th point (no junction
/// elsewhere: they bridge the grid), residential one-ways, and residential streets laid out per <see cref="SyntheticLayout"/>.
/// Built through <see cref="RoadNetworkBuilder"/>, or written as OSM XML for the real importer (<see cref="SyntheticOsmRun"/>);
/// the same options always give the same network.
/// </summary>
internal static class SyntheticNetwork
{
    public const double SpacingMetres = 100;
    public const int SecondaryEvery = 8;
    public const int PrimaryEvery = 32;
    public const double MeshMissingLinkShare = 0.05;
    public const double CulDeSacShare = 0.5;
    public const double CrossStreetShare = 0.3;
    public const double OneWayShare = 0.15;
    public const int BlocksPerWay = 16;
    public const int MotorwayEvery = 64;
    public const int InterchangeEvery = 16;

    private const double OriginLat = 50.0;
    private const double OriginLon = 2.0;
    private const double MetresPerDegreeLat = 111_320;

    /// <summary>Grid side giving about <paramref name="vertices"/> junctions once the builder keeps only junctions and ends.</summary>
    public static int SideFor(int vertices, SyntheticLayout layout) =>
        Math.Max(9, (int)Math.Round(Math.Sqrt(vertices / (layout == SyntheticLayout.Mesh ? 1.0 : 0.55))));

    /// <summary>Builds the network on a <paramref name="side"/>×<paramref name="side"/> grid of points.</summary>
    public static RoadNetwork Build(int side, int seed, SyntheticLayout layout)
    {
        var builder = new RoadNetworkBuilder($"synthetic {layout} {side}x{side} seed {seed}");
        Generate(side, seed, layout, new BuilderTarget(builder));
        return builder.Build();
    }

    /// <summary>Hands the nodes and tagged ways of the network <see cref="Build"/> makes to <paramref name="target"/>.</summary>
    public static void Generate(int side, int seed, SyntheticLayout layout, ISyntheticTarget target)
    {
        var random = new Random(seed);
        ISyntheticTarget builder = target;
        double dLat = SpacingMetres / MetresPerDegreeLat;
        double dLon = SpacingMetres / (MetresPerDegreeLat * Math.Cos(OriginLat * Math.PI / 180));
        for (int r = 0; r < side; r++)
        {
            for (int c = 0; c < side; c++)
            {
                // Jitter of up to a quarter block keeps blocks irregular but never folds the grid.
                double jLat = (random.NextDouble() - 0.5) * 0.5 * dLat, jLon = (random.NextDouble() - 0.5) * 0.5 * dLon;
                builder.AddNode(Id(side, r, c), OriginLat + (r * dLat) + jLat, OriginLon + (c * dLon) + jLon);
            }
        }

        var ways = new WayWriter(builder, random);
        if (layout == SyntheticLayout.Mesh)
        {
            for (int line = 0; line < side; line++)
            {
                int fixedLine = line;
                ways.AddLine(side, ClassOf(line), k => Id(side, fixedLine, k), MeshMissingLinkShare);
                ways.AddLine(side, ClassOf(line), k => Id(side, k, fixedLine), MeshMissingLinkShare);
            }
        }
        else
        {
            AddArterialsAndStreets(side, ways, random);
        }

        // A few long diagonal primaries through grid points, in both diagonal directions.
        int diagonals = Math.Max(2, side / 150);
        for (int d = 0; d < diagonals; d++)
        {
            int start = random.Next(side / 2);
            bool rising = d % 2 == 0;
            ways.AddLine(side - start, "primary", k => Id(side, start + k, rising ? k : side - 1 - k), 0);
        }

        AddMotorways(side, builder, ways, dLat, dLon);
    }

    // Each carriageway is its own one-way way on its own nodes, offset 15 m from the grid line; at an
    // interchange an off-ramp and an on-ramp join the carriageway node to the grid point.
    private static void AddMotorways(int side, ISyntheticTarget builder, WayWriter ways, double dLat, double dLon)
    {
        long nextNode = ((long)side * side) + 1;
        for (int line = MotorwayEvery / 2; line < side; line += MotorwayEvery)
        {
            foreach (bool alongRow in (bool[])[true, false])
            {
                foreach (int direction in (int[])[1, -1])
                {
                    var carriageway = new long[side];
                    for (int k = 0; k < side; k++)
                    {
                        (int r, int c) = alongRow ? (line, k) : (k, line);
                        double offset = direction * 0.15;
                        builder.AddNode(nextNode, OriginLat + ((r + (alongRow ? offset : 0)) * dLat), OriginLon + ((c + (alongRow ? 0 : offset)) * dLon));
                        carriageway[k] = nextNode++;
                        if (k % InterchangeEvery == InterchangeEvery / 2)
                        {
                            ways.AddOneWay([carriageway[k], Id(side, r, c)], "motorway_link");
                            ways.AddOneWay([Id(side, r, c), carriageway[k]], "motorway_link");
                        }
                    }

                    if (direction < 0)
                    {
                        Array.Reverse(carriageway);
                    }

                    ways.AddOneWay(carriageway, "motorway");
                }
            }
        }
    }

    /// <summary>Road class of grid row or column <paramref name="line"/>.</summary>
    public static string ClassOf(int line) =>
        line % PrimaryEvery == 0 ? "primary" : line % SecondaryEvery == 0 ? "secondary" : "residential";

    // Each cell between arterials holds parallel streets from one arterial to the opposite one (rows or
    // columns, alternating by cell); cross streets join neighbours only where (street + position) is even.
    private static void AddArterialsAndStreets(int side, WayWriter ways, Random random)
    {
        for (int line = 0; line < side; line += SecondaryEvery)
        {
            int fixedLine = line;
            ways.AddLine(side, ClassOf(line), k => Id(side, fixedLine, k), 0);
            ways.AddLine(side, ClassOf(line), k => Id(side, k, fixedLine), 0);
        }

        for (int cellRow = 0; cellRow * SecondaryEvery < side - 1; cellRow++)
        {
            for (int cellCol = 0; cellCol * SecondaryEvery < side - 1; cellCol++)
            {
                bool alongRows = (cellRow + cellCol) % 2 == 0;
                int r0 = cellRow * SecondaryEvery, c0 = cellCol * SecondaryEvery;
                int r1 = Math.Min(side - 1, r0 + SecondaryEvery), c1 = Math.Min(side - 1, c0 + SecondaryEvery);
                Func<int, int, long> at = alongRows ? (street, k) => Id(side, street, k) : (street, k) => Id(side, k, street);
                (int s0, int s1, int k0, int k1) = alongRows ? (r0, r1, c0, c1) : (c0, c1, r0, r1);
                for (int street = s0 + 1; street < s1; street++)
                {
                    int fixedStreet = street;
                    int cut = random.NextDouble() < CulDeSacShare ? random.Next(k0, k1) : -1;
                    ways.AddRun(k0, k1, "residential", k => at(fixedStreet, k), cut);
                    for (int k = k0 + 1; k < k1; k++)
                    {
                        if ((street + k) % 2 == 0 && random.NextDouble() < CrossStreetShare)
                        {
                            ways.AddRun(0, 1, "residential", i => at(fixedStreet + i, k), -1);
                        }
                    }
                }
            }
        }
    }

    private static long Id(int side, int r, int c) => ((long)r * side) + c + 1;

    /// <summary>Cuts a line of points into ways of a few blocks, dropping missing links and choosing one-ways.</summary>
    private sealed class WayWriter(ISyntheticTarget builder, Random random)
    {
        private static readonly KeyValuePair<string, string>[] OneWay = [new("oneway", "yes")];
        private static readonly int[] ArterialLimits = [50, 70, 90];
        private long _nextWay = 1;

        public void AddLine(int length, string highway, Func<int, long> node, double missingShare)
        {
            bool residential = highway == "residential";
            var run = new List<long> { node(0) };
            for (int k = 1; k < length; k++)
            {
                bool missing = residential && random.NextDouble() < missingShare;
                if (missing || run.Count > BlocksPerWay)
                {
                    Flush(run, highway, residential);
                    if (missing)
                    {
                        run.Clear();
                    }
                    else
                    {
                        run.RemoveRange(0, run.Count - 1);
                    }
                }

                run.Add(node(k));
            }

            Flush(run, highway, residential);
        }

        /// <summary>One street over points <paramref name="from"/>..<paramref name="to"/>, without the link cut..cut+1 when cut ≥ 0.</summary>
        public void AddRun(int from, int to, string highway, Func<int, long> node, int cut)
        {
            var run = new List<long>();
            for (int k = from; k <= to; k++)
            {
                run.Add(node(k));
                if (k == cut)
                {
                    Flush(run, highway, highway == "residential");
                    run.Clear();
                }
            }

            Flush(run, highway, highway == "residential");
        }

        public void AddOneWay(long[] nodes, string highway) =>
            builder.AddWay(_nextWay++, nodes, [new("highway", highway), .. OneWay, .. (highway == "motorway" ? [new("maxspeed", "130")] : Array.Empty<KeyValuePair<string, string>>())]);

        private void Flush(List<long> run, string highway, bool residential)
        {
            if (run.Count < 2)
            {
                return;
            }

            long[] nodes = [.. run];
            KeyValuePair<string, string>[] tags = [new("highway", highway)];
            if (!residential)
            {
                // Arterials of one class differ in limit, as real ones do, so the grid has fewer near-equal routes.
                tags = [.. tags, new("maxspeed", (highway == "primary" ? ArterialLimits[random.Next(2) + 1] : ArterialLimits[random.Next(2)]).ToString(CultureInfo.InvariantCulture))];
            }

            if (residential && random.NextDouble() < OneWayShare)
            {
                tags = [.. tags, .. OneWay];
                if (random.Next(2) == 0)
                {
                    Array.Reverse(nodes);
                }
            }

            builder.AddWay(_nextWay++, nodes, tags);
        }
    }

    private sealed class BuilderTarget(RoadNetworkBuilder builder) : ISyntheticTarget
    {
        public void AddNode(long id, double latitude, double longitude) => builder.AddNode(id, latitude, longitude);

        public void AddWay(long id, long[] nodes, KeyValuePair<string, string>[] tags) => builder.AddWay(id, nodes, tags);
    }
}
