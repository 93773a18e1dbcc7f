using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Routes.Geo.Routing;

public sealed partial class RoutingGraph
{
    /// <summary>
    /// A hash of everything the profile decided (access per direction, durations, blocked vertices,
    /// binding turn restrictions, turn costs, destination-only directions): a saved hierarchy is valid only for a graph with the same fingerprint.
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

        int[] viaWays = [.. ViaWayFingerprint(), -3, .. DestinationFingerprint()];
        hash.AppendData(MemoryMarshal.AsBytes(viaWays.AsSpan()));

        // The turn costs the profile's rule gave: a file contracted under another rule (or none) is refused.
        if (_hasTurnCosts)
        {
            hash.AppendData(MemoryMarshal.AsBytes(_turnStart.AsSpan()));
            hash.AppendData(MemoryMarshal.AsBytes(_turnSeconds.AsSpan()));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
