namespace Routes.Geo.Storage;

/// <summary>What <see cref="SavedNetwork.Open(string, Profile, SavedNetworkLoad, SavedNetworkVerification)"/> checks before it returns a graph.</summary>
public enum SavedNetworkVerification
{
    /// <summary>
    /// Everything, in time about linear in the file's size (the default; see <see cref="SavedNetwork.Load"/>): the header's fields,
    /// the SHA-256 of the whole file, the payload against the header's counts, every coordinate, geometry offset and reference
    /// of the network, every hierarchy against the graph, and a stored customizable hierarchy's order and chordal supergraph
    /// (ranks a permutation, upper neighbours rising and above their node, parents, closed under elimination, every original arc
    /// found in it). A damaged file is refused with a <see cref="SavedNetworkException"/>.
    /// </summary>
    Full,

    /// <summary>
    /// For a trusted file, verified once with <see cref="Full"/> after it was written or copied: the header's fields and ranges,
    /// the profile's name and fingerprint, that the payload is as long as the header says and that each section's length prefix
    /// and the arrays' lengths agree with the header's counts and each other (and a customizable hierarchy's with the graph,
    /// its parents each above their node); no SHA-256 and no pass over the elements, so a
    /// mapped file's pages are read only as queries touch them. A file damaged in place (a flipped byte inside an array) is not
    /// refused: it may give a <see cref="SavedNetworkException"/>, an exception from a bounds check later, or a wrong answer.
    /// </summary>
    Structure,
}
