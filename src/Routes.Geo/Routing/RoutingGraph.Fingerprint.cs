using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Routes.Geo.Routing;

public sealed partial class RoutingGraph
{
    /// <summary>
    /// A hash of everything the profile decided (access per direction, durations, blocked vertices,
    /// binding turn restrictions): a saved hierarchy is valid only for a graph with the same fingerprint.
    /// </summary>
    internal string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(MemoryMarshal.AsBytes(CanForward.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(CanBackward.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(DirectedDurationSeconds.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(VertexBlocked.AsSpan()));
        long[] forbidden = [.. _forbiddenTurns.Order()];
        hash.AppendData(MemoryMarshal.AsBytes(forbidden.AsSpan()));
        foreach ((int incoming, int[] allowed) in _mandatoryTurns.OrderBy(m => m.Key))
        {
            hash.AppendData(MemoryMarshal.AsBytes(new[] { incoming }.AsSpan()));
            hash.AppendData(MemoryMarshal.AsBytes(allowed.Order().ToArray().AsSpan()));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
