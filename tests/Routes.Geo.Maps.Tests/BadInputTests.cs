using Routes.Geo.Encirclement;
using Routes.Geo.Tours;

namespace Routes.Geo.Maps.Tests;

public sealed class BadInputTests : IDisposable
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();
    private readonly string _folder = Directory.CreateTempSubdirectory("maps-bad-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    [Theory]
    [InlineData("1944-08-31")]
    [InlineData("1945-05-10")]
    public void A_date_outside_the_model_is_a_DateOutsideModelException(string day)
    {
        var e = Assert.Throws<DateOutsideModelException>(() => StaticMaps.Encirclement(Model, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("1944-09-01 to 1945-05-09", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_outside_the_model_writes_no_file()
    {
        Assert.Throws<DateOutsideModelException>(() => EncirclementSequence.Write(_folder, Model, new DateOnly(1944, 9, 1), new DateOnly(1945, 6, 1)));
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData(1.5, 50.5, 1.5, 51.0)]
    [InlineData(1.5, 50.5, 2.0, 50.5)]
    [InlineData(2.0, 50.5, 1.5, 51.0)]
    public void A_bounding_box_of_zero_size_is_a_MapInputException(double w, double s, double e, double n)
    {
        var error = Assert.Throws<MapInputException>(() => new MapExtent(w, s, e, n));
        Assert.Contains("zero size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_route_is_a_MapInputException()
    {
        var empty = new Route("foot", RouteMetric.Shortest, [], 0, 0, [], []);
        var e = Assert.Throws<MapInputException>(() => StaticMaps.Route(empty));
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tour_with_the_wrong_number_of_legs_is_a_MapInputException()
    {
        Site[] stops = [Model.FindSite("calais"), Model.FindSite("boulogne")];
        var plan = new TourPlan([0, 1], 1, ReturnToStart: true, IsProvenOptimal: true);
        Assert.Throws<MapInputException>(() => StaticMaps.Tour(stops, plan, [MapsTestData.Line(50.9, 1.8, 50.8, 1.7)]));
    }

    [Fact]
    public void A_picture_too_small_is_a_MapInputException() =>
        Assert.Throws<MapInputException>(() => StaticMaps.Encirclement(Model, new DateOnly(1944, 9, 17), new MapOptions { Width = 10 }));

    [Theory]
    [InlineData("missing-folder/map.svg")]
    [InlineData("missing-folder/map.png")]
    public void An_unwritable_path_is_an_ExportException_and_leaves_no_file(string relative)
    {
        MapImage map = StaticMaps.Encirclement(Model, new DateOnly(1944, 9, 17), new MapOptions { Width = 300, Height = 200 });
        var e = Assert.Throws<ExportException>(() => map.Write(Path.Combine(_folder, relative)));
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void Writing_over_a_folder_is_an_ExportException_and_leaves_no_temporary_file()
    {
        string target = Directory.CreateDirectory(Path.Combine(_folder, "taken.svg")).FullName;
        MapImage map = StaticMaps.Encirclement(Model, new DateOnly(1944, 9, 17), new MapOptions { Width = 300, Height = 200 });
        Assert.Throws<ExportException>(() => map.WriteSvg(target));
        Assert.Equal([target], Directory.GetFileSystemEntries(_folder));
    }
}
