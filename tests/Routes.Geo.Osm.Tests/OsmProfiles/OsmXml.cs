using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;

namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>
/// A tiny OpenStreetMap XML document written by a test, converted to PBF with Debian's <c>osmium cat</c>
/// (package osmium-tool) and imported with the real <see cref="OsmNetwork.Load(string, IProgress{OsmImportProgress}?, IEnumerable{Profile}?)"/>.
/// Nodes sit on <see cref="TinyNetwork"/>'s grid; tags are written "highway=residential oneway=yes" or as pairs.
/// </summary>
internal sealed class OsmXml
{
    private readonly List<XElement> _nodes = [];
    private readonly List<XElement> _ways = [];
    private readonly List<XElement> _relations = [];
    private long _nextWay = 1;

    /// <summary>Adds node <paramref name="id"/> at grid row and column, with optional tags.</summary>
    public OsmXml Node(long id, int row, int column, string tags = "") => Node(id, row, column, Pairs(tags));

    /// <summary>Adds node <paramref name="id"/> at grid row and column with tags given as pairs (values may hold spaces).</summary>
    public OsmXml Node(long id, int row, int column, params (string Key, string Value)[] tags)
    {
        GeoPoint p = TinyNetwork.At(row, column);
        _nodes.Add(new XElement(
            "node",
            new XAttribute("id", id),
            new XAttribute("version", 1),
            new XAttribute("lat", p.Latitude.ToString("R", CultureInfo.InvariantCulture)),
            new XAttribute("lon", p.Longitude.ToString("R", CultureInfo.InvariantCulture)),
            Tags(tags)));
        return this;
    }

    /// <summary>Adds a way through <paramref name="nodeIds"/>; returns its id.</summary>
    public long Way(string tags, params long[] nodeIds) => Way(Pairs(tags), nodeIds);

    /// <summary>Adds a way with tags given as pairs; returns its id.</summary>
    public long Way((string Key, string Value)[] tags, params long[] nodeIds)
    {
        long id = _nextWay++;
        _ways.Add(new XElement(
            "way",
            new XAttribute("id", id),
            new XAttribute("version", 1),
            nodeIds.Select(n => new XElement("nd", new XAttribute("ref", n))),
            Tags(tags)));
        return id;
    }

    /// <summary>Adds a relation with tags and members given as (type "node"/"way", id, role); returns its id.</summary>
    public long Relation(string tags, params (string Type, long Ref, string Role)[] members)
    {
        long id = 1000 + _relations.Count;
        _relations.Add(new XElement(
            "relation",
            new XAttribute("id", id),
            new XAttribute("version", 1),
            members.Select(m => new XElement("member", new XAttribute("type", m.Type), new XAttribute("ref", m.Ref), new XAttribute("role", m.Role))),
            Tags(Pairs(tags))));
        return id;
    }

    /// <summary>The document as OSM XML (version 0.6).</summary>
    public string ToXml() =>
        new XDocument(new XElement("osm", new XAttribute("version", "0.6"), new XAttribute("generator", "Routes.Geo tests"), _nodes, _ways, _relations)).ToString();

    /// <summary>Converts the document to PBF with osmium and imports it for <paramref name="profiles"/> (null: the built-in ones).</summary>
    public RoadNetwork Load(IEnumerable<Profile>? profiles = null) => Load(new OsmImportOptions { Profiles = profiles?.ToArray() });

    /// <summary>Converts the document to PBF with osmium and imports it with <paramref name="options"/>.</summary>
    public RoadNetwork Load(OsmImportOptions options)
    {
        string directory = Path.Combine(Path.GetTempPath(), "routes-geo-osmxml-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string xml = Path.Combine(directory, "case.osm");
            string pbf = Path.Combine(directory, "case.osm.pbf");
            File.WriteAllText(xml, ToXml());
            RunOsmium(xml, pbf);
            return OsmNetwork.Load(pbf, options);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void RunOsmium(string xml, string pbf)
    {
        var start = new ProcessStartInfo("osmium") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in (string[])["cat", xml, "-o", pbf, "--overwrite"])
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("osmium did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"osmium (Debian package osmium-tool) is needed to convert test OSM XML to PBF and was not found on PATH: {e.Message}");
            throw;
        }

        using (process)
        {
            string errors = process.StandardError.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill();
                Assert.Fail("osmium cat did not finish within 60 s");
            }

            Assert.True(process.ExitCode == 0, $"osmium cat failed (exit {process.ExitCode}): {errors}");
        }
    }

    private static (string Key, string Value)[] Pairs(string tags) => [.. TinyNetwork.Tags(tags).Select(t => (t.Key, t.Value))];

    private static IEnumerable<XElement> Tags((string Key, string Value)[] tags) =>
        tags.Select(t => new XElement("tag", new XAttribute("k", t.Key), new XAttribute("v", t.Value)));
}
