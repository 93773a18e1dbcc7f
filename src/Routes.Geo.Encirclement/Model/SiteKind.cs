namespace Routes.Geo.Encirclement;

/// <summary>What a site is; a site may have several kinds (a battery that is now a museum).</summary>
public enum SiteKind
{
    /// <summary>A war cemetery or a cemetery with war graves.</summary>
    Cemetery,

    /// <summary>A memorial or monument.</summary>
    Memorial,

    /// <summary>A museum.</summary>
    Museum,

    /// <summary>A coastal or field gun battery.</summary>
    Battery,

    /// <summary>A fort or citadel.</summary>
    Fort,

    /// <summary>A place where fighting happened.</summary>
    Battlefield,

    /// <summary>A town or village; its coordinate is the commune's reference point, not a battle position.</summary>
    Town,

    /// <summary>A bunker or blockhouse.</summary>
    Bunker,

    /// <summary>A landmark such as a lighthouse.</summary>
    Landmark,
}
