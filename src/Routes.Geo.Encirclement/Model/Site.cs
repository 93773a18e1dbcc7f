namespace Routes.Geo.Encirclement;

/// <summary>
/// A place of the encirclement story (or, when <see cref="TiedTo1944"/> is false, a memorial with
/// no 1944 story attached). Every site names at least one source.
/// </summary>
public sealed class Site
{
    internal Site() { }

    /// <summary>Stable identifier, lower-case words joined by hyphens (e.g. <c>calais-citadel</c>).</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Display name.</summary>
    public string Name { get; internal init; } = "";

    /// <summary>Other names the site is known by (e.g. Dunkerque, Duinkerke for Dunkirk).</summary>
    public IReadOnlyList<string> AlternativeNames { get; internal init; } = [];

    /// <summary>What the site is; at least one kind.</summary>
    public IReadOnlyList<SiteKind> Kinds { get; internal init; } = [];

    /// <summary>The coordinate and how far it can be trusted.</summary>
    public SiteCoordinate Coordinate { get; internal init; } = null!;

    /// <summary>What happened here, or null when the sources say nothing (e.g. the Lille memorials).</summary>
    public string? WhatHappened { get; internal init; }

    /// <summary>Sources for the history of the site (Liberation Route POIs as URLs); never empty.</summary>
    public IReadOnlyList<string> Sources { get; internal init; } = [];

    /// <summary>Remarks from the data, such as disagreements between sources.</summary>
    public IReadOnlyList<string> Notes { get; internal init; } = [];

    /// <summary>False for memorials whose subject is unknown: do not attach a 1944 story to them.</summary>
    public bool TiedTo1944 { get; internal init; } = true;

    /// <summary>The OpenStreetMap node the coordinate was taken from, or null.</summary>
    public long? OsmNodeId { get; internal init; }

    /// <summary>The OpenStreetMap way the coordinate was computed from (mean of its nodes), or null.</summary>
    public long? OsmWayId { get; internal init; }

    /// <summary>The node's <c>historic=*</c> tag value (memorial, monument, ...), or null.</summary>
    public string? OsmHistoric { get; internal init; }

    /// <summary>Where the site stands in the order of history: its key event, or the documented place of an undated site.</summary>
    public SiteChronology Chronology { get; internal init; } = null!;

    /// <summary>True when <paramref name="kind"/> is one of <see cref="Kinds"/>.</summary>
    public bool Is(SiteKind kind) => Kinds.Contains(kind);

    /// <inheritdoc />
    public override string ToString() => $"{Name} [{Id}]";
}
