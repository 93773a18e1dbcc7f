using Routes.Geo.Import;
using Routes.Geo.Network;
using Routes.Geo.Osm;
using Spectre.Console;

namespace Routes.Geo.Cli;

/// <summary>Loads a road network from an OpenStreetMap PBF or a GeoJSON road file, chosen by extension.</summary>
internal static class NetworkLoader
{
    public static RoadNetwork Load(string path, bool showProgress = true)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Road network file '{path}' does not exist. Get the region with 'routes-geo download', or pass a GeoJSON road file.", path);
        }

        bool pbf = path.EndsWith(".pbf", StringComparison.OrdinalIgnoreCase);
        if (!showProgress || !Ui.Progress.Profile.Capabilities.Interactive)
        {
            return pbf ? OsmNetwork.Load(path) : GeoJsonRoads.Load(path);
        }

        if (!pbf)
        {
            return Ui.Spin($"Reading roads from {Path.GetFileName(path)}", () => GeoJsonRoads.Load(path));
        }

        // PBF gives element counts, not a total: one task per import phase, ticking as it reads.
        return Ui.Progress.Progress().Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn()).Start(context =>
        {
            var tasks = new Dictionary<OsmImportPhase, ProgressTask>();
            var progress = new SynchronousProgress<OsmImportProgress>(p =>
            {
                if (!tasks.TryGetValue(p.Phase, out ProgressTask? task))
                {
                    foreach (ProgressTask done in tasks.Values)
                    {
                        done.Value = done.MaxValue;
                        done.StopTask();
                    }

                    task = tasks[p.Phase] = context.AddTask(PhaseName(p.Phase)).IsIndeterminate();
                }

                task.Description = $"{PhaseName(p.Phase)}: {p.ElementsRead:N0} elements";
            });
            RoadNetwork network = OsmNetwork.Load(path, progress);
            foreach (ProgressTask task in tasks.Values)
            {
                task.IsIndeterminate(false).Value = task.MaxValue;
            }

            return network;
        });
    }

    private static string PhaseName(OsmImportPhase phase) => phase switch
    {
        OsmImportPhase.WaysAndRelations => "Reading ways and relations",
        OsmImportPhase.Nodes => "Reading road nodes",
        _ => "Building the road network",
    };
}
