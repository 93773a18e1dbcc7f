namespace Routes.Geo.Routing.Customizable;

/// <summary>An immutable set of <see cref="RoadClass"/>es (the classes a request excludes); equal sets are equal values.</summary>
public readonly struct RoadClassSet : IEquatable<RoadClassSet>
{
    private static readonly RoadClass[] All = Enum.GetValues<RoadClass>();

    private RoadClassSet(int mask) => Mask = mask;

    /// <summary>The empty set.</summary>
    public static RoadClassSet None => default;

    /// <summary>The names of all classes, in declaration order, as <see cref="Parse"/> reads them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(NameOf)];

    /// <summary>True when no class is in the set.</summary>
    public bool IsEmpty => Mask == 0;

    /// <summary>The classes in the set, in declaration order.</summary>
    public IReadOnlyList<RoadClass> Classes => [.. All.Where(Contains)];

    internal int Mask { get; }

    /// <summary>The set of <paramref name="classes"/>.</summary>
    /// <exception cref="UnknownRoadClassException">A value is not a defined <see cref="RoadClass"/>.</exception>
    public static RoadClassSet Of(IEnumerable<RoadClass> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        int mask = 0;
        foreach (RoadClass c in classes)
        {
            if (!Enum.IsDefined(c))
            {
                throw new UnknownRoadClassException(((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            mask |= 1 << (int)c;
        }

        return new RoadClassSet(mask);
    }

    /// <summary>Reads a comma-separated list of class names (<c>"motorway,toll"</c>; case and spaces ignored; empty = none).</summary>
    /// <exception cref="UnknownRoadClassException">A name is not a class's; the message names it.</exception>
    public static RoadClassSet Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var classes = new List<RoadClass>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int index = Array.FindIndex(All, c => string.Equals(NameOf(c), part, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new UnknownRoadClassException(part);
            }

            classes.Add(All[index]);
        }

        return Of(classes);
    }

    /// <summary>Whether <paramref name="roadClass"/> is in the set.</summary>
    public bool Contains(RoadClass roadClass) => (Mask & (1 << (int)roadClass)) != 0;

    /// <summary>Whether a way with <paramref name="tags"/> belongs to a class of the set.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> tags)
    {
        foreach (RoadClass c in All)
        {
            if (Contains(c) && RoadClassRules.Matches(c, tags))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(RoadClassSet other) => Mask == other.Mask;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RoadClassSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Mask;

    /// <summary>The names, comma-separated (<c>"motorway,toll"</c>); empty for the empty set.</summary>
    public override string ToString() => string.Join(",", Classes.Select(NameOf));

    /// <summary>Equal sets.</summary>
    public static bool operator ==(RoadClassSet left, RoadClassSet right) => left.Equals(right);

    /// <summary>Different sets.</summary>
    public static bool operator !=(RoadClassSet left, RoadClassSet right) => !left.Equals(right);

    private static string NameOf(RoadClass c) => c.ToString().ToLowerInvariant();
}
