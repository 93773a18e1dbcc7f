using Routes.Geo.Network;

namespace Routes.Geo.Benchmarks.Synthetic;

/// <summary>
/// A road-like synthetic network: a side×side grid of junctions about 100 m apart with jittered positions,
/// residential streets with secondary arterials every 8th and primary every 32nd row and column, some
/// residential one-ways, a few long diagonal primaries, and random missing residential links.
/// Built through <see cref="RoadNetworkBuilder"/>; the same options always give the same network.
/// </summary>
internal static class SyntheticNetwork
{
    public const double SpacingMetres = 100;
    public const int SecondaryEvery = 8;
    public const int PrimaryEvery = 32;
    public const double MissingLinkShare = 0.05;
    public const double OneWayShare = 0.15;
    public const int BlocksPerWay = 16;

    private const double OriginLat = 50.0;
    private const double OriginLon = 2.0;
    private const double MetresPerDegreeLat = 111_320;

    /// <summary>Builds the network of about <paramref name="nodes"/> junctions (the nearest square).</summary>
    public static RoadNetwork Build(int nodes, int seed)
    {
        int side = Math.Max(2, (int)Math.Round(Math.Sqrt(nodes)));
        var random = new Random(seed);
        var builder = new RoadNetworkBuilder($"synthetic {side}x{side} seed {seed}");
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
        for (int line = 0; line < side; line++)
        {
            string highway = ClassOf(line);
            int fixedLine = line;
            ways.AddLine(side, highway, k => Id(side, fixedLine, k));
            ways.AddLine(side, highway, k => Id(side, k, fixedLine));
        }

        // A few long diagonal primaries through grid junctions, in both diagonal directions.
        int diagonals = Math.Max(2, side / 150);
        for (int d = 0; d < diagonals; d++)
        {
            int start = random.Next(side / 2);
            bool rising = d % 2 == 0;
            ways.AddLine(side - start, "primary", k => Id(side, start + k, rising ? k : side - 1 - k));
        }

        return builder.Build();
    }

    /// <summary>Road class of grid row or column <paramref name="line"/>.</summary>
    public static string ClassOf(int line) =>
        line % PrimaryEvery == 0 ? "primary" : line % SecondaryEvery == 0 ? "secondary" : "residential";

    private static long Id(int side, int r, int c) => ((long)r * side) + c + 1;

    /// <summary>Cuts a line of junctions into ways of a few blocks, dropping missing links and choosing one-ways.</summary>
    private sealed class WayWriter(RoadNetworkBuilder builder, Random random)
    {
        private static readonly KeyValuePair<string, string>[] OneWay = [new("oneway", "yes")];
        private long _nextWay = 1;

        public void AddLine(int length, string highway, Func<int, long> node)
        {
            bool residential = highway == "residential";
            var run = new List<long> { node(0) };
            for (int k = 1; k < length; k++)
            {
                bool missing = residential && random.NextDouble() < MissingLinkShare;
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

        private void Flush(List<long> run, string highway, bool residential)
        {
            if (run.Count < 2)
            {
                return;
            }

            long[] nodes = [.. run];
            KeyValuePair<string, string>[] tags = [new("highway", highway)];
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
}
