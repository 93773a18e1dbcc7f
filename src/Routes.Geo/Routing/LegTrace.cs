namespace Routes.Geo.Routing;

/// <summary>
/// What a leg's search travelled, kept for the instructions: each directed edge of the path, where
/// its part starts in the leg's geometry, and the part's length and time. Compared by value, so two
/// equal legs stay equal records.
/// </summary>
internal sealed class LegTrace : IEquatable<LegTrace>
{
    public LegTrace(int[] directedEdges, int[] geometryStart, double[] lengthMetres, double[] durationSeconds)
    {
        DirectedEdges = directedEdges;
        GeometryStart = geometryStart;
        LengthMetres = lengthMetres;
        DurationSeconds = durationSeconds;
    }

    /// <summary>Directed edges in the graph's numbering (2*edge, +1 against the way).</summary>
    public int[] DirectedEdges { get; }

    /// <summary>Index in the leg's geometry of the first point of each edge's part.</summary>
    public int[] GeometryStart { get; }

    public double[] LengthMetres { get; }

    public double[] DurationSeconds { get; }

    public int Count => DirectedEdges.Length;

    public bool Equals(LegTrace? other) =>
        other is not null
        && DirectedEdges.AsSpan().SequenceEqual(other.DirectedEdges)
        && GeometryStart.AsSpan().SequenceEqual(other.GeometryStart)
        && LengthMetres.AsSpan().SequenceEqual(other.LengthMetres)
        && DurationSeconds.AsSpan().SequenceEqual(other.DurationSeconds);

    public override bool Equals(object? obj) => Equals(obj as LegTrace);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (int d in DirectedEdges)
        {
            hash.Add(d);
        }

        return hash.ToHashCode();
    }
}
