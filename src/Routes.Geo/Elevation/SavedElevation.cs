using Routes.Geo.Storage;

namespace Routes.Geo.Elevation;

/// <summary>
/// The elevation section of a saved network (format 4): a presence byte, then the sample spacing, each edge's first
/// sample, and the samples' offsets and heights. Verified on load: sample ranges cover every edge in order, offsets run
/// from 0 to the edge's length, heights are NaN or plausible ground heights.
/// </summary>
internal static class SavedElevation
{
    /// <summary>Heights outside this range, metres, are no ground on Earth (the Dead Sea shore is at -430, Everest 8,849).</summary>
    private const float LowestMetres = -500, HighestMetres = 9000;

    public static void Write(BinaryWriter writer, EdgeElevation? elevation)
    {
        writer.Write(elevation is not null);
        if (elevation is null)
        {
            return;
        }

        writer.Write(elevation.SampleSpacingMetres);
        BinaryArrays.Write(writer, elevation.SampleStart);
        BinaryArrays.Write(writer, elevation.SampleOffsetMetres);
        BinaryArrays.Write(writer, elevation.SampleHeightMetres);
    }

    /// <exception cref="InvalidDataException">A field is out of range; the message names the section and element.</exception>
    public static EdgeElevation? Read(BinaryReader reader, RoadNetwork network)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        double spacing = reader.ReadDouble();
        int[] start = BinaryArrays.Read<int>(reader);
        float[] offsets = BinaryArrays.Read<float>(reader), heights = BinaryArrays.Read<float>(reader);
        if (!(spacing >= 5 && spacing <= 1000))
        {
            throw Damaged("elevation, sample spacing", 0, $"{spacing} m is not 5 to 1,000 m");
        }

        if (start.Length != network.EdgeCount + 1 || offsets.Length != heights.Length || start[0] != 0 || start[^1] != offsets.Length)
        {
            throw Damaged("elevation, sample ranges", 0, $"{start.Length} ranges and {offsets.Length}/{heights.Length} samples for {network.EdgeCount} edges");
        }

        for (int e = 0; e < network.EdgeCount; e++)
        {
            int first = start[e], last = start[e + 1] - 1;
            if (last <= first)
            {
                throw Damaged("elevation, edge", e, "fewer than two samples");
            }

            double length = network.EdgeLengthMetres(e);
            if (offsets[first] != 0 || Math.Abs(offsets[last] - length) > 1e-3 * Math.Max(1, length))
            {
                throw Damaged("elevation, edge", e, $"samples run from {offsets[first]} to {offsets[last]} m along an edge of {length} m");
            }

            for (int i = first; i <= last; i++)
            {
                if ((i > first && !(offsets[i] >= offsets[i - 1])) || !(float.IsNaN(heights[i]) || (heights[i] >= LowestMetres && heights[i] <= HighestMetres)))
                {
                    throw Damaged("elevation, sample", i, $"offset {offsets[i]} m, height {heights[i]} m");
                }
            }
        }

        return new EdgeElevation(start, offsets, heights, spacing);
    }

    private static InvalidDataException Damaged(string section, long index, string problem) => new($"{section} {index}: {problem}.");
}
