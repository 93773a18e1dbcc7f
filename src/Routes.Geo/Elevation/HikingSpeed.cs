namespace Routes.Geo.Elevation;

/// <summary>
/// Tobler's hiking function (W. Tobler, "Three presentations on geographical analysis and modeling", NCGIA 1993):
/// W = 6·e^(-3.5·|S + 0.05|) km/h on grade S (rise over run), fastest at 5% downhill. Used as a ratio to its value on the
/// flat (5.04 km/h), so a profile's flat speed is kept and only the grade's effect is taken from Tobler.
/// </summary>
public static class HikingSpeed
{
    /// <summary>The walking speed on <paramref name="grade"/> relative to the flat: 1 at 0, about 1.19 at -5%, 0.84 at +5%, 0.50 at +15%.</summary>
    public static double Factor(double grade) => Math.Exp(-3.5 * (Math.Abs(grade + 0.05) - 0.05));
}
