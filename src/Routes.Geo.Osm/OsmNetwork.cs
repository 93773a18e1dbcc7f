using Routes.Geo.Elevation;
using Routes.Geo.Network;
using Routes.Geo.Osm.Pbf;

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
    /// <see cref="Profile.NodeKeys"/> or a tag of their <see cref="Profile.NodeTagValues"/>, each with exactly the tags of those keys and of <see cref="Profile.NodeContextKeys"/>;
    /// ways keep the tags of their <see cref="Profile.WayKeys"/> and of <see cref="WayTagKeys.Library"/> (more: <see cref="OsmImportOptions.ExtraWayKeys"/>);
    /// their unreadable way tag values are counted in the statistics.
    /// </param>
    /// <returns>The network with every way any profile might use (highways, ferries, platforms) and the turn restrictions.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="OsmFormatException">The file is empty, not PBF, truncated or corrupt, or exceeds a limit of
    /// <see cref="PbfLimits.Default"/>; the message names the block offset (and the element past a limit).</exception>
    /// <exception cref="EmptyNetworkException">The file holds no road.</exception>
    public static RoadNetwork Load(string path, IProgress<OsmImportProgress>? progress = null, IEnumerable<Profile>? profiles = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new PbfReader(path);
        return Load(reader, progress, profiles);
    }

    /// <summary>
    /// Loads the road network of the PBF file at <paramref name="path"/> as <see cref="Load(string, IProgress{OsmImportProgress}?, IEnumerable{Profile}?)"/>
    /// does, then gives every vertex, geometry point and sample along the edges a height from <paramref name="elevation"/>
    /// (<see cref="RoadNetwork.WithElevation"/>): walking and cycling then follow the grades.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="elevation"/> is null.</exception>
    /// <exception cref="ElevationDataException">A tile the network needs is corrupt, truncated or in an unsupported projection.</exception>
    /// <exception cref="OsmFormatException">As the overload without elevation.</exception>
    /// <exception cref="EmptyNetworkException">The file holds no road.</exception>
    public static RoadNetwork Load(string path, ElevationOptions elevation, IProgress<OsmImportProgress>? progress = null, IEnumerable<Profile>? profiles = null)
    {
        ArgumentNullException.ThrowIfNull(elevation);
        return Load(path, progress, profiles).WithElevation(elevation);
    }

    /// <summary>
    /// Loads the road network of the PBF file at <paramref name="path"/> under <paramref name="limits"/>
    /// instead of <see cref="PbfLimits.Default"/>. Otherwise as <see cref="Load(string, IProgress{OsmImportProgress}?, IEnumerable{Profile}?)"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="OsmFormatException">The file is not PBF, truncated, corrupt, or exceeds a limit; the message names the element and block offset.</exception>
    /// <exception cref="EmptyNetworkException">The file holds no road.</exception>
    public static RoadNetwork Load(string path, PbfLimits limits, IProgress<OsmImportProgress>? progress = null, IEnumerable<Profile>? profiles = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(limits);
        using var reader = new PbfReader(path, limits);
        return Load(reader, progress, profiles);
    }

    /// <summary>
    /// Loads the road network read by <paramref name="reader"/> (which must be able to read twice: a file or seekable stream),
    /// for <paramref name="profiles"/> (null: the built-in ones) as <see cref="Load(string, IProgress{OsmImportProgress}?, IEnumerable{Profile}?)"/> does,
    /// under the reader's <see cref="PbfReader.Limits"/>: restriction pairings, total restrictions and the memory budget
    /// (the builder's estimate, projected to the nodes still to read) are checked as each way and relation is added.
    /// </summary>
    /// <exception cref="OsmFormatException">The data is truncated or corrupt, or exceeds a limit of <see cref="PbfLimits"/>;
    /// the message names the way, relation or node and the block offset.</exception>
    /// <exception cref="EmptyNetworkException">The data holds no road.</exception>
    public static RoadNetwork Load(PbfReader reader, IProgress<OsmImportProgress>? progress = null, IEnumerable<Profile>? profiles = null) =>
        Load(reader, new OsmImportOptions { Progress = progress, Profiles = profiles is null ? null : [.. profiles] });

    /// <summary>
    /// Loads the road network of the PBF file at <paramref name="path"/> as <see cref="Load(string, IProgress{OsmImportProgress}?, IEnumerable{Profile}?)"/>
    /// does, with the profiles, extra way keys, limits and progress of <paramref name="options"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An extra way key is null, empty or white space.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="OsmFormatException">The file is not PBF, truncated, corrupt, or exceeds a limit; the message names the element and block offset.</exception>
    /// <exception cref="EmptyNetworkException">The file holds no road.</exception>
    public static RoadNetwork Load(string path, OsmImportOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        using var reader = new PbfReader(path, options.Limits);
        return Load(reader, options);
    }

    /// <summary>
    /// Loads the road network read by <paramref name="reader"/> as <see cref="Load(PbfReader, IProgress{OsmImportProgress}?, IEnumerable{Profile}?)"/>
    /// does, with the profiles, extra way keys and progress of <paramref name="options"/> (its limits are the reader's).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An extra way key is null, empty or white space.</exception>
    /// <exception cref="OsmFormatException">The data is truncated or corrupt, or exceeds a limit of <see cref="PbfLimits"/>.</exception>
    /// <exception cref="EmptyNetworkException">The data holds no road.</exception>
    public static RoadNetwork Load(PbfReader reader, OsmImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        IProgress<OsmImportProgress>? progress = options.Progress;
        Profile[] readers = [.. options.Profiles ?? TravelProfiles.All];
        var nodeKeys = new HashSet<string>(readers.SelectMany(p => p.NodeKeys), StringComparer.Ordinal);
        var nodeTagValues = new HashSet<(string, string)>(readers.SelectMany(p => p.NodeTagValues).Select(t => (t.Key, t.Value)));
        var keptNodeKeys = new HashSet<string>(
            nodeKeys.Concat(readers.SelectMany(p => p.NodeContextKeys)).Concat(nodeTagValues.Select(t => t.Item1)), StringComparer.Ordinal);
        var builder = new RoadNetworkBuilder(Path.GetFileName(reader.SourceName), readers)
        {
            KeptWayKeys = options.KeepEveryWayTag ? null : WayTagKeys.For(readers, options.ExtraWayKeys),
        };
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
                    CheckMemoryBudget(reader, builder, usedNodes.Count, "way", way.Id);
                    break;
                case OsmRelation relation when relation.Tags.HasValue("type", "restriction"):
                    AddRestriction(reader, builder, relation);
                    CheckMemoryBudget(reader, builder, usedNodes.Count, "relation", relation.Id);
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
                if (node.Tags.Count > 0 && node.Tags.Any(t => nodeKeys.Contains(t.Key) || nodeTagValues.Contains((t.Key, t.Value))))
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

    // Via a node, or via one or more ways (the whole sequence is restricted). no_entry and no_exit may list
    // several from (or to) ways: each pair is a restriction of its own. Mixed or missing vias are skipped.
    private static void AddRestriction(PbfReader reader, RoadNetworkBuilder builder, OsmRelation relation)
    {
        var from = new List<long>();
        var to = new List<long>();
        var viaWays = new List<long>();
        OsmMember? via = null;
        foreach (OsmMember member in relation.Members)
        {
            switch (member.Role)
            {
                case "from" when member.Type == OsmMemberType.Way:
                    from.Add(member.Id);
                    break;
                case "via" when member.Type == OsmMemberType.Way:
                    viaWays.Add(member.Id);
                    break;
                case "via":
                    via = member;
                    break;
                case "to" when member.Type == OsmMemberType.Way:
                    to.Add(member.Id);
                    break;
            }
        }

        bool byNode = via is { Type: OsmMemberType.Node } && viaWays.Count == 0;
        if (byNode || (via is null && viaWays.Count > 0))
        {
            // Counted before expanding: a relation of n from and n to ways would otherwise ask for n² restrictions.
            PbfLimits limits = reader.Limits;
            long pairings = (long)from.Count * to.Count;
            if (pairings > limits.MaxRestrictionPairings)
            {
                throw LimitError(reader, $"turn restriction relation {relation.Id} has {from.Count} from and {to.Count} to ways, {pairings} pairings: more than PbfLimits.MaxRestrictionPairings ({limits.MaxRestrictionPairings})");
            }

            if (builder.TurnRestrictionCount + pairings > limits.MaxTurnRestrictions)
            {
                throw LimitError(reader, $"turn restriction relation {relation.Id} brings the turn restrictions past PbfLimits.MaxTurnRestrictions ({limits.MaxTurnRestrictions})");
            }

            foreach (long f in from)
            {
                foreach (long t in to)
                {
                    if (byNode)
                    {
                        builder.AddTurnRestriction(relation.Id, f, via.GetValueOrDefault().Id, t, relation.Tags);
                    }
                    else
                    {
                        builder.AddViaWayRestriction(relation.Id, f, viaWays, t, relation.Tags);
                    }
                }
            }
        }
    }

    // The builder's estimate, plus the nodes the second pass will add and this import's set of their ids (20 B, ×4 for growth).
    private static void CheckMemoryBudget(PbfReader reader, RoadNetworkBuilder builder, int usedNodeCount, string kind, long id)
    {
        const int UsedNodeIdBytes = 4 * 20;
        long projected = builder.EstimatedPeakBytes + (usedNodeCount * (long)UsedNodeIdBytes)
            + ((long)(usedNodeCount - builder.NodeCount) * RoadNetworkBuilder.EstimatedBytesPerNode);
        if (projected > reader.Limits.MemoryBudgetBytes)
        {
            throw LimitError(reader, $"{kind} {id} brings the import's estimated memory to {projected:N0} bytes, above PbfLimits.MemoryBudgetBytes ({reader.Limits.MemoryBudgetBytes:N0})");
        }
    }

    private static OsmFormatException LimitError(PbfReader reader, string message) =>
        new(message, reader.SourceName, reader.CurrentBlockOffset);
}
