using System.Globalization;
using System.Text;
using System.Xml;
using NetTopologySuite.IO;

namespace Routes.Geo.Export;

/// <summary>
/// Writes GPX 1.1 for walkers' devices through NetTopologySuite.IO.GPX: a route as a track (one
/// segment, coordinates rounded to 7 decimals) and named places as waypoints. The metadata carries the
/// OpenStreetMap copyright (ODbL 1.0) because the track follows OpenStreetMap roads.
/// </summary>
public static class RouteGpx
{
    private static readonly XmlWriterSettings Settings = new() { Indent = true, Encoding = new UTF8Encoding(false) };
    private static readonly Uri OdblLicence = new("https://opendatacommons.org/licenses/odbl/1-0/");

    /// <summary>
    /// Serialises <paramref name="route"/> (may be null for waypoints alone) named <paramref name="name"/>
    /// and <paramref name="places"/> as a GPX 1.1 document.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="places"/> is null, or a place is.</exception>
    /// <exception cref="ExportException">A text (the name, a road name, a place's name, description or source) holds a character XML 1.0 cannot carry; its Path is empty.</exception>
    public static string ToGpx(Route? route, string name, IEnumerable<GpxPlace> places)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(places);
        // Through UTF-8 bytes, so the XML declaration says UTF-8 as the file will be.
        using var bytes = new MemoryStream();
        using (XmlWriter writer = XmlWriter.Create(bytes, Settings))
        {
            WriteTo(writer, route, name, [.. places], path: string.Empty);
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>
    /// Writes <paramref name="route"/> (may be null for waypoints alone) named <paramref name="name"/> and
    /// <paramref name="places"/> to <paramref name="path"/> atomically (temporary file, then rename). The path is
    /// checked before <paramref name="places"/> is enumerated, and it is enumerated once, inside the write.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="places"/> is null, or a place is.</exception>
    /// <exception cref="ExportException">
    /// The path is refused, the file cannot be written, or a text holds a character XML 1.0 cannot carry (a control
    /// character, an unpaired surrogate; the message names the field); the previous content, if any, is untouched.
    /// </exception>
    public static void Write(string path, Route? route, string name, IEnumerable<GpxPlace> places)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(places);
        AtomicFile.Write(path, stream =>
        {
            using XmlWriter writer = XmlWriter.Create(stream, Settings);
            WriteTo(writer, route, name, [.. places], path);
        });
    }

    private static void WriteTo(XmlWriter writer, Route? route, string name, GpxPlace[] places, string path)
    {
        CheckTexts(route, name, places, path);
        var waypoints = places.Select(place => Waypoint(place.Point)
            .WithName(place.Name)
            .WithDescription(place.Description)
            .WithSource(string.Join(" ; ", place.Sources))
            .WithClassification(place.Classification)).ToList();

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
    }

    // Before the first element is written, so a refused text never leaves half a document.
    private static void CheckTexts(Route? route, string name, GpxPlace[] places, string path)
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

        foreach (GpxPlace place in places)
        {
            ArgumentNullException.ThrowIfNull(place, nameof(places));
            XmlText.Check(place.Name, $"the name of {place.Label}", path);
            XmlText.Check(place.Description, $"the description of {place.Label}", path);
            XmlText.Check(place.Classification, $"the type of {place.Label}", path);
            foreach (string source in place.Sources)
            {
                XmlText.Check(source, $"a source of {place.Label}", path);
            }
        }
    }

    private static GpxWaypoint Waypoint(GeoPoint point) =>
        new(new GpxLongitude(GeoJsonOutput.Round(point.Longitude)), new GpxLatitude(GeoJsonOutput.Round(point.Latitude)));
}
