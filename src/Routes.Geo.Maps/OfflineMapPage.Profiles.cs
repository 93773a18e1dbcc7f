using System.Net;
using System.Text;

namespace Routes.Geo.Maps;

public static partial class OfflineMapPage
{
    /// <summary>Height of each elevation chart under the map, pixels (the SVG scales to the page's width).</summary>
    private const int ProfileHeightPixels = 210;

    /// <summary>The routes that have heights somewhere: those the page draws an elevation profile for.</summary>
    private static RouteGeoJson.Entry[] WithHeights(RouteGeoJson.Entry[] routes) =>
        [.. routes.Where(r => r.Route.GeometryElevationMetres is { } h && h.Any(v => !double.IsNaN(v)))];

    /// <summary>
    /// The elevation profile of each route with heights, under the map (<c>#profiles</c>, one <c>figure.profile</c>
    /// per route, the chart inline as SVG); nothing for a page without such routes.
    /// </summary>
    private static void Profiles(StringBuilder html, RouteGeoJson.Entry[] routes)
    {
        RouteGeoJson.Entry[] hilly = WithHeights(routes);
        if (hilly.Length == 0)
        {
            return;
        }

        html.Append("<div id=\"profiles\" style=\"height:").Append(ProfileHeightPixels).Append("px\">");
        foreach (RouteGeoJson.Entry entry in hilly)
        {
            string svg = ElevationProfileChart.ToSvg(entry.Route, 1000, ProfileHeightPixels - 10);
            int start = svg.IndexOf("<svg", StringComparison.Ordinal);
            html.Append("<figure class=\"profile\" aria-label=\"Elevation profile: ")
                .Append(WebUtility.HtmlEncode($"{entry.FromName} to {entry.ToName}")).Append("\">")
                .Append(start >= 0 ? svg[start..] : svg).Append("</figure>");
        }

        html.Append("</div>\n");
    }
}
