namespace Routes.Geo.Storage;

/// <summary>What a saved network file says about itself, readable without loading the network.</summary>
/// <param name="FormatVersion">The file format version (this library reads <see cref="SavedNetwork.FormatVersion"/> only).</param>
/// <param name="Profile">The name of the profile the file was prepared for.</param>
/// <param name="Source">The source the network was imported from (e.g. the extract's file name).</param>
/// <param name="PreparedMetrics">The metrics whose contraction hierarchies the file holds.</param>
/// <param name="Sha256">Checksum of the payload, hexadecimal.</param>
/// <param name="PayloadBytes">Size of the payload in bytes.</param>
public sealed record SavedNetworkHeader(int FormatVersion, string Profile, string Source, IReadOnlyList<Routing.RouteMetric> PreparedMetrics, string Sha256, long PayloadBytes);
