using Routes.Geo.Network;
using Routes.Geo.Osm.Pbf;
using Routes.Geo.Profiles;

namespace Routes.Geo.Osm;

/// <summary>
/// Builds a <see cref="RoadNetwork"/> from an OpenStreetMap PBF extract in two streaming passes:
/// ways and turn-restriction relations first (to learn which nodes roads use), then only those
/// nodes' positions and the node tags the profiles read. Memory follows the routable part, not the file.
/// </summary>
public static class OsmNetwork
{
    // Highway values that are not (yet, or any more) roads.
    private static readonly HashSet<string> NotRoads = new(StringComparer.OrdinalIgnoreCase)
    {
        "proposed", "construction", "abandoned", "disused", "razed", "planned", "no", "elevator", "emergency_bay",
    };

    /// <summary>
    /// Loads the road network of the PBF file at <paramref name="path"/>.
    /// </summary>
    /// <param name="path">An .osm.pbf file.</param>
    /// <param name="progress">Optional: told each pass's progress (element counts), for a progress bar.</param>
    /// <param name="profiles">
    /// The profiles the network is for (null: the built-in ones): the nodes kept are those with a key of their
    /// <see cref="Profile.NodeKeys"/>, each with exactly the tags of those keys and of <see cref="Profile.NodeContextKeys"/>;
    /// their unreadable way tag values are counted in the statistics.
    /// </param>
    /// <returns>The network with every way any profile might use (highways, ferries, platforms) and the turn restrictions.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="OsmFormatException">The file is empty, not PBF, truncated or corrupt; the message names the block offset.</exception>
    /// <exception cref="EmptyNetworkException">The file holds no road.</exception>
    public static RoadNetwork Load(string path, IProgress<OsmImportProgress>? progress = null, IEnumerable<Profile>? profiles = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new PbfReader(path);
        return Load(reader, progress, profiles);
    }

    /// <summary>
    /// Loads the road network read by <paramref name="reader"/> (which must be able to read twice: a file or seekable stream),
    /// for <paramref name="profiles"/> (null: the built-in ones) as <see cref="Load(string, IProgress{OsmImportProgress}?, IEnumerable{Profile}?)"/> does.
    /// </summary>
    /// <exception cref="OsmFormatException">The data is truncated or corrupt.</exception>
    /// <exception cref="EmptyNetworkException">The data holds no road.</exception>
    public static RoadNetwork Load(PbfReader reader, IProgress<OsmImportProgress>? progress = null, IEnumerable<Profile>? profiles = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Profile[] readers = [.. profiles ?? TravelProfiles.All];
        var nodeKeys = new HashSet<string>(readers.SelectMany(p => p.NodeKeys), StringComparer.Ordinal);
        var keptNodeKeys = new HashSet<string>(nodeKeys.Concat(readers.SelectMany(p => p.NodeContextKeys)), StringComparer.Ordinal);
        var builder = new RoadNetworkBuilder(Path.GetFileName(reader.SourceName), readers);
        var usedNodes = new HashSet<long>();
        long seen = 0;
        foreach (OsmElement element in reader.Read(OsmElementFilter.WaysAndRelations))
        {
            if (++seen % 100_000 == 0)
            {
                progress?.Report(new OsmImportProgress(OsmImportPhase.WaysAndRelations, seen));
            }

            switch (element)
            {
                case OsmWay way when IsRoad(way.Tags) && way.NodeIds.Length >= 2:
                    builder.AddWay(way.Id, way.NodeIds, way.Tags);
                    usedNodes.UnionWith(way.NodeIds);
                    break;
                case OsmRelation relation when relation.Tags.HasValue("type", "restriction"):
                    AddRestriction(builder, relation);
                    break;
            }
        }

        seen = 0;
        var nodeFilter = new OsmElementFilter { IncludeWays = false, IncludeRelations = false };
        foreach (OsmElement element in reader.Read(nodeFilter))
        {
            if (++seen % 1_000_000 == 0)
            {
                progress?.Report(new OsmImportProgress(OsmImportPhase.Nodes, seen));
            }

            if (element is OsmNode node && usedNodes.Contains(node.Id))
            {
                builder.AddNode(node.Id, node.Latitude, node.Longitude);
                if (node.Tags.Count > 0 && node.Tags.Any(t => nodeKeys.Contains(t.Key)))
                {
                    builder.AddNodeTags(node.Id, node.Tags.Where(t => keptNodeKeys.Contains(t.Key)));
                }
            }
        }

        progress?.Report(new OsmImportProgress(OsmImportPhase.Building, seen));
        return builder.Build();
    }

    /// <summary>Whether a way may carry traffic of some profile: highways, ferry routes and platforms.</summary>
    internal static bool IsRoad(OsmTags tags)
    {
        if (tags.TryGetValue("highway", out string? highway))
        {
            return !NotRoads.Contains(highway);
        }

        return tags.HasValue("route", "ferry") || tags.HasValue("railway", "platform") || tags.HasValue("public_transport", "platform");
    }

    // Only node-via restrictions are supported; via-way restrictions (rare) are skipped. no_entry and
    // no_exit may list several from (or to) ways: each pair is a restriction of its own.
    private static void AddRestriction(RoadNetworkBuilder builder, OsmRelation relation)
    {
        var from = new List<long>();
        var to = new List<long>();
        OsmMember? via = null;
        foreach (OsmMember member in relation.Members)
        {
            switch (member.Role)
            {
                case "from" when member.Type == OsmMemberType.Way:
                    from.Add(member.Id);
                    break;
                case "via":
                    via = member;
                    break;
                case "to" when member.Type == OsmMemberType.Way:
                    to.Add(member.Id);
                    break;
            }
        }

        if (via is { Type: OsmMemberType.Node } v)
        {
            foreach (long f in from)
            {
                foreach (long t in to)
                {
                    builder.AddTurnRestriction(relation.Id, f, v.Id, t, relation.Tags);
                }
            }
        }
    }
}
