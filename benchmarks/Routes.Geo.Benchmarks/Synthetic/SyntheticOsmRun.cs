using System.Globalization;
using System.Security;
using System.Text;

namespace Routes.Geo.Benchmarks.Synthetic;

/// <summary>
/// Console mode <c>synthetic-osm --nodes N [--layout streets|mesh] [--seed S] --out FILE.osm</c>: writes the synthetic network
/// of <c>scaling</c> as OSM XML (nodes and ways interleaved), so that osmium makes a PBF for the real importer:
/// <c>osmium sort FILE.osm -o FILE.osm.pbf</c>, then <c>scaling --pbf FILE.osm.pbf</c>.
/// </summary>
internal static class SyntheticOsmRun
{
    public static int Run(Options options)
    {
        int nodes = options.Int("nodes", 100_000), seed = options.Int("seed", 1);
        SyntheticLayout layout = Enum.Parse<SyntheticLayout>(options.Text("layout", "streets"), ignoreCase: true);
        string path = options.Text("out", "");
        if (path.Length == 0)
        {
            Console.Error.WriteLine("synthetic-osm needs --out FILE.osm");
            return 2;
        }

        int side = SyntheticNetwork.SideFor(nodes, layout);
        string partial = path + ".part";
        using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(false), bufferSize: 1 << 20))
        {
            writer.WriteLine("<?xml version='1.0' encoding='UTF-8'?>");
            writer.WriteLine("<osm version=\"0.6\" generator=\"Routes.Geo.Benchmarks synthetic-osm\">");
            var target = new XmlTarget(writer);
            SyntheticNetwork.Generate(side, seed, layout, target);
            writer.WriteLine("</osm>");
            Console.WriteLine($"{path}: {layout} {side}x{side} seed {seed}, {target.Nodes:N0} nodes, {target.Ways:N0} ways");
        }

        File.Move(partial, path, overwrite: true);
        return 0;
    }

    private sealed class XmlTarget(TextWriter writer) : ISyntheticTarget
    {
        public long Nodes { get; private set; }

        public long Ways { get; private set; }

        public void AddNode(long id, double latitude, double longitude)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<node id=\"{id}\" version=\"1\" lat=\"{latitude:0.0000000}\" lon=\"{longitude:0.0000000}\"/>"));
            Nodes++;
        }

        public void AddWay(long id, long[] nodes, KeyValuePair<string, string>[] tags)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<way id=\"{id}\" version=\"1\">"));
            foreach (long node in nodes)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<nd ref=\"{node}\"/>"));
            }

            foreach ((string key, string value) in tags)
            {
                writer.WriteLine($"<tag k=\"{SecurityElement.Escape(key)}\" v=\"{SecurityElement.Escape(value)}\"/>");
            }

            writer.WriteLine("</way>");
            Ways++;
        }
    }
}
