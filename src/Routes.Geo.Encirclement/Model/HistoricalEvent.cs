namespace Routes.Geo.Encirclement;

/// <summary>
/// One dated entry of the timeline. Dates are local calendar days; <see cref="End"/> is inclusive
/// and null for a one-day event. Times are given only where a source gives them.
/// </summary>
public sealed class HistoricalEvent
{
    internal HistoricalEvent() { }

    /// <summary>Stable identifier (e.g. <c>ev-1944-09-25-undergo</c>).</summary>
    public string Id { get; internal init; } = "";

    /// <summary>First day of the event.</summary>
    public DateOnly Start { get; internal init; }

    /// <summary>Last day of the event (inclusive), or null when it lies within <see cref="Start"/>.</summary>
    public DateOnly? End { get; internal init; }

    /// <summary>The last day: <see cref="End"/> when given, otherwise <see cref="Start"/>.</summary>
    public DateOnly LastDay => End ?? Start;

    /// <summary>Local time the event began, when a source gives it (e.g. 10:15 for Operation Undergo).</summary>
    public TimeOnly? StartTime { get; internal init; }

    /// <summary>Local time the event ended, when a source gives it.</summary>
    public TimeOnly? EndTime { get; internal init; }

    /// <summary>The place as the sources word it (may name places that are not sites).</summary>
    public string Place { get; internal init; } = "";

    /// <summary>Identifiers of the model's sites this event happened at; every one exists in the model.</summary>
    public IReadOnlyList<string> SiteIds { get; internal init; } = [];

    /// <summary>What happened.</summary>
    public string Description { get; internal init; } = "";

    /// <summary>Allied units as the sources name them.</summary>
    public IReadOnlyList<string> AlliedUnits { get; internal init; } = [];

    /// <summary>German units or commanders as the sources name them.</summary>
    public IReadOnlyList<string> GermanUnits { get; internal init; } = [];

    /// <summary>Sources; never empty.</summary>
    public IReadOnlyList<string> Sources { get; internal init; } = [];

    /// <summary>Remarks, in particular where sources disagree on the date.</summary>
    public IReadOnlyList<string> Notes { get; internal init; } = [];

    /// <summary>True when the event covers at least one day of <paramref name="from"/>..<paramref name="to"/> (inclusive).</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && LastDay >= from;

    /// <inheritdoc />
    public override string ToString() => $"{Start:yyyy-MM-dd} {Place}: {Description}";
}
