using System.Text;

namespace Routes.Geo.Encirclement.Tests.Model;

/// <summary>A small valid data document whose sections a test replaces to break one rule at a time.</summary>
internal static class HistoryTestData
{
    public const string Sites = """
        [
          { "id": "a", "name": "Alpha", "kinds": ["town"], "chronology": { "event": "ev-1" },
            "coordinate": { "status": "VERIFIED", "lat": 50.0, "lon": 2.0, "source": "src A" }, "sources": ["src A"] },
          { "id": "b", "name": "Bravo", "kinds": ["fort"], "chronology": { "with": "a", "reason": "Belongs to Alpha." },
            "coordinate": { "status": "VERIFIED", "lat": 50.1, "lon": 2.0, "source": "src B" }, "sources": ["src B"] },
          { "id": "c", "name": "Charlie", "kinds": ["battery"], "chronology": { "after": "dated-sites", "reason": "No dated event." },
            "coordinate": { "status": "VERIFIED", "lat": 50.0, "lon": 2.1, "source": "src C" }, "sources": ["src C"] },
          { "id": "u", "name": "Unknown place", "kinds": ["museum"], "chronology": { "after": "dated-sites", "reason": "No dated event." }, "coordinate": { "status": "UNVERIFIED" }, "sources": ["src U"] }
        ]
        """;

    public const string Events = """
        [ { "id": "ev-1", "start": "1944-09-05", "place": "Alpha", "sites": ["a"], "description": "Something", "sources": ["src E"] } ]
        """;

    public const string Positions = """
        [ { "id": "ring", "name": "Ring", "side": "German", "kind": "perimeter", "shape": "polygon",
            "through": ["a", "b", "c", "a"], "validFrom": "1944-09-05", "validTo": "1944-09-10",
            "precision": "approximate", "sources": ["src P"] } ]
        """;

    public const string Units = """
        [ { "id": "div", "side": "Allied", "name": "Division", "sources": ["src D"] },
          { "id": "bde", "side": "Allied", "name": "Brigade", "parent": "div", "sources": ["src D"] } ]
        """;

    public static string Document(string? sites = null, string? events = null, string? positions = null,
        string? units = null) => $$"""
        {
          "format": "routes-geo/encirclement/1",
          "period": { "from": "1944-09-01", "to": "1945-05-09" },
          "sites": {{sites ?? Sites}},
          "events": {{events ?? Events}},
          "units": {{units ?? Units}},
          "positions": {{positions ?? Positions}},
          "figures": [],
          "ports": [ { "site": "a", "phases": [ { "state": "encircled", "event": "ev-1" } ] } ]
        }
        """;

    public static EncirclementModel Load(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return EncirclementModel.Load(stream, "test.json");
    }

    public static HistoryDataException Reject(string json) => Assert.Throws<HistoryDataException>(() => Load(json));
}
