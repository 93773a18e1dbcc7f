namespace Routes.Geo.Encirclement.Tests.Model;

public class MalformedDataTests
{
    [Fact]
    public void MinimalDocument_Loads()
    {
        EncirclementModel model = HistoryTestData.Load(HistoryTestData.Document());

        Assert.Equal(4, model.Sites.Count);
        Assert.Equal(PortState.Encircled, model.StateOn(new DateOnly(1944, 9, 5)).Ports["a"]);
    }

    [Fact]
    public void MalformedResource_NamesTheRecord()
    {
        string sites = HistoryTestData.Sites.Replace("\"name\": \"Bravo\", ", "", StringComparison.Ordinal);

        HistoryDataException e = HistoryTestData.Reject(HistoryTestData.Document(sites: sites));

        Assert.Equal("b", e.RecordId);
        Assert.Equal("test.json", e.SourceName);
        Assert.Contains("'name'", e.Problem, StringComparison.Ordinal);
        Assert.Contains("record 'b'", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<RoutesGeoException>(e);
    }

    [Fact]
    public void RecordWithoutId_IsNamedByItsPosition()
    {
        string sites = HistoryTestData.Sites.Replace("\"id\": \"c\", ", "", StringComparison.Ordinal);

        HistoryDataException e = HistoryTestData.Reject(HistoryTestData.Document(sites: sites));

        Assert.Equal("sites[2]", e.RecordId);
    }

    [Fact]
    public void InvalidJson_IsRejectedAsDocumentError()
    {
        HistoryDataException e = HistoryTestData.Reject("{ \"format\": ");

        Assert.Equal("(document)", e.RecordId);
        Assert.IsType<System.Text.Json.JsonException>(e.InnerException, exactMatch: false);
    }

    [Fact]
    public void MissingSource_IsRejected()
    {
        string sites = HistoryTestData.Sites.Replace("\"sources\": [\"src C\"]", "\"sources\": []", StringComparison.Ordinal);

        HistoryDataException e = HistoryTestData.Reject(HistoryTestData.Document(sites: sites));

        Assert.Equal("c", e.RecordId);
        Assert.Contains("missing source", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifiedCoordinateWithoutSource_IsRejected()
    {
        string sites = HistoryTestData.Sites.Replace(", \"source\": \"src A\"", "", StringComparison.Ordinal);

        Assert.Equal("a", HistoryTestData.Reject(HistoryTestData.Document(sites: sites)).RecordId);
    }

    [Fact]
    public void ShorthandLiberationRouteSource_IsRejected()
    {
        string events = HistoryTestData.Events.Replace("\"src E\"", "\"LR 2482\"", StringComparison.Ordinal);

        HistoryDataException e = HistoryTestData.Reject(HistoryTestData.Document(events: events));

        Assert.Equal("ev-1", e.RecordId);
        Assert.Contains("https://www.liberationroute.com/pois/", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"lat\": 95.0")]
    [InlineData("\"lat\": -91")]
    public void CoordinateOutOfRange_IsRejected(string badLatitude)
    {
        string sites = HistoryTestData.Sites.Replace("\"lat\": 50.1", badLatitude, StringComparison.Ordinal);

        HistoryDataException e = HistoryTestData.Reject(HistoryTestData.Document(sites: sites));

        Assert.Equal("b", e.RecordId);
        Assert.Contains("out of range", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnverifiedSiteWithCoordinate_IsRejected()
    {
        string sites = HistoryTestData.Sites.Replace("{ \"status\": \"UNVERIFIED\" }",
            "{ \"status\": \"UNVERIFIED\", \"lat\": 50.5, \"lon\": 2.5 }", StringComparison.Ordinal);

        HistoryDataException e = HistoryTestData.Reject(HistoryTestData.Document(sites: sites));

        Assert.Equal("u", e.RecordId);
        Assert.Contains("never a guess", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenRing_IsRejected()
    {
        string positions = HistoryTestData.Positions.Replace("[\"a\", \"b\", \"c\", \"a\"]", "[\"a\", \"b\", \"c\"]", StringComparison.Ordinal);

        HistoryDataException e = HistoryTestData.Reject(HistoryTestData.Document(positions: positions));

        Assert.Equal("ring", e.RecordId);
        Assert.Contains("open polygon ring", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PositionThroughUnverifiedSite_IsRejected()
    {
        string positions = HistoryTestData.Positions.Replace("[\"a\", \"b\", \"c\", \"a\"]", "[\"a\", \"b\", \"u\", \"a\"]", StringComparison.Ordinal);

        HistoryDataException e = HistoryTestData.Reject(HistoryTestData.Document(positions: positions));

        Assert.Equal("ring", e.RecordId);
        Assert.Contains("no verified coordinate", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidToBeforeValidFrom_IsRejected()
    {
        string positions = HistoryTestData.Positions.Replace("\"validTo\": \"1944-09-10\"", "\"validTo\": \"1944-09-04\"", StringComparison.Ordinal);

        HistoryDataException e = HistoryTestData.Reject(HistoryTestData.Document(positions: positions));

        Assert.Equal("ring", e.RecordId);
        Assert.Contains("before validFrom", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PositionWithoutPrecision_IsRejected()
    {
        string positions = HistoryTestData.Positions.Replace("\"precision\": \"approximate\", ", "", StringComparison.Ordinal);

        Assert.Equal("ring", HistoryTestData.Reject(HistoryTestData.Document(positions: positions)).RecordId);
    }

    [Fact]
    public void UnknownSiteReferenceInEvent_IsRejected()
    {
        string events = HistoryTestData.Events.Replace("[\"a\"]", "[\"a\", \"nowhere\"]", StringComparison.Ordinal);

        HistoryDataException e = HistoryTestData.Reject(HistoryTestData.Document(events: events));

        Assert.Equal("ev-1", e.RecordId);
        Assert.Contains("'nowhere'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EventEndingBeforeItStarts_IsRejected()
    {
        string events = HistoryTestData.Events.Replace("\"start\": \"1944-09-05\"", "\"start\": \"1944-09-05\", \"end\": \"1944-09-04\"", StringComparison.Ordinal);

        Assert.Equal("ev-1", HistoryTestData.Reject(HistoryTestData.Document(events: events)).RecordId);
    }

    [Fact]
    public void EventOutsideThePeriod_IsRejected()
    {
        string events = HistoryTestData.Events.Replace("1944-09-05", "1940-05-26", StringComparison.Ordinal);

        HistoryDataException e = HistoryTestData.Reject(HistoryTestData.Document(events: events));

        Assert.Contains("outside the period", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownParentUnit_IsRejected()
    {
        string units = HistoryTestData.Units.Replace("\"parent\": \"div\"", "\"parent\": \"corps\"", StringComparison.Ordinal);

        HistoryDataException e = HistoryTestData.Reject(HistoryTestData.Document(units: units));

        Assert.Equal("bde", e.RecordId);
        Assert.Contains("'corps'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltField_IsRejected()
    {
        string sites = HistoryTestData.Sites.Replace("\"kinds\": [\"fort\"]", "\"kind\": [\"fort\"]", StringComparison.Ordinal);

        HistoryDataException e = HistoryTestData.Reject(HistoryTestData.Document(sites: sites));

        Assert.Equal("b", e.RecordId);
        Assert.Contains("unknown field 'kind'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKind_IsRejected()
    {
        string sites = HistoryTestData.Sites.Replace("[\"fort\"]", "[\"castle\"]", StringComparison.Ordinal);

        Assert.Contains("'castle'", HistoryTestData.Reject(HistoryTestData.Document(sites: sites)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateId_IsRejected()
    {
        string sites = HistoryTestData.Sites.Replace("\"id\": \"c\"", "\"id\": \"b\"", StringComparison.Ordinal);

        Assert.Contains("duplicate id", HistoryTestData.Reject(HistoryTestData.Document(sites: sites)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ConflictingCoordinateWithOneCandidate_IsRejected()
    {
        string sites = HistoryTestData.Sites.Replace("{ \"status\": \"UNVERIFIED\" }",
            "{ \"status\": \"CONFLICTING\", \"candidates\": [ { \"lat\": 50.5, \"lon\": 2.5, \"source\": \"s\" } ] }", StringComparison.Ordinal);

        Assert.Equal("u", HistoryTestData.Reject(HistoryTestData.Document(sites: sites)).RecordId);
    }
}
