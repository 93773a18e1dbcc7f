using Routes.Geo.Routing;
using Routes.Geo.Storage;

namespace Routes.Geo.Cli;

/// <summary>How the CLI opens a saved network (given with --network, or from the cache): mapped, so that several
/// commands and servers on one machine share one copy in the page cache; a format 6 file is read into memory.
/// Fully verified unless <c>--trust-network</c> was given for it (<see cref="SavedNetworkVerification.Structure"/>).</summary>
internal static class SavedNetworkOpener
{
    public static RoutingGraph Open(string path, Profile profile, bool trusted = false) =>
        SavedNetwork.Open(path, profile,
            SavedNetwork.ReadHeader(path).FormatVersion >= SavedNetwork.OldestMappableFormatVersion ? SavedNetworkLoad.MemoryMapped : SavedNetworkLoad.Read,
            trusted ? SavedNetworkVerification.Structure : SavedNetworkVerification.Full);
}
