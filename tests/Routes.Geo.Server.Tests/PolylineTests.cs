using System.Buffers;
using System.Text;
using Routes.Geo.Server.Osrm;

namespace Routes.Geo.Server.Tests;

public sealed class PolylineTests
{
    // The worked example of Google's encoded polyline algorithm documentation.
    private static readonly GeoPoint[] Example = [new(38.5, -120.2), new(40.7, -120.95), new(43.252, -126.453)];

    [Fact]
    public void GooglesExample_EncodesToItsPublishedString()
    {
        var bytes = new ArrayBufferWriter<byte>();
        Polyline.Encode(Example, 1e5, bytes);

        Assert.Equal("_p~iF~ps|U_ulLnnqC_mqNvxq`@", Encoding.ASCII.GetString(bytes.WrittenSpan));
    }

    [Fact]
    public void Decode_ReadsBackGooglesExample()
    {
        Assert.Equal(Example, Polyline.Decode("_p~iF~ps|U_ulLnnqC_mqNvxq`@", 1e5));
    }

    [Fact]
    public void TruncatedPolyline_DecodesToNull()
    {
        Assert.Null(Polyline.Decode("_p~iF~ps|", 1e5));
    }
}
