namespace Routes.Geo.Encirclement;

/// <summary>Which side of the war a unit or position belonged to.</summary>
public enum Belligerent
{
    /// <summary>Canadian, British, Polish, Czechoslovak and other Allied forces.</summary>
    Allied,

    /// <summary>German forces.</summary>
    German,
}
