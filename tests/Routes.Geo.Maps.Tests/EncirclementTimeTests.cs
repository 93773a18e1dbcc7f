using System.Xml.Linq;
using Routes.Geo.Encirclement;

namespace Routes.Geo.Maps.Tests;

/// <summary>Ports on the day of a timed change (Calais surrendered at 07:00 on 1 October 1944, per the model's event).</summary>
public class EncirclementTimeTests
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();
    private static readonly DateOnly CalaisFalls = new(1944, 10, 1);

    [Theory]
    [InlineData(6, 59, "besieged")]
    [InlineData(7, 0, "liberated")]
    [InlineData(12, 0, "liberated")]
    public void At_an_hour_Calais_is_drawn_in_its_state_then(int hour, int minute, string state)
    {
        // The model's own time for the change, not one written into the test.
        PortPhase fall = Model.Ports.Single(p => p.SiteId == "calais").Phases.Single(p => p.From == CalaisFalls);
        Assert.Equal(new TimeOnly(7, 0), fall.FromTime);
        XElement group = Port(StaticMaps.EncirclementAt(Model, CalaisFalls, new TimeOnly(hour, minute)), "calais");
        Assert.Contains(state, ((string)group.Attribute("class")!).Split(' '));
        Assert.Contains("Calais — " + state, Pictures.Text(group), StringComparison.Ordinal);
    }

    [Fact]
    public void The_whole_day_map_says_until_when_the_earlier_state_held()
    {
        MapImage map = StaticMaps.Encirclement(Model, CalaisFalls);
        XElement group = Port(map, "calais");
        Assert.Contains("liberated", ((string)group.Attribute("class")!).Split(' '));
        Assert.Contains("Calais — besieged until 07:00, then liberated", Pictures.Text(group), StringComparison.Ordinal);
        // A port with no change that day keeps its one word.
        Assert.Contains("Dunkirk — besieged", Pictures.Text(Port(map, "dunkirk")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_caption_of_a_timed_map_names_the_hour()
    {
        MapImage map = StaticMaps.EncirclementAt(Model, CalaisFalls, new TimeOnly(6, 30));
        Assert.Contains("Sunday 1 October 1944, 06:30", Pictures.Text(XDocument.Parse(map.ToSvg()).Root!), StringComparison.Ordinal);
    }

    private static XElement Port(MapImage map, string id) =>
        XDocument.Parse(map.ToSvg()).Descendants(Pictures.Svg + "g").Single(g => (string?)g.Attribute("id") == "port-" + id);
}
