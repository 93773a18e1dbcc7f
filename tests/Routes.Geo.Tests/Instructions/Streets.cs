using Routes.Geo.Network;

namespace Routes.Geo.Tests.Instructions;

/// <summary>
/// Hand-built streets on the grid of <see cref="TinyNetwork"/> (row ≈ 111 m north, column ≈ 99 m east),
/// with names that may hold spaces and positions that may be fractions of a cell.
/// </summary>
internal sealed class Streets
{
    private readonly RoadNetworkBuilder _builder = new("instruction test streets");
    private readonly Dictionary<(double, double), long> _nodes = [];
    private long _nextWay = 1;

    public static GeoPoint At(double row, double column) => TinyNetwork.At(row, column);

    /// <summary>Adds a way with the given highway type, name (null: unnamed) and extra "k=v" tags.</summary>
    public Streets Way(string highway, string? name, (double Row, double Column)[] nodes, params string[] extraTags)
    {
        var ids = new List<long>();
        foreach ((double r, double c) in nodes)
        {
            if (!_nodes.TryGetValue((r, c), out long id))
            {
                id = _nodes.Count + 1;
                _nodes[(r, c)] = id;
                GeoPoint p = At(r, c);
                _builder.AddNode(id, p.Latitude, p.Longitude);
            }

            ids.Add(id);
        }

        var tags = new Dictionary<string, string> { ["highway"] = highway };
        if (name is not null)
        {
            tags["name"] = name;
        }

        foreach (string tag in extraTags)
        {
            string[] kv = tag.Split('=', 2);
            tags[kv[0]] = kv[1];
        }

        _builder.AddWay(_nextWay++, ids, tags);
        return this;
    }

    public RoadNetwork Build() => _builder.Build();
}
