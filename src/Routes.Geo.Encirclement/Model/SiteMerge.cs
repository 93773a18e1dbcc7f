namespace Routes.Geo.Encirclement;

/// <summary>
/// The model's curated sites together with discovered ones (see <see cref="EncirclementModel.WithDiscoveredSites"/>).
/// </summary>
public sealed class SiteMerge
{
    internal SiteMerge(IReadOnlyList<Site> sites, IReadOnlyList<Site> added, IReadOnlyList<SiteCandidate> candidates)
    {
        Sites = sites;
        Added = added;
        Candidates = candidates;
    }

    /// <summary>Every curated site, unchanged and in data-file order, then <see cref="Added"/>.</summary>
    public IReadOnlyList<Site> Sites { get; }

    /// <summary>Discovered sites that match no curated site, in the order given (a repeated id only once).</summary>
    public IReadOnlyList<Site> Added { get; }

    /// <summary>Discovered sites that match a curated site; they are not in <see cref="Sites"/>.</summary>
    public IReadOnlyList<SiteCandidate> Candidates { get; }
}
