namespace Routes.Geo.Encirclement;

/// <summary>
/// A site's coordinate with its status: <see cref="CoordinateStatus.Verified"/> has exactly one
/// candidate, <see cref="CoordinateStatus.Unverified"/> none, <see cref="CoordinateStatus.Conflicting"/> two or more.
/// </summary>
public sealed class SiteCoordinate
{
    internal SiteCoordinate(CoordinateStatus status, IReadOnlyList<SourcedCoordinate> candidates, string? note)
    {
        Status = status;
        Candidates = candidates;
        Note = note;
    }

    /// <summary>How far the coordinate can be trusted.</summary>
    public CoordinateStatus Status { get; }

    /// <summary>Every coordinate the sources give, each with its source (empty when unverified).</summary>
    public IReadOnlyList<SourcedCoordinate> Candidates { get; }

    /// <summary>The coordinate when <see cref="Status"/> is verified; null otherwise, so no caller routes to a guess.</summary>
    public GeoPoint? Verified => Status == CoordinateStatus.Verified ? Candidates[0].Point : null;

    /// <summary>A remark from the data (an address, why sources disagree), or null.</summary>
    public string? Note { get; }
}
