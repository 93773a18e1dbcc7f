namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>
/// One way through nodes 1, 2, 3 (grid row 0, columns 0 to 2; node 2 may carry tags) imported through osmium
/// and <see cref="Osm.OsmNetwork"/>, and which of its directions a profile can route end to end.
/// </summary>
internal static class SingleWay
{
    public static readonly GeoPoint First = TinyNetwork.At(0, 0);
    public static readonly GeoPoint Last = TinyNetwork.At(0, 2);

    public static RoadNetwork Import(string wayTags, string middleNodeTags = "", IEnumerable<Profile>? profiles = null) =>
        Import(TinyNetwork.Tags(wayTags).Select(t => (t.Key, t.Value)).ToArray(), middleNodeTags, profiles);

    public static RoadNetwork Import((string Key, string Value)[] wayTags, string middleNodeTags = "", IEnumerable<Profile>? profiles = null)
    {
        var osm = new OsmXml().Node(1, 0, 0).Node(2, 0, 1, middleNodeTags).Node(3, 0, 2);
        osm.Way(wayTags, 1, 2, 3);
        return osm.Load(profiles);
    }

    /// <summary>Whether <paramref name="profile"/> finds a route from the way's first node to its last, and back.</summary>
    public static (bool Forward, bool Backward) Routable(RoadNetwork network, Profile profile)
    {
        if (network.GraphFor(profile).UsableEdgeCount == 0)
        {
            return (false, false);
        }

        return (Routes(network, profile, First, Last), Routes(network, profile, Last, First));
    }

    /// <summary>Imports the way and tells which directions <paramref name="profile"/> routes.</summary>
    public static (bool Forward, bool Backward) Routable(string wayTags, Profile profile) => Routable(Import(wayTags), profile);

    public static bool Routes(RoadNetwork network, Profile profile, GeoPoint from, GeoPoint to) =>
        network.Route(profile).From(from).To(to).Calculate().IsFound;
}
