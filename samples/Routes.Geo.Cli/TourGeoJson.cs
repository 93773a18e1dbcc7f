using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using Routes.Geo.Encirclement;
using Routes.Geo.Export;

namespace Routes.Geo.Cli;

/// <summary>A tour as one GeoJSON file for QGIS: a LineString per leg (with its number and day) and a Point per site.</summary>
internal static class TourGeoJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    public static void Write(string path, Route route, IReadOnlyList<Site> stops, IReadOnlyList<int>? days)
    {
        var collection = new FeatureCollection();
        for (int i = 0; i < route.Legs.Count; i++)
        {
            RouteLeg leg = route.Legs[i];
            var legRoute = new Route(route.Profile, route.Metric, leg.Geometry, leg.LengthMetres, leg.DurationSeconds, [leg], [leg.From, leg.To]).WithElevationFromLegs();
            IFeature feature = RouteGeoJson.ToFeature(legRoute, stops[i].Name, stops[i + 1].Name);
            feature.Attributes.Add("leg", i + 1);
            if (days is not null)
            {
                feature.Attributes.Add("day", days[i]);
            }

            collection.Add(feature);
        }

        foreach (Site site in stops.Distinct())
        {
            collection.Add(HistoryGeoJson.SiteFeature(site));
        }

        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, collection, Options));
    }
}
