using System.Globalization;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Tests.Routing.Customizable;

public class AvoidAreaTests
{
    // A straight road from (0,0) to (0,4) and a detour through row 1.
    private static RoadNetwork StraightAndDetour()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 2), (0, 4));
        tiny.Way("highway=residential", (0, 0), (1, 0), (1, 2), (1, 4), (0, 4));
        return tiny.Build();
    }

    // A square in grid units (rows, columns) as GeoJSON.
    private static string Square(double row0, double col0, double row1, double col1)
    {
        GeoPoint a = TinyNetwork.At(row0, col0), b = TinyNetwork.At(row1, col1);
        return string.Create(CultureInfo.InvariantCulture,
            $$"""{"type":"Polygon","coordinates":[[[{{a.Longitude}},{{a.Latitude}}],[{{b.Longitude}},{{a.Latitude}}],[{{b.Longitude}},{{b.Latitude}}],[{{a.Longitude}},{{b.Latitude}}],[{{a.Longitude}},{{a.Latitude}}]]]}""");
    }

    [Fact]
    public void AreaOverTheStraightRoad_MakesTheRouteTakeTheDetour_AndTheRouteNeverEntersIt()
    {
        RoutingGraph g = StraightAndDetour().GraphFor(TravelProfiles.Car);
        AvoidArea area = AvoidArea.FromGeoJson(Square(-0.3, 1.5, 0.3, 2.5));
        Route plain = g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).Calculate().Route;
        Route avoiding = g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).Avoiding(area).Calculate().Route;

        Assert.Equal([0], plain.Legs[0].Trace!.DirectedEdges.Select(d => g.Network.EdgeWay[RoutingGraph.EdgeOf(d)]).Distinct());
        Assert.Equal([1], avoiding.Legs[0].Trace!.DirectedEdges.Select(d => g.Network.EdgeWay[RoutingGraph.EdgeOf(d)]).Distinct());
        Assert.All(avoiding.Geometry, p => Assert.False(p.Latitude < TinyNetwork.At(0.3, 0).Latitude && p.Longitude > TinyNetwork.At(0, 1.5).Longitude && p.Longitude < TinyNetwork.At(0, 2.5).Longitude));
    }

    // Only the middle of the row-1 detour is in the area: the straight road is untouched, so the route is the plain one.
    [Fact]
    public void AreaAwayFromTheRoute_ChangesNothing()
    {
        RoutingGraph g = StraightAndDetour().GraphFor(TravelProfiles.Car);
        AvoidArea area = AvoidArea.FromGeoJson(Square(0.8, 1.5, 1.2, 2.5));
        Route plain = g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).Calculate().Route;
        Route avoiding = g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).Avoiding(area).Calculate().Route;
        Assert.Equal(plain.DurationSeconds, avoiding.DurationSeconds, 9);
    }

    // Each road is one edge here, so an area across both leaves no road to snap to: a typed error, not a wrong route.
    [Fact]
    public void AreaCoveringBothRoads_LeavesNothingToSnapTo_AndAPointInsideSnapsOutside()
    {
        RoutingGraph g = StraightAndDetour().GraphFor(TravelProfiles.Car);
        AvoidArea both = AvoidArea.FromGeoJson(Square(-0.3, 1.5, 1.3, 2.5));
        Assert.Throws<SnapTooFarException>(() => g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).Avoiding(both).Calculate());
        AvoidArea straight = AvoidArea.FromGeoJson(Square(-0.3, 1.5, 0.3, 2.5));
        Route route = g.Route().From(TinyNetwork.At(0, 2)).To(TinyNetwork.At(0, 4)).Avoiding(straight).Calculate().Route;
        Assert.Equal(1, g.Network.EdgeWay[route.Waypoints[0].Edge]);
    }

    // Equal areas share one cached customization; a different area adds one.
    [Fact]
    public void EqualAreas_ShareOneCustomization()
    {
        RoutingGraph g = StraightAndDetour().GraphFor(TravelProfiles.Car);
        string square = Square(-0.3, 1.5, 0.3, 2.5);
        g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).Avoiding(AvoidArea.FromGeoJson(square)).Calculate();
        int count = g.CustomizationCount;
        g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).Avoiding(AvoidArea.FromGeoJson(square)).Calculate();
        Assert.Equal(count, g.CustomizationCount);
        g.Route().From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(0, 4)).Avoiding(AvoidArea.FromGeoJson(Square(0.8, 1.5, 1.2, 2.5))).Calculate();
        Assert.Equal(count + 1, g.CustomizationCount);
    }

    [Fact]
    public void FeatureCollectionAndMultiPolygon_AreRead()
    {
        string polygon = Square(-0.3, 1.5, 0.3, 2.5);
        string coordinates = polygon[(polygon.IndexOf("[[[", StringComparison.Ordinal))..^1];
        Assert.Equal(1, AvoidArea.FromGeoJson($$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{{polygon}}}]}""").PolygonCount);
        Assert.Equal(2, AvoidArea.FromGeoJson($$"""{"type":"MultiPolygon","coordinates":[{{coordinates}},{{coordinates.Replace("3.", "4.", StringComparison.Ordinal)}}]}""").PolygonCount);
    }

    [Theory]
    [InlineData("""{"type":"Polygon","coordinates":[[[3,50],[3.01,50],[3.01,50.01],[3,50.01]]]}""", "polygon 0, ring 0: open ring")]
    [InlineData("""{"type":"Polygon","coordinates":[[[3,50],[3.01,50],[3,50]]]}""", "polygon 0, ring 0: 3 positions")]
    [InlineData("""{"type":"Polygon","coordinates":[[[3,50],[3.01,50.01],[3.01,50],[3,50.01],[3,50]]]}""", "polygon 0: self-intersection")]
    [InlineData("""{"type":"Polygon","coordinates":[[[3,50],[200,50],[3.01,50.01],[3,50]]]}""", "polygon 0, ring 0, position 1: longitude 200")]
    [InlineData("""{"type":"Polygon","coordinates":[[[3,50],["x",50],[3.01,50.01],[3,50]]]}""", "position 1: expected [longitude, latitude]")]
    [InlineData("""{"type":"LineString","coordinates":[[3,50],[3.01,50]]}""", "'LineString' is not an area")]
    [InlineData("""{"type":"Polygon" """, "not JSON")]
    public void InvalidPolygon_IsATypedErrorNamingIt(string json, string expected)
    {
        InvalidAreaException error = Assert.Throws<InvalidAreaException>(() => AvoidArea.FromGeoJson(json, "closed.geojson"));
        Assert.Contains("closed.geojson", error.Message);
        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
