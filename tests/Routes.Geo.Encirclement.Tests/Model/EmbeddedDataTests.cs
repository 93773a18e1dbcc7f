namespace Routes.Geo.Encirclement.Tests.Model;

/// <summary>The embedded data checked against the fact sheet shared/history/encirclement-1944.md.</summary>
public class EmbeddedDataTests
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();

    [Fact]
    public void Load_ReturnsTheSameValidatedInstance()
    {
        Assert.Same(Model, EncirclementModel.Load());
        Assert.Equal(new DateOnly(1944, 9, 1), Model.FirstDate);
        Assert.Equal(new DateOnly(1945, 5, 9), Model.LastDate);
    }

    [Theory]
    [InlineData("calais-canadian-war-cemetery", 50.861444, 1.738972)]
    [InlineData("boulogne-eastern-cemetery", 50.72472, 1.62167)]
    [InlineData("dunkirk-town-cemetery", 51.0306, 2.38967)]
    [InlineData("batterie-todt", 50.8443, 1.5999)]
    [InlineData("grosser-kurfurst", 50.861222, 1.595)]
    [InlineData("cap-gris-nez", 50.8708, 1.5836)]
    [InlineData("batterie-oldenburg", 50.9759639, 1.9048278)]
    [InlineData("calais-lighthouse", 50.961360, 1.853622)]
    [InlineData("fort-de-la-creche", 50.748, 1.601)]
    [InlineData("mont-lambert", 50.7175, 1.6514)]
    [InlineData("blockhaus-eperlecques", 50.82861, 2.18361)]
    [InlineData("bergues", 50.969167, 2.435)]
    [InlineData("bourbourg", 50.9472, 2.1986)]
    [InlineData("leubringhen", 50.8583, 1.7222)]
    [InlineData("adegem-canadian-war-cemetery", 51.20272, 3.50546)]
    [InlineData("la-coupole", 50.705250, 2.243611)]
    [InlineData("boulogne", 50.7264, 1.6147)]
    [InlineData("calais", 50.94806, 1.85639)]
    [InlineData("dunkirk", 51.0383, 2.3775)]
    [InlineData("mardyck", 51.0194, 2.2506)]
    [InlineData("loon-plage", 50.9947, 2.2206)]
    [InlineData("spycker", 50.9700, 2.3242)]
    [InlineData("bray-dunes", 51.0717, 2.5283)]
    [InlineData("gravelines", 50.9858, 2.1283)]
    [InlineData("hondschoote", 50.9803, 2.5861)]
    public void VerifiedSites_HaveTheFactSheetCoordinate(string id, double lat, double lon)
    {
        Site site = Model.FindSite(id);

        Assert.Equal(CoordinateStatus.Verified, site.Coordinate.Status);
        Assert.Equal(new GeoPoint(lat, lon), site.Coordinate.Verified);
    }

    [Theory]
    [InlineData("musee-dunkerque-1940", "https://www.liberationroute.com/pois/1800")]
    [InlineData("batterie-lindemann", "battlefieldsww2.com \"Coastal gun battery Lindemann\"")]
    [InlineData("north-shore-memorial-wimereux", "https://www.liberationroute.com/pois/2505")]
    public void UnverifiedSites_HaveNoCoordinate(string id, string historySource)
    {
        Site site = Model.FindSite(id);

        Assert.Equal(CoordinateStatus.Unverified, site.Coordinate.Status);
        Assert.Null(site.Coordinate.Verified);
        Assert.Empty(site.Coordinate.Candidates);
        Assert.Contains(historySource, site.Sources);
    }

    [Fact]
    public void EveryUnverifiedSite_HasNoCoordinate()
    {
        Assert.All(Model.Sites.Where(s => s.Coordinate.Status == CoordinateStatus.Unverified),
            s => Assert.Empty(s.Coordinate.Candidates));
    }

    [Fact]
    public void CalaisCitadel_KeepsBothConflictingCoordinates()
    {
        SiteCoordinate coordinate = Model.FindSite("Calais citadel").Coordinate;

        Assert.Equal(CoordinateStatus.Conflicting, coordinate.Status);
        Assert.Null(coordinate.Verified);
        Assert.Equal(
            [new SourcedCoordinate(new GeoPoint(50.95444, 1.86278), "en.wikipedia"),
             new SourcedCoordinate(new GeoPoint(50.95704, 1.84127), "festungswelt.de")],
            coordinate.Candidates);
        Assert.Contains("festungswelt", coordinate.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRecord_HasASource()
    {
        Assert.All(Model.Sites, s => Assert.NotEmpty(s.Sources));
        Assert.All(Model.Sites.SelectMany(s => s.Coordinate.Candidates), c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
        Assert.All(Model.Events, e => Assert.NotEmpty(e.Sources));
        Assert.All(Model.Units, u => Assert.NotEmpty(u.Sources));
        Assert.All(Model.Positions, p => Assert.NotEmpty(p.Sources));
        Assert.All(Model.Figures.SelectMany(f => f.Values), v => Assert.NotEmpty(v.Sources));
    }

    [Fact]
    public void LiberationRouteSources_AreWrittenAsPoiUrls()
    {
        IEnumerable<string> all = Model.Sites.SelectMany(s => s.Sources)
            .Concat(Model.Events.SelectMany(e => e.Sources))
            .Concat(Model.Units.SelectMany(u => u.Sources))
            .Concat(Model.Positions.SelectMany(p => p.Sources));

        Assert.DoesNotContain(all, s => s.StartsWith("LR ", StringComparison.Ordinal));
        Assert.Contains("https://www.liberationroute.com/pois/2482", all);
    }

    [Fact]
    public void EveryPosition_SaysHowApproximateItIs()
    {
        Assert.NotEmpty(Model.Positions);
        Assert.All(Model.Positions, p => Assert.StartsWith("approximate", p.Precision, StringComparison.Ordinal));
    }

    [Fact]
    public void DunkirkOutpostLine_RunsThroughTheNamedPlaces_7To17Sep()
    {
        MilitaryPosition line = Model.Positions.Single(p => p.Id == "dunkirk-outpost-line");

        Assert.Equal(["mardyck", "loon-plage", "spycker", "bergues", "bray-dunes"], line.SiteIds);
        Assert.Equal(new DateOnly(1944, 9, 7), line.ValidFrom);
        Assert.Equal(new DateOnly(1944, 9, 17), line.ValidTo);
        Assert.Equal(PositionKind.OutpostLine, line.Kind);
        Assert.Equal(Belligerent.German, line.Side);
        Assert.Equal(2.2506, line.Geometry.Coordinates[0].X);
        Assert.Equal(51.0194, line.Geometry.Coordinates[0].Y);
    }

    [Fact]
    public void DunkirkSeptemberPocket_IsAClosedPolygonAroundTheTown()
    {
        MilitaryPosition pocket = Model.Positions.Single(p => p.Id == "dunkirk-pocket-september");
        var town = new NetTopologySuite.Geometries.Point(2.3775, 51.0383);

        Assert.IsType<NetTopologySuite.Geometries.Polygon>(pocket.Geometry);
        Assert.Equal(4326, pocket.Geometry.SRID);
        Assert.True(pocket.Geometry.Contains(town));
    }

    [Fact]
    public void LilleMemorials_CarryOsmNodesAndNo1944Story()
    {
        Site[] lille = [.. Model.Sites.Where(s => s.OsmNodeId is not null)];

        Assert.Equal([899302267L, 1043788567L, 802008612L, 4501607219L], lille.Select(s => s.OsmNodeId!.Value));
        Assert.All(lille, s => Assert.False(s.TiedTo1944));
        Assert.All(lille, s => Assert.Null(s.WhatHappened));
        Assert.All(lille, s => Assert.Equal($"OpenStreetMap, node {s.OsmNodeId}", s.Coordinate.Candidates.Single().Source));
        Assert.Equal(new GeoPoint(50.637518, 3.065735), Model.FindSite("Statue de Léon Trulin").Coordinate.Verified);
        Assert.Equal("monument", Model.FindSite("parvis des justes").OsmHistoric);
    }

    [Fact]
    public void DisputedFigures_KeepEveryValueWithItsSource()
    {
        DisputedFigure dunkirk = Model.Figures.Single(f => f.Id == "dunkirk-garrison");
        DisputedFigure calais = Model.Figures.Single(f => f.Id == "calais-prisoners");

        Assert.Equal([10000, 12000, 14000, 15500], dunkirk.Values.Select(v => v.Low));
        Assert.Equal(["radio.cz"], dunkirk.Values[1].Sources);
        Assert.Equal([7500, 9128], calais.Values.Select(v => v.Low));
        Assert.Equal(5500, Model.Figures.Single(f => f.Id == "boulogne-garrison").Values[1].Low);
    }

    [Fact]
    public void Commanders_MatchTheFactSheet()
    {
        MilitaryUnit calais = Model.Units.Single(u => u.Id == "calais-garrison");
        MilitaryUnit dunkirk = Model.Units.Single(u => u.Id == "festung-dunkirchen");

        Assert.Equal("Oberstleutnant Ludwig Schroeder", calais.Commander!.Name);
        Assert.Contains("Kurt", calais.Commander.Note, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(1944, 9, 15), dunkirk.Commander!.From);
        Assert.Equal("Generalleutnant Ferdinand Heim", Model.Units.Single(u => u.Id == "festung-boulogne").Commander!.Name);
        Assert.Equal("7-cdn-inf-bde", Model.Units.Single(u => u.Id == "canadian-scottish").ParentId);
        Assert.Equal("Brig. W.J. Megill", Model.Units.Single(u => u.Id == "5-cdn-inf-bde").Commander!.Name);
    }
}
