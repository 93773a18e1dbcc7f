namespace Routes.Geo.Encirclement;

/// <summary>Which side a unit or position belonged to.</summary>
public enum Side
{
    /// <summary>Canadian, British, Polish, Czechoslovak and other Allied forces.</summary>
    Allied,

    /// <summary>German forces.</summary>
    German,
}
