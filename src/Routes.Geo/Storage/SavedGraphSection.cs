using System.Runtime.InteropServices;
using Routes.Geo.Routing;
using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Storage;

/// <summary>
/// Format 9's graph section, after the network: the graph's fingerprint (the header's, repeated), the digest of the profile's
/// decisions (<see cref="ProfileDecisionDigest"/>) and the arrays the routing graph derives (<see cref="StoredGraphArrays"/>), so
/// that an open views them instead of deriving them.
/// </summary>
internal static class SavedGraphSection
{
    public static void Write(BinaryWriter writer, RoutingGraph graph)
    {
        StoredGraphArrays s = graph.ToStored();
        writer.Write(graph.Fingerprint());
        writer.Write(ProfileDecisionDigest.Of(graph.Network, graph.Profile));
        writer.Write(s.MaxSpeedMetresPerSecond);
        writer.Write(s.HasTurnCosts);
        BinaryArrays.Write(writer, s.CanForward);
        BinaryArrays.Write(writer, s.CanBackward);
        BinaryArrays.Write(writer, s.DirectedDurationSeconds);
        BinaryArrays.Write(writer, s.EdgeLength);
        BinaryArrays.Write(writer, s.VertexBlocked);
        BinaryArrays.Write(writer, s.OutStart);
        BinaryArrays.Write(writer, s.OutDirected);
        BinaryArrays.Write(writer, s.InStart);
        BinaryArrays.Write(writer, s.InDirected);
        BinaryArrays.Write(writer, s.DestinationOnly);
        BinaryArrays.Write(writer, s.TurnStart);
        BinaryArrays.Write(writer, s.TurnSeconds);
        BinaryArrays.Write(writer, s.EdgeComponent);
        BinaryArrays.Write(writer, s.InLargeComponent);
    }

    /// <summary>Reads the section and checks each array's length against <paramref name="network"/>; the fingerprint and digest come back beside it.</summary>
    /// <exception cref="InvalidDataException">An array's length disagrees with the network's counts; names the array.</exception>
    public static (string Fingerprint, string Digest, StoredGraphArrays Arrays) Read(BinaryReader reader, RoadNetwork network)
    {
        string fingerprint = BinaryArrays.ReadString(reader);
        string digest = BinaryArrays.ReadString(reader);
        double maxSpeed = reader.ReadDouble();
        bool turnCosts = reader.ReadBoolean();
        int edges = network.EdgeCount, vertices = network.VertexCount;
        var arrays = new StoredGraphArrays(
            Section<bool>(reader, "forward access", edges), Section<bool>(reader, "backward access", edges),
            Section<double>(reader, "durations", 2 * edges), Section<double>(reader, "edge lengths", edges), maxSpeed,
            Section<bool>(reader, "blocked vertices", vertices),
            Section<int>(reader, "leaving starts", vertices + 1), Section<int>(reader, "leaving edges", -1),
            Section<int>(reader, "arriving starts", vertices + 1), Section<int>(reader, "arriving edges", -1),
            Section<bool>(reader, "destination-only directions", -1), turnCosts,
            Section<int>(reader, "turn starts", -1), Section<double>(reader, "turn seconds", -1),
            Section<int>(reader, "edge components", edges), Section<bool>(reader, "large-component edges", edges));
        Expect("leaving edges", arrays.OutStart[vertices], arrays.OutDirected.Length);
        Expect("arriving edges", arrays.InStart[vertices], arrays.InDirected.Length);
        if (arrays.DestinationOnly.Length != 0)
        {
            Expect("destination-only directions", 2 * edges, arrays.DestinationOnly.Length);
        }

        Expect("turn starts", turnCosts ? 2 * edges : 0, arrays.TurnStart.Length);
        if (!(maxSpeed > 0 && double.IsFinite(maxSpeed)))
        {
            throw new InvalidDataException($"section 'graph': the top speed {maxSpeed} m/s is not a positive number.");
        }

        return (fingerprint, digest, arrays);
    }

    /// <summary>Checks that the stored arrays are, byte for byte, those <paramref name="derived"/> (built from the profile now) holds.</summary>
    /// <exception cref="InvalidDataException">An array differs; names it and the first element that does.</exception>
    public static void VerifyEqual(StoredGraphArrays stored, RoutingGraph derived)
    {
        StoredGraphArrays d = derived.ToStored();
        Same("forward access", stored.CanForward, d.CanForward);
        Same("backward access", stored.CanBackward, d.CanBackward);
        Same("durations", stored.DirectedDurationSeconds, d.DirectedDurationSeconds);
        Same("edge lengths", stored.EdgeLength, d.EdgeLength);
        Same("blocked vertices", stored.VertexBlocked, d.VertexBlocked);
        Same("leaving starts", stored.OutStart, d.OutStart);
        Same("leaving edges", stored.OutDirected, d.OutDirected);
        Same("arriving starts", stored.InStart, d.InStart);
        Same("arriving edges", stored.InDirected, d.InDirected);
        Same("destination-only directions", stored.DestinationOnly, d.DestinationOnly);
        Same("turn starts", stored.TurnStart, d.TurnStart);
        Same("turn seconds", stored.TurnSeconds, d.TurnSeconds);
        Same("edge components", stored.EdgeComponent, d.EdgeComponent);
        Same("large-component edges", stored.InLargeComponent, d.InLargeComponent);
        if (BitConverter.DoubleToInt64Bits(stored.MaxSpeedMetresPerSecond) != BitConverter.DoubleToInt64Bits(d.MaxSpeedMetresPerSecond) || stored.HasTurnCosts != d.HasTurnCosts)
        {
            throw new InvalidDataException("section 'graph': the top speed or the turn-cost flag differs from what the profile gives.");
        }
    }

    private static void Same<T>(string name, Column<T> stored, Column<T> derived)
        where T : unmanaged
    {
        ReadOnlySpan<byte> a = MemoryMarshal.AsBytes(stored.AsSpan()), b = MemoryMarshal.AsBytes(derived.AsSpan());
        if (a.SequenceEqual(b))
        {
            return;
        }

        int at = stored.Length == derived.Length ? a.CommonPrefixLength(b) / System.Runtime.CompilerServices.Unsafe.SizeOf<T>() : Math.Min(stored.Length, derived.Length);
        throw new InvalidDataException($"section 'graph, {name}': element {at} differs from what the profile gives ({stored.Length} stored, {derived.Length} derived).");
    }

    private static void Expect(string name, int expected, int length)
    {
        if (expected != length)
        {
            throw new InvalidDataException($"section 'graph, {name}': {length} elements where the network needs {expected}.");
        }
    }

    // An array of the section, of `expected` elements (-1: checked against another array afterwards).
    private static Column<T> Section<T>(BinaryReader reader, string name, int expected)
        where T : unmanaged
    {
        Column<T> column = BinaryArrays.ReadSection<T>(reader, $"graph, {name}");
        if (expected >= 0)
        {
            Expect(name, expected, column.Length);
        }

        return column;
    }
}
