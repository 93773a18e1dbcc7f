namespace Routes.Geo.Elevation;

/// <summary>
/// The height profile of every edge: samples at increasing offsets from the edge's first vertex (both ends and every
/// geometry point included, no two farther apart than the sampling spacing), heights in metres, NaN where the DEM had
/// none. Between samples the ground is taken as straight. Ascent and descent are in the edge's own direction.
/// </summary>
internal sealed class EdgeElevation
{
    // Each whole edge's climb, drop and known length, summed once: most parts of a route are whole edges.
    private readonly (double Ascent, double Descent, double KnownMetres)[] _wholeEdge;

    public EdgeElevation(int[] sampleStart, float[] sampleOffsetMetres, float[] sampleHeightMetres, double sampleSpacingMetres)
    {
        SampleStart = sampleStart;
        SampleOffsetMetres = sampleOffsetMetres;
        SampleHeightMetres = sampleHeightMetres;
        SampleSpacingMetres = sampleSpacingMetres;
        int edges = sampleStart.Length - 1;
        ForwardAscentMetres = new float[edges];
        ForwardDescentMetres = new float[edges];
        _wholeEdge = new (double, double, double)[edges];
        for (int e = 0; e < edges; e++)
        {
            (double up, double down, double known) = Sum(e, 0, double.PositiveInfinity);
            _wholeEdge[e] = (up, down, known);
            ForwardAscentMetres[e] = (float)up;
            ForwardDescentMetres[e] = (float)down;
        }

        MissingSampleCount = sampleHeightMetres.Count(float.IsNaN);
    }

    /// <summary>Edge e's samples are SampleStart[e] .. SampleStart[e+1]-1.</summary>
    public int[] SampleStart { get; }

    public float[] SampleOffsetMetres { get; }

    public float[] SampleHeightMetres { get; }

    public double SampleSpacingMetres { get; }

    public float[] ForwardAscentMetres { get; }

    public float[] ForwardDescentMetres { get; }

    public int SampleCount => SampleHeightMetres.Length;

    public int MissingSampleCount { get; }

    /// <summary>Whether every sample of edge <paramref name="edge"/> has a height.</summary>
    public bool IsComplete(int edge)
    {
        for (int i = SampleStart[edge]; i < SampleStart[edge + 1]; i++)
        {
            if (float.IsNaN(SampleHeightMetres[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The height at <paramref name="offsetMetres"/> along the edge, or NaN where a neighbouring sample has none.</summary>
    public double HeightAt(int edge, double offsetMetres)
    {
        int first = SampleStart[edge], last = SampleStart[edge + 1] - 1;
        if (offsetMetres <= SampleOffsetMetres[first])
        {
            return SampleHeightMetres[first];
        }

        if (offsetMetres >= SampleOffsetMetres[last])
        {
            return SampleHeightMetres[last];
        }

        int lo = first, hi = last;
        while (hi - lo > 1)
        {
            int mid = (lo + hi) >>> 1;
            if (SampleOffsetMetres[mid] <= offsetMetres)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        double a = SampleOffsetMetres[lo], b = SampleOffsetMetres[hi];
        double t = b > a ? (offsetMetres - a) / (b - a) : 0;
        return SampleHeightMetres[lo] + t * (SampleHeightMetres[hi] - SampleHeightMetres[lo]);
    }

    /// <summary>
    /// As <see cref="HeightAt(int, double)"/>, walking from the sample pair <paramref name="hint"/> found by the previous
    /// call on the same edge (a route's points come in order along it, a step or two apart) instead of a binary search.
    /// </summary>
    public double HeightAt(int edge, double offsetMetres, ref int hint)
    {
        int first = SampleStart[edge], last = SampleStart[edge + 1] - 1;
        if (offsetMetres <= SampleOffsetMetres[first] || last == first)
        {
            hint = first;
            return SampleHeightMetres[first];
        }

        if (offsetMetres >= SampleOffsetMetres[last])
        {
            hint = last - 1;
            return SampleHeightMetres[last];
        }

        // A hint from another edge starts at the nearer end; the walks below stay inside first .. last - 1.
        int lo = hint >= first && hint < last ? hint : offsetMetres * 2 < SampleOffsetMetres[last] ? first : last - 1;
        while (SampleOffsetMetres[lo + 1] <= offsetMetres)
        {
            lo++;
        }

        while (SampleOffsetMetres[lo] > offsetMetres)
        {
            lo--;
        }

        hint = lo;
        double a = SampleOffsetMetres[lo], b = SampleOffsetMetres[lo + 1];
        double t = b > a ? (offsetMetres - a) / (b - a) : 0;
        return SampleHeightMetres[lo] + t * (SampleHeightMetres[lo + 1] - SampleHeightMetres[lo]);
    }

    /// <summary>
    /// Ascent and descent between two offsets of the edge, travelling from <paramref name="fromMetres"/> to
    /// <paramref name="toMetres"/> (from &gt; to travels against the edge's direction); stretches next to a sample without height count as flat.
    /// </summary>
    public (double Ascent, double Descent) Climb(int edge, double fromMetres, double toMetres)
    {
        (double up, double down, _) = ClimbAndCoverage(edge, fromMetres, toMetres);
        return (up, down);
    }

    /// <summary>As <see cref="Climb"/>, with the length of the stretch whose both samples have heights.</summary>
    public (double Ascent, double Descent, double KnownMetres) ClimbAndCoverage(int edge, double fromMetres, double toMetres)
    {
        bool backward = fromMetres > toMetres;
        double lo = Math.Min(fromMetres, toMetres), hi = Math.Max(fromMetres, toMetres);
        (double up, double down, double known) = lo <= SampleOffsetMetres[SampleStart[edge]] && hi >= SampleOffsetMetres[SampleStart[edge + 1] - 1]
            ? _wholeEdge[edge]
            : Sum(edge, lo, hi);
        return backward ? (down, up, known) : (up, down, known);
    }

    // Climb, drop and known length between offsets lo <= hi, in the edge's direction.
    private (double Ascent, double Descent, double KnownMetres) Sum(int edge, double lo, double hi)
    {
        double known = 0, up = 0, down = 0;
        int first = SampleStart[edge], last = SampleStart[edge + 1] - 1;
        for (int i = first; i < last; i++)
        {
            double a = SampleOffsetMetres[i], b = SampleOffsetMetres[i + 1];
            if (b <= lo || a >= hi || b <= a)
            {
                continue;
            }

            double ha = SampleHeightMetres[i], hb = SampleHeightMetres[i + 1];
            if (double.IsNaN(ha) || double.IsNaN(hb))
            {
                continue;
            }

            double t0 = Math.Max(0, (lo - a) / (b - a)), t1 = Math.Min(1, (hi - a) / (b - a));
            known += (t1 - t0) * (b - a);
            double rise = (hb - ha) * (t1 - t0);
            if (rise > 0)
            {
                up += rise;
            }
            else
            {
                down -= rise;
            }
        }

        return (up, down, known);
    }
}
