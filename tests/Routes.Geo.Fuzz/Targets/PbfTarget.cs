using Routes.Geo.Fuzz.Mutation;
using Routes.Geo.Osm;
using Routes.Geo.Osm.Pbf;

namespace Routes.Geo.Fuzz.Targets;

/// <summary>The PBF reader and importer: <see cref="PbfReader"/> and <see cref="OsmNetwork.Load(PbfReader, IProgress{OsmImportProgress}?, IEnumerable{Profile}?)"/>.</summary>
internal sealed class PbfTarget : FuzzTarget
{
    private readonly List<(string Name, byte[] Bytes, PbfFile Frames)> _seeds = [];

    public PbfTarget(IEnumerable<string> extracts)
    {
        Add("testpbf-data-block", PbfSeeds.TestPbfFile());
        Add("restriction-blocks", PbfSeeds.RestrictionFile());
        foreach (string path in extracts)
        {
            Add(Path.GetFileName(path), File.ReadAllBytes(path));
        }
    }

    public override string Name => "pbf";

    public override IReadOnlyList<string> SeedNames => [.. _seeds.Select(s => s.Name)];

    public override byte[] SeedBytes(int seed) => _seeds[seed].Bytes;

    public override byte[] Mutate(int seed, FuzzRandom random, List<string> log) =>
        random.Chance(0.8) ? PbfMutator.Mutate(_seeds[seed].Frames, random, log) : ByteMutator.Mutate(_seeds[seed].Bytes, random, log);

    public override void Run(byte[] input, int seed)
    {
        using var reader = new PbfReader(new MemoryStream(input, writable: false), "fuzz.osm.pbf");
        Use(OsmNetwork.Load(reader).GraphFor(TravelProfiles.Car));
    }

    private void Add(string name, byte[] bytes) =>
        _seeds.Add((name, bytes, PbfFile.TryParse(bytes) ?? throw new InvalidDataException($"PBF seed {name}: its framing does not parse.")));
}
