namespace Routes.Geo.Isochrones;

/// <summary>The areas reachable from a point within several travel times.</summary>
/// <param name="Origin">Where the origin was snapped.</param>
/// <param name="Profile">The profile's name.</param>
/// <param name="Bands">One band per travel time asked for, shortest first.</param>
/// <param name="Shape">The shape the polygons were drawn with (cells may be coarser than asked for a wide reach), which states their tolerance.</param>
/// <param name="Search">The search used: <see cref="IsochroneSearch.Dijkstra"/> or <see cref="IsochroneSearch.Hierarchy"/>.</param>
public sealed record IsochroneResult(SnapResult Origin, string Profile, IReadOnlyList<IsochroneBand> Bands, IsochroneShape Shape, IsochroneSearch Search);
