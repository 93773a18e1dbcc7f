using Routes.Geo.Encirclement;

namespace Routes.Geo.Maps.Scene;

/// <summary>How a legend entry's sample is drawn.</summary>
internal enum LegendSwatch
{
    Area,
    Line,
    Symbol,
    Marker,
}

/// <summary>One line of the legend: a sample and its label; a line sample may have a casing drawn under it (roads).</summary>
internal sealed record LegendEntry(string Label, LegendSwatch Swatch, Style Style, SiteKind Kind = SiteKind.Town, Style? Casing = null);
