using Routes.Geo.Isochrones;
using Routes.Geo.Maps.Scene;

namespace Routes.Geo.Maps;

public static partial class StaticMaps
{
    /// <summary>
    /// Isochrone bands (e.g. 5, 10, 15 min) as a polygon layer over the ground and, when
    /// <see cref="MapOptions.Roads"/> is given, the network's roads by class: each band's ring (the band less the
    /// shorter one) filled translucent, dark for the shortest time to light for the longest, outlined; the start
    /// marked and labelled <paramref name="originLabel"/>; a legend with each band's area on the ellipsoid, the
    /// scale bar and the attribution. The extent defaults to the widest band's.
    /// </summary>
    /// <param name="isochrone">What <see cref="Isochrone.Compute(Routing.RoutingGraph, GeoPoint, IReadOnlyList{TimeSpan}, IsochroneOptions?)"/> returned.</param>
    /// <param name="options">Size, projection, ground (<see cref="MapOptions.Base"/>) and roads; null for the defaults.</param>
    /// <param name="originLabel">The start's name on the map; null for its snapped coordinate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="isochrone"/> is null.</exception>
    /// <exception cref="MapInputException">No band has an area, or the options ask for an impossible size.</exception>
    public static MapImage Isochrone(IsochroneResult isochrone, MapOptions? options = null, string? originLabel = null)
    {
        ArgumentNullException.ThrowIfNull(isochrone);
        options ??= new MapOptions();
        string label = originLabel ?? isochrone.Origin.Snapped.ToString();
        (MapScene scene, MapFrame frame) = IsochroneComposer.Compose(isochrone, label, options);
        return new MapImage(scene, frame, options.FontFile);
    }
}
