using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Routing.Customizable;

/// <summary>Turns a chain of directed slots of a customized hierarchy into the directed edges a route travels.</summary>
internal static class CchPaths
{
    /// <summary>
    /// The directed edges of the path that starts at node <paramref name="sourceRank"/> (its seed edge
    /// <paramref name="firstSeed"/> on junction hierarchies, -1 when none), follows <paramref name="slots"/> in travel order,
    /// and ends with the target seed edge <paramref name="lastSeed"/> (-1 when none).
    /// </summary>
    public static List<int> Directed(CustomizedHierarchy ch, int sourceRank, int firstSeed, List<int> slots, int lastSeed, Stack<int> pending, List<int> arcs)
    {
        CustomizableHierarchy h = ch.Hierarchy;
        arcs.Clear();
        foreach (int slot in slots)
        {
            ch.Unpack(slot, pending, arcs);
        }

        var path = new List<int>(arcs.Count + 2);
        CchInput input = h.Input;
        if (h.Kind == HierarchyKind.Turns)
        {
            path.Add(input.DirectedOfNode[h.NodeOfRank[sourceRank]]);
            foreach (int a in arcs)
            {
                path.Add(input.ArcDirected[a]);
            }
        }
        else
        {
            if (firstSeed >= 0)
            {
                path.Add(firstSeed);
            }

            // A zero-weight edge may be stepped over and straight back at no cost; such pairs are dropped, nested ones too.
            int floor = firstSeed >= 0 ? 1 : 0;
            foreach (int a in arcs)
            {
                int directed = input.ArcDirected[a];
                if (path.Count > floor && path[^1] == (directed ^ 1) && ch.DirectedWeights[directed] == 0)
                {
                    path.RemoveAt(path.Count - 1);
                }
                else
                {
                    path.Add(directed);
                }
            }
        }

        if (lastSeed >= 0)
        {
            path.Add(lastSeed);
        }

        return path;
    }
}
