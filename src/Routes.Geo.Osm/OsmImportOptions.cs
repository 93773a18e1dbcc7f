using Routes.Geo.Network;
using Routes.Geo.Osm.Pbf;

namespace Routes.Geo.Osm;

/// <summary>
/// How <see cref="OsmNetwork.Load(string, OsmImportOptions)"/> imports an extract: for which profiles, which way tags it
/// keeps beyond what they and the library read, under which limits, with what progress report.
/// </summary>
public sealed class OsmImportOptions
{
    /// <summary>The profiles the network is for (null: <see cref="TravelProfiles.All"/>): their node and way keys are kept.</summary>
    public IReadOnlyList<Profile>? Profiles { get; init; }

    /// <summary>
    /// Way tag keys to keep beside the profiles' <see cref="Profile.WayKeys"/> and <see cref="WayTagKeys.Library"/>: the
    /// keys of custom-weight rules (<see cref="Routing.Customizable.CustomWeights.TagKeys"/>) or of your own readers. Empty by default.
    /// </summary>
    public IReadOnlyCollection<string> ExtraWayKeys { get; init; } = [];

    /// <summary>Keep every tag of every road way (the network's <see cref="RoadNetwork.KeptWayKeys"/> is then null); false by default.</summary>
    public bool KeepEveryWayTag { get; init; }

    /// <summary>The reader's limits (<see cref="PbfLimits.Default"/> by default); used when loading from a path.</summary>
    public PbfLimits Limits { get; init; } = PbfLimits.Default;

    /// <summary>Told each pass's progress (element counts), for a progress bar; null by default.</summary>
    public IProgress<OsmImportProgress>? Progress { get; init; }
}
