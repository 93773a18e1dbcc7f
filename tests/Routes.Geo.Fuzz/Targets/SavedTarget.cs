using Routes.Geo.Fuzz.Mutation;
using Routes.Geo.Network;
using Routes.Geo.Osm;
using Routes.Geo.Routing;
using Routes.Geo.Storage;

namespace Routes.Geo.Fuzz.Targets;

/// <summary>The saved-network reader, <see cref="SavedNetwork.Load(string, Profile)"/>, fed through a work file.</summary>
internal sealed class SavedTarget : FuzzTarget
{
    private readonly List<(string Name, byte[] Bytes, int ChecksumAt, Profile Profile)> _seeds = [];
    private readonly string _workFile;

    /// <param name="workFolder">Where the seeds are saved and each input is written before loading.</param>
    /// <param name="extracts">PBF extracts to save (foot profile, fastest hierarchy) as further seeds.</param>
    public SavedTarget(string workFolder, IEnumerable<string> extracts)
    {
        _workFile = Path.Combine(workFolder, "input.rgnet");
        RoadNetwork tiny = TinyGrid();
        Add(workFolder, "grid-car-both-metrics", tiny.GraphFor(TravelProfiles.Car), RouteMetric.Fastest, RouteMetric.Shortest);
        Add(workFolder, "grid-foot-fastest", tiny.GraphFor(TravelProfiles.Foot), RouteMetric.Fastest);
        Add(workFolder, "grid-bicycle-no-hierarchy", tiny.GraphFor(TravelProfiles.Bicycle));
        foreach (string path in extracts)
        {
            Add(workFolder, Path.GetFileName(path) + "-foot", OsmNetwork.Load(path).GraphFor(TravelProfiles.Foot), RouteMetric.Fastest);
        }
    }

    public override string Name => "saved";

    public override IReadOnlyList<string> SeedNames => [.. _seeds.Select(s => s.Name)];

    public override byte[] SeedBytes(int seed) => _seeds[seed].Bytes;

    public override byte[] Mutate(int seed, FuzzRandom random, List<string> log) => SavedMutator.Mutate(_seeds[seed].Bytes, _seeds[seed].ChecksumAt, random, log);

    public override void Run(byte[] input, int seed)
    {
        File.WriteAllBytes(_workFile, input);
        Use(SavedNetwork.Load(_workFile, _seeds[seed].Profile));
    }

    // A 4 x 4 grid near Lille: one-way and primary streets, a gate, a no_left_turn that binds cars.
    private static RoadNetwork TinyGrid()
    {
        var builder = new RoadNetworkBuilder("tiny fuzz grid");
        for (int r = 0; r < 4; r++)
        {
            for (int c = 0; c < 4; c++)
            {
                builder.AddNode(Id(r, c), 50.6 + r * 0.001, 3.0 + c * 0.0014);
            }
        }

        long way = 1;
        for (int i = 0; i < 4; i++)
        {
            builder.AddWay(way++, [Id(i, 0), Id(i, 1), Id(i, 2), Id(i, 3)], Tags(i == 1 ? "highway=primary" : "highway=residential"));
            builder.AddWay(way++, [Id(0, i), Id(1, i), Id(2, i), Id(3, i)], Tags(i == 2 ? "highway=residential oneway=yes" : "highway=tertiary name=Rue"));
        }

        builder.AddNodeTags(Id(2, 2), Tags("barrier=gate"));
        builder.AddTurnRestriction(100, 3, Id(1, 0), 2, Tags("type=restriction restriction=no_left_turn"));
        return builder.Build();
    }

    private static long Id(int row, int column) => row * 10 + column + 1;

    private static KeyValuePair<string, string>[] Tags(string tags) =>
        [.. tags.Split(' ').Select(t => t.Split('=')).Select(kv => KeyValuePair.Create(kv[0], kv[1]))];

    private void Add(string workFolder, string name, RoutingGraph graph, params RouteMetric[] metrics)
    {
        string path = Path.Combine(workFolder, name + ".rgnet");
        SavedNetwork.Save(path, graph, metrics);
        byte[] bytes = File.ReadAllBytes(path);
        _seeds.Add((name, bytes, SavedMutator.ChecksumOffset(bytes), graph.Profile));
    }
}
