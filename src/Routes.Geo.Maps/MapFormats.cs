namespace Routes.Geo.Maps;

/// <summary>Which files a map sequence writes per frame.</summary>
[Flags]
public enum MapFormats
{
    /// <summary>SVG frames.</summary>
    Svg = 1,

    /// <summary>PNG frames.</summary>
    Png = 2,
}
