using Routes.Geo.Network;

namespace Routes.Geo.TestSupport;

/// <summary>
/// Hand-built networks for unit tests: nodes on a grid near Lille, row r and column c at
/// latitude 50.6 + r * 0.001 and longitude 3.0 + c * 0.0014 (about 111 m by 99 m).
/// </summary>
public sealed class TinyNetwork
{
    private readonly RoadNetworkBuilder _builder;
    private readonly HashSet<long> _nodes = [];
    private long _nextWay = 1;

    /// <summary>A network whose ways keep only <paramref name="keptWayKeys"/> (recorded as its <see cref="RoadNetwork.KeptWayKeys"/>), or every tag.</summary>
    public TinyNetwork(IReadOnlySet<string>? keptWayKeys = null) => _builder = new RoadNetworkBuilder("tiny test network") { KeptWayKeys = keptWayKeys };

    public static GeoPoint At(double row, double column) => new(50.6 + row * 0.001, 3.0 + column * 0.0014);

    public static long Node(int row, int column) => row * 100 + column + 1;

    /// <summary>Adds a way through grid nodes given as (row, column) pairs; returns its id.</summary>
    public long Way(string tags, params (int Row, int Column)[] nodes)
    {
        foreach ((int r, int c) in nodes)
        {
            if (_nodes.Add(Node(r, c)))
            {
                GeoPoint p = At(r, c);
                _builder.AddNode(Node(r, c), p.Latitude, p.Longitude);
            }
        }

        long id = _nextWay++;
        _builder.AddWay(id, [.. nodes.Select(n => Node(n.Row, n.Column))], Tags(tags));
        return id;
    }

    public TinyNetwork NodeTags(int row, int column, string tags)
    {
        _builder.AddNodeTags(Node(row, column), Tags(tags));
        return this;
    }

    public TinyNetwork Restriction(long fromWay, (int Row, int Column) via, long toWay, string tags)
    {
        _builder.AddTurnRestriction(1000 + fromWay, fromWay, Node(via.Row, via.Column), toWay, Tags(tags));
        return this;
    }

    public RoadNetwork Build() => _builder.Build();

    /// <summary>
    /// Adds a size × size grid of one-block ways, about 10% missing, 30% one-way (either way) and 30% primary;
    /// returns each way with its two grid nodes.
    /// </summary>
    public List<(long Id, (int, int) A, (int, int) B)> RandomGrid(Random random, int size)
    {
        var ways = new List<(long Id, (int, int) A, (int, int) B)>();
        for (int r = 0; r < size; r++)
        {
            for (int c = 0; c < size; c++)
            {
                foreach ((int dr, int dc) in new[] { (0, 1), (1, 0) })
                {
                    if (r + dr >= size || c + dc >= size || random.NextDouble() < 0.1)
                    {
                        continue;
                    }

                    string oneway = random.NextDouble() < 0.3 ? (random.NextDouble() < 0.5 ? " oneway=yes" : " oneway=-1") : string.Empty;
                    string highway = random.NextDouble() < 0.3 ? "primary" : "residential";
                    ways.Add((Way($"highway={highway}{oneway}", (r, c), (r + dr, c + dc)), (r, c), (r + dr, c + dc)));
                }
            }
        }

        return ways;
    }

    /// <summary>Parses "highway=residential oneway=yes" into tags.</summary>
    public static IReadOnlyDictionary<string, string> Tags(string tags) =>
        tags.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1]);
}
