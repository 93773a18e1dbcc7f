using System.CommandLine;
using Routes.Geo.Encirclement;

namespace Routes.Geo.Cli;

internal static partial class Commands
{
    public static Command Export()
    {
        var folder = new Option<string>("--out-dir") { Description = "Folder for sites.geojson, events.geojson and positions.geojson (created when missing).", DefaultValueFactory = _ => "out" };
        var kind = new Option<string?>("--kind") { Description = $"Only sites of this kind in sites.geojson: {SiteKinds.Names}." };
        var command = new Command("export", """
            Write the encirclement model as GeoJSON layers for QGIS: the sites (UNVERIFIED/CONFLICTING ones with a null geometry and their status), the events, and the military positions (lines and areas with their dates).
            Example: routes-geo export --out-dir out/qgis
            """)
        {
            folder, kind,
        };
        command.SetAction(result => Run(() =>
        {
            var model = EncirclementModel.Load();
            string dir = OutputPath.Folder(result.GetValue(folder), "--out-dir");
            IReadOnlyList<Site> sites = result.GetValue(kind) is { } k ? model.SitesOfKind(SiteKinds.Parse(k, "--kind")) : model.Sites;
            HistoryGeoJson.WriteSites(Path.Combine(dir, "sites.geojson"), sites);
            HistoryGeoJson.WriteEvents(Path.Combine(dir, "events.geojson"), model);
            HistoryGeoJson.WritePositions(Path.Combine(dir, "positions.geojson"), model);
            Console.WriteLine($"Wrote {sites.Count} sites, {model.Events.Count} events and {model.Positions.Count} positions to {dir}/ (sites.geojson, events.geojson, positions.geojson).");
            return 0;
        }));
        return command;
    }
}
