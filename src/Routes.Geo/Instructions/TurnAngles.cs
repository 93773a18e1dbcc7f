namespace Routes.Geo.Instructions;

/// <summary>Turn angles between headings, and the kind of turn each angle is.</summary>
internal static class TurnAngles
{
    /// <summary>Angle from heading <paramref name="inAzimuth"/> to <paramref name="outAzimuth"/> in (-180, 180], positive to the right; 0 if either is unknown.</summary>
    public static double Between(double inAzimuth, double outAzimuth)
    {
        if (double.IsNaN(inAzimuth) || double.IsNaN(outAzimuth))
        {
            return 0;
        }

        double angle = (outAzimuth - inAzimuth) % 360;
        return angle > 180 ? angle - 360 : angle <= -180 ? angle + 360 : angle;
    }

    /// <summary>Continue below 25°, slight below 55°, normal below 125°, sharp below 170°, else U-turn.</summary>
    public static InstructionKind Classify(double angle)
    {
        double size = Math.Abs(angle);
        bool left = angle < 0;
        return size switch
        {
            < 25 => InstructionKind.Continue,
            < 55 => left ? InstructionKind.SlightLeft : InstructionKind.SlightRight,
            < 125 => left ? InstructionKind.Left : InstructionKind.Right,
            < 170 => left ? InstructionKind.SharpLeft : InstructionKind.SharpRight,
            _ => InstructionKind.UTurn,
        };
    }

    /// <summary>The OSRM modifier of a turn by <paramref name="angle"/> degrees (positive to the right), on the bounds of <see cref="Classify"/>.</summary>
    public static TurnModifier Modifier(double angle) => Classify(angle) switch
    {
        InstructionKind.Continue => TurnModifier.Straight,
        InstructionKind.SlightLeft => TurnModifier.SlightLeft,
        InstructionKind.Left => TurnModifier.Left,
        InstructionKind.SharpLeft => TurnModifier.SharpLeft,
        InstructionKind.SlightRight => TurnModifier.SlightRight,
        InstructionKind.Right => TurnModifier.Right,
        InstructionKind.SharpRight => TurnModifier.SharpRight,
        _ => TurnModifier.UTurn,
    };

    /// <summary>The nearest of 8 compass points: 0 = north, 1 = northeast ... 7 = northwest (north when unknown).</summary>
    public static int CompassPoint(double azimuth) =>
        double.IsNaN(azimuth) ? 0 : (int)Math.Round((((azimuth % 360) + 360) % 360) / 45) % 8;
}
