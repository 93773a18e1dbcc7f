namespace Routes.Geo.Isochrones;

/// <summary>
/// How an isochrone's polygon is drawn around the reached roads, and so its tolerance: every point of a reached road
/// lies inside, at least <see cref="BufferMetres"/> − 2 · <see cref="CellMetres"/> from the outline; every point inside
/// lies within <see cref="BufferMetres"/> + <see cref="GapMetres"/> + <see cref="CellMetres"/> of a reached road.
/// Holes and gaps remain only where no reached road comes within about that distance: a harbour, a park, a hillside.
/// </summary>
/// <param name="BufferMetres">Half-width of the band around reached roads, metres; at least three cells.</param>
/// <param name="GapMetres">Gaps between reached roads up to about twice this wide are filled (city blocks); 0 fills none.</param>
/// <param name="CellMetres">Grid spacing the outline is traced on, metres.</param>
public sealed record IsochroneShape(double BufferMetres, double GapMetres, double CellMetres)
{
    /// <summary>
    /// The default shape of a profile: on foot a 25 m band filling blocks up to about 200 m across, on 8 m cells; by
    /// bicycle 40 m and 320 m on 12 m cells; by car 60 m and 480 m on 20 m cells (rural roads lie farther apart).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static IsochroneShape For(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Name switch
        {
            "foot" => new IsochroneShape(25, 100, 8),
            "bike" or "bicycle" => new IsochroneShape(40, 160, 12),
            _ => new IsochroneShape(60, 240, 20),
        };
    }

    internal void Validate()
    {
        if (!double.IsFinite(CellMetres) || CellMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(CellMetres), CellMetres, "The cell must be a positive number of metres.");
        }

        if (!double.IsFinite(BufferMetres) || BufferMetres < 3 * CellMetres)
        {
            throw new ArgumentOutOfRangeException(nameof(BufferMetres), BufferMetres, "The buffer must be a finite number of metres, at least three cells.");
        }

        if (!double.IsFinite(GapMetres) || GapMetres < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(GapMetres), GapMetres, "The gap must be a non-negative number of metres.");
        }
    }
}
