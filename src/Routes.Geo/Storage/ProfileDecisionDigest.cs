using System.Security.Cryptography;
using Routes.Geo.Profiles;

namespace Routes.Geo.Storage;

/// <summary>
/// A hash of what a profile decides on each distinct way tag set (access, speed, destination-only) and node tag set (passable),
/// in the order the network first uses them: a Structure open of a saved network compares it instead of deriving the graph, so
/// a profile whose rules changed since the save is still refused, in time proportional to the distinct tag sets.
/// </summary>
internal static class ProfileDecisionDigest
{
    public static string Of(RoadNetwork network, Profile profile)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> record = stackalloc byte[13];
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (IReadOnlyDictionary<string, string> tags in network.DistinctWayTagSets ?? network.Ways.Select(w => w.Tags).Where(seen.Add).ToArray())
        {
            EdgeAccess access = profile.Evaluate(tags);
            record[0] = (byte)((access.Forward ? 1 : 0) | (access.Backward ? 2 : 0) | (access.ForwardDestinationOnly ? 4 : 0)
                | (access.BackwardDestinationOnly ? 8 : 0) | (access.IsUsable ? 16 : 0));
            BitConverter.TryWriteBytes(record[1..9], access.SpeedKmh);
            hash.AppendData(record[..9]);
        }

        seen.Clear();
        foreach ((int vertex, IReadOnlyDictionary<string, string> tags) in network.VertexTags.OrderBy(t => t.Key))
        {
            if (seen.Add(tags))
            {
                record[0] = (byte)(profile.CanPassNode(tags) ? 1 : 0);
                BitConverter.TryWriteBytes(record[1..5], vertex);
                hash.AppendData(record[..5]);
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
