using SkiaSharp;

namespace Routes.Geo.Maps.Tests;

public class BaseMapTests
{
    // Points on surface computed by GDAL (ogr2ogr, OSM driver, multipolygons layer) from the Monaco
    // extract, independently of our coastline code: relation 393226 (Palais Princier, on the Rock)
    // and relation 2221179 (Port Hercule de Monaco, the harbour's water, bounded by coastline ways).
    private static readonly GeoPoint Palace = new(43.731228, 7.419882);
    private static readonly GeoPoint Harbour = new(43.735149, 7.426735);

    [Fact]
    public void Monaco_route_map_paints_the_Rock_as_land_and_Port_Hercule_as_sea()
    {
        Route route = RealData.Walk(RealData.Monaco, 43.7310, 7.4205, 43.7395, 7.4275);
        MapImage map = StaticMaps.Route(route, options: new MapOptions { Base = RealData.MonacoBase, Roads = RealData.Monaco });
        RealData.Keep(map, "monaco-route");
        MapImage ground = StaticMaps.Route(route, options: new MapOptions { Base = RealData.MonacoBase, Extent = map.Frame.Extent });

        using SKBitmap png = Pictures.Decode(ground.ToPng());
        (double px, double py) = ground.Frame.ToPixel(Palace);
        (double hx, double hy) = ground.Frame.ToPixel(Harbour);
        Assert.True(Pictures.HasColourNear(png, px, py, 0, Pictures.Hex("#f4efe1")), $"the Prince's Palace ({px:0}, {py:0}) should be land-coloured");
        Assert.False(Pictures.HasColourNear(png, px, py, 6, Pictures.Hex("#cfe3ef")), "no sea within 6 px of the Palace");
        Assert.True(Pictures.HasColourNear(png, hx, hy, 0, Pictures.Hex("#cfe3ef")), $"Port Hercule ({hx:0}, {hy:0}) should be sea-coloured");
        Assert.Contains("Coast and land: OpenStreetMap", Pictures.Text(System.Xml.Linq.XDocument.Parse(map.ToSvg()).Root!), StringComparison.Ordinal);
    }

    [Fact]
    public void Monaco_base_map_holds_the_extract_coastline_and_areas()
    {
        BaseMap ground = RealData.MonacoBase;
        Assert.Equal(28, ground.CoastlineCount); // osmium tags-filter w/natural=coastline: 28 ways
        Assert.True(ground.AreaCount > 20, $"{ground.AreaCount} water and green areas");
        Assert.Equal("monaco.osm.pbf", ground.Source);
    }

    [Fact]
    public void Monaco_ground_as_GeoJSON_has_land_and_sea_over_the_widened_box_and_none_far_away()
    {
        BaseMap ground = RealData.MonacoBase;
        MapExtent box = ground.Coverage;
        using var document = System.Text.Json.JsonDocument.Parse(ground.ToGeoJson(box, widen: 1)!);
        System.Text.Json.JsonElement[] features = [.. document.RootElement.GetProperty("features").EnumerateArray()];
        string[] kinds = [.. features.Select(f => f.GetProperty("properties").GetProperty("kind").GetString()!)];
        Assert.Equal(["land", "sea"], kinds.Take(2));
        Assert.Contains("green", kinds);
        // The sea reaches a box-width beyond the extract (the coast carried on straight), so the ground covers three boxes across.
        double west = features[1].GetProperty("geometry").GetProperty("coordinates").EnumerateArray()
            .SelectMany(Flatten).Min(c => c[0].GetDouble());
        Assert.Equal(box.West - (box.East - box.West), west, 1e-5);
        Assert.Null(ground.ToGeoJson(new MapExtent(2.0, 50.0, 2.1, 50.1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ground.ToGeoJson(box, -0.5));

        static IEnumerable<System.Text.Json.JsonElement> Flatten(System.Text.Json.JsonElement e) =>
            e[0].ValueKind == System.Text.Json.JsonValueKind.Number ? [e] : e.EnumerateArray().SelectMany(Flatten);
    }

    [Fact]
    public void An_inland_extract_draws_no_sea()
    {
        BaseMap ground = BaseMap.FromOsm(RealData.PathOf("osm", "liechtenstein.osm.pbf"));
        Assert.Equal(0, ground.CoastlineCount);
        MapImage map = StaticMaps.Route(MapsTestData.Line(47.14, 9.52, 47.17, 9.51), options: new MapOptions { Base = ground, Width = 600, Height = 450 });
        RealData.Keep(map, "vaduz-inland");
        using SKBitmap png = Pictures.Decode(map.ToPng());
        foreach ((int x, int y) in new[] { (1, 1), (598, 60), (1, 448), (598, 300), (300, 225) })
        {
            Assert.True(Pictures.HasColourNear(png, x, y, 0, Pictures.Hex("#f4efe1")), $"({x}, {y}) should be land: the only water inland is the Rhine and lakes");
        }
    }

    [Fact]
    public void Outside_the_embedded_land_and_without_a_base_map_no_sea_is_drawn()
    {
        MapImage map = StaticMaps.Route(MapsTestData.Line(42.50, 1.52, 42.54, 1.55), options: new MapOptions { Width = 400, Height = 300 });
        using SKBitmap png = Pictures.Decode(map.ToPng());
        Assert.Equal(0, Share(png, Pictures.Hex("#cfe3ef")));
        Assert.DoesNotContain("Natural Earth", map.ToSvg(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_made_coast_puts_land_on_its_left_and_an_island_inside_its_ring()
    {
        // A coast running east along 50.00°N (land to the north), the data ending inside the map on both
        // sides; an island: a counter-clockwise ring in the sea.
        GeoPoint[] coast = [new(50.00, 1.02), new(50.001, 1.05), new(50.00, 1.08)];
        GeoPoint[] island = [new(49.985, 1.045), new(49.985, 1.055), new(49.992, 1.055), new(49.992, 1.045), new(49.985, 1.045)];
        BaseMap ground = BaseMap.FromLines("hand", new MapExtent(1.0, 49.97, 1.1, 50.03), [coast, island], []);
        var options = new MapOptions { Base = ground, Extent = new MapExtent(1.0, 49.97, 1.1, 50.03), Width = 600, Height = 400 };
        MapImage map = StaticMaps.Route(MapsTestData.Line(50.02, 1.03, 50.02, 1.07), options: options);
        RealData.Keep(map, "hand-made-coast");
        using SKBitmap png = Pictures.Decode(map.ToPng());
        SKColor land = Pictures.Hex("#f4efe1"), sea = Pictures.Hex("#cfe3ef");
        (double X, double Y) At(double lat, double lon) => map.Frame.ToPixel(new GeoPoint(lat, lon));
        foreach ((double lat, double lon, SKColor colour) in new[]
        {
            (50.01, 1.01, land), (50.01, 1.09, land), (49.99, 1.01, sea), (49.99, 1.09, sea), (49.975, 1.05, sea),
            (49.9885, 1.05, land), (50.0085, 1.05, land),
        })
        {
            (double x, double y) = At(lat, lon);
            Assert.True(Pictures.HasColourNear(png, x, y, 0, colour), $"({lat}, {lon}) at ({x:0}, {y:0}) should be {colour}");
        }
    }

    [Fact]
    public void A_coastline_of_one_point_is_a_MapInputException() =>
        Assert.Throws<MapInputException>(() => BaseMap.FromLines("hand", new MapExtent(1, 49, 2, 50), [[new GeoPoint(49.5, 1.5)]], []));

    [Fact]
    public void A_file_that_is_not_PBF_is_an_OsmFormatException_naming_it()
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "<osm version=\"0.6\"></osm>");
            var e = Assert.ThrowsAny<RoutesGeoException>(() => BaseMap.FromOsm(file));
            Assert.IsType<Routes.Geo.Osm.OsmFormatException>(e);
            Assert.Contains(Path.GetFileName(file), e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    internal static double Share(SKBitmap bitmap, SKColor colour)
    {
        int hits = 0, n = 0;
        for (int y = 0; y < bitmap.Height; y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2, n++)
            {
                SKColor c = bitmap.GetPixel(x, y);
                hits += Math.Abs(c.Red - colour.Red) + Math.Abs(c.Green - colour.Green) + Math.Abs(c.Blue - colour.Blue) <= 6 ? 1 : 0;
            }
        }

        return (double)hits / n;
    }
}
