namespace Routes.Geo.Instructions;

/// <summary>
/// Reads two turns a few metres apart as one: a short link or a crossing between two streets
/// becomes the single turn from the first street onto the second, and a jog back onto the same road disappears.
/// </summary>
internal static class ManeuverMerger
{
    public static void MergeTiny(List<Maneuver> found, double[] cumulative)
    {
        int i = 0;
        while (i + 1 < found.Count)
        {
            Maneuver m = found[i], n = found[i + 1];
            bool tiny = cumulative[n.Piece] - cumulative[m.Piece] < ManeuverFinder.TinyMetres;
            if (!tiny || !n.IsTurnOrContinue || !(m.IsTurnOrContinue || m.Kind == InstructionKind.Depart))
            {
                i++;
                continue;
            }

            if (m.Kind == InstructionKind.Depart)
            {
                found[i] = m with { Road = n.Road, OutAzimuth = n.OutAzimuth };
                found.RemoveAt(i + 1);
                continue;
            }

            double angle = TurnAngles.Between(m.InAzimuth, n.OutAzimuth);
            InstructionKind kind = TurnAngles.Classify(angle);
            if (kind == InstructionKind.Continue && i > 0 && n.Road.SameAs(found[i - 1].Road))
            {
                found.RemoveRange(i, 2);
                i = Math.Max(0, i - 1);
                continue;
            }

            found[i] = m with { Kind = kind, Road = n.Road, OutAzimuth = n.OutAzimuth, Modifier = TurnAngles.Modifier(angle) };
            found.RemoveAt(i + 1);
        }
    }
}
