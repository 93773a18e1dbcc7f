namespace Routes.Geo.Osm.Pbf;

/// <summary>
/// An element read from an OSM file: <see cref="OsmNode"/>, <see cref="OsmWay"/> or <see cref="OsmRelation"/>.
/// Record equality compares arrays and <see cref="Tags"/> by reference, not by content.
/// </summary>
/// <param name="Id">The OSM id (unique per element type, not across types).</param>
/// <param name="Tags">The element's tags; <see cref="OsmTags.Empty"/> when it has none or they were skipped.</param>
public abstract record OsmElement(long Id, OsmTags Tags);

/// <summary>A node: a point in WGS84 degrees.</summary>
/// <param name="Id">The node id.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="Tags">Tags; empty when the filter skipped node tags.</param>
public sealed record OsmNode(long Id, double Latitude, double Longitude, OsmTags Tags) : OsmElement(Id, Tags);

/// <summary>A way: an ordered list of node ids (closed when the first equals the last).</summary>
/// <param name="Id">The way id.</param>
/// <param name="NodeIds">The node ids in order; the array belongs to this way.</param>
/// <param name="Tags">Tags.</param>
public sealed record OsmWay(long Id, long[] NodeIds, OsmTags Tags) : OsmElement(Id, Tags);

/// <summary>A relation: an ordered list of members with roles (turn restrictions, routes, ...).</summary>
/// <param name="Id">The relation id.</param>
/// <param name="Members">The members in order; the array belongs to this relation.</param>
/// <param name="Tags">Tags.</param>
public sealed record OsmRelation(long Id, OsmMember[] Members, OsmTags Tags) : OsmElement(Id, Tags);

/// <summary>A relation member.</summary>
/// <param name="Type">Whether <paramref name="Id"/> is a node, way or relation id.</param>
/// <param name="Id">The member's id.</param>
/// <param name="Role">The role, e.g. "from", "via", "to"; empty string when none.</param>
public readonly record struct OsmMember(OsmMemberType Type, long Id, string Role);

/// <summary>The kind of element a relation member refers to (values as in the PBF format).</summary>
public enum OsmMemberType
{
    /// <summary>A node.</summary>
    Node = 0,

    /// <summary>A way.</summary>
    Way = 1,

    /// <summary>A relation.</summary>
    Relation = 2,
}
