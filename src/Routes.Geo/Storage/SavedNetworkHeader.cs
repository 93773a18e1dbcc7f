namespace Routes.Geo.Storage;

/// <summary>
/// What a saved network file says about itself, readable without loading the network. Every field is covered by
/// the file's checksum, and <see cref="SavedNetwork.Load"/> refuses a file whose payload disagrees with it.
/// </summary>
/// <param name="FormatVersion">The file format version (this library reads <see cref="SavedNetwork.OldestReadableFormatVersion"/> to <see cref="SavedNetwork.FormatVersion"/>).</param>
/// <param name="Profile">The name of the profile the file was prepared for.</param>
/// <param name="ProfileFingerprint">SHA-256 (hexadecimal) of the profile's decisions on this network: access, durations, barriers, binding turn restrictions.</param>
/// <param name="Source">The source the network was imported from (e.g. the extract's file name).</param>
/// <param name="VertexCount">Number of vertices in the payload.</param>
/// <param name="EdgeCount">Number of edges in the payload.</param>
/// <param name="PointCount">Number of edge polyline points in the payload.</param>
/// <param name="WayCount">Number of ways in the payload.</param>
/// <param name="TurnRestrictionCount">Number of turn restrictions in the payload.</param>
/// <param name="Hierarchies">The contraction hierarchies the file holds, in metric order.</param>
/// <param name="Sha256">SHA-256 of the whole file except this field, hexadecimal.</param>
/// <param name="PayloadBytes">Size of the payload (everything after the header) in bytes.</param>
public sealed record SavedNetworkHeader(
    int FormatVersion,
    string Profile,
    string ProfileFingerprint,
    string Source,
    int VertexCount,
    int EdgeCount,
    int PointCount,
    int WayCount,
    int TurnRestrictionCount,
    IReadOnlyList<SavedHierarchyHeader> Hierarchies,
    string Sha256,
    long PayloadBytes)
{
    /// <summary>The metrics whose contraction hierarchies the file holds.</summary>
    public IReadOnlyList<RouteMetric> PreparedMetrics => [.. Hierarchies.Select(h => h.Metric)];

    /// <summary>The customizable hierarchy the file holds (format 9), or null when it holds none (always so before format 9).</summary>
    public SavedCustomizableHeader? Customizable { get; init; }
}
