using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using NetTopologySuite.IO;
using Routes.Geo.History;
using Routes.Geo.Routing;

namespace Routes.Geo.Export;

/// <summary>
/// Writes GPX 1.1 for walkers' devices through NetTopologySuite.IO.GPX: a route as a track
/// (one segment, coordinates rounded to 7 decimals) and sites as waypoints. Sites without a
/// verified coordinate (UNVERIFIED, CONFLICTING) are left out, since a GPX waypoint needs one;
/// <see cref="Write"/> returns them so the caller can say so. The metadata carries the
/// OpenStreetMap copyright (ODbL 1.0) because the track follows OpenStreetMap roads.
/// </summary>
public static class WalkGpx
{
    private static readonly XmlWriterSettings Settings = new() { Indent = true, Encoding = new UTF8Encoding(false) };
    private static readonly Uri OdblLicence = new("https://opendatacommons.org/licenses/odbl/1-0/");

    /// <summary>
    /// Serialises <paramref name="route"/> (may be null for waypoints alone) named <paramref name="name"/>
    /// and the verified <paramref name="sites"/> as a GPX 1.1 document.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="sites"/> is null.</exception>
    /// <exception cref="ExportException">A text (the name, a road name, a site's name, story or source) holds a character XML 1.0 cannot carry; its Path is empty.</exception>
    public static string ToGpx(Route? route, string name, IEnumerable<Site> sites)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(sites);
        // Through UTF-8 bytes, so the XML declaration says UTF-8 as the file will be.
        using var bytes = new MemoryStream();
        using (XmlWriter writer = XmlWriter.Create(bytes, Settings))
        {
            WriteTo(writer, route, name, [.. sites], path: string.Empty);
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>
    /// Writes <paramref name="route"/> (may be null for waypoints alone) named <paramref name="name"/>
    /// and the verified <paramref name="sites"/> to <paramref name="path"/> atomically (temporary file, then rename).
    /// </summary>
    /// <returns>The sites left out because they have no verified coordinate, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="sites"/> is null.</exception>
    /// <exception cref="ExportException">
    /// The path is refused, the file cannot be written, or a text holds a character XML 1.0 cannot carry (a control
    /// character, an unpaired surrogate; the message names the field); the previous content, if any, is untouched.
    /// </exception>
    public static IReadOnlyList<Site> Write(string path, Route? route, string name, IEnumerable<Site> sites)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(sites);
        var skipped = new List<Site>();
        AtomicFile.Write(path, stream =>
        {
            using XmlWriter writer = XmlWriter.Create(stream, Settings);
            skipped.AddRange(WriteTo(writer, route, name, [.. sites], path));
        });
        return skipped;
    }

    private static List<Site> WriteTo(XmlWriter writer, Route? route, string name, Site[] sites, string path)
    {
        CheckTexts(route, name, sites, path);
        var skipped = new List<Site>();
        var waypoints = new List<GpxWaypoint>();
        foreach (Site site in sites)
        {
            ArgumentNullException.ThrowIfNull(site, nameof(sites));
            if (site.Coordinate.Verified is { } point)
            {
                waypoints.Add(Waypoint(point)
                    .WithName(site.Name)
                    .WithDescription(site.WhatHappened)
                    .WithSource(string.Join(" ; ", site.Sources))
                    .WithClassification(string.Join(", ", site.Kinds.Select(k => k.ToString().ToLowerInvariant()))));
            }
            else
            {
                skipped.Add(site);
            }
        }

        var tracks = new List<GpxTrack>();
        if (route is not null)
        {
            // On a network with elevation each track point carries its <ele> (metres, where known).
            IReadOnlyList<double>? heights = route.GeometryElevationMetres;
            var segment = new GpxTrackSegment(new ImmutableGpxWaypointTable(route.Geometry.Select((p, i) =>
                heights is not null && !double.IsNaN(heights[i]) ? Waypoint(p).WithElevationInMeters(Math.Round(heights[i], 1)) : Waypoint(p))), null);
            tracks.Add(new GpxTrack()
                .WithName(name)
                .WithSource("OpenStreetMap")
                .WithClassification(route.Profile)
                .WithDescription(route.RoadNames.Count == 0 ? null : string.Join(" ; ", route.RoadNames))
                .WithSegments([segment]));
        }

        GpxMetadata metadata = new GpxMetadata("Routes.Geo")
            .WithName(name)
            .WithDescription(Attribution.OpenStreetMap)
            .WithCopyright(new GpxCopyright("OpenStreetMap contributors", null, OdblLicence));
        GpxWriter.Write(writer, null, metadata, waypoints, null, tracks, null);
        return skipped;
    }

    // Before the first element is written, so a refused text never leaves half a document.
    private static void CheckTexts(Route? route, string name, Site[] sites, string path)
    {
        XmlText.Check(name, "the name", path);
        if (route is not null)
        {
            XmlText.Check(route.Profile, "the route's profile", path);
            for (int i = 0; i < route.RoadNames.Count; i++)
            {
                XmlText.Check(route.RoadNames[i], string.Create(CultureInfo.InvariantCulture, $"road name {i} of the route"), path);
            }
        }

        foreach (Site site in sites)
        {
            ArgumentNullException.ThrowIfNull(site, nameof(sites));
            XmlText.Check(site.Name, $"the name of site '{site.Id}'", path);
            XmlText.Check(site.WhatHappened, $"what happened at site '{site.Id}'", path);
            foreach (string source in site.Sources)
            {
                XmlText.Check(source, $"a source of site '{site.Id}'", path);
            }
        }
    }

    private static GpxWaypoint Waypoint(GeoPoint point) =>
        new(new GpxLongitude(GeoJsonOutput.Round(point.Longitude)), new GpxLatitude(GeoJsonOutput.Round(point.Latitude)));
}
