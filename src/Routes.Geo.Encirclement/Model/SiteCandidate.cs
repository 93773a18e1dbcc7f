namespace Routes.Geo.Encirclement;

/// <summary>
/// A discovered site that matches a curated one. It is reported, not merged: the curated record,
/// its coordinate and its status stay as they are until a historian reviews the candidate.
/// </summary>
/// <param name="Curated">The site of the model.</param>
/// <param name="Discovered">The discovered site (with its own coordinate and source).</param>
/// <param name="Reason">Why they were matched.</param>
public sealed record SiteCandidate(Site Curated, Site Discovered, SiteMatchReason Reason);
