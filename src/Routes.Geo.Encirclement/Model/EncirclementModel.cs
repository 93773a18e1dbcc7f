using Routes.Geo.Geodesy;

namespace Routes.Geo.Encirclement;

/// <summary>
/// The encirclement of the Channel ports (September 1944 – May 1945): sites, timeline, units,
/// positions, disputed figures and port states, loaded from validated, sourced data.
/// Instances are immutable and safe to share between threads.
/// </summary>
public sealed class EncirclementModel
{
    /// <summary>Manifest name of the data embedded in the assembly.</summary>
    public const string EmbeddedResourceName = "Routes.Geo.Encirclement.Data.encirclement-1944.json";

    /// <summary>How close a discovered site bearing a verified curated site's name must be to be taken for it: 1 km.</summary>
    public const double SameNameRadiusMetres = 1000;

    private static readonly Lazy<EncirclementModel> Embedded = new(LoadEmbedded);

    private readonly SiteNameIndex _names;

    internal EncirclementModel(string sourceName, DateOnly firstDate, DateOnly lastDate,
        IReadOnlyList<Site> sites, IReadOnlyList<HistoricalEvent> events, IReadOnlyList<MilitaryUnit> units,
        IReadOnlyList<MilitaryPosition> positions, IReadOnlyList<DisputedFigure> figures, IReadOnlyList<Port> ports,
        SiteNameIndex names)
    {
        SourceName = sourceName;
        FirstDate = firstDate;
        LastDate = lastDate;
        Sites = sites;
        Events = [.. events.OrderBy(e => e.Start).ThenBy(e => e.StartTime ?? TimeOnly.MinValue)];
        Units = units;
        Positions = positions;
        Figures = figures;
        Ports = ports;
        _names = names;
    }

    /// <summary>Where the data came from (the resource name, or the name given to <see cref="Load(Stream, string)"/>).</summary>
    public string SourceName { get; }

    /// <summary>First day the model covers (1 Sep 1944 in the embedded data).</summary>
    public DateOnly FirstDate { get; }

    /// <summary>Last day the model covers (9 May 1945 in the embedded data).</summary>
    public DateOnly LastDate { get; }

    /// <summary>All sites, in data-file order.</summary>
    public IReadOnlyList<Site> Sites { get; }

    /// <summary>All timeline events, ordered by start day and time.</summary>
    public IReadOnlyList<HistoricalEvent> Events { get; }

    /// <summary>All units and formations of both sides.</summary>
    public IReadOnlyList<MilitaryUnit> Units { get; }

    /// <summary>All positions (perimeters, outpost lines, contact lines).</summary>
    public IReadOnlyList<MilitaryPosition> Positions { get; }

    /// <summary>Figures the sources disagree on, each value with its sources.</summary>
    public IReadOnlyList<DisputedFigure> Figures { get; }

    /// <summary>The fortress ports and their states over time.</summary>
    public IReadOnlyList<Port> Ports { get; }

    /// <summary>
    /// The model embedded in the Routes.Geo assembly. It is read and validated once, on the first
    /// call; later calls return the same instance.
    /// </summary>
    /// <exception cref="HistoryDataException">The embedded data is malformed (a build defect).</exception>
    public static EncirclementModel Load() => Embedded.Value;

    /// <summary>
    /// Reads and validates a data file in the embedded format (JSON with comments allowed).
    /// Nothing is returned unless every record is valid.
    /// </summary>
    /// <param name="json">The data; read to the end, not closed.</param>
    /// <param name="sourceName">A name for the data (file path, URL), used in error messages.</param>
    /// <exception cref="HistoryDataException">A record is malformed or inconsistent; the message names it and the problem.</exception>
    public static EncirclementModel Load(Stream json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        return EncirclementReader.Read(json, sourceName);
    }

    /// <summary>
    /// The site whose id, name or alternative name matches <paramref name="name"/>, ignoring case,
    /// accents and punctuation ("dunkerque", "Grosser Kurfurst", "Loon Plage" all match); else the one site
    /// a name of which holds every word given ("Lindemann" finds Batterie Lindemann).
    /// </summary>
    /// <exception cref="UnknownSiteException">No site matches, or the words fit several; the exception lists the sites sharing the words first, then the nearest names.</exception>
    public Site FindSite(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _names.Find(name) ?? throw new UnknownSiteException(name, _names.Nearest(name, 3));
    }

    /// <summary>Like <see cref="FindSite"/>, but returns false instead of throwing when no site matches.</summary>
    public bool TryFindSite(string name, out Site? site)
    {
        ArgumentNullException.ThrowIfNull(name);
        site = _names.Find(name);
        return site is not null;
    }

    /// <summary>Sites having <paramref name="kind"/> among their kinds, in data-file order.</summary>
    public IReadOnlyList<Site> SitesOfKind(SiteKind kind) => [.. Sites.Where(s => s.Is(kind))];

    /// <summary>
    /// Events covering at least one day of <paramref name="from"/>..<paramref name="to"/> (both inclusive),
    /// ordered by start day and time.
    /// </summary>
    /// <exception cref="DateOutsideModelException">A bound lies outside <see cref="FirstDate"/>..<see cref="LastDate"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<HistoricalEvent> EventsBetween(DateOnly from, DateOnly to)
    {
        EnsureCovered(from);
        EnsureCovered(to);
        if (to < from)
        {
            throw new ArgumentException($"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).", nameof(to));
        }

        return [.. Events.Where(e => e.Overlaps(from, to))];
    }

    /// <summary>Events that happened at <paramref name="site"/>, in date order.</summary>
    public IReadOnlyList<HistoricalEvent> EventsAt(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return [.. Events.Where(e => e.SiteIds.Contains(site.Id, StringComparer.Ordinal))];
    }

    /// <summary>
    /// The situation on <paramref name="date"/>: each port's state (derived from the timeline events:
    /// encircled, besieged, liberated) and the positions that stood that day.
    /// </summary>
    /// <exception cref="DateOutsideModelException"><paramref name="date"/> lies outside <see cref="FirstDate"/>..<see cref="LastDate"/>.</exception>
    public EncirclementState StateOn(DateOnly date)
    {
        EnsureCovered(date);
        Dictionary<string, PortState> ports = Ports.ToDictionary(p => p.SiteId, p => p.StateOn(date), StringComparer.Ordinal);
        return new EncirclementState(date, ports, [.. Positions.Where(p => p.HeldOn(date))]);
    }

    /// <summary>
    /// Sites within <paramref name="radiusMetres"/> (inclusive) of <paramref name="center"/>, nearest
    /// first, measured along the geodesic on the WGS84 ellipsoid. Only sites with a verified
    /// coordinate take part: UNVERIFIED sites have none, and CONFLICTING sites are left out too
    /// rather than measured from a candidate the sources do not agree on.
    /// </summary>
    /// <param name="center">The point to measure from.</param>
    /// <param name="radiusMetres">The search radius in metres: finite and not negative.</param>
    /// <returns>The sites found with their distances in metres, nearest first (ties in data-file order).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="radiusMetres"/> is negative, NaN or infinite.</exception>
    public IReadOnlyList<SiteDistance> SitesWithin(GeoPoint center, double radiusMetres)
    {
        if (!double.IsFinite(radiusMetres) || radiusMetres < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(radiusMetres), radiusMetres, "The radius must be a finite, non-negative number of metres.");
        }

        return [.. Sites
            .Where(s => s.Coordinate.Verified is not null)
            .Select(s => new SiteDistance(s, Geodesic.Wgs84.Distance(center, s.Coordinate.Verified!.Value)))
            .Where(x => x.Metres <= radiusMetres)
            .OrderBy(x => x.Metres)];
    }

    /// <summary>
    /// Geodesic distances on the WGS84 ellipsoid between every pair of <paramref name="sites"/>
    /// (sites of this model or any others, e.g. discovered ones), in the order given.
    /// </summary>
    /// <returns>A symmetric table of metres.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sites"/> or one of its items is null.</exception>
    /// <exception cref="SiteWithoutCoordinateException">A site is UNVERIFIED or CONFLICTING; the message names the first such site.</exception>
    public static SiteDistanceTable DistanceTable(IEnumerable<Site> sites) => SiteDistanceTable.Build(sites);

    /// <summary>
    /// Merges discovered sites (e.g. from <c>OsmSites.Discover</c>) with the curated ones. Curated
    /// records are kept as they are, status included: a discovered site that comes from the same
    /// OpenStreetMap node as a curated site, or bears one of its names, is not added but reported
    /// in <see cref="SiteMerge.Candidates"/>, so an UNVERIFIED or CONFLICTING coordinate is never
    /// replaced silently. A name match counts when the curated site has no verified coordinate or
    /// lies within <see cref="SameNameRadiusMetres"/> (common names such as "Monument aux morts"
    /// recur from town to town). Other discovered sites are added; a repeated id is added once.
    /// </summary>
    /// <returns>The merged list, the added sites and the candidates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="discovered"/> or one of its items is null.</exception>
    public SiteMerge WithDiscoveredSites(IEnumerable<Site> discovered)
    {
        ArgumentNullException.ThrowIfNull(discovered);
        Dictionary<long, Site> byNode = Sites.Where(s => s.OsmNodeId is not null).ToDictionary(s => s.OsmNodeId!.Value);
        var ids = new HashSet<string>(Sites.Select(s => s.Id), StringComparer.Ordinal);
        var added = new List<Site>();
        var candidates = new List<SiteCandidate>();
        foreach (Site site in discovered)
        {
            ArgumentNullException.ThrowIfNull(site, nameof(discovered));
            if (site.OsmNodeId is { } node && byNode.TryGetValue(node, out Site? sameNode))
            {
                candidates.Add(new SiteCandidate(sameNode, site, SiteMatchReason.SameOsmElement));
            }
            else if (_names.Find(site.Name) is { } sameName && IsNear(sameName, site))
            {
                candidates.Add(new SiteCandidate(sameName, site, SiteMatchReason.SameName));
            }
            else if (ids.Add(site.Id))
            {
                added.Add(site);
            }
        }

        return new SiteMerge([.. Sites, .. added], added, candidates);
    }

    private static bool IsNear(Site curated, Site discovered) =>
        curated.Coordinate.Verified is not { } point
        || discovered.Coordinate.Verified is not { } other
        || Geodesic.Wgs84.Distance(point, other) <= SameNameRadiusMetres;

    private void EnsureCovered(DateOnly date)
    {
        if (date < FirstDate || date > LastDate)
        {
            throw new DateOutsideModelException(date, FirstDate, LastDate);
        }
    }

    private static EncirclementModel LoadEmbedded()
    {
        using Stream stream = typeof(EncirclementModel).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new HistoryDataException(EmbeddedResourceName, "(document)", "the embedded resource is missing from the assembly");
        return EncirclementReader.Read(stream, EmbeddedResourceName);
    }
}
