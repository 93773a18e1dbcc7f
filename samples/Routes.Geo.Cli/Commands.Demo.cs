using System.CommandLine;
using System.Globalization;
using Routes.Geo.Encirclement;
using Routes.Geo.Export;
using Routes.Geo.Instructions;

namespace Routes.Geo.Cli;

internal static partial class Commands
{
    /// <summary>The README's main job; its output is kept plain and stable.</summary>
    public static Command Demo()
    {
        var output = new Option<string>("--out") { Description = "GeoJSON file to write.", DefaultValueFactory = _ => "out/lille-memorials.geojson" };
        var network = new Option<string?>("--network") { Description = "Central Lille road network file (GeoJSON or .osm.pbf); without it, the central Lille roads built into the tool." };
        var elevation = new Option<string?>("--elevation") { Description = ElevationFolder.Description };
        var command = new Command("demo", "The main job: walking and driving routes between two memorials of central Lille (reached by British forces on 3 September 1944), written as GeoJSON. Example: routes-geo demo --out out/lille.geojson")
        {
            network, output, elevation,
        };
        command.SetAction(result => Run(() =>
        {
            var model = EncirclementModel.Load();
            Site start = model.FindSite("Monument aux fusillés");
            Site end = model.FindSite("Monument aux Morts");
            string? networkPath = result.GetValue(network);
            RoadNetwork roads = networkPath is null ? EmbeddedLilleRoads.Load() : NetworkLoader.Load(networkPath, showProgress: false);
            if (ElevationFolder.Open(result.GetValue(elevation)) is { } heights)
            {
                roads = roads.WithElevation(heights);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Network {roads.Source}: {roads.VertexCount} junctions, {roads.EdgeCount} road pieces, {roads.TotalLengthMetres / 1000:0.0} km"));
            if (SiteStory.PlaceEvent(model, start) is { } context)
            {
                Console.WriteLine($"In 1944: {SiteStory.Context(context.Place, context.Event)}");
                Console.WriteLine($"         {SiteStory.UntiedMemorials}");
            }

            var router = new Router(roads);
            var entries = new List<RouteGeoJson.Entry>();
            foreach (Profile profile in new[] { TravelProfiles.Foot, TravelProfiles.Car })
            {
                Route route = router.Route(profile).From(start.Coordinate.Verified!.Value).To(end.Coordinate.Verified!.Value).Calculate().Route;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{route.Profile,-8} {start.Name} -> {end.Name}: {route.LengthMetres:0} m, {DurationText.Format(route.DurationSeconds)}"));
                Console.WriteLine($"         via {string.Join(", ", route.RoadNames)}");
                if (ElevationFolder.Summary(route) is { } climb)
                {
                    Console.WriteLine($"         {climb}");
                }

                IReadOnlyList<Instruction> steps = RouteInstructions.For(route);
                foreach (Instruction step in steps)
                {
                    Console.WriteLine($"         {RouteInstructions.FormatDistance(step.DistanceMetres),8}  {step.Text}");
                }

                entries.Add(new RouteGeoJson.Entry(route, start.Name, end.Name) { Instructions = steps });
            }

            string path = result.GetValue(output)!;
            EnsureFolderOf(path);
            RouteGeoJson.Write(path, entries);
            Console.WriteLine($"Wrote {path} ({entries.Count} routes with their turn-by-turn instructions as points). {Attribution.OpenStreetMap}");
            return 0;
        }));
        return command;
    }
}
