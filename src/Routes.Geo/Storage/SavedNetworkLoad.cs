namespace Routes.Geo.Storage;

/// <summary>How <see cref="SavedNetwork.Open(string, Profile, SavedNetworkLoad)"/> brings a saved network's arrays into the process.</summary>
public enum SavedNetworkLoad
{
    /// <summary>Read the whole file into the process's own memory (formats 6 to 9). The file may change or vanish afterwards.</summary>
    Read,

    /// <summary>
    /// Map the file read-only and view its arrays (coordinates, edges, geometry, hierarchy ranks and arcs) in place, so processes
    /// that open one file share one copy in the page cache (formats 7 to 9; a stored customizable hierarchy is copied out). The file must not be modified while any graph
    /// opened from it is reachable: replace it by writing a new file and renaming it over the old one (as
    /// <see cref="SavedNetwork.Save(string, Routing.RoutingGraph, RouteMetric[])"/> does), which leaves the open mapping on the old file's content.
    /// </summary>
    MemoryMapped,
}
