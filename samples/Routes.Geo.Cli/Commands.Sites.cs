using System.CommandLine;
using Routes.Geo.Encirclement;
using Spectre.Console;

namespace Routes.Geo.Cli;

internal static partial class Commands
{
    public static Command Sites()
    {
        var kind = new Option<string?>("--kind") { Description = $"Only sites of this kind: {SiteKinds.Names}. Example: routes-geo sites --kind cemetery" };
        var command = new Command("sites", "List the sites of the encirclement model: name, kinds, coordinate (or unverified / conflicting), and the first event there.")
        {
            kind,
        };
        command.SetAction(result => Run(() =>
        {
            var model = EncirclementModel.Load();
            IReadOnlyList<Site> sites = result.GetValue(kind) is { } k ? model.SitesOfKind(SiteKinds.Parse(k, "--kind")) : model.Sites;
            var table = new Table().AddColumns("Site", "Kinds", "Coordinate", "First event");
            foreach (Site site in sites)
            {
                string where = site.Coordinate.Verified is { } p ? p.ToString() : OutputName.Of(site.Coordinate.Status);
                HistoricalEvent? first = model.EventsAt(site).OrderBy(e => e.Start).FirstOrDefault();
                table.AddRow(new Text(site.Name), new Text(SiteKinds.Of(site)), new Text(where), new Text(first is null ? "" : SiteStory.Dates(first)));
            }

            table.Caption($"{sites.Count} sites. Names work in route and tour, e.g. --sites \"{(sites.Count > 0 ? sites[0].Name : "")}\".");
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }
}
