using System.Xml.Linq;
using NetTopologySuite.Geometries;
using Routes.Geo.Isochrones;
using Routes.Geo.Maps.Scene;
using SkiaSharp;

namespace Routes.Geo.Maps.Tests;

public class IsochroneMapTests
{
    private static readonly GeoPoint Palace = new(43.7314, 7.4199);

    private static readonly Lazy<IsochroneResult> MonacoWalk = new(() => Isochrone.Compute(
        new Router(RealData.Monaco).GraphFor(TravelProfiles.Foot), Palace,
        [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15)]));

    [Fact]
    public void A_point_inside_each_band_is_that_band_colour_and_one_far_outside_is_no_band_colour()
    {
        IsochroneResult walk = MonacoWalk.Value;
        MapImage seen = StaticMaps.Isochrone(walk, new MapOptions { Base = RealData.MonacoBase, Roads = RealData.Monaco }, "Prince's Palace");
        RealData.Keep(seen, "monaco-isochrone-foot");

        // The same frame on bare paper, so a band's pixel is exactly its fill over white.
        MapImage bare = StaticMaps.Isochrone(walk, new MapOptions { Land = false, Extent = seen.Frame.Extent }, "Prince's Palace");
        using SKBitmap png = Pictures.Decode(bare.ToPng());
        SKColor[] blends = [.. Enumerable.Range(0, 3).Select(i => OverWhite(IsochroneComposer.BandColour(i, 3)))];
        Assert.Equal(3, blends.Distinct().Count());
        for (int i = 0; i < 3; i++)
        {
            Geometry ring = i == 0 ? walk.Bands[0].Area : walk.Bands[i].Area.Difference(walk.Bands[i - 1].Area);
            (double x, double y) = Inside(bare.Frame, ring, bare.Frame.ToPixel(walk.Origin.Snapped));
            Assert.True(Pictures.HasColourNear(png, x, y, 0, blends[i]), $"band {i} at ({x:0}, {y:0}) should be {blends[i]}, is {png.GetPixel((int)Math.Round(x), (int)Math.Round(y))}");
            foreach (int other in Enumerable.Range(0, 3).Where(o => o != i))
            {
                Assert.False(Pictures.HasColourNear(png, x, y, 0, blends[other]), $"band {i}'s point should not have band {other}'s colour");
            }
        }

        (double fx, double fy) = FarOutside(bare.Frame, walk.Bands[^1].Area);
        foreach (SKColor blend in blends)
        {
            Assert.False(Pictures.HasColourNear(png, fx, fy, 2, blend), $"({fx:0}, {fy:0}), far outside the 15 min band, should carry no band colour");
        }
    }

    [Fact]
    public void Legend_lists_each_band_with_its_area_and_the_map_has_a_scale_bar_and_the_start()
    {
        IsochroneResult walk = MonacoWalk.Value;
        XDocument svg = XDocument.Parse(StaticMaps.Isochrone(walk, new MapOptions { Base = RealData.MonacoBase }, "Prince's Palace").ToSvg());
        string legend = Pictures.Text(Pictures.Groups(svg, "legend").Single());
        foreach (IsochroneBand band in walk.Bands)
        {
            Assert.Contains(FormattableString.Invariant($"Within {band.Within.TotalMinutes:0} min ({band.AreaSquareMetres / 1e6:0.00} km²)"), legend, StringComparison.Ordinal);
        }

        Assert.Equal(3, Pictures.Groups(svg, "isochrone").Length);
        Assert.Single(Pictures.Groups(svg, "scale-bar"));
        Assert.Contains("Prince's Palace", Pictures.Text(Pictures.Groups(svg, "origin").Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void An_isochrone_without_area_is_a_MapInputException()
    {
        IsochroneResult walk = MonacoWalk.Value;
        IsochroneResult empty = walk with { Bands = [walk.Bands[0] with { Area = Polygon.Empty }] };
        var e = Assert.Throws<MapInputException>(() => StaticMaps.Isochrone(empty));
        Assert.Contains("no area", e.Message, StringComparison.Ordinal);
    }

    private static SKColor OverWhite(string hex)
    {
        SKColor c = SKColor.Parse(hex);
        byte Mix(byte v) => (byte)Math.Round((v * IsochroneComposer.FillOpacity) + (255 * (1 - IsochroneComposer.FillOpacity)));
        return new SKColor(Mix(c.Red), Mix(c.Green), Mix(c.Blue));
    }

    /// <summary>A pixel of <paramref name="ring"/> 10 px or more inside its outline, clear of the start's marker and label and of the furniture (title, legend).</summary>
    private static (double X, double Y) Inside(MapFrame frame, Geometry ring, (double X, double Y) start)
    {
        double degreesPerPixel = frame.ToGeo(1, 0).Longitude - frame.ToGeo(0, 0).Longitude;
        for (int y = frame.Height / 8; y < frame.Height * 2 / 3; y += 7)
        {
            for (int x = frame.Width / 10; x < frame.Width * 3 / 4; x += 7)
            {
                GeoPoint g = frame.ToGeo(x, y);
                var p = new Point(g.Longitude, g.Latitude);
                if (Math.Abs(x - start.X) + Math.Abs(y - start.Y) > 160 && ring.Contains(p) && ring.Boundary.Distance(p) > 10 * degreesPerPixel)
                {
                    return (x, y);
                }
            }
        }

        throw new InvalidOperationException("no pixel well inside the band");
    }

    /// <summary>A pixel in the middle of the picture (clear of the furniture) at least 0.0015° (about 120 m) from the area.</summary>
    private static (double X, double Y) FarOutside(MapFrame frame, Geometry area)
    {
        for (int y = frame.Height / 4; y < frame.Height * 3 / 4; y += 10)
        {
            for (int x = frame.Width / 8; x < frame.Width * 7 / 8; x += 10)
            {
                GeoPoint g = frame.ToGeo(x, y);
                if (area.Distance(new Point(g.Longitude, g.Latitude)) > 0.0015)
                {
                    return (x, y);
                }
            }
        }

        throw new InvalidOperationException("no pixel far outside the band in the picture's middle");
    }
}
