using System.Xml.Linq;
using Routes.Geo.Encirclement;
using SkiaSharp;

namespace Routes.Geo.Maps.Tests;

public sealed class SequenceTests : IDisposable
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();
    private readonly string _folder = Directory.CreateTempSubdirectory("maps-seq-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    [Fact]
    public void September_sequence_has_a_frame_per_day_showing_the_ports_fall_and_the_Dunkirk_pocket_remain()
    {
        (DateOnly from, DateOnly to) = EncirclementSequence.September1944;
        IReadOnlyList<string> files = EncirclementSequence.Write(_folder, Model, from, to, MapFormats.Svg, new MapOptions { Width = 600, Height = 450 });

        Assert.Equal(31, files.Count);
        Assert.Equal(Path.Combine(_folder, "encirclement-1944-09-01.svg"), files[0]);
        Assert.Equal(Path.Combine(_folder, "encirclement-1944-10-01.svg"), files[^1]);
        XDocument Frame(int month, int day) => XDocument.Load(Path.Combine(_folder, $"encirclement-1944-{month:00}-{day:00}.svg"));
        string PortState(XDocument svg, string port) => ((string)svg.Descendants(Pictures.Svg + "g").Single(g => (string?)g.Attribute("id") == "port-" + port).Attribute("class")!).Split(' ')[^1];
        bool Has(XDocument svg, string id) => svg.Descendants(Pictures.Svg + "g").Any(g => (string?)g.Attribute("id") == id);

        Assert.Equal("german-held", PortState(Frame(9, 1), "boulogne"));
        Assert.Equal("besieged", PortState(Frame(9, 21), "boulogne"));
        Assert.Equal("liberated", PortState(Frame(9, 22), "boulogne"));
        Assert.True(Has(Frame(9, 29), "position-cap-gris-nez-batteries"));
        Assert.False(Has(Frame(9, 30), "position-cap-gris-nez-batteries"));
        Assert.Equal("besieged", PortState(Frame(9, 30), "calais"));
        Assert.Equal("liberated", PortState(Frame(10, 1), "calais"));
        Assert.True(Has(Frame(10, 1), "position-dunkirk-pocket-static"));
        Assert.NotEqual("liberated", PortState(Frame(10, 1), "dunkirk"));
    }

    [Fact]
    public void Png_frames_differ_from_day_to_day()
    {
        IReadOnlyList<string> files = EncirclementSequence.Write(_folder, Model, new DateOnly(1944, 9, 21), new DateOnly(1944, 9, 22), MapFormats.Png,
            new MapOptions { Width = 400, Height = 300 });
        Assert.Equal(2, files.Count);
        using SKBitmap a = Pictures.Decode(File.ReadAllBytes(files[0]));
        using SKBitmap b = Pictures.Decode(File.ReadAllBytes(files[1]));
        Assert.NotEqual(a.Bytes, b.Bytes);
    }
}
