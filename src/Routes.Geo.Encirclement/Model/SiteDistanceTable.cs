using Routes.Geo.Geodesy;

namespace Routes.Geo.Encirclement;

/// <summary>
/// Geodesic distances on the WGS84 ellipsoid between every pair of a list of sites, in metres.
/// Row and column <c>i</c> are <see cref="Sites"/>[i]; the table is symmetric with zeros on the diagonal.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class SiteDistanceTable
{
    private readonly double[] _metres;

    private SiteDistanceTable(IReadOnlyList<Site> sites, double[] metres)
    {
        Sites = sites;
        _metres = metres;
    }

    /// <summary>The sites in the order given, which is the order of rows and columns.</summary>
    public IReadOnlyList<Site> Sites { get; }

    /// <summary>Display names of <see cref="Sites"/>, in the same order.</summary>
    public IReadOnlyList<string> Names => [.. Sites.Select(s => s.Name)];

    /// <summary>Distance in metres from <see cref="Sites"/>[<paramref name="from"/>] to <see cref="Sites"/>[<paramref name="to"/>].</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside 0..Sites.Count-1.</exception>
    public double this[int from, int to]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(from);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(from, Sites.Count);
            ArgumentOutOfRangeException.ThrowIfNegative(to);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(to, Sites.Count);
            return _metres[(from * Sites.Count) + to];
        }
    }

    /// <summary>Distance in metres between two sites of the table (the first row of each, if a site was given twice).</summary>
    /// <exception cref="ArgumentException">A site is not in the table.</exception>
    public double Metres(Site from, Site to) => this[IndexOf(from, nameof(from)), IndexOf(to, nameof(to))];

    internal static SiteDistanceTable Build(IEnumerable<Site> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        Site[] list = [.. sites];
        var points = new GeoPoint[list.Length];
        for (int i = 0; i < list.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(list[i], nameof(sites));
            points[i] = list[i].Coordinate.Verified ?? throw new SiteWithoutCoordinateException(list[i]);
        }

        int n = list.Length;
        var metres = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                metres[(i * n) + j] = metres[(j * n) + i] = Geodesic.Wgs84.Distance(points[i], points[j]);
            }
        }

        return new SiteDistanceTable(list, metres);
    }

    private int IndexOf(Site site, string parameter)
    {
        ArgumentNullException.ThrowIfNull(site, parameter);
        for (int i = 0; i < Sites.Count; i++)
        {
            if (ReferenceEquals(Sites[i], site))
            {
                return i;
            }
        }

        throw new ArgumentException($"Site '{site.Name}' is not in the table.", parameter);
    }
}
