namespace Routes.Geo.Elevation;

/// <summary>
/// Cycling speed on a grade from BRouter's kinematic model with its trekking-profile defaults (total mass 90 kg,
/// rolling resistance C_r 0.01, drag S_C_x 0.225 kg/m, rider power 100 W): P = v·(m·g·(C_r + S) + S_C_x·v²).
/// Uphill, the rider goes no faster than on the flat way, and slower once the model's speed falls below it (above
/// about 1.5% at 15 km/h); downhill, the model's speed scaled to the way's flat speed, capped at twice that speed.
/// </summary>
public static class CyclingSpeed
{
    private const double TotalMassKg = 90, RollingResistance = 0.01, DragKgPerMetre = 0.225, RiderPowerWatts = 100, Gravity = 9.81;

    /// <summary>Downhill speeds are capped at this multiple of the way's flat speed (brakes, bends, other traffic; our choice).</summary>
    public const double DownhillCapFactor = 2;

    private static readonly double FlatModelSpeed = ModelSpeedMetresPerSecond(0);

    /// <summary>The speed on <paramref name="grade"/> (rise over run) of a way ridden at <paramref name="flatSpeedKmh"/> on the flat, km/h.</summary>
    public static double SpeedKmh(double flatSpeedKmh, double grade)
    {
        if (grade >= 0)
        {
            return Math.Min(flatSpeedKmh, ModelSpeedMetresPerSecond(grade) * 3.6);
        }

        return Math.Min(DownhillCapFactor * flatSpeedKmh, flatSpeedKmh * ModelSpeedMetresPerSecond(grade) / FlatModelSpeed);
    }

    /// <summary>The speed at which the rider's power balances rolling resistance, gravity and drag on <paramref name="grade"/>, m/s.</summary>
    public static double ModelSpeedMetresPerSecond(double grade)
    {
        // Cubic in v with one positive root (the power needed only grows past the bottom of its dip): bisection.
        double resist = TotalMassKg * Gravity * (RollingResistance + grade);
        double lo = 0, hi = 60;
        for (int i = 0; i < 60; i++)
        {
            double v = (lo + hi) / 2;
            if (v * (resist + DragKgPerMetre * v * v) < RiderPowerWatts)
            {
                lo = v;
            }
            else
            {
                hi = v;
            }
        }

        return (lo + hi) / 2;
    }
}
